//! Reading a CSV file: its dialect, its rows with their line numbers, its start.

use std::io::Read;

use super::columns::Columns;
use super::{ImportOptions, ImportReport};
use crate::limits::{CsvRecordLimit, MAX_CSV_RECORD};
use crate::text_file::{self, Decoded, Sniffed};
use crate::{CoreError, Result};

/// Progress is reported every this many rows.
const PROGRESS_EVERY: u64 = 10_000;

/// A CSV reader over a file decoded to UTF-8, in the file's own dialect.
pub(super) type CsvReader<R> = csv::Reader<CsvRecordLimit<Decoded<R>>>;

/// A [`CsvReader`] over `input`, which refuses any row longer than
/// [`crate::limits::MAX_CSV_RECORD`] before holding it.
fn reader<R: Read>(input: R) -> Result<(CsvReader<R>, Sniffed)> {
    let file = text_file::open(input)
        .map_err(|e| CoreError::invalid("file", format!("The file could not be read: {e}.")))?;
    let csv = csv::ReaderBuilder::new()
        .delimiter(file.sniffed.delimiter)
        .flexible(true)
        .trim(csv::Trim::None)
        .from_reader(CsvRecordLimit::new(file.reader, MAX_CSV_RECORD));
    Ok((csv, file.sniffed))
}

/// Runs `each` on every data row, recording bad rows by line number.
pub(super) fn rows(
    csv: &mut csv::Reader<impl Read>,
    report: &mut ImportReport,
    progress: &mut dyn FnMut(u64),
    mut each: impl FnMut(&csv::StringRecord, &mut ImportReport) -> Result<()>,
) -> Result<()> {
    let mut row = csv::StringRecord::new();
    loop {
        let line = csv.position().line();
        match csv.read_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {
                report.rows += 1;
                let line = row.position().map_or(line, |p| p.line());
                match each(&row, report) {
                    Ok(()) => report.good_rows += 1,
                    Err(CoreError::Storage(e)) => return Err(CoreError::Storage(e)),
                    Err(e) => report.bad_row(line, &e),
                }
            }
            Err(e) => {
                if e.is_io_error() {
                    return Err(CoreError::invalid(
                        "file",
                        format!("The file could not be read: {e}."),
                    ));
                }
                report.rows += 1;
                report.bad_row(
                    line + 1,
                    &CoreError::invalid("file", "This line is not valid CSV (or not UTF-8 text)."),
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

/// Opens the CSV and maps its header onto `fields`.
pub(super) fn open_csv<R: Read>(
    input: R,
    fields: &[&'static str],
    opts: &ImportOptions,
) -> Result<(CsvReader<R>, Columns, Sniffed)> {
    let (mut csv, sniffed) = reader(input)?;
    let header = csv
        .headers()
        .map_err(|e| CoreError::invalid("file", format!("The file has no readable header: {e}.")))?
        .clone();
    let cols = Columns::new(&header, fields, opts)?;
    Ok((csv, cols, sniffed))
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
}

/// Reads the header, the first `n` rows and the row count of a CSV file.
pub fn preview_csv(input: impl Read, n: usize) -> Result<CsvPreview> {
    let (mut csv, sniffed) = reader(input)?;
    let header = csv
        .headers()
        .map_err(|e| CoreError::invalid("file", format!("The file has no readable header: {e}.")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    let mut total_rows = 0;
    let mut row = csv::StringRecord::new();
    loop {
        match csv.read_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {
                if rows.len() < n {
                    rows.push(row.iter().map(str::to_string).collect());
                }
            }
            Err(e) if e.is_io_error() => {
                return Err(CoreError::invalid(
                    "file",
                    format!("The file could not be read: {e}."),
                ))
            }
            Err(_) => {
                if rows.len() < n {
                    rows.push(Vec::new());
                }
            }
        }
        total_rows += 1;
    }
    Ok(CsvPreview {
        header,
        rows,
        total_rows,
        file: sniffed,
    })
}
