//! Importing customers and purchases from CSV files (till exports, old
//! spreadsheets). One transaction: every row or none. Every bad row is
//! reported with its line number; with any bad row nothing is written unless
//! the caller asked to skip bad rows. A dry run does all the work and then
//! discards it, so its report says exactly what would happen.

use std::borrow::Cow;

use foldhash::{HashMap, HashSet};
use std::io::Read;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::catalog::{self, NewProduct};
use crate::customer::{self, CustomerEdit};
use crate::limits::{CsvRecordLimit, MAX_CSV_RECORD};
use crate::money::{Currency, DecimalMark, Money};
use crate::phone::Phone;
use crate::purchase::{self, Purchase, PurchaseLine, SaleChannel};
use crate::settings::Settings;
use crate::sync::BulkCapture;
use crate::text_file::{self, Decoded, Sniffed};
use crate::{search, CoreError, CustomerId, ProductId, PurchaseId, Result, Shop};

/// The purchase file's default header.
pub const PURCHASE_HEADER: &str = "customer_ref,customer_name,date,sku,product,quantity,line_total";
/// Fields a purchase file may map columns to.
pub const PURCHASE_FIELDS: &[&str] = &[
    "customer_ref",
    "customer_name",
    "email",
    "phone",
    "date",
    "sku",
    "product",
    "quantity",
    "line_total",
    "channel",
    "note",
];
/// Fields a customer file may map columns to.
pub const CUSTOMER_FIELDS: &[&str] = &[
    "customer_ref",
    "customer_name",
    "given_name",
    "family_name",
    "email",
    "phone",
    "address",
    "language",
    "birthday",
    "tags",
    "notes",
];
/// The fields that name a row's customer; a purchase row with none of them
/// is a walk-in sale, counted and not imported.
const CUSTOMER_KEYS: [&str; 4] = ["customer_ref", "customer_name", "email", "phone"];
/// At most this many bad rows are listed (all are counted).
const MAX_LISTED: usize = 1000;
/// The page cache during imports, in MiB (SQLite's default is 2 MiB, the
/// vault's 8 MiB).
const BULK_CACHE_MIB: i64 = 256;
/// An import that has written this many purchases, and at least a quarter
/// as many as the shop had before, drops the `purchase (customer_id, at)`
/// index and builds it again at the end, in the same transaction: one sort
/// instead of a random insert into the index per purchase.
const REBUILD_INDEX_AFTER: u64 = 50_000;
/// An import that matched this many existing customers gathers what they
/// bought for their search entries in one pass over all purchases, rather
/// than through the purchase index customer by customer.
const REINDEX_IN_ONE_PASS: usize = 1_000;
/// The index [`REBUILD_INDEX_AFTER`] is about.
const PURCHASE_INDEX: &str = "purchase_by_customer";
/// Progress is reported every this many rows.
const PROGRESS_EVERY: u64 = 10_000;

/// How to read the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Column name → field name, for files whose header differs.
    pub map: Vec<(String, String)>,
    /// chrono format of the date column (default ISO 8601).
    pub date_format: Option<String>,
    /// Do everything, then discard it.
    pub dry_run: bool,
    /// Import the good rows even if some are bad.
    pub skip_bad: bool,
}

/// One row that could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    /// Line number in the file (the header is line 1).
    pub line: u64,
    /// Why, in plain words.
    pub reason: String,
}

/// What an import did (or, for a dry run or a refused file, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Data rows read.
    pub rows: u64,
    /// Rows that were good.
    pub good_rows: u64,
    /// Bad rows (at most 1000 listed).
    pub bad: Vec<BadRow>,
    /// How many rows were bad in all.
    pub bad_count: u64,
    /// Customers created.
    pub customers_created: u64,
    /// Existing customers matched (or updated).
    pub customers_matched: u64,
    /// Products added to the catalog.
    pub products_created: u64,
    /// Purchases recorded.
    pub purchases: u64,
    /// Purchase lines recorded.
    pub lines: u64,
    /// Sales without a customer (no reference, name, email or phone): a
    /// till's walk-in sales, counted and not imported, never made into an
    /// invented customer.
    pub walk_ins: u64,
    /// Whether anything was written.
    pub written: bool,
    /// The file's encoding and delimiter, as found.
    pub file: Sniffed,
}

