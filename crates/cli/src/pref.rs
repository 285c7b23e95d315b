//! `shopkeeper pref ...`

use shopkeeper_core::{NewPreference, Shop};

use crate::args::PrefCommand;
use crate::output::{self, listing};

/// Runs a `pref` subcommand.
pub fn run(shop: &mut Shop, cmd: PrefCommand) -> anyhow::Result<()> {
    match cmd {
        PrefCommand::Add(a) => {
            let c = shop.find_customer(&a.customer)?;
            let p = shop.add_preference(
                c.id,
                &NewPreference {
                    category: a.category.parse()?,
                    value: a.value,
                    applies_to: a.applies_to,
                    source: a.source.parse()?,
                    noted_on: None,
                    purpose: a.purpose,
                },
            )?;
            println!(
                "Noted {} \"{}\" for {} ({})",
                p.category, p.value, c.display_name, p.id
            );
        }
        PrefCommand::List(args) => {
            let c = shop.find_customer(&args.customer)?;
            let rows: Vec<Row> = shop
                .preferences(c.id)?
                .into_iter()
                .take(args.limit)
                .map(|p| Row {
                    id: p.id.to_string(),
                    category: p.category.to_string(),
                    value: p.value,
                    applies_to: p.applies_to,
                    source: p.source.to_string(),
                    noted_on: p.noted_on.to_string(),
                    purpose: p.purpose,
                })
                .collect();
            output::show(&rows, args.list.format)?;
        }
        PrefCommand::Remove { id } => {
            shop.remove_preference(id.parse()?)?;
            println!("Removed the preference {id}");
        }
    }
    Ok(())
}

listing!(
    /// One preference as listed.
    Row {
        id: String,
        category: String,
        value: String,
        applies_to: Option<String>,
        source: String,
        noted_on: String,
        purpose: String,
    }
);
