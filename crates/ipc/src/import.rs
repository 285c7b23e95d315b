//! The import wizard: a CSV file's first rows, the owner's choices, and
//! what the import did (or, for a dry run, would do).

use serde::{Deserialize, Serialize};
use shopkeeper_core::import::{
    CsvPreview, DateOrder, FileKind, ImportOptions, ImportReport, LayoutHow, LayoutSeen,
    PreviewLine, UndoReport,
};

use crate::MoneyDto;
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
    /// How a purchase import would read the columns ("This looks like a
    /// Square item-details export").
    pub purchases: LayoutSeenDto,
    /// How a customer import would read the columns.
    pub customers: LayoutSeenDto,
    /// What the file holds, when its layout was recognised.
    pub kind: Option<ImportKind>,
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
            purchases: p.purchases.into(),
            customers: p.customers.into(),
            kind: p.kind.map(|k| match k {
                FileKind::Purchases => ImportKind::Purchases,
                FileKind::Customers => ImportKind::Customers,
            }),
        }
    }
}

/// How a file's layout was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum LayoutHowDto {
    /// Recognised from the header.
    Recognised,
    /// Chosen by the owner.
    Chosen,
    /// Read by its column names (and their synonyms).
    ColumnNames,
    /// Read by the owner's mapping.
    Mapped,
    /// Read by the mapping the owner confirmed for this header before.
    Remembered,
}

/// How an import reads (or read) a file's columns.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LayoutSeenDto {
    /// The layout's name (`shopify`, `square-items`, ...), or `mapped`.
    pub name: String,
    /// The layout's name for people ("Square item-details export"); empty
    /// when the file is read by its column names.
    pub display_name: String,
    /// How it was found.
    pub how: LayoutHowDto,
    /// Which column holds which field.
    pub columns: Vec<ColumnMapDto>,
}

impl From<LayoutSeen> for LayoutSeenDto {
    fn from(l: LayoutSeen) -> Self {
        LayoutSeenDto {
            name: l.name,
            display_name: l.display_name,
            how: match l.how {
                LayoutHow::Recognised => LayoutHowDto::Recognised,
                LayoutHow::Chosen => LayoutHowDto::Chosen,
                LayoutHow::ColumnNames => LayoutHowDto::ColumnNames,
                LayoutHow::Mapped => LayoutHowDto::Mapped,
                LayoutHow::Remembered => LayoutHowDto::Remembered,
            },
            columns: l
                .columns
                .into_iter()
                .map(|c| ColumnMapDto {
                    column: c.column,
                    field: c.field,
                })
                .collect(),
        }
    }
}

/// A sale line as it is (or would be) stored.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewLineDto {
    /// Its line in the file.
    pub line: u32,
    /// When it was sold (RFC 3339).
    pub at: String,
    /// Its customer as the file names them.
    pub customer: String,
    /// The product.
    pub product: String,
    /// How many (negative on a return).
    pub quantity: String,
    /// The unit price, if the file gives one.
    pub unit_price: Option<MoneyDto>,
    /// The line's total.
    pub total: MoneyDto,
    /// The till's receipt or order number.
    pub receipt: Option<String>,
    /// For a return: the receipt it returns from.
    pub refund_of: Option<String>,
}

impl From<PreviewLine> for PreviewLineDto {
    fn from(p: PreviewLine) -> Self {
        PreviewLineDto {
            line: small(p.line),
            at: p.at.to_rfc3339(),
            customer: p.customer,
            product: p.product,
            quantity: p.quantity.to_string(),
            unit_price: p.unit_price.map(Into::into),
            total: p.total.into(),
            receipt: p.receipt,
            refund_of: p.refund_of,
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
    /// chrono format of the date column (default: as tills write dates).
    pub date_format: Option<String>,
    /// The layout to read the file as, instead of the one recognised.
    pub layout: Option<String>,
    /// Whether `03/04/2024` is 3 April (`dmy`) or 4 March (`mdy`), for a
    /// file whose dates do not show it.
    pub date_order: Option<String>,
    /// Only say what would happen.
    pub dry_run: bool,
    /// Import the good rows even if some are bad.
    pub skip_bad: bool,
}

impl TryFrom<&ImportRequestDto> for ImportOptions {
    type Error = shopkeeper_core::CoreError;

    fn try_from(r: &ImportRequestDto) -> Result<Self, Self::Error> {
        Ok(ImportOptions {
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
            layout: r.layout.clone().filter(|l| !l.trim().is_empty()),
            date_order: r
                .date_order
                .as_deref()
                .filter(|o| !o.trim().is_empty())
                .map(str::parse::<DateOrder>)
                .transpose()?,
            dry_run: r.dry_run,
            skip_bad: r.skip_bad,
            file_name: Some(r.path.clone()),
        })
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
    /// Purchase lines recorded.
    pub lines: u32,
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
    /// How the file's columns were read ("Recognised a Shopify orders export").
    pub layout: Option<LayoutSeenDto>,
    /// The first sale lines as they are (or would be) stored.
    pub preview: Vec<PreviewLineDto>,
    /// The currency the file names, if it names one.
    pub currency: Option<String>,
    /// Whether the file's currency became the shop's (a new, empty shop).
    pub currency_set: bool,
    /// How the file writes dates (`dmy`, `mdy`, `ymd`), as decided.
    pub date_order: Option<String>,
    /// Rows that are not sales (voided, cancelled, payment rows), left out.
    pub not_sales: u32,
    /// Consent-ledger entries recorded from the file's consent columns.
    pub consents: u32,
    /// Whether the owner's column fixes were remembered for this header.
    pub mapping_remembered: bool,
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
            lines: small(r.lines),
            walk_ins: small(r.walk_ins),
            refunds: small(r.refunds),
            already_imported: small(r.already_imported),
            batch: r.batch.map(|b| b.to_string()),
            written: r.written,
            layout: r.layout.map(Into::into),
            preview: r.preview.into_iter().map(Into::into).collect(),
            currency: r.currency.map(|c| c.code().to_string()),
            currency_set: r.currency_set,
            date_order: r.date_order.map(|o| o.code().to_string()),
            not_sales: small(r.not_sales),
            consents: small(r.consents),
            mapping_remembered: r.mapping_remembered,
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
    /// Consent entries from the file's consent columns removed.
    pub consents: u32,
}

impl From<UndoReport> for UndoReportDto {
    fn from(r: UndoReport) -> Self {
        UndoReportDto {
            purchases: small(r.purchases),
            customers: small(r.customers),
            products: small(r.products),
            products_kept: small(r.products_kept),
            consents: small(r.consents),
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
