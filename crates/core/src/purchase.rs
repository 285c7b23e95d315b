//! Purchases: what a customer bought on a visit, line by line. Returns are
//! negative lines flagged as returns. Recorded purchases are not edited.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::kinds::text_enum;
use crate::money::{Currency, Money};
use crate::time::{now_stamp, stamp};
use crate::{catalog, search, text, CoreError, CustomerId, ProductId, PurchaseId, Result};

/// Most lines on one purchase.
const MAX_LINES: usize = 1000;

text_enum!(
    /// Where the sale happened.
    SaleChannel, "channel" {
        /// At the counter.
        InShop = "in-shop",
        /// Ordered by phone.
        Phone = "phone",
        /// Ordered online.
        Online = "online",
    }
);

/// One line of a purchase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseLine {
    /// The catalog product, if it was one.
    pub product_id: Option<ProductId>,
    /// What was sold, as printed on the receipt.
    pub description: String,
    /// How many; negative only on a return.
    pub quantity: i64,
    /// Price of one.
    pub unit_price: Money,
    /// Discount on the line (positive).
    pub discount: Money,
    /// This line is a return (refund).
    pub is_return: bool,
    /// Line total: quantity × unit price − discount.
    pub total: Money,
}

/// A recorded purchase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purchase {
    /// Unique id.
    pub id: PurchaseId,
    /// Who bought.
    pub customer_id: CustomerId,
    /// When.
    pub at: DateTime<Utc>,
    /// Where.
    pub channel: SaleChannel,
    /// A note.
    pub note: Option<String>,
    /// The lines.
    pub lines: Vec<PurchaseLine>,
    /// Sum of the lines.
    pub total: Money,
    /// The till's receipt number, for a purchase imported from a file that has one.
    pub receipt: Option<String>,
    /// For a refund: the receipt it returns from, if the file said.
    pub refund_of: Option<String>,
}

/// Where the purchases a [`Writer`] writes come from: an import's batch and
/// the file's layout, kept with each receipt number (receipt numbers are
/// unique per layout; a purchase without one has its layout in its batch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    /// The import.
    pub batch: crate::ImportId,
    /// The file's layout (`shopkeeper`, `shopify`, ...).
    pub source: String,
}

/// A line to record: a catalog product (by SKU) or free text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLine {
    /// Catalog SKU; the product's name and price are used where not given.
    pub sku: Option<String>,
    /// Free-text description (required without a SKU).
    pub description: Option<String>,
    /// How many; negative only with `is_return`.
    pub quantity: i64,
    /// Price of one (required without a catalog price).
    pub unit_price: Option<Money>,
    /// Discount on the line.
    pub discount: Option<Money>,
    /// This line is a return.
    pub is_return: bool,
}

impl NewLine {
    /// `quantity` of a free-text item at `unit_price`.
    pub fn free_text(description: impl Into<String>, quantity: i64, unit_price: Money) -> Self {
        NewLine {
            sku: None,
            description: Some(description.into()),
            quantity,
            unit_price: Some(unit_price),
            discount: None,
            is_return: false,
        }
    }
}

/// A purchase to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPurchase {
    /// When (default now).
    pub at: Option<DateTime<Utc>>,
    /// Where.
    pub channel: SaleChannel,
    /// A note.
    pub note: Option<String>,
    /// At least one line.
    pub lines: Vec<NewLine>,
}

/// Checks a quantity's sign against the return flag.
pub(crate) fn check_quantity(quantity: i64, is_return: bool) -> Result<()> {
    if quantity == 0 {
        return Err(CoreError::invalid("quantity", "A quantity cannot be zero."));
    }
    if quantity < 0 && !is_return {
        return Err(CoreError::invalid(
            "quantity",
            "A negative quantity is only allowed on a return; mark the line as a return.",
        ));
    }
    if quantity > 0 && is_return {
        return Err(CoreError::invalid(
            "quantity",
            "A returned item needs a negative quantity (e.g. -1).",
        ));
    }
    // unsigned_abs: i64::MIN has no positive counterpart (abs() overflows).
    if quantity.unsigned_abs() > 1_000_000 {
        return Err(CoreError::invalid(
            "quantity",
            "That quantity is too large.",
        ));
    }
    Ok(())
}

