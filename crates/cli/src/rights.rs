//! The customer's own rights, and the shop's retention rule:
//! `export customer` (everything held about one customer), `customer erase`,
//! and `retention rule|list|keep|erase`.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{bail, Context};
use shopkeeper_core::{ErasureReport, PurchasesOnErasure, Shop, SummaryFormat, SummaryVariant};

use crate::args::{EraseArgs, ExportCustomerArgs, PurchasesArg, RetentionCommand};
use crate::files::{file_stem, write_atomically, PLAINTEXT_WARNING};
use crate::output::{self, listing};
use crate::safe_text::terminal_text;

/// Runs `shopkeeper export customer`.
pub fn export_customer(shop: &Shop, args: ExportCustomerArgs) -> anyhow::Result<()> {
    let c = shop.find_customer(&args.customer)?;
    let not_written = || format!("nothing was written to {}", args.output.display());
    // Both files are made before either is written.
    let data = shop.export_customer_data(c.id).with_context(not_written)?;
    let pdf = shop
        .export_summary(&[c.id], SummaryVariant::ForCustomer, SummaryFormat::Pdf)
        .with_context(not_written)?;
    if !args.output.is_dir() {
        std::fs::create_dir(&args.output).with_context(|| {
            format!(
                "could not create the folder {}: create it or choose another place; nothing was written",
                args.output.display()
            )
        })?;
    }
    let stem = file_stem(c.id, &c.display_name);
    let json = args.output.join(format!("{stem}-data.json"));
    let summary = args.output.join(format!("{stem}-summary.pdf"));
    write_atomically(&json, data.as_bytes())?;
    write_atomically(&summary, &pdf)?;
    println!(
        "Wrote everything the shop holds about {}:",
        terminal_text(&c.display_name)
    );
    println!("  {}  (all their records, JSON)", json.display());
    println!("  {}  (their summary, PDF)", summary.display());
    println!("{PLAINTEXT_WARNING}");
    Ok(())
}

/// Runs `shopkeeper customer erase` (and `retention erase`): prints what
/// will be removed, asks unless `--yes`, erases.
pub fn erase(shop: &mut Shop, args: EraseArgs) -> anyhow::Result<()> {
    let c = shop.find_customer_to_erase(&args.customer)?;
    let purchases = match args.purchases {
        PurchasesArg::KeepAnonymized => PurchasesOnErasure::KeepAnonymized,
        PurchasesArg::Delete => PurchasesOnErasure::Delete,
    };
    let preview = shop.erasure_preview(c.id, purchases)?;
    print!("{}", describe(&preview));
    if !args.yes && !confirmed("Erase? This cannot be undone. Type yes to erase: ")? {
        bail!("nothing was erased (add --yes to erase without being asked)");
    }
    let done = shop.erase_customer(c.id, purchases)?;
    println!(
        "Erased {} ({}). The erasure is recorded without personal data.",
        terminal_text(&done.name),
        done.customer
    );
    Ok(())
}

/// What an erasure removes, in plain words, with the reminder about backups.
fn describe(r: &ErasureReport) -> String {
    let mut out = format!(
        "Erasing {} ({}) permanently removes:\n  - their profile: {}\n",
        terminal_text(&r.name),
        r.customer,
        r.profile.join(", ")
    );
    if r.merged_records > 0 {
        out.push_str(&format!(
            "  - {} earlier record(s) of theirs merged into this one\n",
            r.merged_records
        ));
    }
    for (what, n) in &r.removed {
        out.push_str(&format!("  - {what}: {n}\n"));
    }
    out.push_str(&match r.purchases_handling {
        PurchasesOnErasure::KeepAnonymized => format!(
            "  - their name from {} purchase(s), which are kept for the sales figures (their notes are removed)\n",
            r.purchases
        ),
        PurchasesOnErasure::Delete => format!("  - {} purchase(s), deleted\n", r.purchases),
    });
    out.push_str("  - their entries in the search index\n");
    out.push_str(
        "Backup files made before now still hold their data until they are rotated out (or deleted).\n",
    );
    out
}

/// Asks `question` on a terminal; refuses when nobody can answer.
pub fn confirmed(question: &str) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    print!("{question}");
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(answer.trim().eq_ignore_ascii_case("yes"))
}

/// Runs a `retention` subcommand.
pub fn retention(shop: &mut Shop, cmd: RetentionCommand) -> anyhow::Result<()> {
    match cmd {
        RetentionCommand::Rule { years, off } => {
            if off {
                shop.set_retention_years(None)?;
            } else if years.is_some() {
                shop.set_retention_years(years)?;
            }
            match shop.retention_years()? {
                Some(y) => println!(
                    "Customers with no purchase or contact for {y} years are listed for review."
                ),
                None => println!(
                    "The retention rule is off (set it with: shopkeeper retention rule --years N)."
                ),
            }
            Ok(())
        }
        RetentionCommand::List { as_of, list } => {
            if shop.retention_years()?.is_none() {
                bail!("the retention rule is off, so nobody is listed; turn it on with: shopkeeper retention rule --years N");
            }
            let as_of = match as_of {
                Some(d) => shopkeeper_core::parse_when(&d, None)?,
                None => chrono::Utc::now(),
            };
            let rows: Vec<ReviewRow> = shop
                .retention_review(as_of)?
                .into_iter()
                .map(|i| ReviewRow {
                    customer_id: i.customer.to_string(),
                    name: i.name,
                    last_activity: i.last_activity.date_naive().to_string(),
                    last_purchase: i.last_purchase.map(|t| t.date_naive().to_string()),
                    last_contact: i.last_contact.map(|t| t.date_naive().to_string()),
                })
                .collect();
            output::show(&rows, list.format)
        }
        RetentionCommand::Keep { customer, reason } => {
            let c = shop.find_customer(&customer)?;
            let d = shop.keep_customer(c.id, &reason)?;
            println!(
                "Keeping {} ({}); they are out of the review until {}.",
                c.display_name,
                d.reason,
                d.keep_until.date_naive()
            );
            Ok(())
        }
        RetentionCommand::Erase(args) => erase(shop, args),
    }
}

listing!(
    /// One customer the retention rule lists.
    ReviewRow {
        customer_id: String,
        name: String,
        last_activity: String,
        last_purchase: Option<String>,
        last_contact: Option<String>,
    }
);
