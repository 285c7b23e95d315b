//! What an import is asked to do and what it did.

use crate::text_file::Sniffed;
use crate::CoreError;

/// At most this many bad rows are listed (all are counted).
const MAX_LISTED: usize = 1000;

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