impl ImportReport {
    fn bad_row(&mut self, line: u64, err: &CoreError) {
        self.bad_count += 1;
        if self.bad.len() < MAX_LISTED {
            self.bad.push(BadRow {
                line,
                reason: err.to_string(),
            });
        }
    }
}

/// Which column holds each field.
struct Columns(HashMap<&'static str, usize>);

impl Columns {
    fn new(
        header: &csv::StringRecord,
        fields: &[&'static str],
        opts: &ImportOptions,
    ) -> Result<Columns> {
        for (_, field) in &opts.map {
            if !fields.contains(&field.trim()) {
                return Err(CoreError::invalid(
                    "map",
                    format!(
                        "\"{field}\" is not a field; use one of: {}.",
                        fields.join(", ")
                    ),
                ));
            }
        }
        let mut map = HashMap::default();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim();
            let field = opts
                .map
                .iter()
                .find(|(col, _)| col.trim().eq_ignore_ascii_case(name))
                .map(|(_, f)| f.trim().to_string())
                .unwrap_or_else(|| name.to_lowercase());
            let field = if field == "name" {
                "customer_name".to_string()
            } else {
                field
            };
            if let Some(f) = fields.iter().find(|f| **f == field) {
                map.entry(*f).or_insert(i);
            }
        }
        Ok(Columns(map))
    }

    fn require(&self, field: &str) -> Result<()> {
        if self.0.contains_key(field) {
            Ok(())
        } else {
            Err(CoreError::invalid(
                "header",
                format!("The file has no \"{field}\" column. Rename the column or use --map COLUMN={field}."),
            ))
        }
    }

    fn get<'r>(&self, row: &'r csv::StringRecord, field: &str) -> Option<&'r str> {
        self.0
            .get(field)
            .and_then(|&i| row.get(i))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }
}

/// A CSV reader over a file decoded to UTF-8, in the file's own dialect.
type CsvReader<R> = csv::Reader<CsvRecordLimit<Decoded<R>>>;

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

/// Matches customers by reference, then email, then phone, with a cache.
struct Matcher<'a> {
    region: Option<&'a str>,
    /// Customers already found, by reference, email and phone key.
    cache: [HashMap<String, CustomerId>; 3],
}

/// A row's matching keys in [`Matcher`]'s order: reference, email, phone.
type Keys<'r> = [Option<Cow<'r, str>>; 3];

impl<'a> Matcher<'a> {
    fn new(region: Option<&'a str>) -> Self {
        Matcher {
            region,
            cache: Default::default(),
        }
    }

