//! `shopkeeper purchase ...`

use anyhow::Context;
use shopkeeper_core::{Money, NewLine, NewPurchase, Purchase, Shop};

use crate::args::{AddPurchase, PurchaseCommand};
use crate::output::{self, listing};
use crate::safe_text::terminal_text;

/// Runs a `purchase` subcommand.
pub fn run(shop: &mut Shop, cmd: PurchaseCommand) -> anyhow::Result<()> {
    match cmd {
        PurchaseCommand::Add(a) => add(shop, a),
        PurchaseCommand::List(args) => {
            let c = shop.find_customer(&args.customer)?;
            output::show(&rows(&shop.purchases(c.id, args.limit)?), args.list.format)
        }
    }
}

fn add(shop: &mut Shop, a: AddPurchase) -> anyhow::Result<()> {
    let c = shop.find_customer(&a.customer)?;
    let currency = shop.settings().currency;
    let mut lines = Vec::new();
    for item in &a.items {
        let (rest, price) = match item.rsplit_once('@') {
            Some((what, price)) => (what.trim(), Some(Money::parse(price, currency)?)),
            None => (item.trim(), None),
        };
        let (quantity, what) = match rest.split_once(['x', '×']) {
            Some((q, w)) if q.trim().parse::<i64>().is_ok() => {
                (q.trim().parse::<i64>().expect("checked"), w.trim())
            }
            _ => (if a.is_return { -1 } else { 1 }, rest),
        };
        let is_catalog = shop.product_by_sku(what)?.is_some();
        lines.push(NewLine {
            sku: is_catalog.then(|| what.to_string()),
            description: (!is_catalog).then(|| what.to_string()),
            quantity,
            unit_price: price,
            discount: None,
            is_return: a.is_return,
        });
    }
    let at = a
        .date
        .as_deref()
        .map(|d| shopkeeper_core::parse_when(d, None))
        .transpose()?;
    let p = shop
        .add_purchase(
            c.id,
            &NewPurchase {
                at,
                channel: a.channel.parse()?,
                note: a.note,
                lines,
            },
        )
        .context("the purchase was not recorded")?;
    println!(
        "Recorded {} for {} ({})",
        p.total,
        terminal_text(&c.display_name),
        p.id
    );
    Ok(())
}

/// One row per line of each purchase.
pub fn rows(purchases: &[Purchase]) -> Vec<Row> {
    let mut rows = Vec::new();
    for p in purchases {
        for l in &p.lines {
            rows.push(Row {
                purchase_id: p.id.to_string(),
                customer_id: p.customer_id.to_string(),
                date: p.at.to_rfc3339(),
                channel: p.channel.to_string(),
                description: l.description.clone(),
                quantity: l.quantity,
                unit_price: l.unit_price.to_string(),
                line_total: l.total.to_string(),
                is_return: l.is_return,
                purchase_total: p.total.to_string(),
            });
        }
    }
    rows
}

listing!(
    /// One purchase line as listed.
    Row {
        purchase_id: String,
        customer_id: String,
        date: String,
        channel: String,
        description: String,
        quantity: i64,
        unit_price: String,
        line_total: String,
        is_return: bool,
        purchase_total: String,
    }
);
