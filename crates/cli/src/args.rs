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

    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add and list customers.
    #[command(subcommand)]
    Customer(CustomerCommand),
}

/// `shopkeeper customer ...`
#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    /// Add a customer.
    Add(AddCustomer),
    /// List customers.
    List(ListArgs),
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
}

/// Options shared by every listing.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// How to print the list.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
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
