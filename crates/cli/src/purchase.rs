//! `shopkeeper purchase ...`

use anyhow::Context;
use shopkeeper_core::{
    Correction, Currency, NewLine, NewPurchase, Purchase, PurchaseChange, PurchaseId, Quantity,
    Shop,
};

use crate::args::{AddPurchase, CorrectPurchase, PurchaseCommand, VoidPurchase};
use crate::output::{self, listing};
use crate::safe_text::terminal_text;

/// Runs a `purchase` subcommand.
pub fn run(shop: &mut Shop, cmd: PurchaseCommand) -> anyhow::Result<()> {
    match cmd {
        PurchaseCommand::Add(a) => add(shop, a),
        PurchaseCommand::List(args) => {
            let c = shop.find_customer(&args.customer)?;
            let names = crate::staff::Names::of(shop)?;
            let purchases = shop.purchases(c.id, args.limit)?;
            output::show(&rows(&purchases, &names), args.list.format)
        }
        PurchaseCommand::Void(v) => void(shop, v),
        PurchaseCommand::Correct(c) => correct(shop, c),
        PurchaseCommand::History { id, list } => {
            let history = shop.purchase_history(id.parse()?)?;
            let names = crate::staff::Names::of(shop)?;
            output::show(&history_rows(&history, &names), list.format)
        }
    }
}

/// Reads `--item` values: `[QTY x] SKU-or-description [@ PRICE]`. Every
/// line is a return when `returns` says so (`add --return`); without it
/// (`correct`), the lines with a negative quantity are.
fn lines(
    shop: &Shop,
    items: &[String],
    currency: Currency,
    returns: Option<bool>,
) -> anyhow::Result<Vec<NewLine>> {
    let mut lines = Vec::new();
    for item in items {
        let (rest, price) = match item.rsplit_once('@') {
            Some((what, price)) => (
                what.trim(),
                Some(shopkeeper_core::Money::parse(price, currency)?.into()),
            ),
            None => (item.trim(), None),
        };
        let (quantity, what) = match rest.split_once(['x', '×']) {
            Some((q, w)) if Quantity::parse(q).is_ok() => (Quantity::parse(q)?, w.trim()),
            _ => (
                Quantity::whole(if returns == Some(true) { -1 } else { 1 }),
                rest,
            ),
        };
        let is_catalog = shop.product_by_sku(what)?.is_some();
        lines.push(NewLine {
            sku: is_catalog.then(|| what.to_string()),
            product_id: None,
            description: (!is_catalog).then(|| what.to_string()),
            quantity,
            unit_price: price,
            discount: None,
            total: None,
            is_return: returns.unwrap_or(quantity.is_negative()),
        });
    }
    Ok(lines)
}

fn when(date: Option<&str>) -> anyhow::Result<Option<chrono::DateTime<chrono::Utc>>> {
    Ok(date
        .map(|d| shopkeeper_core::parse_when(d, None))
        .transpose()?)
}

fn add(shop: &mut Shop, a: AddPurchase) -> anyhow::Result<()> {
    let c = shop.find_customer(&a.customer)?;
    let currency = shop.settings().currency;
    let lines = lines(shop, &a.items, currency, Some(a.is_return))?;
    let p = shop
        .add_purchase(
            c.id,
            &NewPurchase {
                at: when(a.date.as_deref())?,
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

fn void(shop: &mut Shop, v: VoidPurchase) -> anyhow::Result<()> {
    let id: PurchaseId = v.id.parse()?;
    let p = shop
        .void_purchase(id, &v.reason)
        .context("the purchase was not voided")?;
    println!(
        "Voided the purchase of {} on {} ({})",
        p.total,
        p.at.date_naive(),
        p.id
    );
    Ok(())
}

fn correct(shop: &mut Shop, c: CorrectPurchase) -> anyhow::Result<()> {
    let id: PurchaseId = c.id.parse()?;
    let currency = shop.settings().currency;
    let customer = match &c.customer {
        Some(who) => Some(shop.find_customer(who)?.id),
        None => None,
    };
    let correction = Correction {
        at: when(c.date.as_deref())?,
        customer,
        lines: (!c.items.is_empty())
            .then(|| lines(shop, &c.items, currency, None))
            .transpose()?,
        reason: c.reason,
    };
    let p = shop
        .correct_purchase(id, &correction)
        .context("the purchase was not corrected")?;
    println!(
        "Corrected: now {} on {} ({})",
        p.total,
        p.at.date_naive(),
        p.id
    );
    Ok(())
}

/// One row per line of each purchase.
pub fn rows(purchases: &[Purchase], names: &crate::staff::Names) -> Vec<Row> {
    let mut rows = Vec::new();
    for p in purchases {
        for l in &p.lines {
            rows.push(Row {
                purchase_id: p.id.to_string(),
                customer_id: p.customer_id.to_string(),
                date: p.at.to_rfc3339(),
                channel: p.channel.to_string(),
                description: l.description.clone(),
                quantity: l.quantity.to_string(),
                unit_price: l.unit_price.to_string(),
                line_total: l.total.to_string(),
                is_return: l.is_return,
                purchase_total: p.total.to_string(),
                void: p
                    .void
                    .as_ref()
                    .map(|v| v.at.to_rfc3339())
                    .unwrap_or_default(),
                recorded_by: names.name(p.staff_id.as_deref()),
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
        quantity: String,
        unit_price: String,
        line_total: String,
        is_return: bool,
        purchase_total: String,
        void: String,
        recorded_by: String,
    }
);

/// One row per detail changed (one for a void).
fn history_rows(history: &[PurchaseChange], names: &crate::staff::Names) -> Vec<ChangeRow> {
    let mut rows = Vec::new();
    for h in history {
        let base = ChangeRow {
            at: h.at.to_rfc3339(),
            kind: h.kind.to_string(),
            author: names.name(Some(&h.author)),
            computer: h.computer.clone().unwrap_or_default(),
            reason: h.reason.clone().unwrap_or_default(),
            field: String::new(),
            before: String::new(),
            after: String::new(),
        };
        if h.changes.is_empty() {
            rows.push(base.clone());
        }
        for c in &h.changes {
            rows.push(ChangeRow {
                field: c.field.clone(),
                before: c.before.clone().unwrap_or_default(),
                after: c.after.clone().unwrap_or_default(),
                ..base.clone()
            });
        }
    }
    rows
}

listing!(
    /// One change of a purchase as listed.
    #[derive(Clone)]
    ChangeRow {
        at: String,
        kind: String,
        author: String,
        computer: String,
        reason: String,
        field: String,
        before: String,
        after: String,
    }
);
