//! Importing customers and purchases from CSV files (till exports, old
//! spreadsheets). One transaction: every row or none. Every bad row is
//! reported with its line number; with any bad row nothing is written unless
//! the caller asked to skip bad rows. A dry run does all the work and then
//! discards it, so its report says exactly what would happen.

mod batch;
mod columns;
mod customers;
mod file;
mod matcher;
mod purchases;
mod read;
mod receipts;
mod report;
mod undo;

use std::io::Read;

pub use batch::ImportBatch;
pub use file::{preview_csv, CsvPreview};
pub use report::{BadRow, ImportOptions, ImportReport};
pub use undo::UndoReport;

use customers::{customer_edit, fill_in};
use file::{open_csv, rows};
use matcher::Matcher;
use purchases::PurchaseImport;
use read::{SaleReader, CUSTOMER_KEYS};
use report::keep;

use crate::customer;
use crate::settings::Settings;
use crate::{Result, Shop};

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
    "receipt",
    "unit_price",
    "refund_of",
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
/// The page cache during imports, in MiB (SQLite's default is 2 MiB, the
/// vault's 8 MiB).
const BULK_CACHE_MIB: i64 = 256;
impl Shop {
    /// Imports purchases from CSV (default header [`PURCHASE_HEADER`]).
    /// Rows with one receipt number form one purchase (its refund lines
    /// another); rows without one, the same customer and date-time. Unknown
    /// customers and SKUs are created; receipts already in the shop are
    /// skipped. The import is recorded as a batch ([`Shop::imports`]) that
    /// [`Shop::undo_import`] takes back. `progress` gets the rows read so far.
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
                        let reader =
                            SaleReader::new(cols, settings.currency, opts.date_format.as_deref());
                        let source = reader.source().to_string();
                        PurchaseImport::new(tx, settings, &source, opts.file_name.as_deref())?
                            .run(reader, &mut csv, opts, progress, clocks)
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
