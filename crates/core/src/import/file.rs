//! Reading a CSV file: its dialect, its rows with their line numbers (with
//! a receipt's first-row fields filled down), what a first look over its
//! rows shows (date order, currency), and its start for a preview.

use std::collections::VecDeque;
use std::io::Read;

use super::columns::{cell, Columns};
use super::dates::{self, DateOrder, Evidence};
use super::layouts::FileKind;
use super::report::LayoutSeen;
use super::{ImportOptions, ImportReport, CUSTOMER_FIELDS, PURCHASE_FIELDS};
use crate::limits::{CsvRecordLimit, MAX_CSV_RECORD};
use crate::money::{Currency, CurrencyHint, Money};
use crate::text_file::{self, Decoded, Sniffed};
use crate::{CoreError, Result};

/// Progress is reported every this many rows.
const PROGRESS_EVERY: u64 = 10_000;
/// At most this many rows are held to decide a file's date order.
const MAX_LOOK_AHEAD: usize = 200_000;
/// And at most this many bytes of them (rows may be up to 1 MiB each): a
/// file that has not shown its date order by then is asked for it.
pub const MAX_LOOK_AHEAD_BYTES: usize = 32 << 20;

/// A CSV reader over a file decoded to UTF-8, in the file's own dialect.
pub(super) type CsvReader<R> = csv::Reader<CsvRecordLimit<Decoded<R>>>;

/// A [`CsvReader`] over `input`, which refuses any row longer than
/// [`crate::limits::MAX_CSV_RECORD`] before holding it.
fn reader<R: Read>(input: R) -> Result<(CsvReader<R>, Sniffed)> {
    let file = text_file::open(input).map_err(|e| {
        CoreError::invalid(
            "file",
            msg!("error-file-file-could-read-2", e = e.to_string()),
        )
    })?;
    let csv = csv::ReaderBuilder::new()
        .delimiter(file.sniffed.delimiter)
        .flexible(true)
        .trim(csv::Trim::None)
        .from_reader(CsvRecordLimit::new(file.reader, MAX_CSV_RECORD));
    Ok((csv, file.sniffed))
}

/// One row as read: a record, a line that is not valid CSV, or the end.
enum Read1 {
    Row,
    Bad(u64),
    End,
}

/// The columns written on a receipt's first row only, and that row's values.
#[derive(Default)]
struct FillDown {
    receipt: Option<usize>,
    columns: Vec<usize>,
    current: Option<String>,
    values: Vec<String>,
}

impl FillDown {
    /// `row` with the blanks of its receipt's first-row columns filled in.
    fn apply(&mut self, row: &mut csv::StringRecord) {
        let Some(r) = self.receipt.filter(|_| !self.columns.is_empty()) else {
            return;
        };
        let receipt = cell(row, r);
        if receipt.is_none() || receipt != self.current.as_deref() {
            self.current = receipt.map(str::to_string);
            self.values = self
                .columns
                .iter()
                .map(|&i| cell(row, i).unwrap_or("").to_string())
                .collect();
            return;
        }
        if self.columns.iter().all(|&i| cell(row, i).is_some()) {
            return;
        }
        let mut filled = csv::StringRecord::new();
        for (i, v) in row.iter().enumerate() {
            match self.columns.iter().position(|&c| c == i) {
                Some(k) if v.trim().is_empty() => filled.push_field(&self.values[k]),
                _ => filled.push_field(v),
            }
        }
        filled.set_position(row.position().cloned());
        *row = filled;
    }
}

/// A file's data rows, in order: the rows held while looking ahead first.
pub(super) struct Rows<R: Read> {
    csv: CsvReader<R>,
    header: csv::StringRecord,
    held: VecDeque<std::result::Result<csv::StringRecord, u64>>,
    fill: FillDown,
    /// What to add to the csv reader's line numbers: it counts a line
    /// ended by `\r\n` only when it reads the next record, so in a file with
    /// Windows line ends every record's line came out one short. Learnt
    /// from the first record, which follows a one-line header on line 2.
    line_fix: Option<u64>,
}

/// What a look over a file's first rows showed.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct FirstLook {
    /// The date order, decided.
    pub date_order: Option<DateOrder>,
    /// The currency the file names.
    pub currency: Option<CurrencyHint>,
}

