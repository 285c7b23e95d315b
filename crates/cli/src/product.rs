//! `shopkeeper product ...`

use std::path::Path;

use anyhow::Context;
use shopkeeper_core::{parse_date, Currency, Money, NewProduct, Product, Shop};

use crate::args::{AddProduct, ProductCommand};
use crate::output::{self, listing};
use crate::safe_text::terminal_text;

/// Runs a `product` subcommand.
pub fn run(shop: &mut Shop, cmd: ProductCommand) -> anyhow::Result<()> {
    let currency = shop.settings().currency;
    match cmd {
        ProductCommand::Add(a) => {
            let p = shop.add_product(&new_product(a, currency)?)?;
            println!(
                "Added {} ({})",
                terminal_text(&p.name),
                terminal_text(&p.sku)
            );
        }
        ProductCommand::List(args) => {
            let rows: Vec<Row> = shop.products()?.iter().map(Row::from).collect();
            output::show(&rows, args.format)?;
        }
        ProductCommand::Import { file } => import(shop, &file, currency)?,
    }
    Ok(())
}

fn new_product(a: AddProduct, currency: Currency) -> anyhow::Result<NewProduct> {
    Ok(NewProduct {
        sku: a.sku,
        name: a.name,
        category: a.category,
        tags: a.tags,
        price: a.price.map(|p| Money::parse(&p, currency)).transpose()?,
        use_up_days: a.use_up_days,
        service_days: a.service_days,
        arrival_date: a.arrival.map(|d| parse_date(&d, "arrival")).transpose()?,
    })
}

/// Reads `sku,name,category,price,use_up_days,service_days,tags` (tags split
/// by `;`); every bad line is reported and then nothing is added.
fn import(shop: &mut Shop, file: &Path, currency: Currency) -> anyhow::Result<()> {
    let mut csv = csv::Reader::from_path(file)
        .with_context(|| format!("could not open {}", file.display()))?;
    let header = csv.headers()?.clone();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let cols: Vec<Option<usize>> = [
        "sku",
        "name",
        "category",
        "price",
        "use_up_days",
        "service_days",
        "tags",
    ]
    .iter()
    .map(|c| col(c))
    .collect();
    let mut products = Vec::new();
    let mut bad = Vec::new();
    for record in csv.records() {
        let record = record?;
        let line = record.position().map_or(0, |p| p.line());
        let get = |i: usize| {
            cols[i]
                .and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let days = |i: usize| get(i).map(|d| d.parse::<u32>()).transpose();
        let parsed = (|| -> anyhow::Result<NewProduct> {
            new_product(
                AddProduct {
                    sku: get(0).unwrap_or_default(),
                    name: get(1).unwrap_or_default(),
                    category: get(2),
                    price: get(3),
                    use_up_days: days(4).context("use_up_days must be a whole number of days")?,
                    service_days: days(5).context("service_days must be a whole number of days")?,
                    arrival: None,
                    tags: get(6)
                        .map(|t| t.split(';').map(str::to_string).collect())
                        .unwrap_or_default(),
                },
                currency,
            )
        })();
        match parsed {
            Ok(p) => products.push((line, p)),
            Err(e) => bad.push(format!("line {line}: {e:#}")),
        }
    }
    if !bad.is_empty() {
        anyhow::bail!(
            "{} bad line(s), nothing was added:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
    let added = shop.add_products(&products)?;
    println!("Added {added} products");
    Ok(())
}

listing!(
    /// One product as listed.
    Row {
        sku: String,
        name: String,
        category: Option<String>,
        price: Option<String>,
        use_up_days: Option<u32>,
        service_days: Option<u32>,
        arrival_date: Option<String>,
        tags: String,
    }
);

impl From<&Product> for Row {
    fn from(p: &Product) -> Self {
        Row {
            sku: p.sku.clone(),
            name: p.name.clone(),
            category: p.category.clone(),
            price: p.price.map(|m| m.to_string()),
            use_up_days: p.use_up_days,
            service_days: p.service_days,
            arrival_date: p.arrival_date.map(|d| d.to_string()),
            tags: p.tags.join(";"),
        }
    }
}