fn validate_line(conn: &Connection, l: &NewLine, currency: Currency) -> Result<PurchaseLine> {
    check_quantity(l.quantity, l.is_return)?;
    let product = match l.sku.as_deref().and_then(|s| text::tidy(Some(s))) {
        Some(sku) => Some(catalog::by_sku(conn, &sku)?.ok_or_else(|| {
            CoreError::invalid("sku", format!("There is no product with SKU \"{sku}\"."))
        })?),
        None => None,
    };
    let description = text::optional(l.description.as_deref(), "description")?
        .or_else(|| product.as_ref().map(|p| p.name.clone()))
        .ok_or_else(|| {
            CoreError::invalid("description", "Each line needs a product or a description.")
        })?;
    let unit_price = l
        .unit_price
        .or_else(|| product.as_ref().and_then(|p| p.price))
        .ok_or_else(|| CoreError::invalid("unit_price", "Each line needs a price."))?;
    let zero = Money::zero(currency);
    zero.same_currency(unit_price)?;
    if unit_price.minor < 0 {
        return Err(CoreError::invalid(
            "unit_price",
            "A price cannot be negative; use a return line for refunds.",
        ));
    }
    let discount = l.discount.unwrap_or(zero);
    zero.same_currency(discount)?;
    let gross = unit_price.times(l.quantity)?;
    if discount.minor < 0
        || discount.minor > gross.minor.abs()
        || (l.is_return && discount.minor != 0)
    {
        return Err(CoreError::invalid(
            "discount",
            "A discount must be between zero and the line's price, and returns take none.",
        ));
    }
    Ok(PurchaseLine {
        product_id: product.map(|p| p.id),
        description,
        quantity: l.quantity,
        unit_price,
        discount,
        is_return: l.is_return,
        total: gross.checked_sub(discount)?,
    })
}

/// Validates and records a purchase inside the caller's transaction.
pub(crate) fn insert_in(
    conn: &Connection,
    customer: CustomerId,
    p: &NewPurchase,
    currency: Currency,
) -> Result<Purchase> {
    if p.lines.is_empty() {
        return Err(CoreError::invalid(
            "lines",
            "A purchase needs at least one line.",
        ));
    }
    if p.lines.len() > MAX_LINES {
        return Err(CoreError::invalid(
            "lines",
            format!("A purchase can have at most {MAX_LINES} lines."),
        ));
    }
    let lines = p
        .lines
        .iter()
        .map(|l| validate_line(conn, l, currency))
        .collect::<Result<Vec<_>>>()?;
    let total = lines
        .iter()
        .try_fold(Money::zero(currency), |sum, l| sum.checked_add(l.total))?;
    let purchase = Purchase {
        id: PurchaseId::new(),
        customer_id: customer,
        at: p.at.unwrap_or_else(crate::time::now),
        channel: p.channel,
        note: text::note(p.note.as_deref(), "note")?,
        lines,
        total,
        receipt: None,
        refund_of: None,
    };
    Writer::new(conn)?.purchase(&purchase)?;
    search::reindex(conn, customer)?;
    Ok(purchase)
}

/// Writes purchase rows without validation (bulk paths use it directly):
/// both statements prepared once, and one creation time for every row it
/// writes (the transaction's).
pub(crate) struct Writer<'c> {
    header: rusqlite::CachedStatement<'c>,
    line: rusqlite::CachedStatement<'c>,
    created_at: String,
    origin: Option<Origin>,
}

impl<'c> Writer<'c> {
    /// Prepares the statements on `conn`; rows written get the time now.
    pub(crate) fn new(conn: &'c Connection) -> Result<Self> {
        Self::from(conn, None)
    }

    /// A writer of the purchases of one import, each tied to its batch.
    pub(crate) fn imported(conn: &'c Connection, origin: Origin) -> Result<Self> {
        Self::from(conn, Some(origin))
    }

