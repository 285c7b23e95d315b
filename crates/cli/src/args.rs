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
    Vault(VaultCommand),
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

/// `shopkeeper vault ...`
#[derive(Debug, Subcommand)]
pub enum VaultCommand {
    /// Create a new shop vault and print its emergency kit (recovery key).
    Init(InitArgs),
    /// Change the passphrase (the recovery key stays the same).
    ChangePassphrase(NewPassphraseArgs),
    /// Set a new passphrase with the recovery key (SHOPKEEPER_RECOVERY_KEY or a prompt).
    ResetPassphrase(NewPassphraseArgs),
    /// Check every page of the vault and the database inside.
    Verify,
    /// Show the vault's format, key-derivation settings and size (no passphrase needed).
    Info,
}

/// `shopkeeper vault init`
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Write the emergency kit to this file instead of printing it.
    #[arg(long, value_name = "FILE")]
    pub kit: Option<PathBuf>,
}

/// Where a new passphrase comes from.
#[derive(Debug, Args)]
pub struct NewPassphraseArgs {
    /// Read the new passphrase from this file (else SHOPKEEPER_NEW_PASSPHRASE, else two prompts).
    #[arg(long, value_name = "FILE")]
    pub new_passphrase_file: Option<PathBuf>,
}
