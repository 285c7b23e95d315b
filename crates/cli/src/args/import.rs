//! The `import` and `demo` commands: filling the shop from files or made-up data.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::Format;

/// What an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportKind {
    /// Customers.
    Customers,
    /// Purchases: a till's or web shop's export (Shopify, Square, SumUp, Lightspeed, Loyverse,
    /// WooCommerce), or the default header customer_ref,customer_name,date,sku,product,quantity,line_total.
    Purchases,
    /// A whole shop from `shopkeeper export shop` (JSON), into a new, empty shop.
    Shop,
    /// Customers from an address book's export (.vcf, vCard 2.1, 3.0 or 4.0); what a card loses is listed per card.
    Vcard,
    /// The imports done so far (newest first), with their ids.
    List,
    /// Undo one import (by its id from `import list`): removes exactly what it added.
    Undo,
}

/// `shopkeeper import`
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// customers, purchases, shop or vcard; list or undo.
    #[arg(value_enum)]
    pub kind: ImportKind,
    /// The file (CSV, or - for standard input; JSON for shop; .vcf for vcard); for undo, the import's id.
    #[arg(value_name = "FILE|ID")]
    pub file: Option<PathBuf>,
    /// undo: undo without asking (after printing what the import added).
    #[arg(long)]
    pub yes: bool,
    /// list: how to print the list.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// vcard: what to do with a card matching an existing customer.
    #[arg(long, value_enum, default_value_t = super::transfer::DuplicatesArg::Skip)]
    pub duplicates: super::transfer::DuplicatesArg,
    /// Map a column to a field: COLUMN=FIELD (repeatable).
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    /// Date format of the file, chrono syntax (e.g. %d/%m/%Y); by default
    /// dates are read as tills write them.
    #[arg(long)]
    pub date_format: Option<String>,
    /// Read the file as this layout (shopify, square-items, ...) instead of
    /// the one recognised from its header.
    #[arg(long)]
    pub layout: Option<String>,
    /// Whether 03/04/2024 is 3 April (dmy) or 4 March (mdy), for a file
    /// whose dates do not show it.
    #[arg(long, value_name = "dmy|mdy")]
    pub date_order: Option<String>,
    /// Show what would happen; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows even if some are bad.
    #[arg(long)]
    pub skip_bad: bool,
}

impl ImportArgs {
    /// The file to import (or, for undo, the import's id), which every kind
    /// but `list` needs.
    pub fn path(&self) -> anyhow::Result<&std::path::Path> {
        self.file.as_deref().ok_or_else(|| {
            anyhow::anyhow!("say which file to import (for undo: which import, see `import list`)")
        })
    }
}

/// `shopkeeper demo`
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Number of customers.
    #[arg(long, default_value_t = 200)]
    pub customers: u32,
    /// Years of history.
    #[arg(long, default_value_t = 3)]
    pub years: u32,
    /// Seed: the same seed and --until give the same shop.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Aim for about this many purchase lines.
    #[arg(long)]
    pub lines: Option<u64>,
    /// Last day of history (default today).
    #[arg(long)]
    pub until: Option<String>,
}
