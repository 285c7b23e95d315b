//! The command line's shape, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Shopkeeper: the customer book of a small shop, from the command line.
#[derive(Debug, Parser)]
#[command(name = "shopkeeper", version, about)]
pub struct Cli {
    /// The shop's data file [default: $XDG_DATA_HOME/shopkeeper/shop.vault]
    #[arg(long, global = true, value_name = "PATH", env = shopkeeper_core::VAULT_ENV)]
    pub vault: Option<PathBuf>,

    /// Read the vault passphrase from this file (else SHOPKEEPER_PASSPHRASE, else a prompt)
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the encrypted shop vault, change or reset its passphrase, verify it.
    #[command(subcommand)]
    Vault(crate::vault::VaultCommand),
    /// Encrypted backups: create, verify, restore into a new vault, list.
    #[command(subcommand)]
    Backup(crate::backup::BackupCommand),
    /// Add, change, show, list, delete and merge customers.
    #[command(subcommand)]
    Customer(CustomerCommand),
    /// Record and list purchases.
    #[command(subcommand)]
    Purchase(PurchaseCommand),
    /// The catalog: add, list and import products.
    #[command(subcommand)]
    Product(ProductCommand),
    /// Preferences, allergies and dislikes.
    #[command(subcommand)]
    Pref(PrefCommand),
    /// What each customer allows, and its history.
    #[command(subcommand)]
    Consent(ConsentCommand),
    /// The contact log.
    #[command(subcommand)]
    Contact(ContactCommand),
    /// Find customers by name, email, phone, notes, preferences, tags or products.
    Search(SearchArgs),
    /// Import customers or purchases from a CSV file.
    Import(ImportArgs),
    /// Fill an empty shop with realistic made-up data.
    Demo(DemoArgs),
    /// Shop settings.
    #[command(subcommand)]
    Settings(SettingsCommand),
    /// Export customer summaries (PDF, HTML, Markdown) and data (CSV, JSON). Exported files are not encrypted.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Today's follow-up suggestions: who, why, and how (never against their
    /// consent); `suggest done|snooze|dismiss|draft KEY` acts on one.
    Suggest(crate::suggest::SuggestArgs),
    /// Follow-ups you promised a customer.
    #[command(subcommand)]
    Promise(crate::promise::PromiseCommand),
    /// The message templates drafts are made from.
    #[command(subcommand)]
    Template(crate::template::TemplateCommand),
    /// Purchase scores for every customer at a cut-off (CSV by default).
    Score(crate::suggest::ScoreArgs),
    /// How well the scores at a cut-off predicted the following days.
    Backtest(crate::suggest::BacktestArgs),
    /// The retention rule: review customers with no purchase or contact for N years; keep or erase them.
    #[command(subcommand)]
    Retention(crate::rights::RetentionCommand),
    /// Optional sync between the shop's computers through a shared folder
    /// (end-to-end encrypted; off until turned on).
    #[command(subcommand)]
    Sync(crate::sync::SyncCommand),
    /// Measure search, profile, customer-list and suggestion latency on this shop.
    Bench {
        /// How many searches and profile loads.
        #[arg(long, default_value_t = 1000)]
        rounds: usize,
        /// Also time the suggestions after each of this many new purchases
        /// (they are recorded in the shop: run it on a copy).
        #[arg(long, default_value_t = 0)]
        purchases: usize,
    },
}

/// Who a command is about: id, reference, email, phone or exact name.
pub type CustomerArg = String;

/// Customer fields shared by `add` and `edit`.
#[derive(Debug, Args)]
pub struct CustomerFields {
    /// Given name.
    #[arg(long)]
    pub given_name: Option<String>,
    /// Family name.
    #[arg(long)]
    pub family_name: Option<String>,
    /// Postal address.
    #[arg(long)]
    pub address: Option<String>,
    /// Preferred language (e.g. en, nb).
    #[arg(long)]
    pub language: Option<String>,
    /// Birthday: YYYY-MM-DD, or MM-DD without the year.
    #[arg(long)]
    pub birthday: Option<String>,
    /// Reference in another system (till, spreadsheet).
    #[arg(long = "ref")]
    pub customer_ref: Option<String>,
    /// Notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// A tag (repeatable).
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// An important date: LABEL=YYYY-MM-DD or LABEL=MM-DD (repeatable).
    #[arg(long = "date", value_name = "LABEL=DATE")]
    pub dates: Vec<String>,
}

