//! `shopkeeper customer ...` and `shopkeeper search`.

use anyhow::Context;
use shopkeeper_core::{Customer, CustomerEdit, DayMonth, ImportantDate, NewCustomer, Shop};

use crate::args::{AddCustomer, CustomerCommand, CustomerFields, EditCustomer, SearchArgs};
use crate::output::{self, listing};
use crate::safe_text::terminal_text;

/// Runs a `customer` subcommand.
pub fn run(shop: &mut Shop, cmd: CustomerCommand) -> anyhow::Result<()> {
    match cmd {
        CustomerCommand::Add(AddCustomer {
            name,
            email,
            phone,
            fields,
        }) => {
            let mut edit = NewCustomer::new(name);
            edit.email = email;
            edit.phone = phone;
            let like = crate::duplicates::like(shop, &edit)?;
            let added = shop.add_customer(&edit)?;
            let mut rest = added.edit();
            if apply(&mut rest, fields)? {
                shop.update_customer(added.id, &rest)?;
            }
            println!(
                "Added {} ({})",
                terminal_text(&added.display_name),
                added.id
            );
            crate::duplicates::warn(&added, &like);
        }
        CustomerCommand::Edit(e) => edit(shop, e)?,
        CustomerCommand::Show(args) => {
            let c = shop.find_customer(&args.customer)?;
            output::show(&crate::profile::rows(shop, c.id)?, args.list.format)?;
        }
        CustomerCommand::List(args) => {
            let rows: Vec<Row> = shop.list_customers()?.iter().map(Row::from).collect();
            output::show(&rows, args.format).context("could not print the list")?;
        }
        CustomerCommand::Delete { customer } => {
            let c = shop.find_customer(&customer)?;
            shop.delete_customer(c.id)?;
            println!("Deleted {} ({}).", terminal_text(&c.display_name), c.id);
            println!(
                "Their details stay in the shop's file until erased: shopkeeper customer erase {}",
                c.id
            );
        }
        CustomerCommand::Erase(args) => crate::rights::erase(shop, args)?,
        CustomerCommand::Duplicates(args) => crate::duplicates::list(shop, args.format)?,
        CustomerCommand::Merge { keep, duplicate } => {
            let keep = shop.find_customer(&keep)?;
            let dup = shop.find_customer(&duplicate)?;
            let merged = shop.merge_customers(keep.id, dup.id)?;
            println!(
                "Merged {} ({}) into {} ({})",
                dup.display_name, dup.id, merged.display_name, merged.id
            );
        }
    }
    Ok(())
}

fn edit(shop: &mut Shop, e: EditCustomer) -> anyhow::Result<()> {
    let c = shop.find_customer(&e.customer)?;
    let mut edit = c.edit();
    if let Some(name) = e.name {
        edit.display_name = name;
    }
    edit.emails.extend(e.add_emails);
    edit.emails
        .retain(|x| !e.remove_emails.iter().any(|r| r.eq_ignore_ascii_case(x)));
    edit.phones.extend(e.add_phones);
    edit.phones.retain(|x| !e.remove_phones.contains(x));
    edit.tags.retain(|x| !e.remove_tags.contains(x));
    apply(&mut edit, e.fields)?;
    let saved = shop.update_customer(c.id, &edit)?;
    println!(
        "Changed {} ({})",
        terminal_text(&saved.display_name),
        saved.id
    );
    Ok(())
}

/// Applies the shared fields; true when anything was given.
fn apply(edit: &mut CustomerEdit, f: CustomerFields) -> anyhow::Result<bool> {
    let mut changed = !f.tags.is_empty() || !f.dates.is_empty();
    for (slot, value) in [
        (&mut edit.given_name, f.given_name),
        (&mut edit.family_name, f.family_name),
        (&mut edit.address, f.address),
        (&mut edit.language, f.language),
        (&mut edit.customer_ref, f.customer_ref),
        (&mut edit.notes, f.notes),
    ] {
        if value.is_some() {
            *slot = value;
            changed = true;
        }
    }
    if let Some(b) = f.birthday {
        edit.birthday = Some(DayMonth::parse(&b, "birthday")?);
        changed = true;
    }
    edit.tags.extend(f.tags);
    for d in f.dates {
        let (label, date) = d
            .split_once('=')
            .context("write an important date as LABEL=YYYY-MM-DD")?;
        edit.important_dates.push(ImportantDate {
            label: label.to_string(),
            date: DayMonth::parse(date, "important_date")?,
        });
    }
    Ok(changed)
}

/// `shopkeeper search TEXT`
pub fn search(shop: &Shop, args: SearchArgs) -> anyhow::Result<()> {
    let rows: Vec<Row> = shop
        .search(&args.text, args.limit)?
        .iter()
        .map(Row::from)
        .collect();
    output::show(&rows, args.list.format)
}

listing!(
    /// One customer as the CLI lists it.
    Row {
        id: String,
        name: String,
        email: Option<String>,
        phone: Option<String>,
        customer_ref: Option<String>,
        tags: String,
        created_at: String,
    }
);

impl From<&Customer> for Row {
    fn from(c: &Customer) -> Self {
        Row {
            id: c.id.to_string(),
            name: c.display_name.clone(),
            email: c.email().map(str::to_string),
            phone: c.phone().map(str::to_string),
            customer_ref: c.customer_ref.clone(),
            tags: c.tags.join(";"),
            created_at: c.created_at.to_rfc3339(),
        }
    }
}