impl<R: Read> Rows<R> {
    /// Reads the next row into `row`.
    fn read(&mut self, row: &mut csv::StringRecord) -> Result<Read1> {
        let line = self.csv.position().line();
        match self.csv.read_record(row) {
            Ok(false) => Ok(Read1::End),
            Ok(true) => {
                let one_line_header = !self.header.as_slice().contains(['\n', '\r']);
                let fix = *self.line_fix.get_or_insert_with(|| match row.position() {
                    Some(p) if one_line_header => 2u64.saturating_sub(p.line()),
                    _ => 0,
                });
                if fix > 0 {
                    if let Some(mut p) = row.position().cloned() {
                        p.set_line(p.line() + fix);
                        row.set_position(Some(p));
                    }
                }
                self.fill.apply(row);
                Ok(Read1::Row)
            }
            Err(e) if e.is_io_error() => Err(CoreError::invalid(
                "file",
                msg!("error-file-file-could-read-2", e = e.to_string()),
            )),
            Err(_) => Ok(Read1::Bad(line + 1 + self.line_fix.unwrap_or(0))),
        }
    }

    /// The next row, held ones first.
    fn next(&mut self, row: &mut csv::StringRecord) -> Result<Read1> {
        match self.held.pop_front() {
            Some(Ok(held)) => {
                *row = held;
                Ok(Read1::Row)
            }
            Some(Err(line)) => Ok(Read1::Bad(line)),
            None => self.read(row),
        }
    }

    /// Looks over the first rows: the date order from as many rows as it
    /// takes (unless `order` is known), the currency from the first that
    /// names one. The rows looked at are held and read again.
    pub(super) fn first_look(
        &mut self,
        cols: &Columns,
        order: Option<DateOrder>,
    ) -> Result<FirstLook> {
        let date = cols.index("date");
        let mut look = FirstLook {
            date_order: order,
            ..FirstLook::default()
        };
        let mut either = false;
        let mut held_bytes = 0;
        let mut row = csv::StringRecord::new();
        loop {
            let decided = look.date_order.is_some() || date.is_none();
            if (decided && !self.held.is_empty())
                || self.held.len() >= MAX_LOOK_AHEAD
                || held_bytes >= MAX_LOOK_AHEAD_BYTES
            {
                break;
            }
            match self.read(&mut row)? {
                Read1::End => break,
                Read1::Bad(line) => self.held.push_back(Err(line)),
                Read1::Row => {
                    if look.currency.is_none() {
                        look.currency = named_currency(cols, &row);
                    }
                    if let Some(d) = date.filter(|_| look.date_order.is_none()) {
                        match dates::evidence(cell(&row, d).unwrap_or("")) {
                            Evidence::Settles(o) => look.date_order = Some(o),
                            Evidence::Either => either = true,
                            Evidence::Nothing => {}
                        }
                    }
                    held_bytes += row.as_slice().len();
                    self.held.push_back(Ok(row.clone()));
                }
            }
        }
        if look.date_order.is_none() && either {
            return Err(dates::ambiguous());
        }
        Ok(look)
    }
}

/// The currency `row` names: its currency column, else a code or a sign
/// that means one currency only in its amounts.
fn named_currency(cols: &Columns, row: &csv::StringRecord) -> Option<CurrencyHint> {
    if let Some(code) = cols.get(row, "currency") {
        return Currency::parse(code).ok().map(CurrencyHint::Code);
    }
    ["line_total", "unit_price"]
        .iter()
        .filter_map(|f| cols.get(row, f))
        .find_map(|a| Money::parse_found(a).ok()?.currency)
}

/// Runs `each` on every data row, recording bad rows by line number.
pub(super) fn rows<R: Read>(
    source: &mut Rows<R>,
    report: &mut ImportReport,
    progress: &mut dyn FnMut(u64),
    mut each: impl FnMut(&csv::StringRecord, &mut ImportReport) -> Result<()>,
) -> Result<()> {
    let mut row = csv::StringRecord::new();
    loop {
        match source.next(&mut row)? {
            Read1::End => break,
            Read1::Row => {
                report.rows += 1;
                let line = row.position().map_or(0, |p| p.line());
                match each(&row, report) {
                    Ok(()) => report.good_rows += 1,
                    Err(CoreError::Storage(e)) => return Err(CoreError::Storage(e)),
                    Err(e) => report.bad_row(line, &e),
                }
            }
            Read1::Bad(line) => {
                report.rows += 1;
                report.bad_row(
                    line,
                    &CoreError::invalid("file", msg!("error-file-line-valid-csv")),
                );
            }
        }
        if report.rows.is_multiple_of(PROGRESS_EVERY) {
            progress(report.rows);
        }
    }
    progress(report.rows);
    Ok(())
}

