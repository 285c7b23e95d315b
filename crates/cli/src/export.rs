//! `shopkeeper export ...`: customer summaries (PDF, HTML, Markdown) and
//! listings of customers and consent choices (CSV, JSON).
//!
//! Files are written whole or not at all: into a temporary file in the same
//! folder, then renamed over the target.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use shopkeeper_core::{Shop, SummaryFormat, SummaryVariant};

use crate::args::{ExportCommand, ExportFormat, ExportListArgs, SummaryArgs, SummaryVariantArg};
use crate::output::{self, listing};

/// The reminder printed after every export.
pub const PLAINTEXT_WARNING: &str =
    "This file is not encrypted: keep it safe or delete it when done.";

/// Runs an `export` subcommand.
pub fn run(shop: &Shop, cmd: ExportCommand) -> anyhow::Result<()> {
    match cmd {
        ExportCommand::Summary(args) => summary(shop, args),
        ExportCommand::Customers(args) => {
            let rows: Vec<crate::customer::Row> = shop
                .list_customers()?
                .iter()
                .map(crate::customer::Row::from)
                .collect();
            listing_out(&rows, &args)
        }
        ExportCommand::Purchases(args) => crate::transfer::export_purchases(shop, &args),
        ExportCommand::Shop(args) => crate::transfer::export_shop(shop, args),
        ExportCommand::Vcard(args) => crate::transfer::export_vcard(shop, args),
        ExportCommand::Customer(args) => crate::rights::export_customer(shop, args),
        ExportCommand::Consents(args) => {
            let mut rows = Vec::new();
            for c in shop.list_customers()? {
                for e in shop.consent_history(c.id)? {
                    rows.push(ConsentRow {
                        customer_id: c.id.to_string(),
                        customer: c.display_name.clone(),
                        at: e.at.to_rfc3339(),
                        channel: e.channel.to_string(),
                        purpose: e.purpose.to_string(),
                        state: e.state.to_string(),
                        method: e.method,
                        wording_version: e.wording_version,
                        note: e.note,
                        recorded_by: e.recorded_by,
                    });
                }
            }
            rows.sort_by(|a, b| a.at.cmp(&b.at));
            listing_out(&rows, &args)
        }
    }
}

fn summary(shop: &Shop, args: SummaryArgs) -> anyhow::Result<()> {
    let format = args
        .output
        .extension()
        .and_then(|e| e.to_str())
        .and_then(SummaryFormat::from_extension)
        .with_context(|| {
            format!(
                "cannot tell the format from {}: end the file name with .pdf, .html or .md",
                args.output.display()
            )
        })?;
    if args.customers.len() > 1 && format != SummaryFormat::Pdf {
        bail!("several customers can only go into one PDF (one per page); for .html or .md export one customer at a time");
    }
    check_folder(&args.output)?;
    let mut ids = Vec::new();
    for what in &args.customers {
        let c = shop
            .find_customer(what)
            .with_context(|| format!("nothing was written to {}", args.output.display()))?;
        ids.push(c.id);
    }
    let variant = match args.variant {
        SummaryVariantArg::Shop => SummaryVariant::ForShop,
        SummaryVariantArg::Customer => SummaryVariant::ForCustomer,
    };
    let bytes = shop
        .export_summary(&ids, variant, format)
        .with_context(|| format!("nothing was written to {}", args.output.display()))?;
    write_atomically(&args.output, &bytes)?;
    let who = if ids.len() == 1 {
        "1 customer".to_string()
    } else {
        format!("{} customers", ids.len())
    };
    println!("Wrote the summary of {who} to {}", args.output.display());
    println!("{PLAINTEXT_WARNING}");
    Ok(())
}

/// Prints `rows` in the chosen format, or writes them to the chosen file.
pub fn listing_out<T: output::Listing>(rows: &[T], args: &ExportListArgs) -> anyhow::Result<()> {
    let format = match args.format {
        ExportFormat::Csv => crate::args::Format::Csv,
        ExportFormat::Json => crate::args::Format::Json,
    };
    match &args.output {
        None => output::show(rows, format),
        Some(path) => {
            check_folder(path)?;
            let mut buf = Vec::new();
            output::print(&mut buf, rows, format)?;
            write_atomically(path, &buf)?;
            println!("Wrote {} rows to {}", rows.len(), path.display());
            println!("{PLAINTEXT_WARNING}");
            Ok(())
        }
    }
}

/// Refuses a target whose folder does not exist or that is a folder itself.
fn check_folder(path: &Path) -> anyhow::Result<()> {
    let folder = parent(path);
    if folder.exists() && !folder.is_dir() {
        bail!(
            "{} is a file, not a folder: choose a folder to write into; nothing was written",
            folder.display()
        );
    }
    if !folder.is_dir() {
        bail!(
            "the folder {} does not exist: create it first or choose another place; nothing was written",
            folder.display()
        );
    }
    if path.is_dir() {
        bail!(
            "{} is a folder: give a file name, e.g. {}; nothing was written",
            path.display(),
            path.join("summary.pdf").display()
        );
    }
    Ok(())
}

fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` whole or not at all (see
/// [`shopkeeper_core::book::write_private_file`]), after checking the folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    check_folder(path)?;
    Ok(shopkeeper_core::book::write_private_file(path, bytes)?)
}

listing!(
    /// One entry of a customer's consent ledger.
    ConsentRow {
        customer_id: String,
        customer: String,
        at: String,
        channel: String,
        purpose: String,
        state: String,
        method: String,
        wording_version: Option<String>,
        note: Option<String>,
        recorded_by: Option<String>,
    }
);