    fn from(conn: &'c Connection, origin: Option<Origin>) -> Result<Self> {
        Ok(Writer {
            header: conn.prepare_cached(
                "INSERT INTO purchase (id, customer_id, at, channel, note, total_minor, currency,
                    created_at, updated_at, source, receipt, refund_of, is_refund, batch_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?,
            line: conn.prepare_cached(
                "INSERT INTO purchase_line (purchase_id, position, product_id, description,
                    quantity, unit_minor, discount_minor, total_minor, is_return)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?,
            created_at: now_stamp(),
            origin,
        })
    }

    /// Writes a purchase's header row; `is_refund` when it holds a refund's
    /// lines (kept apart from its receipt's sale).
    pub(crate) fn header(&mut self, p: &Purchase, is_refund: bool) -> Result<()> {
        let origin = self.origin.as_ref();
        self.header.execute(params![
            p.id,
            p.customer_id,
            stamp(p.at),
            p.channel,
            p.note,
            p.total.minor,
            p.total.currency.code(),
            self.created_at,
            p.receipt.as_ref().and(origin.map(|o| o.source.as_str())),
            p.receipt,
            p.refund_of,
            is_refund,
            origin.map(|o| o.batch),
        ])?;
        Ok(())
    }

    /// Writes one line row.
    pub(crate) fn line(
        &mut self,
        purchase: PurchaseId,
        position: usize,
        l: &PurchaseLine,
    ) -> Result<()> {
        self.line.execute(params![
            purchase,
            position as i64,
            l.product_id,
            l.description,
            l.quantity,
            l.unit_price.minor,
            l.discount.minor,
            l.total.minor,
            l.is_return
        ])?;
        Ok(())
    }

    /// Writes a purchase's header and all its lines.
    pub(crate) fn purchase(&mut self, p: &Purchase) -> Result<()> {
        self.header(p, false)?;
        for (i, l) in p.lines.iter().enumerate() {
            self.line(p.id, i, l)?;
        }
        Ok(())
    }
}

/// A customer's live purchases, newest first, at most `limit`.
pub(crate) fn list(conn: &Connection, customer: CustomerId, limit: usize) -> Result<Vec<Purchase>> {
    let mut heads: Vec<Purchase> = conn
        .prepare_cached(
            "SELECT id, customer_id, at, channel, note, total_minor, currency, receipt, refund_of
             FROM purchase WHERE customer_id = ?1 AND deleted_at IS NULL ORDER BY at DESC, id DESC LIMIT ?2",
        )?
        .query_map(params![customer, limit as i64], head_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut lines = conn.prepare_cached(
        "SELECT product_id, description, quantity, unit_minor, discount_minor, total_minor, is_return
         FROM purchase_line WHERE purchase_id = ?1 ORDER BY position",
    )?;
    for p in &mut heads {
        let c = p.total.currency;
        p.lines = lines
            .query_map([p.id], |r| {
                Ok(PurchaseLine {
                    product_id: r.get(0)?,
                    description: r.get(1)?,
                    quantity: r.get(2)?,
                    unit_price: Money::new(r.get(3)?, c),
                    discount: Money::new(r.get(4)?, c),
                    total: Money::new(r.get(5)?, c),
                    is_return: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(heads)
}

fn head_from_row(r: &Row<'_>) -> rusqlite::Result<Purchase> {
    let currency: String = r.get(6)?;
    Ok(Purchase {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        at: r.get(2)?,
        channel: r.get(3)?,
        note: r.get(4)?,
        lines: Vec::new(),
        total: Money::new(
            r.get(5)?,
            Currency::parse(&currency).unwrap_or(Currency::EUR),
        ),
        receipt: r.get(7)?,
        refund_of: r.get(8)?,
    })
}

/// Visits, spend and first/last visit of a customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseStats {
    /// Number of purchases.
    pub visits: u64,
    /// Sum of all purchases.
    pub total_spent: Money,
    /// First purchase.
    pub first: Option<DateTime<Utc>>,
    /// Latest purchase.
    pub last: Option<DateTime<Utc>>,
}

impl PurchaseStats {
    /// Since when the person has been a customer: their first purchase on
    /// record, or when their record was made (`created_at`) if that is
    /// earlier or they have bought nothing yet. A customer imported today
    /// with sales going back years has been a customer for years.
    pub fn customer_since(&self, created_at: DateTime<Utc>) -> DateTime<Utc> {
        self.first.map_or(created_at, |first| first.min(created_at))
    }
}

pub(crate) fn stats(
    conn: &Connection,
    customer: CustomerId,
    currency: Currency,
) -> Result<PurchaseStats> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*), coalesce(sum(total_minor), 0), min(at), max(at) FROM purchase
             WHERE customer_id = ?1 AND deleted_at IS NULL",
        )?
        .query_row([customer], |r| {
            Ok(PurchaseStats {
                visits: r.get::<_, i64>(0)? as u64,
                total_spent: Money::new(r.get(1)?, currency),
                first: r.get(2)?,
                last: r.get(3)?,
            })
        })?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_customer_is_one_since_their_first_purchase_or_their_record() {
        let day = |d: &str| d.parse::<DateTime<Utc>>().unwrap();
        let stats = |first: Option<&str>| PurchaseStats {
            visits: u64::from(first.is_some()),
            total_spent: Money::new(0, Currency::EUR),
            first: first.map(day),
            last: first.map(day),
        };
        let imported = day("2026-12-07T09:00:00Z");
        assert_eq!(
            stats(Some("2019-05-03T10:00:00Z")).customer_since(imported),
            day("2019-05-03T10:00:00Z")
        );
        assert_eq!(stats(None).customer_since(imported), imported);
        let early = day("2018-01-01T00:00:00Z");
        assert_eq!(
            stats(Some("2019-05-03T10:00:00Z")).customer_since(early),
            early
        );
    }

    #[test]
    fn negative_quantities_need_the_return_flag() {
        assert!(check_quantity(2, false).is_ok());
        assert!(check_quantity(-1, true).is_ok());
        assert_eq!(
            check_quantity(-1, false).unwrap_err().field(),
            Some("quantity")
        );
        assert!(check_quantity(1, true).is_err());
        assert!(check_quantity(0, false).is_err());
    }
}
