//! The command line's shape, declared with clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

mod backup;
mod bench;
mod consent;
mod customer;
mod export;
mod follow_up;
mod import;
mod listing;
mod pref;
mod promise;
mod purchase;
mod rights;
mod settings;
mod staff;
mod suggest;
mod sync;
mod template;
mod transfer;
mod vault;

pub use backup::{BackupCommand, BackupFileArgs, RestoreArgs};
pub use bench::{BenchMode, GrowthArgs};
pub use consent::{ConsentCommand, ContactCommand};
pub use customer::{AddCustomer, CustomerCommand, CustomerFields, EditCustomer, SearchArgs};
pub use export::{
    DaySheetArgs, ExportCommand, ExportFormat, ExportListArgs, SummaryArgs, SummaryVariantArg,
};
pub use follow_up::SuggestAction;
pub use import::{DemoArgs, ImportArgs, ImportKind};
pub use listing::{CustomerListArgs, Format, ListArgs};
pub use pref::PrefCommand;
pub use promise::PromiseCommand;
pub use purchase::{
    AddProduct, AddPurchase, CorrectPurchase, ProductCommand, PurchaseCommand, VoidPurchase,
};
pub use rights::{EraseArgs, ExportCustomerArgs, PurchasesArg, RetentionCommand};
pub use settings::SettingsCommand;
pub use staff::StaffCommand;
pub use suggest::{BacktestArgs, ScoreArgs, SuggestArgs};
pub use sync::SyncCommand;
pub use template::TemplateCommand;
pub use transfer::{DuplicatesArg, ExportShopArgs, ExportVcardArgs};
pub use vault::VaultCommand;

/// Shopkeeper: the customer book of a small shop, from the command line.
#[derive(Debug, Parser)]
#[command(name = "shopkeeper", version, about, after_help = crate::exit::table())]
pub struct Cli {
    /// The shop's data file [default: $XDG_DATA_HOME/shopkeeper/shop.vault]
    #[arg(long, global = true, value_name = "PATH", env = shopkeeper_core::VAULT_ENV)]
    pub vault: Option<PathBuf>,

    /// Read the vault passphrase from this file (else SHOPKEEPER_PASSPHRASE, else a prompt)
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// The language of messages and errors: en, de, fr, es, it [default: from LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// Act as this person on the staff (their PIN from SHOPKEEPER_STAFF_PIN, else a prompt) [default: the owner]
    #[arg(long = "as", global = true, value_name = "NAME")]
    pub as_person: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the encrypted shop vault, change or reset its passphrase, verify it.
    #[command(subcommand)]
    Vault(vault::VaultCommand),
    /// Encrypted backups: create, verify, restore into a new vault, list.
    #[command(subcommand)]
    Backup(backup::BackupCommand),
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
    /// The people behind the counter, their roles and PINs, and what each did.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Export customer summaries (PDF, HTML, Markdown) and data (CSV, JSON). Exported files are not encrypted.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Today's follow-up suggestions: who, why, and how (never against their
    /// consent); `suggest done|snooze|dismiss|draft KEY` acts on one.
    Suggest(suggest::SuggestArgs),
    /// Follow-ups you promised a customer.
    #[command(subcommand)]
    Promise(promise::PromiseCommand),
    /// The message templates drafts are made from.
    #[command(subcommand)]
    Template(template::TemplateCommand),
    /// Purchase scores for every customer at a cut-off (CSV by default).
    Score(suggest::ScoreArgs),
    /// How well the scores at a cut-off predicted the following days.
    Backtest(suggest::BacktestArgs),
    /// The retention rule: review customers with no purchase or contact for N years; keep or erase them.
    #[command(subcommand)]
    Retention(rights::RetentionCommand),
    /// Optional sync between the shop's computers through a shared folder
    /// (end-to-end encrypted; off until turned on).
    #[command(subcommand)]
    Sync(sync::SyncCommand),
    /// Measure search, profile, customer-list and suggestion latency on this
    /// shop; `bench growth` measures how every cost grows with the shop.
    #[command(args_conflicts_with_subcommands = true)]
    Bench {
        /// How many searches and profile loads.
        #[arg(long, default_value_t = 1000)]
        rounds: usize,
        /// Also time the suggestions after each of this many new purchases
        /// (they are recorded in the shop: run it on a copy).
        #[arg(long, default_value_t = 0)]
        purchases: usize,
        /// Another measurement than this shop's latency.
        #[command(subcommand)]
        mode: Option<BenchMode>,
    },
    /// Print the shell completion script (bash, zsh, fish, ...) to standard output.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to standard output, or write one page per command into DIR.
    Man {
        /// Write `shopkeeper.1`, `shopkeeper-customer.1`, ... into this folder instead.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// Who a command is about: id, reference, email, phone or exact name.
pub type CustomerArg = String;
