//! Which purchase a sale line goes on, and whether it is already in the
//! shop: a receipt number names its purchase (per file layout); without one,
//! a purchase is the lines of one customer at one time.
//!
//! Re-importing an overlapping file adds nothing twice:
//! - a receipt already in the shop from the same layout (even voided since)
//!   is skipped whole, with one indexed lookup the first time the file
//!   names it;
//! - a purchase without a receipt number is already there when the shop has
//!   one from an earlier import of the same layout, for the same customer
//!   at the same time, without a receipt number, of the same kind (sale or
//!   refund) and with the same lines (product, description, quantity, unit
//!   price, discount and total, in any order). Purchases recorded by hand
//!   never count: only imports are compared with imports.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::money::{Money, UnitPrice};
use crate::quantity::Quantity;
use crate::time::stamp;
use crate::{CoreError, CustomerId, ImportId, PurchaseId, Result};

/// What a purchase is found by while its file is read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Group {
    /// The till's receipt number; `true` for its refund lines.
    Receipt(String, bool),
    /// One customer at one time; `true` for refund lines.
    Visit(CustomerId, DateTime<Utc>, bool),
}

/// Whether the shop already holds receipt `number` of layout `source`
/// (its refund part when `refund`).
pub(super) fn receipt_known(
    conn: &Connection,
    source: &str,
    number: &str,
    refund: bool,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM purchase WHERE source = ?1 AND receipt = ?2 AND is_refund = ?3 LIMIT 1",
        )?
        .query_row(params![source, number, refund], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Whether `purchase`, just written by import `batch` for `customer` at
/// `at` without a receipt number, repeats one an earlier import of `source`
/// wrote (see the module's rule).
pub(super) fn visit_known(
    conn: &Connection,
    purchase: PurchaseId,
    (customer, at, refund): (CustomerId, DateTime<Utc>, bool),
    source: &str,
    batch: ImportId,
) -> Result<bool> {
    let earlier: Vec<PurchaseId> = conn
        .prepare_cached(
            "SELECT p.id FROM purchase p JOIN import_batch b ON b.id = p.batch_id
             WHERE p.customer_id = ?1 AND p.at = ?2 AND b.source = ?3
               AND p.receipt IS NULL AND p.is_refund = ?4 AND p.batch_id <> ?5",
        )?
        .query_map(params![customer, stamp(at), source, refund, batch], |r| {
            r.get(0)
        })?
        .collect::<rusqlite::Result<_>>()?;
    if earlier.is_empty() {
        return Ok(false);
    }
    let mine = lines(conn, purchase)?;
    for other in earlier {
        if lines(conn, other)? == mine {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A purchase's lines as comparable values, sorted.
type LineKey = (Option<String>, String, String, String, i64, i64, bool);

fn lines(conn: &Connection, purchase: PurchaseId) -> Result<Vec<LineKey>> {
    let mut all: Vec<LineKey> = conn
        .prepare_cached(
            "SELECT product_id, description, quantity, unit_minor, discount_minor, total_minor,
                    is_return FROM purchase_line WHERE purchase_id = ?1",
        )?
        .query_map([purchase], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    all.sort_unstable();
    Ok(all)
}

/// Removes a purchase this import wrote (one found already in the shop).
pub(super) fn forget(conn: &Connection, purchase: PurchaseId) -> Result<()> {
    conn.prepare_cached("DELETE FROM purchase_line WHERE purchase_id = ?1")?
        .execute([purchase])?;
    conn.prepare_cached("DELETE FROM purchase WHERE id = ?1")?
        .execute([purchase])?;
    Ok(())
}

/// The price of one and the line's discount: the file's unit price when it
/// gives one, which less the `discount` must agree with the line's total to
/// the cent, or else the total shared out. Both returned are zero or more.
pub(super) fn unit_price(
    unit: Option<Money>,
    quantity: Quantity,
    total: Money,
    discount: Money,
) -> Result<(UnitPrice, Money)> {
    let zero = Money::zero(total.currency);
    let per_unit = || {
        UnitPrice::of_total(
            Money::new(total.minor.abs(), total.currency),
            quantity.abs(),
        )
    };
    let Some(unit) = unit else {
        return Ok((per_unit()?, zero));
    };
    let unit = Money::new(unit.minor.abs(), unit.currency);
    let gross = UnitPrice::from(unit).times(quantity)?;
    // A discount lowers what a sale brought in and what a return gave back.
    let off = if quantity.is_negative() {
        -discount.minor
    } else {
        discount.minor
    };
    let expected = Money::new(
        gross.minor.checked_sub(off).ok_or_else(|| {
            CoreError::invalid("line_total", msg!("error-line-total-line-s-total"))
        })?,
        total.currency,
    );
    if expected != total {
        let reason = match discount.minor {
            0 => msg!(
                "error-unit-price-times-quantity",
                unit = unit.to_string(),
                quantity = quantity.to_string(),
                expected = expected.to_string(),
                total = total.to_string()
            ),
            _ => msg!(
                "error-unit-price-times-quantity-discount",
                unit = unit.to_string(),
                quantity = quantity.to_string(),
                discount = discount.to_string(),
                expected = expected.to_string(),
                total = total.to_string()
            ),
        };
        return Err(CoreError::invalid("unit_price", reason));
    }
    if quantity.is_negative() && discount.minor != 0 {
        // Returns carry no discount: their unit price is what was given back.
        return Ok((per_unit()?, zero));
    }
    Ok((UnitPrice::from(unit), discount))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    fn q(n: i64) -> Quantity {
        Quantity::whole(n)
    }

    #[test]
    fn a_unit_price_must_agree_with_the_total_to_the_cent() {
        let eur = |m| Money::new(m, Currency::EUR);
        assert_eq!(
            unit_price(Some(eur(250)), q(3), eur(750), eur(0))
                .unwrap()
                .0,
            eur(250).into()
        );
        assert_eq!(
            unit_price(Some(eur(250)), q(-1), eur(-250), eur(0))
                .unwrap()
                .0,
            eur(250).into()
        );
        assert_eq!(
            unit_price(Some(eur(-250)), q(-1), eur(-250), eur(0))
                .unwrap()
                .0,
            eur(250).into()
        );
        assert_eq!(
            unit_price(None, q(4), eur(1000), eur(0)).unwrap().0,
            eur(250).into()
        );
        assert_eq!(
            unit_price(None, q(-2), eur(-500), eur(0)).unwrap().0,
            eur(250).into()
        );
        let err = unit_price(Some(eur(250)), q(3), eur(800), eur(0)).unwrap_err();
        assert_eq!(err.field(), Some("unit_price"));
        let words = err.to_string();
        assert!(
            words.contains("2.50 EUR") && words.contains("8.00 EUR"),
            "{words}"
        );
        let (unit, off) = unit_price(Some(eur(400)), q(3), eur(1100), eur(100)).unwrap();
        assert_eq!((unit, off), (eur(400).into(), eur(100)));
        let err = unit_price(Some(eur(400)), q(3), eur(1100), eur(50)).unwrap_err();
        assert!(
            err.to_string().contains("less the discount 0.50 EUR"),
            "{err}"
        );
        assert_eq!(
            unit_price(Some(eur(400)), q(-1), eur(-300), eur(100)).unwrap(),
            (eur(300).into(), eur(0))
        );
    }
}