    fn keys<'r>(
        &self,
        r: Option<&'r str>,
        email: Option<&'r str>,
        phone: Option<&str>,
    ) -> Keys<'r> {
        [
            r.map(Cow::Borrowed),
            email.map(|e| Cow::Owned(e.to_lowercase())),
            phone
                .and_then(|p| Phone::parse(p, self.region).ok())
                .map(|p| Cow::Owned(p.match_key())),
        ]
    }

    fn find(&mut self, conn: &Connection, keys: &Keys<'_>) -> Result<Option<CustomerId>> {
        for (kind, key) in keys.iter().enumerate() {
            let Some(key) = key else { continue };
            if let Some(id) = self.cache[kind].get(key.as_ref()) {
                return Ok(Some(*id));
            }
            let name = ["ref", "email", "phone"][kind];
            if let Some(id) = customer::find_by_key(conn, name, key)? {
                self.cache[kind].insert(key.to_string(), id);
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    fn remember(&mut self, keys: Keys<'_>, id: CustomerId) {
        for (kind, key) in keys.into_iter().enumerate() {
            if let Some(key) = key {
                self.cache[kind].insert(key.into_owned(), id);
            }
        }
    }
}

/// A purchase being assembled from rows that share customer and time.
struct OpenPurchase {
    id: PurchaseId,
    lines: usize,
    total: i64,
}

struct PurchaseImport<'a> {
    conn: &'a Connection,
    writer: purchase::Writer<'a>,
    currency: Currency,
    /// The file's decimal mark, from the first amount read that shows it
    /// (`12,50`, `1.234,56`): it decides later amounts that do not show it
    /// (`1.234`), which are refused as ambiguous until then.
    decimal_mark: DecimalMark,
    date_format: Option<&'a str>,
    cols: Columns,
    matcher: Matcher<'a>,
    products: HashMap<String, (ProductId, String)>,
    purchases: HashMap<(CustomerId, DateTime<Utc>), OpenPurchase>,
    touched: HashSet<CustomerId>,
    /// What each customer bought in this import (for their search entries).
    bought: search::Bought,
    /// Customers and products made by this import (for their sync clocks
    /// and search entries).
    made_customers: Vec<CustomerId>,
    made_products: Vec<ProductId>,
    /// Purchases in the shop before the import.
    purchases_before: u64,
    /// The SQL of the purchase index while it is dropped.
    dropped_index: Option<String>,
    report: ImportReport,
}

impl<'a> PurchaseImport<'a> {
    fn new(
        conn: &'a Connection,
        settings: &'a Settings,
        cols: Columns,
        opts: &'a ImportOptions,
    ) -> Result<Self> {
        Ok(PurchaseImport {
            conn,
            writer: purchase::Writer::new(conn)?,
            currency: settings.currency,
            decimal_mark: DecimalMark::Unknown,
            date_format: opts.date_format.as_deref(),
            cols,
            matcher: Matcher::new(settings.phone_region.as_deref()),
            products: HashMap::default(),
            purchases: HashMap::default(),
            touched: HashSet::default(),
            bought: search::Bought::default(),
            made_customers: Vec::new(),
            made_products: Vec::new(),
            purchases_before: conn
                .query_row("SELECT count(*) FROM purchase", [], |r| r.get::<_, i64>(0))?
                .unsigned_abs(),
            dropped_index: None,
            report: ImportReport::default(),
        })
    }

    /// Imports every row of `csv`; returns the report and whether to keep
    /// what was written.
    fn run(
        mut self,
        csv: &mut csv::Reader<impl Read>,
        opts: &ImportOptions,
        progress: &mut dyn FnMut(u64),
        clocks: &BulkCapture,
    ) -> Result<(ImportReport, bool)> {
        let mut report = ImportReport::default();
        rows(csv, &mut report, progress, |row, _| self.row(row))?;
        let counts = self.finish(clocks)?;
        report.customers_created = counts.customers_created;
        report.customers_matched = counts.customers_matched;
        report.products_created = counts.products_created;
        report.purchases = counts.purchases;
        report.lines = counts.lines;
        report.walk_ins = counts.walk_ins;
        report.good_rows -= counts.walk_ins;
        let keep = keep(&mut report, opts);
        Ok((report, keep))
    }

    fn row(&mut self, row: &csv::StringRecord) -> Result<()> {
        let c = &self.cols;
        if CUSTOMER_KEYS.iter().all(|f| c.get(row, f).is_none()) {
            self.report.walk_ins += 1;
            return Ok(());
        }
        let at = crate::time::parse_when(c.get(row, "date").unwrap_or(""), self.date_format)?;
        let quantity = crate::quantity::Quantity::parse_with(
            c.get(row, "quantity").unwrap_or(""),
            self.decimal_mark,
        )?;
        let amount = c.get(row, "line_total").unwrap_or("");
        let total = Money::parse_with(amount, self.currency, self.decimal_mark)?;
        if self.decimal_mark == DecimalMark::Unknown {
            self.decimal_mark = DecimalMark::shown_by(amount);
        }
        let is_return = quantity.is_negative();
        purchase::check_quantity(quantity, is_return)?;
        if (total.minor > 0 && is_return) || (total.minor < 0 && !is_return) {
            return Err(CoreError::invalid(
                "quantity",
                "A negative quantity is only allowed on a return, whose total is negative too.",
            ));
        }
        let channel = match c.get(row, "channel") {
            Some(ch) => ch.parse()?,
            None => SaleChannel::InShop,
        };
        let sku = c.get(row, "sku");
        let name = c.get(row, "product");
        if name.is_none() && sku.is_none() {
            return Err(CoreError::invalid(
                "product",
                "Each row needs a SKU or a product name.",
            ));
        }
        let note = crate::text::note(c.get(row, "note"), "note")?;
        let unit = crate::money::UnitPrice::of_total(total, quantity)?;
        let customer = self.customer(row)?;
        let (product_id, description) = match sku {
            Some(sku) => {
                let one = unit.times(crate::quantity::Quantity::ONE)?;
                let (id, catalog_name) = self.product(sku, name.unwrap_or(sku), one)?;
                (Some(id), name.map_or(catalog_name, str::to_string))
            }
            None => (None, name.unwrap_or_default().to_string()),
        };
        crate::text::limit(&description, "product", crate::text::MAX_SHORT_CHARS)?;
        let line = PurchaseLine {
            product_id,
            description,
            quantity,
            unit_price: unit,
            discount: Money::zero(self.currency),
            is_return,
            total,
        };
        self.touched.insert(customer);
        let open = match self.purchases.get_mut(&(customer, at)) {
            Some(open) => open,
            None => {
                let p = Purchase {
                    id: PurchaseId::new(),
                    customer_id: customer,
                    at,
                    channel,
                    note,
                    lines: Vec::new(),
                    total,
                    void: None,
                };
                self.writer.header(&p)?;
                self.report.purchases += 1;
                if self.report.purchases == REBUILD_INDEX_AFTER.max(self.purchases_before / 4) {
                    self.drop_index()?;
                }
                self.purchases
                    .entry((customer, at))
                    .or_insert(OpenPurchase {
                        id: p.id,
                        lines: 0,
                        total: 0,
                    })
            }
        };
        // Checked before the line is written: rows of huge totals for one
        // customer and time must not overflow the purchase's total.
        let sum = open.total.checked_add(total.minor).ok_or_else(|| {
            CoreError::invalid("line_total", "The purchase's total is too large.")
        })?;
        self.writer.line(open.id, open.lines, &line)?;
        self.bought.add(customer, &line.description);
        open.lines += 1;
        open.total = sum;
        self.report.lines += 1;
        Ok(())
    }

    /// Drops the purchase index until [`Self::finish`] (same SQL, so the
    /// schema ends as it was; a failed or dry-run import rolls the drop back).
    fn drop_index(&mut self) -> Result<()> {
        let sql: Option<String> = self
            .conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                [PURCHASE_INDEX],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(sql) = sql {
            self.conn
                .execute_batch(&format!("DROP INDEX {PURCHASE_INDEX}"))?;
            self.dropped_index = Some(sql);
        }
        Ok(())
    }

    fn product(&mut self, sku: &str, name: &str, unit: Money) -> Result<(ProductId, String)> {
        if let Some(found) = self.products.get(sku) {
            return Ok(found.clone());
        }
        let found = match catalog::by_sku(self.conn, sku)? {
            Some(p) => (p.id, p.name),
            None => {
                self.report.products_created += 1;
                let new = NewProduct {
                    sku: sku.into(),
                    name: name.into(),
                    price: (unit.minor >= 0).then_some(unit),
                    ..NewProduct::default()
                };
                let p = catalog::insert_in(self.conn, &new, self.currency)?;
                self.made_products.push(p.id);
                (p.id, p.name)
            }
        };
        self.products.insert(sku.to_string(), found.clone());
        Ok(found)
    }

    fn customer(&mut self, row: &csv::StringRecord) -> Result<CustomerId> {
        let c = &self.cols;
        let keys = self.matcher.keys(
            c.get(row, "customer_ref"),
            c.get(row, "email"),
            c.get(row, "phone"),
        );
        if let Some(id) = self.matcher.find(self.conn, &keys)? {
            if self.touched.insert(id) {
                self.report.customers_matched += 1;
            }
            return Ok(id);
        }
        let edit = customer_edit(c, row)?;
        let created = customer::insert_unindexed(self.conn, &edit.validated(self.matcher.region)?)?;
        self.report.customers_created += 1;
        self.made_customers.push(created.id);
        self.touched.insert(created.id);
        self.matcher.remember(keys, created.id);
        Ok(created.id)
    }

    /// Fixes the totals of purchases of several lines, builds the purchase
    /// index again if it was dropped, gives every record made its sync clock
    /// (`clocks`: capture was paused), and writes the search entries: those
    /// of the customers it made from what they bought here, those of the
    /// customers it matched from their purchases (in one pass over all of
    /// them when there are many).
    fn finish(mut self, clocks: &BulkCapture) -> Result<ImportReport> {
        let mut fix = self
            .conn
            .prepare_cached("UPDATE purchase SET total_minor = ?2 WHERE id = ?1")?;
        for open in self.purchases.values().filter(|o| o.lines > 1) {
            fix.execute(params![open.id, open.total])?;
        }
        if let Some(sql) = self.dropped_index.take() {
            self.conn.execute_batch(&sql)?;
        }
        if clocks.stamps() {
            self.stamp(clocks)?;
        }
        for id in &self.made_customers {
            self.touched.remove(id);
            search::index_new(self.conn, *id, &self.bought)?;
        }
        if self.touched.len() >= REINDEX_IN_ONE_PASS {
            search::reindex_many(self.conn, &self.touched)?;
        } else {
            for id in &self.touched {
                search::reindex(self.conn, *id)?;
            }
        }
        Ok(self.report)
    }

    /// Gives every record made its sync clock, in key order.
    fn stamp(&mut self, clocks: &BulkCapture) -> Result<()> {
        let mut made: Vec<(PurchaseId, usize)> =
            self.purchases.values().map(|o| (o.id, o.lines)).collect();
        made.sort_unstable();
        self.made_customers.sort_unstable();
        self.made_products.sort_unstable();
        clocks.stamp(
            self.conn,
            "customer",
            self.made_customers.iter().map(|id| [id]),
        )?;
        clocks.stamp(
            self.conn,
            "product",
            self.made_products.iter().map(|id| [id]),
        )?;
        clocks.stamp(self.conn, "purchase", made.iter().map(|(id, _)| [id]))?;
        let lines = made
            .iter()
            .flat_map(|(id, n)| (0..*n).map(move |position| (id, position as i64)));
        clocks.stamp(self.conn, "purchase_line", lines)
    }
}

fn customer_edit(c: &Columns, row: &csv::StringRecord) -> Result<CustomerEdit> {
    let name = c
        .get(row, "customer_name")
        .or(c.get(row, "customer_ref"))
        .ok_or_else(|| {
            CoreError::invalid(
                "customer_name",
                "A new customer needs a name or a reference.",
            )
        })?;
    let owned = |f: &str| c.get(row, f).map(str::to_string);
    Ok(CustomerEdit {
        display_name: name.to_string(),
        given_name: owned("given_name"),
        family_name: owned("family_name"),
        emails: owned("email").into_iter().collect(),
        phones: owned("phone").into_iter().collect(),
        address: owned("address"),
        language: owned("language"),
        birthday: c
            .get(row, "birthday")
            .map(|b| crate::DayMonth::parse(b, "birthday"))
            .transpose()?,
        important_dates: Vec::new(),
        tags: c
            .get(row, "tags")
            .map(|t| t.split(';').map(str::to_string).collect())
            .unwrap_or_default(),
        notes: owned("notes"),
        customer_ref: owned("customer_ref"),
    })
}

/// Runs `each` on every data row, recording bad rows by line number.
fn rows(
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
fn open_csv<R: Read>(
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

fn keep(report: &mut ImportReport, opts: &ImportOptions) -> bool {
    report.written = !opts.dry_run && (report.bad_count == 0 || opts.skip_bad);
    report.written
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

impl Shop {
    /// Imports purchases from CSV (default header [`PURCHASE_HEADER`]).
    /// Rows with the same customer and date-time form one purchase; unknown
    /// customers and SKUs are created. `progress` gets the rows read so far.
    pub fn import_purchases(
        &mut self,
        input: impl Read,
        opts: &ImportOptions,
        progress: &mut dyn FnMut(u64),
    ) -> Result<ImportReport> {
        let (mut csv, cols, sniffed) = open_csv(input, PURCHASE_FIELDS, opts)?;
        for f in ["date", "quantity", "line_total"] {
            cols.require(f)?;
        }
        if !CUSTOMER_KEYS.iter().any(|f| cols.0.contains_key(f)) {
            cols.require("customer_ref")?;
        }
        if !cols.0.contains_key("sku") {
            cols.require("product")?;
        }
        // Every record this import writes is new: capture is paused and,
        // while sync is on, the records are stamped set-wise at the end
        // (docs/sync.md). Every reference written is to a record found or
        // made in the same transaction (the customer, the product, the
        // purchase just written), so SQLite's foreign-key lookups (three
        // b-tree descents per row) are left out.
        self.bulk_capture(|shop, clocks| {
            shop.without_foreign_keys(|shop| {
                shop.bulk(|shop| {
                    shop.write_or_discard(|tx, settings| {
                        let job = PurchaseImport::new(tx, settings, cols, opts)?;
                        job.run(&mut csv, opts, progress, clocks)
                    })
                })
            })
        })
        .map(|report| ImportReport {
            file: sniffed,
            ..report
        })
    }

    /// Runs a bulk write: without the kept suggestions and the customer
    /// list's mirror (and their triggers; both are built again when next
    /// asked for), and with a page cache of [`BULK_CACHE_MIB`] so that the indexes that
    /// grow in random order stay in memory instead of going through the
    /// vault's encryption page by page; the usual cache size comes back after.
    pub(crate) fn bulk<T>(&mut self, f: impl FnOnce(&mut Shop) -> Result<T>) -> Result<T> {
        self.refresh_suggestions(crate::SuggestionRefresh::Reload)?;
        crate::book::forget_mirror(self.conn())?;
        let usual: i64 = self
            .conn()
            .query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn()
            .pragma_update(None, "cache_size", -(BULK_CACHE_MIB * 1024))?;
        let out = f(self);
        self.conn().pragma_update(None, "cache_size", usual)?;
        out
    }

    /// Imports customers from CSV (fields [`CUSTOMER_FIELDS`]). A row that
    /// matches an existing customer by reference, email or phone fills in
    /// what that customer lacks and adds new emails, phones and tags.
    pub fn import_customers(
        &mut self,
        input: impl Read,
        opts: &ImportOptions,
        progress: &mut dyn FnMut(u64),
    ) -> Result<ImportReport> {
        let (mut csv, cols, sniffed) = open_csv(input, CUSTOMER_FIELDS, opts)?;
        if !cols.0.contains_key("customer_ref") {
            cols.require("customer_name")?;
        }
        self.bulk(|shop| {
            shop.write_or_discard(|tx, settings: &Settings| {
                let region = settings.phone_region.as_deref();
                let mut matcher = Matcher::new(region);
                let mut report = ImportReport {
                    file: sniffed,
                    ..ImportReport::default()
                };
                rows(&mut csv, &mut report, progress, |row, report| {
                    let incoming = customer_edit(&cols, row)?;
                    let keys = matcher.keys(
                        cols.get(row, "customer_ref"),
                        cols.get(row, "email"),
                        cols.get(row, "phone"),
                    );
                    match matcher.find(tx, &keys)? {
                        Some(id) => {
                            let merged = fill_in(customer::get(tx, id)?.edit(), incoming);
                            customer::update_in(tx, id, &merged.validated(region)?)?;
                            report.customers_matched += 1;
                        }
                        None => {
                            let created = customer::insert_in(tx, &incoming.validated(region)?)?;
                            matcher.remember(keys, created.id);
                            report.customers_created += 1;
                        }
                    }
                    Ok(())
                })?;
                let k = keep(&mut report, opts);
                Ok((report, k))
            })
        })
    }
}

/// `old` with blanks filled from `new` and new emails, phones and tags added.
fn fill_in(mut old: CustomerEdit, new: CustomerEdit) -> CustomerEdit {
    for (slot, value) in [
        (&mut old.given_name, new.given_name),
        (&mut old.family_name, new.family_name),
        (&mut old.address, new.address),
        (&mut old.language, new.language),
        (&mut old.notes, new.notes),
        (&mut old.customer_ref, new.customer_ref),
    ] {
        if slot.is_none() {
            *slot = value;
        }
    }
    old.birthday = old.birthday.or(new.birthday);
    old.emails.extend(new.emails);
    old.phones.extend(new.phones);
    old.tags.extend(new.tags);
    old
}
