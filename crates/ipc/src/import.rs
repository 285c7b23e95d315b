//! The import wizard: a CSV file's first rows, the owner's choices, and
//! what the import did (or, for a dry run, would do).

use serde::{Deserialize, Serialize};
use shopkeeper_core::import::{CsvPreview, ImportOptions, ImportReport, UndoReport};
use ts_rs::TS;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ImportKind {
    /// One customer per row.
    Customers,
    /// One purchase line per row.
    Purchases,
}

/// The start of a CSV file, and the fields its columns can be mapped to.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CsvPreviewDto {
    /// The header's column names.
    pub header: Vec<String>,
    /// The first rows.
    pub rows: Vec<Vec<String>>,
    /// How many data rows the file has.
    pub total_rows: u32,
    /// Fields a customer file's columns can be mapped to.
    pub customer_fields: Vec<String>,
    /// Fields a purchase file's columns can be mapped to.
    pub purchase_fields: Vec<String>,
}

impl From<CsvPreview> for CsvPreviewDto {
    fn from(p: CsvPreview) -> Self {
        let names = |f: &[&str]| f.iter().map(|s| s.to_string()).collect();
        CsvPreviewDto {
            header: p.header,
            rows: p.rows,
            total_rows: u32::try_from(p.total_rows).unwrap_or(u32::MAX),
            customer_fields: names(shopkeeper_core::import::CUSTOMER_FIELDS),
            purchase_fields: names(shopkeeper_core::import::PURCHASE_FIELDS),
        }
    }
}

/// One column mapped to a field.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ColumnMapDto {
    /// The column's name in the file.
    pub column: String,
    /// The field it holds.
    pub field: String,
}

/// The owner's choices for one import.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportRequestDto {
    /// The CSV file.
    pub path: String,
    /// Customers or purchases.
    pub kind: ImportKind,
    /// Columns whose names differ from the field names.
    pub map: Vec<ColumnMapDto>,
    /// chrono format of the date column (default ISO 8601).
    pub date_format: Option<String>,
    /// Only say what would happen.
    pub dry_run: bool,
    /// Import the good rows even if some are bad.
    pub skip_bad: bool,
}

impl From<&ImportRequestDto> for ImportOptions {
    fn from(r: &ImportRequestDto) -> Self {
        ImportOptions {
            map: r
                .map
                .iter()
                .map(|m| (m.column.clone(), m.field.clone()))
                .collect(),
            date_format: r
                .date_format
                .as_deref()
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map(str::to_string),
            dry_run: r.dry_run,
            skip_bad: r.skip_bad,
            file_name: Some(r.path.clone()),
        }
    }
}

/// A row that could not be imported.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BadRowDto {
    /// Line number in the file (the header is line 1).
    pub line: u32,
    /// Why, in plain words.
    pub reason: String,
}

/// What an import did, or would do.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReportDto {
    /// Data rows read.
    pub rows: u32,
    /// Good rows.
    pub good_rows: u32,
    /// Bad rows (at most 1000 listed).
    pub bad: Vec<BadRowDto>,
    /// Bad rows in all.
    pub bad_count: u32,
    /// Customers created.
    pub customers_created: u32,
    /// Existing customers matched.
    pub customers_matched: u32,
    /// Products added to the catalog.
    pub products_created: u32,
    /// Purchases recorded.
    pub purchases: u32,
    /// Sales without a customer, counted and not imported.
    pub walk_ins: u32,
    /// Refunds and returns among the purchases.
    pub refunds: u32,
    /// Receipts already in the shop, left as they were.
    pub already_imported: u32,
    /// The import's id, for "Undo this import" (none when nothing was written).
    pub batch: Option<String>,
    /// Whether anything was written.
    pub written: bool,
}

fn small(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<ImportReport> for ImportReportDto {
    fn from(r: ImportReport) -> Self {
        ImportReportDto {
            rows: small(r.rows),
            good_rows: small(r.good_rows),
            bad: r
                .bad
                .into_iter()
                .map(|b| BadRowDto {
                    line: small(b.line),
                    reason: b.reason,
                })
                .collect(),
            bad_count: small(r.bad_count),
            customers_created: small(r.customers_created),
            customers_matched: small(r.customers_matched),
            products_created: small(r.products_created),
            purchases: small(r.purchases),
            walk_ins: small(r.walk_ins),
            refunds: small(r.refunds),
            already_imported: small(r.already_imported),
            batch: r.batch.map(|b| b.to_string()),
            written: r.written,
        }
    }
}

/// What undoing an import removed.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UndoReportDto {
    /// Purchases removed.
    pub purchases: u32,
    /// Customers removed.
    pub customers: u32,
    /// Products removed.
    pub products: u32,
    /// Products the import added that stay (used by other purchases, or changed since).
    pub products_kept: u32,
}

impl From<UndoReport> for UndoReportDto {
    fn from(r: UndoReport) -> Self {
        UndoReportDto {
            purchases: small(r.purchases),
            customers: small(r.customers),
            products: small(r.products),
            products_kept: small(r.products_kept),
        }
    }
}

/// Progress of a running import (the payload of the `import-progress` event).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProgressDto {
    /// Rows read so far.
    pub rows: u32,
    /// Rows in the file.
    pub total: u32,
}
