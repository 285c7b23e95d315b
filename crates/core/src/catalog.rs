//! The catalog: products with SKU, price and replenishment/service intervals.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::money::{Currency, Money};
use crate::time::{now_stamp, stamp};
use crate::{text, CoreError, ProductId, Result};

/// A product the shop sells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    /// Unique id.
    pub id: ProductId,
    /// Stock-keeping unit, unique among live products.
    pub sku: String,
    /// Name as shown.
    pub name: String,
    /// Category ("coffee", "bikes").
    pub category: Option<String>,
    /// Attributes and tags, for matching preferences ("decaf", "size:42").
    pub tags: Vec<String>,
    /// Usual price.
    pub price: Option<Money>,
    /// Days until a typical customer has used it up (coffee: 30).
    pub use_up_days: Option<u32>,
    /// Days between services (a bike: 180).
    pub service_days: Option<u32>,
    /// When new stock arrived or arrives.
    pub arrival_date: Option<NaiveDate>,
    /// When the product last changed.
    pub updated_at: DateTime<Utc>,
}

/// A product to add.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewProduct {
    /// SKU; required.
    pub sku: String,
    /// Name; required.
    pub name: String,
    /// Category.
    pub category: Option<String>,
    /// Attributes and tags.
    pub tags: Vec<String>,
    /// Usual price (in the shop's currency).
    pub price: Option<Money>,
    /// Use-up interval in days.
    pub use_up_days: Option<u32>,
    /// Service interval in days.
    pub service_days: Option<u32>,
    /// Arrival date of new stock.
    pub arrival_date: Option<NaiveDate>,
}

fn interval(v: Option<u32>, field: &'static str) -> Result<Option<u32>> {
    match v {
        Some(d) if !(1..=3650).contains(&d) => Err(CoreError::invalid(
            field,
            msg!("error-interval-must-between"),
        )),
        v => Ok(v),
    }
}

/// Checks a product's fields and returns them tidied, as a product with id `id`.
fn validated(
    conn: &Connection,
    id: ProductId,
    p: &NewProduct,
    currency: Currency,
) -> Result<Product> {
    let sku = text::required(&p.sku, "sku", "The SKU")?;
    if let Some(price) = p.price {
        Money::zero(currency).same_currency(price)?;
        if price.minor < 0 {
            return Err(CoreError::invalid(
                "price",
                msg!("error-price-price-negative"),
            ));
        }
    }
    if by_sku(conn, &sku)?.is_some_and(|other| other.id != id) {
        return Err(CoreError::invalid(
            "sku",
            msg!("error-sku-product-with-sku", sku = sku.to_string()),
        ));
    }
    Ok(Product {
        id,
        sku,
        name: text::required(&p.name, "name", "The product's name")?,
        category: text::optional(p.category.as_deref(), "category")?,
        tags: p.tags.iter().filter_map(|t| text::tidy(Some(t))).collect(),
        price: p.price,
        use_up_days: interval(p.use_up_days, "use_up_days")?,
        service_days: interval(p.service_days, "service_days")?,
        arrival_date: p.arrival_date,
        updated_at: crate::time::now(),
    })
}

fn tags_json(tags: &[String]) -> String {
    serde_json::to_string(tags).expect("strings serialize")
}

pub(crate) fn insert_in(conn: &Connection, p: &NewProduct, currency: Currency) -> Result<Product> {
    let product = validated(conn, ProductId::new(), p, currency)?;
    let now = stamp(product.updated_at);
    conn.prepare_cached(
        "INSERT INTO product (id, sku, name, category, tags, price_minor, currency, use_up_days,
            service_days, arrival_date, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
        product.id,
        product.sku,
        product.name,
        product.category,
        tags_json(&product.tags),
        product.price.map(|m| m.minor),
        currency.code(),
        product.use_up_days,
        product.service_days,
        product.arrival_date,
        now
    ])?;
    Ok(product)
}

/// Replaces every field of the live product `id` (past purchases keep what
/// they recorded).
pub(crate) fn update_in(
    conn: &Connection,
    id: ProductId,
    p: &NewProduct,
    currency: Currency,
) -> Result<Product> {
    get(conn, id)?;
    let product = validated(conn, id, p, currency)?;
    conn.prepare_cached(
        "UPDATE product SET sku = ?2, name = ?3, category = ?4, tags = ?5, price_minor = ?6,
            currency = ?7, use_up_days = ?8, service_days = ?9, arrival_date = ?10, updated_at = ?11
         WHERE id = ?1",
    )?
    .execute(params![
        product.id,
        product.sku,
        product.name,
        product.category,
        tags_json(&product.tags),
        product.price.map(|m| m.minor),
        currency.code(),
        product.use_up_days,
        product.service_days,
        product.arrival_date,
        stamp(product.updated_at)
    ])?;
    Ok(product)
}

/// Takes the live product `id` out of the catalog (kept as a tombstone, so
/// past purchases still name it and its SKU is free for a new product).
pub(crate) fn archive_in(conn: &Connection, id: ProductId) -> Result<()> {
    get(conn, id)?;
    conn.prepare_cached("UPDATE product SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, now_stamp()])?;
    Ok(())
}

const COLUMNS: &str = "id, sku, name, category, tags, price_minor, currency, use_up_days,
    service_days, arrival_date, updated_at";

/// The live product with this SKU.
pub(crate) fn by_sku(conn: &Connection, sku: &str) -> Result<Option<Product>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM product WHERE sku = ?1 AND deleted_at IS NULL"
        ))?
        .query_row([sku.trim()], from_row)
        .optional()?)
}

/// The live product `id`.
pub(crate) fn get(conn: &Connection, id: ProductId) -> Result<Product> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM product WHERE id = ?1 AND deleted_at IS NULL"
    ))?
    .query_row([id], from_row)
    .optional()?
    .ok_or_else(|| CoreError::NotFound(msg!("error-not-found-product-catalog")))
}

pub(crate) fn list(conn: &Connection) -> Result<Vec<Product>> {
    let rows = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM product WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, sku"
        ))?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Product> {
    let tags: String = r.get(4)?;
    let currency: String = r.get(6)?;
    let currency = Currency::parse(&currency).unwrap_or(Currency::EUR);
    Ok(Product {
        id: r.get(0)?,
        sku: r.get(1)?,
        name: r.get(2)?,
        category: r.get(3)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        price: r.get::<_, Option<i64>>(5)?.map(|m| Money::new(m, currency)),
        use_up_days: r.get(7)?,
        service_days: r.get(8)?,
        arrival_date: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_must_be_sensible() {
        assert!(interval(Some(0), "use_up_days").is_err());
        assert_eq!(interval(Some(30), "use_up_days").unwrap(), Some(30));
        assert_eq!(interval(None, "use_up_days").unwrap(), None);
    }
}
