//! `shopkeeper export ...`: customer summaries and the day sheet (PDF, HTML,
//! Markdown) and listings of customers and consent choices (CSV, JSON).
//!
//! Files are written whole or not at all: into a temporary file in the same
//! folder, then renamed over the target.

use std::path::Path;

use anyhow::{bail, Context};
use shopkeeper_core::staff::ActivityKind;
use shopkeeper_core::{parse_date, Permission, Shop, SummaryFormat, SummaryVariant};

use crate::args::{DaySheetArgs, ExportCommand, SummaryArgs, SummaryVariantArg};
use crate::files::{check_folder, export_to, listing_out};
use crate::output::listing;

/// Runs an `export` subcommand. Exports of many customers are for owners
/// and managers, and go into the activity log with who made them.
pub fn run(shop: &Shop, cmd: ExportCommand) -> anyhow::Result<()> {
    let many = match &cmd {
        ExportCommand::Summary(_) | ExportCommand::Customer(_) | ExportCommand::DaySheet(_) => None,
        ExportCommand::Customers(_) => Some("customers"),
        ExportCommand::Purchases(_) => Some("purchases"),
        ExportCommand::Shop(_) => Some("shop"),
        ExportCommand::Vcard(a) if a.customers.len() == 1 => None,
        ExportCommand::Vcard(_) => Some("vcard"),
        ExportCommand::Consents(_) => Some("consents"),
    };
    if many.is_some() {
        shop.require(Permission::ExportMany)?;
    }
    export(shop, cmd)?;
    if let Some(what) = many {
        shop.note_activity(ActivityKind::Export, None, None, Some(what))?;
    }
    Ok(())
}

fn export(shop: &Shop, cmd: ExportCommand) -> anyhow::Result<()> {
    match cmd {
        ExportCommand::Summary(args) => summary(shop, args),
        ExportCommand::DaySheet(args) => day_sheet(shop, args),
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
            let names = crate::staff::Names::of(shop)?;
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
                        taken_by: names.name(e.staff_id.as_deref()),
                    });
                }
            }
            rows.sort_by(|a, b| a.at.cmp(&b.at));
            listing_out(&rows, &args)
        }
    }
}

/// The format a document goes into, from the end of its file name.
fn format_of(output: &Path) -> anyhow::Result<SummaryFormat> {
    output
        .extension()
        .and_then(|e| e.to_str())
        .and_then(SummaryFormat::from_extension)
        .with_context(|| {
            format!(
                "cannot tell the format from {}: end the file name with .pdf, .html or .md",
                output.display()
            )
        })
}

fn day_sheet(shop: &Shop, args: DaySheetArgs) -> anyhow::Result<()> {
    let format = format_of(&args.output)?;
    let day = match &args.date {
        Some(d) => parse_date(d, "date")?,
        None => chrono::Local::now().date_naive(),
    };
    check_folder(&args.output)?;
    let language = crate::words::current().code();
    let bytes = shop.export_day_sheet(day, language, args.limit, format)?;
    export_to(&args.output, &bytes, "the day sheet")
}

fn summary(shop: &Shop, args: SummaryArgs) -> anyhow::Result<()> {
    let format = format_of(&args.output)?;
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
    let who = if ids.len() == 1 {
        "1 customer".to_string()
    } else {
        format!("{} customers", ids.len())
    };
    export_to(&args.output, &bytes, &format!("the summary of {who}"))
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
        taken_by: String,
    }
);
