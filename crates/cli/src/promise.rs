//! `shopkeeper promise ...`: follow-ups promised to customers.

use shopkeeper_core::{parse_date, Shop};

use crate::args::PromiseCommand;
use crate::output::{listing, show};
use crate::safe_text::terminal_text;

listing!(
    /// One promise as printed.
    PromiseRow {
        text: String,
        due: Option<String>,
        status: String,
        id: String,
    }
);

/// Runs a `promise` subcommand.
pub fn run(shop: &mut Shop, cmd: PromiseCommand) -> anyhow::Result<()> {
    match cmd {
        PromiseCommand::Add {
            customer,
            text,
            due,
        } => {
            let c = shop.find_customer(&customer)?;
            let due = due.as_deref().map(|d| parse_date(d, "due")).transpose()?;
            let p = shop.add_promise(c.id, &text, due)?;
            println!(
                "Noted for {}: {} ({})",
                terminal_text(&c.display_name),
                terminal_text(&p.text),
                p.id
            );
        }
        PromiseCommand::List { customer, list } => {
            let c = shop.find_customer(&customer)?;
            let rows: Vec<PromiseRow> = shop
                .promises(c.id)?
                .into_iter()
                .map(|p| PromiseRow {
                    text: p.text,
                    due: p.due.map(|d| d.to_string()),
                    status: p.status.to_string(),
                    id: p.id.to_string(),
                })
                .collect();
            show(&rows, list.format)?;
        }
    }
    Ok(())
}
