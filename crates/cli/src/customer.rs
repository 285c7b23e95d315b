//! `shopkeeper customer ...`

use anyhow::Context;
use serde::Serialize;
use shopkeeper_core::{Customer, NewCustomer, Shop};

use crate::args::{AddCustomer, CustomerCommand};
use crate::output::{self, Listing};

/// Runs a `customer` subcommand against the open shop.
pub fn run(mut shop: Shop, cmd: CustomerCommand) -> anyhow::Result<()> {
    match cmd {
        CustomerCommand::Add(AddCustomer { name, email, phone }) => {
            let added = shop.add_customer(&NewCustomer {
                display_name: name,
                email,
                phone,
                ..NewCustomer::default()
            })?;
            println!("Added {} ({})", added.display_name, added.id);
        }
        CustomerCommand::List(args) => {
            let rows: Vec<Row> = shop.list_customers()?.into_iter().map(Row::from).collect();
            output::print(&mut std::io::stdout().lock(), &rows, args.format)
                .context("could not print the list")?;
        }
    }
    Ok(())
}

/// One customer as the CLI prints it.
#[derive(Serialize)]
struct Row {
    id: String,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    created_at: String,
}

impl From<Customer> for Row {
    fn from(c: Customer) -> Self {
        Row {
            id: c.id.to_string(),
            name: c.display_name.clone(),
            email: c.email().map(str::to_string),
            phone: c.phone().map(str::to_string),
            created_at: c.created_at.to_rfc3339(),
        }
    }
}

impl Listing for Row {
    const COLUMNS: &'static [&'static str] = &["id", "name", "email", "phone", "created_at"];

    fn cells(&self) -> Vec<String> {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.id.clone(),
            self.name.clone(),
            opt(&self.email),
            opt(&self.phone),
            self.created_at.clone(),
        ]
    }
}
