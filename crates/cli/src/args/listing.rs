//! Options and formats shared by every listing.

use clap::{Args, ValueEnum};

use super::CustomerArg;

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
