//! What an import is asked to do and what it did.

use chrono::{DateTime, Utc};

use super::dates::DateOrder;
use crate::money::{Currency, Money};
use crate::quantity::Quantity;
use crate::text_file::Sniffed;
use crate::CoreError;

/// At most this many bad rows are listed (all are counted).
const MAX_LISTED: usize = 1000;

/// How to read the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Column name → field name, for files whose header differs.
    pub map: Vec<(String, String)>,
    /// chrono format of the date column (default: read as tills write
    /// dates, see [`DateOrder`]).
    pub date_format: Option<String>,
    /// The layout to read the file as (a name of
    /// [`super::layout_names`]), instead of the one recognised.
    pub layout: Option<String>,
    /// Whether `03/04/2024` is 3 April or 4 March, for a file whose dates
    /// do not show it.
    pub date_order: Option<DateOrder>,
    /// Do everything, then discard it.
    pub dry_run: bool,
    /// Import the good rows even if some are bad.
    pub skip_bad: bool,
    /// The file's name (kept on the import's record without its folder).
    pub file_name: Option<String>,
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
    /// Refunds and returns imported (purchases of return lines).
    pub refunds: u64,
    /// Receipts already in the shop (and purchases without a receipt number
    /// found there already), left as they were: a second import of an
    /// overlapping file adds nothing twice.
    pub already_imported: u64,
    /// The import's record, to list or undo it (`None` when nothing was written).
    pub batch: Option<crate::ImportId>,
    /// Whether anything was written.
    pub written: bool,
    /// The file's encoding and delimiter, as found.
    pub file: Sniffed,
    /// How the file's columns were read: its layout and which column
    /// holds which field.
    pub layout: Option<LayoutSeen>,
    /// The first sale lines as they are (or would be) stored.
    pub preview: Vec<PreviewLine>,
    /// The currency the file names (a currency column, or a code or sign
    /// in its amounts), if it names one.
    pub currency: Option<Currency>,
    /// Whether the file's currency became the shop's (a new shop with no
    /// purchases whose currency differed from the file's).
    pub currency_set: bool,
    /// How the file writes dates, as decided from the whole file.
    pub date_order: Option<DateOrder>,
    /// Rows that are not sales and were left out: voided or cancelled
    /// orders, fully refunded web orders, a till's payment and summary rows.
    pub not_sales: u64,
    /// Marketing-consent entries recorded from the file's consent columns.
    pub consents: u64,
    /// Whether the owner's column fixes were remembered for the next file
    /// with this header.
    pub mapping_remembered: bool,
}

/// How an import read a file's columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutSeen {
    /// The layout's name (`shopify`, `square-items`, ...), or `mapped` for
    /// a file read by its column names.
    pub name: String,
    /// The layout's name for people ("Shopify orders export"); empty for
    /// a file read by its column names.
    pub display_name: String,
    /// How the layout was found.
    pub how: LayoutHow,
    /// Which column holds which field.
    pub columns: Vec<ColumnUse>,
}

/// How a file's layout was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayoutHow {
    /// Recognised from the header.
    Recognised,
    /// Chosen by the owner (`--layout`).
    Chosen,
    /// Read by its column names (and their synonyms in six languages).
    ColumnNames,
    /// Read by the owner's mapping (`--map`).
    Mapped,
    /// Read by the mapping the owner confirmed for this header before.
    Remembered,
}

/// One column and the field it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnUse {
    /// The column's name in the file.
    pub column: String,
    /// The field (one of [`super::PURCHASE_FIELDS`] or
    /// [`super::CUSTOMER_FIELDS`]).
    pub field: String,
}

/// A sale line as it is (or would be) stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewLine {
    /// Its line in the file.
    pub line: u64,
    /// When it was sold.
    pub at: DateTime<Utc>,
    /// Its customer as the file names them (name, else email, phone or
    /// reference).
    pub customer: String,
    /// The product (name, else SKU).
    pub product: String,
    /// How many (negative on a return).
    pub quantity: Quantity,
    /// The unit price, if the file gives one.
    pub unit_price: Option<Money>,
    /// The line's total.
    pub total: Money,
    /// The till's receipt or order number.
    pub receipt: Option<String>,
    /// For a return: the receipt it returns from.
    pub refund_of: Option<String>,
}

impl ImportReport {
    pub(super) fn bad_row(&mut self, line: u64, err: &CoreError) {
        self.bad_count += 1;
        if self.bad.len() < MAX_LISTED {
            self.bad.push(BadRow {
                line,
                reason: err.to_string(),
            });
        }
    }
}

/// Whether to keep what was written: not on a dry run, and not when a row
/// was bad unless the owner asked to skip bad rows. Sets `report.written`.
pub(super) fn keep(report: &mut ImportReport, opts: &ImportOptions) -> bool {
    report.written = !opts.dry_run && (report.bad_count == 0 || opts.skip_bad);
    report.written
}
