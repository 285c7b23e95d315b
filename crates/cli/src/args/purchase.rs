//! The `purchase` and `product` commands: what the shop sells.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{CustomerArg, CustomerListArgs, ListArgs};

/// `shopkeeper purchase ...`
#[derive(Debug, Subcommand)]
pub enum PurchaseCommand {
    /// Record a purchase.
    Add(AddPurchase),
    /// List a customer's purchases, one row per line (voided ones marked).
    List(CustomerListArgs),
    /// Void a purchase: it stays on record, marked void, and counts nowhere.
    Void(VoidPurchase),
    /// Correct a purchase's lines, date or customer (each change is kept in its history).
    Correct(CorrectPurchase),
    /// A purchase's history: its voids and corrections.
    History {
        /// The purchase's id.
        id: String,
        #[command(flatten)]
        list: ListArgs,
    },
}

/// `shopkeeper purchase void`
#[derive(Debug, Args)]
pub struct VoidPurchase {
    /// The purchase's id (see `purchase list`).
    pub id: String,
    /// Why it is voided (kept with the purchase).
    #[arg(long, required = true)]
    pub reason: String,
}

/// `shopkeeper purchase correct`
#[derive(Debug, Args)]
pub struct CorrectPurchase {
    /// The purchase's id (see `purchase list`).
    pub id: String,
    /// The right items, replacing all the lines: `[QTY x] SKU-or-description
    /// [@ PRICE]`, e.g. `0.5x Comté @ 28.90`; a negative quantity is a return
    /// (repeatable).
    #[arg(long = "item")]
    pub items: Vec<String>,
    /// The right date: YYYY-MM-DD or YYYY-MM-DD HH:MM.
    #[arg(long)]
    pub date: Option<String>,
    /// The right customer.
    #[arg(long)]
    pub customer: Option<CustomerArg>,
    /// Why (kept in the purchase's history).
    #[arg(long)]
    pub reason: Option<String>,
}

/// `shopkeeper purchase add`
#[derive(Debug, Args)]
pub struct AddPurchase {
    /// Who bought.
    #[arg(long)]
    pub customer: CustomerArg,
    /// An item: `[QTY x] SKU-or-description [@ PRICE]`, e.g. `2x COF-YIR`,
    /// `0.5x Comté @ 28.90` or `Gift wrap @ 2.50`; quantities may be
    /// decimals, with a dot or a comma (repeatable; at least one).
    #[arg(long = "item", required = true)]
    pub items: Vec<String>,
    /// The items are returns (quantities must be negative).
    #[arg(long = "return")]
    pub is_return: bool,
    /// When: YYYY-MM-DD or YYYY-MM-DD HH:MM (default now).
    #[arg(long)]
    pub date: Option<String>,
    /// Where: in-shop, phone or online.
    #[arg(long, default_value = "in-shop")]
    pub channel: String,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
}

/// `shopkeeper product ...`
#[derive(Debug, Subcommand)]
pub enum ProductCommand {
    /// Add a product.
    Add(AddProduct),
    /// List the catalog.
    List(ListArgs),
    /// Import products from CSV (sku,name,category,price,use_up_days,service_days,tags).
    Import {
        /// The CSV file.
        file: PathBuf,
    },
}

/// `shopkeeper product add`
#[derive(Debug, Args)]
pub struct AddProduct {
    /// Stock-keeping unit.
    #[arg(long)]
    pub sku: String,
    /// Name.
    #[arg(long)]
    pub name: String,
    /// Category.
    #[arg(long)]
    pub category: Option<String>,
    /// Price, e.g. 12.50.
    #[arg(long)]
    pub price: Option<String>,
    /// Days until used up (coffee: 30).
    #[arg(long)]
    pub use_up_days: Option<u32>,
    /// Days between services (bike: 180).
    #[arg(long)]
    pub service_days: Option<u32>,
    /// Arrival date of new stock (YYYY-MM-DD).
    #[arg(long)]
    pub arrival: Option<String>,
    /// A tag or attribute (repeatable).
    #[arg(long = "tag")]
    pub tags: Vec<String>,
}
