//! Purchases: what a customer bought on a visit, line by line. Returns are
//! negative lines flagged as returns. Quantities and unit prices are exact
//! decimals ([`Quantity`], [`UnitPrice`]); a line's total is money, rounded
//! once. A recorded purchase changes only by a void or a correction, each
//! kept in its history (`purchase_change.rs`).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::kinds::text_enum;
use crate::money::{Currency, Money, UnitPrice};
use crate::quantity::Quantity;
use crate::time::{now_stamp, stamp_into};
use crate::{catalog, search, text, CoreError, CustomerId, ProductId, PurchaseId, Result};

/// Most lines on one purchase.
pub(crate) const MAX_LINES: usize = 1000;

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
    /// How many (an exact decimal); negative only on a return.
    pub quantity: Quantity,
    /// Price of one unit (an exact decimal of minor units).
    pub unit_price: UnitPrice,
    /// Discount on the line (positive).
    pub discount: Money,
    /// This line is a return (refund).
    pub is_return: bool,
    /// Line total: quantity × unit price, rounded half to even to the
    /// currency's minor unit, − discount.
    pub total: Money,
}

/// Why and when a purchase was voided. A voided purchase stays on record
/// and counts nowhere (spend, visits, suggestions, summaries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Void {
    /// When it was voided.
    pub at: DateTime<Utc>,
    /// Why, as the owner said it.
    pub reason: Option<String>,
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
    /// Set when the purchase was voided.
    pub void: Option<Void>,
    /// The person on the staff who recorded it (`None`: the owner).
    pub staff_id: Option<String>,
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
    /// The catalog product by id, when there is no SKU (a recorded line
    /// corrected keeps its product).
    pub product_id: Option<ProductId>,
    /// Free-text description (required without a SKU).
    pub description: Option<String>,
    /// How many (an exact decimal); negative only with `is_return`.
    pub quantity: Quantity,
    /// Price of one unit. Without it, the price is worked out from `total`
    /// or, failing that, taken from the catalog.
    pub unit_price: Option<UnitPrice>,
    /// Discount on the line.
    pub discount: Option<Money>,
    /// The line's total as the till printed it. With a unit price too, the
    /// two must agree to the minor unit.
    pub total: Option<Money>,
    /// This line is a return.
    pub is_return: bool,
}

impl NewLine {
    /// `quantity` of a free-text item at `unit_price`.
    pub fn free_text(
        description: impl Into<String>,
        quantity: impl Into<Quantity>,
        unit_price: Money,
    ) -> Self {
        NewLine {
            sku: None,
            product_id: None,
            description: Some(description.into()),
            quantity: quantity.into(),
            unit_price: Some(unit_price.into()),
            discount: None,
            total: None,
            is_return: false,
        }
    }

    /// The line as it was recorded, to record again (a correction).
    pub fn from_recorded(l: &PurchaseLine) -> Self {
        NewLine {
            sku: None,
            product_id: l.product_id,
            description: Some(l.description.clone()),
            quantity: l.quantity,
            unit_price: Some(l.unit_price),
            discount: Some(l.discount),
            total: None,
            is_return: l.is_return,
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

/// Checks a quantity's sign against the return flag, zero and size.
pub(crate) fn check_quantity(quantity: Quantity, is_return: bool) -> Result<()> {
    quantity.check_line(is_return)
}

pub(crate) fn validate_line(
    conn: &Connection,
    l: &NewLine,
    currency: Currency,
) -> Result<PurchaseLine> {
    check_quantity(l.quantity, l.is_return)?;
    let product = match l.sku.as_deref().and_then(|s| text::tidy(Some(s))) {
        Some(sku) => Some(catalog::by_sku(conn, &sku)?.ok_or_else(|| {
            CoreError::invalid(
                "sku",
                msg!("error-sku-there-product-with", sku = sku.to_string()),
            )
        })?),
        None => l.product_id.map(|id| catalog::get(conn, id)).transpose()?,
    };
    let description = text::optional(l.description.as_deref(), "description")?
        .or_else(|| product.as_ref().map(|p| p.name.clone()))
        .ok_or_else(|| {
            CoreError::invalid("description", msg!("error-description-each-line-needs"))
        })?;
    let zero = Money::zero(currency);
    let discount = l.discount.unwrap_or(zero);
    zero.same_currency(discount)?;
    if let Some(t) = l.total {
        zero.same_currency(t)?;
    }
    let unit_price = match (l.unit_price, l.total) {
        (Some(u), _) => u,
        (None, Some(t)) => UnitPrice::of_total(t.checked_add(discount)?, l.quantity)?,
        (None, None) => product
            .as_ref()
            .and_then(|p| p.price)
            .map(UnitPrice::from)
            .ok_or_else(|| {
                CoreError::invalid("unit_price", msg!("error-unit-price-each-line-needs"))
            })?,
    };
    if unit_price.currency != currency {
        zero.same_currency(Money::zero(unit_price.currency))?;
    }
    if unit_price.is_negative() {
        return Err(CoreError::invalid(
            "unit_price",
            msg!("error-unit-price-price-negative-use"),
        ));
    }
    let gross = unit_price.times(l.quantity)?;
    if discount.minor < 0
        || discount.minor > gross.minor.abs()
        || (l.is_return && discount.minor != 0)
    {
        return Err(CoreError::invalid(
            "discount",
            msg!("error-discount-discount-must-between"),
        ));
    }
    let total = gross.checked_sub(discount)?;
    if let Some(given) = l.total.filter(|t| *t != total) {
        return Err(CoreError::invalid(
            "line_total",
            match discount.minor {
                0 => msg!(
                    "error-line-total-mismatch",
                    given = given.to_string(),
                    quantity = l.quantity.to_string(),
                    unit_price = unit_price.to_string(),
                    total = total.to_string()
                ),
                _ => msg!(
                    "error-line-total-mismatch-discount",
                    given = given.to_string(),
                    quantity = l.quantity.to_string(),
                    unit_price = unit_price.to_string(),
                    discount = discount.to_string(),
                    total = total.to_string()
                ),
            },
        ));
    }
    Ok(PurchaseLine {
        product_id: product.map(|p| p.id),
        description,
        quantity: l.quantity,
        unit_price,
        discount,
        is_return: l.is_return,
        total,
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
            msg!("error-lines-purchase-needs-least"),
        ));
    }
    if p.lines.len() > MAX_LINES {
        return Err(CoreError::invalid(
            "lines",
            msg!(
                "error-lines-purchase-have-most",
                max_lines = MAX_LINES.to_string()
            ),
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
        void: None,
        staff_id: crate::staff::author_in(conn)?,
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
    /// Buffers the text of a row's time, quantity and unit price is
    /// written in, kept from row to row.
    at_text: String,
    quantity_text: String,
    unit_text: String,
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
                    created_at, updated_at, source, receipt, refund_of, is_refund, batch_id, staff_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, ?12, ?13, shop_author())",
            )?,
            line: conn.prepare_cached(
                "INSERT INTO purchase_line (purchase_id, position, product_id, description,
                    quantity, unit_minor, discount_minor, total_minor, is_return)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?,
            created_at: now_stamp(),
            origin,
            at_text: String::new(),
            quantity_text: String::new(),
            unit_text: String::new(),
        })
    }