/// `shopkeeper customer ...`
#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    /// Add a customer.
    Add(AddCustomer),
    /// Change a customer.
    Edit(EditCustomer),
    /// Show everything about one customer.
    Show(ShowArgs),
    /// List customers.
    List(ListArgs),
    /// Delete a customer.
    Delete {
        /// The customer.
        customer: CustomerArg,
    },
    /// Merge a duplicate into the customer to keep.
    Merge {
        /// The customer to keep.
        keep: CustomerArg,
        /// The duplicate, whose records move over.
        duplicate: CustomerArg,
    },
    /// Erase a customer at their request: their personal data is removed everywhere (shows what first).
    Erase(crate::rights::EraseArgs),
}

/// `shopkeeper customer add`
#[derive(Debug, Args)]
pub struct AddCustomer {
    /// The customer's name, as the shop knows them.
    #[arg(long)]
    pub name: String,
    /// Email address.
    #[arg(long)]
    pub email: Option<String>,
    /// Phone number, in any usual format.
    #[arg(long)]
    pub phone: Option<String>,
    #[command(flatten)]
    pub fields: CustomerFields,
}

/// `shopkeeper customer edit`
#[derive(Debug, Args)]
pub struct EditCustomer {
    /// The customer.
    pub customer: CustomerArg,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// Add an email address (repeatable).
    #[arg(long = "add-email")]
    pub add_emails: Vec<String>,
    /// Remove an email address (repeatable).
    #[arg(long = "remove-email")]
    pub remove_emails: Vec<String>,
    /// Add a phone number (repeatable).
    #[arg(long = "add-phone")]
    pub add_phones: Vec<String>,
    /// Remove a phone number, as shown (repeatable).
    #[arg(long = "remove-phone")]
    pub remove_phones: Vec<String>,
    /// Remove a tag (repeatable).
    #[arg(long = "remove-tag")]
    pub remove_tags: Vec<String>,
    #[command(flatten)]
    pub fields: CustomerFields,
}

/// `shopkeeper customer show`
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The customer.
    pub customer: CustomerArg,
    #[command(flatten)]
    pub list: ListArgs,
}

/// Options shared by every listing.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// How to print the list.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// A listing about one customer.
#[derive(Debug, Args)]
pub struct CustomerListArgs {
    /// The customer.
    #[arg(long)]
    pub customer: CustomerArg,
    /// At most this many rows.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[command(flatten)]
    pub list: ListArgs,
}

/// Output formats for listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// Comma-separated values with a header row.
    Csv,
    /// A JSON array.
    Json,
}

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

/// `shopkeeper pref ...`
#[derive(Debug, Subcommand)]
pub enum PrefCommand {
    /// Remember a preference.
    Add(AddPref),
    /// A customer's preferences.
    List(CustomerListArgs),
    /// Forget a preference (by its id).
    Remove {
        /// The preference's id.
        id: String,
    },
}

/// `shopkeeper pref add`
#[derive(Debug, Args)]
pub struct AddPref {
    /// Whose preference.
    #[arg(long)]
    pub customer: CustomerArg,
    /// size, fit, colour, brand, style, taste, allergy, dislike, gift-idea or other.
    #[arg(long)]
    pub category: String,
    /// The preference itself.
    #[arg(long)]
    pub value: String,
    /// Product or category it applies to.
    #[arg(long)]
    pub applies_to: Option<String>,
    /// said or observed.
    #[arg(long, default_value = "said")]
    pub source: String,
    /// Why the shop keeps it.
    #[arg(long)]
    pub purpose: Option<String>,
}

