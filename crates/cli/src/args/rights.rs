//! The shape of `shopkeeper export customer`, `customer erase` and `retention`, declared with clap (the work is in `crate::rights`).

use super::{CustomerArg, ListArgs};
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

/// `shopkeeper export customer`
#[derive(Debug, Args)]
pub struct ExportCustomerArgs {
    /// The customer (id, reference, email, phone or exact name).
    pub customer: CustomerArg,
    /// The folder to write into (created if missing): their data as JSON and their summary as PDF.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

/// `shopkeeper customer erase` and `shopkeeper retention erase`
#[derive(Debug, Args)]
pub struct EraseArgs {
    /// The customer (id, reference, email, phone or exact name).
    pub customer: CustomerArg,
    /// Their purchases: keep them for the shop's sales figures without their name, or delete them.
    #[arg(long, value_enum)]
    pub purchases: PurchasesArg,
    /// Erase without asking (after printing what will be removed).
    #[arg(long)]
    pub yes: bool,
}

/// What happens to an erased customer's purchases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PurchasesArg {
    /// Keep them, moved to an anonymous placeholder (sales figures stay right; notes are removed).
    KeepAnonymized,
    /// Delete them.
    Delete,
}

/// `shopkeeper retention ...`
#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Show, set or turn off the rule "review customers with no purchase or contact for N years".
    Rule {
        /// Review customers quiet for this many years (1 to 50).
        #[arg(long, conflicts_with = "off")]
        years: Option<u32>,
        /// Turn the rule off.
        #[arg(long)]
        off: bool,
    },
    /// Customers the rule asks you to review: who, and their last purchase or contact.
    List {
        /// Review as of this date (YYYY-MM-DD; default now).
        #[arg(long)]
        as_of: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Keep a customer (with the reason); they leave the review for the rule's years.
    Keep {
        /// The customer.
        customer: CustomerArg,
        /// Why the shop keeps them.
        #[arg(long)]
        reason: String,
    },
    /// Erase a customer from the review (same as `customer erase`).
    Erase(EraseArgs),
}