/// Opens the CSV and reads its header.
pub(super) fn open_csv<R: Read>(input: R) -> Result<(Rows<R>, csv::StringRecord, Sniffed)> {
    let (mut csv, sniffed) = reader(input)?;
    let header = csv
        .headers()
        .map_err(|e| {
            CoreError::invalid(
                "file",
                msg!("error-file-file-has-readable", e = e.to_string()),
            )
        })?
        .clone();
    let rows = Rows {
        csv,
        header: header.clone(),
        held: VecDeque::new(),
        fill: FillDown::default(),
        line_fix: None,
    };
    Ok((rows, header, sniffed))
}

impl<R: Read> Rows<R> {
    /// The file's header.
    pub(super) fn header(&self) -> &csv::StringRecord {
        &self.header
    }

    /// Fills down the columns `cols` says a receipt writes on its first row only.
    pub(super) fn fill_down(&mut self, cols: &Columns) {
        self.fill = FillDown {
            receipt: cols.index("receipt"),
            columns: cols.fill_down.clone(),
            ..FillDown::default()
        };
    }
}

/// The start of a CSV file as it is, to map its columns before importing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvPreview {
    /// The header's column names.
    pub header: Vec<String>,
    /// The first data rows (at most the number asked for).
    pub rows: Vec<Vec<String>>,
    /// How many data rows the file has in all.
    pub total_rows: u64,
    /// The file's encoding and delimiter.
    pub file: Sniffed,
    /// How a purchase import would read its columns.
    pub purchases: LayoutSeen,
    /// How a customer import would read its columns.
    pub customers: LayoutSeen,
    /// What the file looks like: the kind of the layout recognised, if one is.
    pub kind: Option<FileKind>,
}

/// Reads the header, the first `n` rows and the row count of a CSV file,
/// and recognises its layout (without the fixes a shop remembers: see
/// [`crate::Shop::preview_import`]).
pub fn preview_csv(input: impl Read, n: usize) -> Result<CsvPreview> {
    preview_with(input, n, |_, _| Ok(None))
}

/// [`preview_csv`], with the owner's fixes `remembered` gives for a header
/// and kind applied.
pub(super) fn preview_with(
    input: impl Read,
    n: usize,
    remembered: impl Fn(&csv::StringRecord, FileKind) -> Result<Option<Vec<(String, String)>>>,
) -> Result<CsvPreview> {
    let (mut rows_in, header, sniffed) = open_csv(input)?;
    let opts = ImportOptions::default();
    let fixes = |kind| remembered(&header, kind);
    let purchases = Columns::new(
        &header,
        FileKind::Purchases,
        PURCHASE_FIELDS,
        &opts,
        fixes(FileKind::Purchases)?,
    )?;
    let customers = Columns::new(
        &header,
        FileKind::Customers,
        CUSTOMER_FIELDS,
        &opts,
        fixes(FileKind::Customers)?,
    )?;
    let kind = match (purchases.layout, customers.layout) {
        (Some(_), _) => Some(FileKind::Purchases),
        (None, Some(_)) => Some(FileKind::Customers),
        (None, None) => None,
    };
    let mut rows = Vec::new();
    let mut total_rows = 0;
    let mut row = csv::StringRecord::new();
    loop {
        match rows_in.read(&mut row)? {
            Read1::End => break,
            Read1::Row if rows.len() < n => rows.push(row.iter().map(str::to_string).collect()),
            Read1::Bad(_) if rows.len() < n => rows.push(Vec::new()),
            _ => {}
        }
        total_rows += 1;
    }
    Ok(CsvPreview {
        header: header.iter().map(|h| h.trim().to_string()).collect(),
        rows,
        total_rows,
        file: sniffed,
        purchases: purchases.seen,
        customers: customers.seen,
        kind,
    })
}
