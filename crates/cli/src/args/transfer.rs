//! The shape of `shopkeeper export shop|vcard` and of `--duplicates`, declared with clap (the work is in `crate::transfer`).

use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// `shopkeeper export shop`
#[derive(Debug, Args)]
pub struct ExportShopArgs {
    /// Where to write the JSON document (FILE.json, or - for standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

/// `shopkeeper export vcard`
#[derive(Debug, Args)]
pub struct ExportVcardArgs {
    /// Only this customer (id, reference, email, phone or exact name; repeatable). Default: every customer.
    #[arg(long = "customer")]
    pub customers: Vec<String>,
    /// Write all cards into this file (FILE.vcf, or - for standard output).
    #[arg(
        short,
        long,
        value_name = "FILE",
        required_unless_present = "per_customer",
        conflicts_with = "per_customer"
    )]
    pub output: Option<PathBuf>,
    /// Write one .vcf file per customer into this folder instead.
    #[arg(long, value_name = "DIR")]
    pub per_customer: Option<PathBuf>,
}

/// What `import vcard` does with a card matching an existing customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DuplicatesArg {
    /// Report it and leave the customer as it is.
    Skip,
    /// Add its emails, phones and tags and fill empty fields; nothing is replaced.
    Merge,
}