/// `shopkeeper consent ...`
#[derive(Debug, Subcommand)]
pub enum ConsentCommand {
    /// Record a consent decision.
    Set(SetConsent),
    /// Current consent per channel and purpose.
    Show(CustomerListArgs),
    /// The full consent history.
    History(CustomerListArgs),
}

/// `shopkeeper consent set`
#[derive(Debug, Args)]
pub struct SetConsent {
    /// Whose consent.
    #[arg(long)]
    pub customer: CustomerArg,
    /// email, sms, phone, post, messaging or in-person.
    #[arg(long)]
    pub channel: String,
    /// service, recommendations, promotions or occasions.
    #[arg(long)]
    pub purpose: String,
    /// granted, refused or not-asked.
    #[arg(long)]
    pub state: String,
    /// How it was obtained ("in person", "signed form").
    #[arg(long)]
    pub method: String,
    /// Version of the wording shown.
    #[arg(long)]
    pub wording: Option<String>,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
    /// Who recorded it.
    #[arg(long)]
    pub by: Option<String>,
}

/// `shopkeeper contact ...`
#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Log a contact.
    Log(LogContact),
    /// A customer's contacts.
    List(CustomerListArgs),
}

/// `shopkeeper contact log`
#[derive(Debug, Args)]
pub struct LogContact {
    /// With whom.
    #[arg(long)]
    pub customer: CustomerArg,
    /// email, sms, phone, post, messaging or in-person.
    #[arg(long)]
    pub channel: String,
    /// service, recommendations, promotions or occasions.
    #[arg(long)]
    pub purpose: String,
    /// What it was about.
    #[arg(long)]
    pub summary: String,
    /// The suggestion it came from.
    #[arg(long)]
    pub suggestion: Option<String>,
    /// When (default now).
    #[arg(long)]
    pub date: Option<String>,
}

/// `shopkeeper search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for.
    pub text: String,
    /// At most this many results.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[command(flatten)]
    pub list: ListArgs,
}

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
    /// The file (CSV; JSON for shop; .vcf for vcard); for undo, the import's id.
    #[arg(value_name = "FILE|ID")]
    pub file: Option<PathBuf>,
    /// undo: undo without asking (after printing what the import added).
    #[arg(long)]
    pub yes: bool,
    /// list: how to print the list.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// vcard: what to do with a card matching an existing customer.
    #[arg(long, value_enum, default_value_t = crate::transfer::DuplicatesArg::Skip)]
    pub duplicates: crate::transfer::DuplicatesArg,
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

/// `shopkeeper settings ...`
#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show the settings.
    Show(ListArgs),
    /// Change settings.
    Set {
        /// The shop's name.
        #[arg(long)]
        name: Option<String>,
        /// Currency code (EUR, GBP ...).
        #[arg(long)]
        currency: Option<String>,
        /// Country for phone numbers without a country code (GB, DE ...).
        #[arg(long)]
        phone_region: Option<String>,
        /// Who signs messages (your name).
        #[arg(long)]
        owner_name: Option<String>,
        /// The language of messages when the customer's has no template (en, de ...).
        #[arg(long)]
        language: Option<String>,
    },
}

/// `shopkeeper export ...`
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// A customer's one-page summary as PDF, HTML or Markdown (format from the file name).
    Summary(SummaryArgs),
    /// Every customer, as CSV or JSON.
    Customers(ExportListArgs),
    /// Every consent choice of every customer (the whole ledger), as CSV or JSON.
    Consents(ExportListArgs),
    /// Every purchase line of every customer, as CSV or JSON.
    Purchases(ExportListArgs),
    /// The whole shop as one JSON document (docs/export-format.md), for `import shop`.
    Shop(crate::transfer::ExportShopArgs),
    /// Customers as vCard 4.0 (.vcf): all, or --customer X (repeatable); one file or one per customer.
    Vcard(crate::transfer::ExportVcardArgs),
    /// Everything the shop holds about one customer (JSON and PDF summary), for their access request.
    Customer(crate::rights::ExportCustomerArgs),
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
    /// Write to this file instead of standard output.
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
