//! Importing customers and purchases from CSV files (till exports, old
//! spreadsheets). One transaction: every row or none. Every bad row is
//! reported with its line number; with any bad row nothing is written unless
//! the caller asked to skip bad rows. A dry run does all the work and then
//! discards it, so its report says exactly what would happen.

mod batch;
mod columns;
mod currency;
mod customers;
mod dates;
mod file;
mod layouts;
mod matcher;
mod memory;
mod purchases;
mod read;
mod receipts;
mod report;
mod undo;

use std::io::Read;

pub use batch::ImportBatch;
pub use columns::IGNORE;
pub(crate) use customers::IMPORTED_FROM;
pub use dates::DateOrder;
pub use file::{preview_csv, CsvPreview, MAX_LOOK_AHEAD_BYTES};
pub use layouts::{known as known_layouts, names as layout_names, FileKind, Layout};
pub use report::{
    BadRow, ColumnUse, ImportOptions, ImportReport, LayoutHow, LayoutSeen, PreviewLine,
};
pub use undo::UndoReport;

use columns::Columns;
use customers::{fill_in, new_customer};
use file::{open_csv, rows, FirstLook, Rows};
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
    "receipt",
    "customer_ref",
    "customer_name",
    "given_name",
    "family_name",
    "email",
    "phone",
    "contact",
    "address",
    "date",
    "time",
    "sku",
    "product",
    "quantity",
    "unit_price",
    "discount",
    "line_total",
    "currency",
    "refund_of",
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
    "contact",
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
        self.require(crate::staff::Permission::Restore)?;
        let (mut rows, cols, look, sniffed) = self.open_file(input, FileKind::Purchases, opts)?;
        cols.require("date")?;
        if !cols.has("unit_price") {
            cols.require("line_total")?;
        }
        if cols.layout.and_then(|l| l.quantity_default).is_none() {
            cols.require("quantity")?;
        }
        if !CUSTOMER_KEYS.iter().any(|f| cols.has(f)) {
            cols.require("customer_ref")?;
        }
        if !cols.has("sku") {
            cols.require("product")?;
        }
        let header = rows.header().clone();
        // Every record this import writes is new: capture is paused and,
        // while sync is on, the records are stamped set-wise at the end
        // (docs/sync.md). Every reference written is to a record found or
        // made in the same transaction (the customer, the product, the
        // purchase just written), so SQLite's foreign-key lookups (three
        // b-tree descents per row) are left out, and so are the CHECK
        // constraints: every quantity and unit price is `Quantity` and
        // `UnitPrice` text made here, never the file's.
        let report = self.bulk_capture(|shop, clocks| {
            shop.without_foreign_keys(|shop| {
                shop.without_row_checks(|shop| {
                    shop.bulk(|shop| {
                        shop.write_or_discard(|tx, settings| {
                            let (settings, currency_set) =
                                currency::settle(tx, settings, look.currency)?;
                            let reader = SaleReader::new(
                                cols,
                                settings.currency,
                                opts.date_format.as_deref(),
                                look.date_order,
                            );
                            let source = reader.source().to_string();
                            let (mut report, keep) = PurchaseImport::new(
                                tx,
                                &settings,
                                &source,
                                opts.file_name.as_deref(),
                            )?
                            .run(reader, &mut rows, opts, progress, clocks)?;
                            report.currency_set = currency_set;
                            remember(tx, &header, FileKind::Purchases, opts, &mut report, keep)?;
                            Ok((report, keep))
                        })
                    })
                })
            })
        })?;
        self.reload_settings()?;
        Ok(ImportReport {
            file: sniffed,
            date_order: look.date_order,
            currency: look.currency.and_then(currency::single),
            ..report
        })
    }

    /// Opens a file of `kind`: its rows, which column holds what (the
    /// layout `opts` names or the header is, else the header's synonyms;
    /// the owner's fixes, or those remembered for this header, on top), and
    /// what its first rows show.
    fn open_file<R: Read>(
        &self,
        input: R,
        kind: FileKind,
        opts: &ImportOptions,
    ) -> Result<(Rows<R>, Columns, FirstLook, crate::text_file::Sniffed)> {
        let (mut rows, header, sniffed) = open_csv(input)?;
        let remembered = match opts.map.is_empty() {
            true => memory::recall(self.conn(), &header, kind)?,
            false => None,
        };
        let fields = match kind {
            FileKind::Purchases => PURCHASE_FIELDS,
            FileKind::Customers => CUSTOMER_FIELDS,
        };
        let cols = Columns::new(&header, kind, fields, opts, remembered)?;
        rows.fill_down(&cols);
        let look = match (&opts.date_format, kind) {
            (None, FileKind::Purchases) => {
                let order = opts.date_order.or(cols.layout.and_then(|l| l.date_order));
                rows.first_look(&cols, order)?
            }
            _ => FirstLook::default(),
        };
        Ok((rows, cols, look, sniffed))
    }

    /// [`preview_csv`] with the column fixes the owner confirmed before for
    /// this header applied, as the import will apply them.
    pub fn preview_import(&self, input: impl Read, n: usize) -> Result<CsvPreview> {
        file::preview_with(input, n, |header, kind| {
            memory::recall(self.conn(), header, kind)
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
        self.require(crate::staff::Permission::Restore)?;
        let (mut csv, cols, _, sniffed) = self.open_file(input, FileKind::Customers, opts)?;
        if !cols.has("customer_ref") && !cols.has("given_name") && !cols.has("family_name") {
            cols.require("customer_name")?;
        }
        let header = csv.header().clone();
        let report = self.bulk(|shop| {
            shop.write_or_discard(|tx, settings: &Settings| {
                let region = settings.phone_region.as_deref();
                let mut matcher = Matcher::new(region);
                let mut report = ImportReport {
                    file: sniffed,
                    ..ImportReport::default()
                };
                rows(&mut csv, &mut report, progress, |row, report| {
                    let incoming = new_customer(&cols, row, None)?;
                    let (email, phone) = read::email_and_phone(&cols, row);
                    let keys = matcher.keys(cols.get(row, "customer_ref"), email, phone);
                    match matcher.find(tx, &keys)? {
                        Some(id) => {
                            let merged = fill_in(customer::get(tx, id)?.edit(), incoming.edit);
                            customer::update_in(tx, id, &merged.validated(region)?)?;
                            report.customers_matched += 1;
                        }
                        None => {
                            let created =
                                customer::insert_in(tx, &incoming.edit.validated(region)?)?;
                            report.consents += incoming.record_consent(tx, created.id)?;
                            matcher.remember(keys, created.id);
                            report.customers_created += 1;
                        }
                    }
                    Ok(())
                })?;
                report.layout = Some(cols.seen.clone());
                let k = keep(&mut report, opts);
                remember(tx, &header, FileKind::Customers, opts, &mut report, k)?;
                Ok((report, k))
            })
        })?;
        Ok(report)
    }
}

/// Remembers the owner's column fixes for the next file with `header`,
/// when the import that used them is kept.
fn remember(
    conn: &rusqlite::Connection,
    header: &csv::StringRecord,
    kind: FileKind,
    opts: &ImportOptions,
    report: &mut ImportReport,
    keep: bool,
) -> Result<()> {
    if keep && !opts.map.is_empty() {
        memory::remember(conn, header, kind, &opts.map)?;
        report.mapping_remembered = true;
    }
    Ok(())
}