    /// Writes a purchase's header row; `is_refund` when it holds a refund's
    /// lines (kept apart from its receipt's sale).
    pub(crate) fn header(&mut self, p: &Purchase, is_refund: bool) -> Result<()> {
        let origin = self.origin.as_ref();
        self.at_text.clear();
        stamp_into(p.at, &mut self.at_text);
        self.header.execute(params![
            p.id,
            p.customer_id,
            self.at_text,
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
        self.quantity_text.clear();
        l.quantity.write_to(&mut self.quantity_text);
        self.unit_text.clear();
        l.unit_price.write_minor(&mut self.unit_text);
        self.line.execute(params![
            purchase,
            position as i64,
            l.product_id,
            l.description,
            self.quantity_text,
            self.unit_text,
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

/// A customer's purchases, voided ones included (marked), newest first,
/// at most `limit`.
pub(crate) fn list(conn: &Connection, customer: CustomerId, limit: usize) -> Result<Vec<Purchase>> {
    let heads: Vec<Purchase> = conn
        .prepare_cached(&format!(
            "SELECT {HEAD} FROM purchase
             WHERE customer_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2"
        ))?
        .query_map(params![customer, limit as i64], head_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    with_lines(conn, heads)
}

/// One purchase with its lines, voided or not.
pub(crate) fn get(conn: &Connection, id: PurchaseId) -> Result<Purchase> {
    let head = conn
        .prepare_cached(&format!("SELECT {HEAD} FROM purchase WHERE id = ?1"))?
        .query_row([id], head_from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => {
                CoreError::NotFound(msg!("error-not-found-purchase-does-exist"))
            }
            other => other.into(),
        })?;
    Ok(with_lines(conn, vec![head])?.remove(0))
}

/// The columns [`head_from_row`] reads.
const HEAD: &str = "id, customer_id, at, channel, note, total_minor, currency, deleted_at, void_reason, receipt, refund_of, staff_id";

fn with_lines(conn: &Connection, mut heads: Vec<Purchase>) -> Result<Vec<Purchase>> {
    let mut lines = conn.prepare_cached(
        "SELECT product_id, description, quantity, unit_minor, discount_minor, total_minor, is_return
         FROM purchase_line WHERE purchase_id = ?1 ORDER BY position",
    )?;
    for p in &mut heads {
        let c = p.total.currency;
        p.lines = lines
            .query_map([p.id], |r| {
                let unit: String = r.get(3)?;
                Ok(PurchaseLine {
                    product_id: r.get(0)?,
                    description: r.get(1)?,
                    quantity: r.get(2)?,
                    unit_price: UnitPrice::from_minor_text(&unit, c).ok_or_else(|| {
                        rusqlite::Error::FromSqlConversionFailure(
                            3,
                            rusqlite::types::Type::Text,
                            "not a unit price".into(),
                        )
                    })?,
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
    let voided: Option<DateTime<Utc>> = r.get(7)?;
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
        receipt: r.get(9)?,
        refund_of: r.get(10)?,
        void: match voided {
            Some(at) => Some(Void {
                at,
                reason: r.get(8)?,
            }),
            None => None,
        },
        staff_id: r.get(11)?,
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
        let q = Quantity::whole;
        assert!(check_quantity(q(2), false).is_ok());
        assert!(check_quantity(q(-1), true).is_ok());
        assert_eq!(
            check_quantity(q(-1), false).unwrap_err().field(),
            Some("quantity")
        );
        assert!(check_quantity(q(1), true).is_err());
        assert!(check_quantity(q(0), false).is_err());
    }
}
