//! The `export` command: summaries and listings written out.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::CustomerArg;

/// `shopkeeper export ...`
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// A customer's one-page summary as PDF, HTML or Markdown (format from the file name).
    Summary(SummaryArgs),
    /// Every customer, as CSV or JSON.
    Customers(ExportListArgs),
    /// Today's follow-ups on one page for the counter, to tick off with a pen (format from the file name).
    DaySheet(DaySheetArgs),
    /// Every consent choice of every customer (the whole ledger), as CSV or JSON.
    Consents(ExportListArgs),
    /// Every purchase line of every customer, as CSV or JSON.
    Purchases(ExportListArgs),
    /// The whole shop as one JSON document (docs/export-format.md), for `import shop`.
    Shop(super::transfer::ExportShopArgs),
    /// Customers as vCard 4.0 (.vcf): all, or --customer X (repeatable); one file or one per customer.
    Vcard(super::transfer::ExportVcardArgs),
    /// Everything the shop holds about one customer (JSON and PDF summary), for their access request.
    Customer(super::rights::ExportCustomerArgs),
}

/// `shopkeeper export summary`
#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// The customers (id, reference, email, phone or exact name); several go into one PDF, one per page.
    #[arg(required = true)]
    pub customers: Vec<CustomerArg>,
    /// Who the summary is for: the shop's staff, or the customer (everything held, with the consent history).
    #[arg(long, value_enum, default_value_t = SummaryVariantArg::Shop)]
    pub variant: SummaryVariantArg,
    /// Where to write it: FILE.pdf, FILE.html or FILE.md.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

/// `shopkeeper export day-sheet`
#[derive(Debug, Args)]
pub struct DaySheetArgs {
    /// The day (YYYY-MM-DD) [default: today].
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// At most this many follow-ups.
    #[arg(long, default_value_t = 40)]
    pub limit: usize,
    /// Where to write it: FILE.pdf, FILE.html or FILE.md.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

/// Who a summary is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryVariantArg {
    /// For the staff: sizes, allergies and dislikes first, recent purchases.
    Shop,
    /// For the customer: everything the shop holds, consent history, why it is kept.
    Customer,
}

/// `shopkeeper export customers|consents`
#[derive(Debug, Args)]
pub struct ExportListArgs {
    /// The file format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Write to this file instead of standard output (- also means standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Formats for exported listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// A JSON array.
    Json,
}
