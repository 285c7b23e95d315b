//! Voiding and correcting a recorded purchase, and the history of both.
//!
//! A void keeps the purchase on record, marked with when (`deleted_at`, so
//! every figure leaves it out) and why. A correction changes the lines
//! (quantities, prices, descriptions), the date or the customer in place.
//! Each is written to `purchase_change` (what changed, when, by whom), in
//! the same transaction. Both sync like any change: last writer wins per
//! field, and every computer settles the totals of the purchases a change
//! file touched from their merged lines ([`settle_totals`]), so two
//! corrections made at once on two computers still add up.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::changes::local;
use crate::kinds::text_enum;
use crate::money::{Currency, Money, UnitPrice};
use crate::purchase::{self, NewLine, Purchase, PurchaseLine, Writer, MAX_LINES};
use crate::quantity::Quantity;
use crate::time::{now, stamp};
use crate::{customer, search, text, CoreError, CustomerId, PurchaseId, Result, Shop};

/// The author of every change until the shop has staff accounts.
pub const OWNER_AUTHOR: &str = "owner";

text_enum!(
    /// What a change to a purchase was.
    ChangeKind, "kind" {
        /// The purchase was voided.
        Void = "void",
        /// The purchase was corrected.
        Correct = "correct",
    }
);

/// One detail of a purchase as it was and as it became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// `date`, `customer` or `line N` (counting from 1).
    pub field: String,
    /// Before (`None`: there was no such line).
    pub before: Option<String>,
    /// After (`None`: the line was removed).
    pub after: Option<String>,
}

/// One entry of a purchase's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseChange {
    /// Unique id (UUIDv7).
    pub id: String,
    /// The purchase.
    pub purchase_id: PurchaseId,
    /// When.
    pub at: DateTime<Utc>,
    /// A void or a correction.
    pub kind: ChangeKind,
    /// Who ([`OWNER_AUTHOR`] until the shop has staff accounts).
    pub author: String,
    /// The computer it was made on (its sync name), when sync is on.
    pub computer: Option<String>,
    /// Why, as the owner said it.
    pub reason: Option<String>,
    /// What changed (empty for a void).
    pub changes: Vec<FieldChange>,
}

/// A correction: every part given replaces the recorded one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Correction {
    /// The right date and time.
    pub at: Option<DateTime<Utc>>,
    /// The right customer.
    pub customer: Option<CustomerId>,
    /// The right lines (all of them, in order).
    pub lines: Option<Vec<NewLine>>,
    /// Why, if the owner says.
    pub reason: Option<String>,
}

impl Shop {
    /// One purchase with its lines, voided or not.
    pub fn purchase(&self, id: PurchaseId) -> Result<Purchase> {
        purchase::get(self.conn(), id)
    }

    /// Voids a purchase: it stays on record, marked void with now and
    /// `reason`, and counts nowhere from now on. Refuses a purchase already
    /// voided and an empty reason.
    pub fn void_purchase(&mut self, id: PurchaseId, reason: &str) -> Result<Purchase> {
        self.write(|tx, _| void_in(tx, id, reason))
    }

    /// Corrects a purchase (lines, date, customer); refuses a voided one
    /// and a correction that changes nothing.
    pub fn correct_purchase(&mut self, id: PurchaseId, c: &Correction) -> Result<Purchase> {
        self.write(|tx, s| correct_in(tx, id, c, s.currency))
    }

    /// A purchase's voids and corrections, oldest first.
    pub fn purchase_history(&self, id: PurchaseId) -> Result<Vec<PurchaseChange>> {
        history(self.conn(), id)
    }
}

fn void_in(conn: &Connection, id: PurchaseId, reason: &str) -> Result<Purchase> {
    let p = purchase::get(conn, id)?;
    if p.void.is_some() {
        return Err(CoreError::invalid(
            "purchase",
            msg!("error-purchase-purchase-already-void"),
        ));
    }
    let reason = text::note(Some(reason), "reason")?
        .ok_or_else(|| CoreError::invalid("reason", msg!("error-reason-say-why-purchase")))?;
    let at = stamp(now());
    conn.execute(
        "UPDATE purchase SET deleted_at = ?2, void_reason = ?3, updated_at = ?2 WHERE id = ?1",
        params![id, at, reason],
    )?;
    record(
        conn,
        &p,
        p.customer_id,
        ChangeKind::Void,
        Some(&reason),
        &[],
    )?;
    search::reindex(conn, p.customer_id)?;
    purchase::get(conn, id)
}

fn correct_in(
    conn: &Connection,
    id: PurchaseId,
    c: &Correction,
    currency: Currency,
) -> Result<Purchase> {
    let p = purchase::get(conn, id)?;
    if p.void.is_some() {
        return Err(CoreError::invalid(
            "purchase",
            msg!("error-purchase-voided-purchase-corrected"),
        ));
    }
    let lines = match &c.lines {
        Some(new) if new.is_empty() || new.len() > MAX_LINES => {
            return Err(CoreError::invalid(
                "lines",
                msg!(
                    "error-lines-purchase-needs-lines",
                    max_lines = MAX_LINES.to_string()
                ),
            ))
        }
        Some(new) => new
            .iter()
            .map(|l| purchase::validate_line(conn, l, currency))
            .collect::<Result<Vec<_>>>()?,
        None => p.lines.clone(),
    };
    let customer = c.customer.unwrap_or(p.customer_id);
    if customer != p.customer_id {
        customer::get(conn, customer)?;
    }
    let at = c.at.unwrap_or(p.at);
    let mut changes = Vec::new();
    if at != p.at {
        changes.push(change("date", Some(stamp(p.at)), Some(stamp(at))));
    }
    if customer != p.customer_id {
        changes.push(change(
            "customer",
            Some(p.customer_id.to_string()),
            Some(customer.to_string()),
        ));
    }
    for i in 0..lines.len().max(p.lines.len()) {
        let (before, after) = (p.lines.get(i), lines.get(i));
        if before != after {
            changes.push(change(
                &format!("line {}", i + 1),
                before.map(describe),
                after.map(describe),
            ));
        }
    }
    if changes.is_empty() {
        return Err(CoreError::invalid(
            "correction",
            msg!("error-correction-nothing-correct-purchase"),
        ));
    }
    let total = lines
        .iter()
        .try_fold(Money::zero(currency), |sum, l| sum.checked_add(l.total))?;
    conn.execute(
        "UPDATE purchase SET at = ?2, customer_id = ?3, total_minor = ?4, updated_at = ?5 WHERE id = ?1",
        params![id, stamp(at), customer, total.minor, stamp(now())],
    )?;
    write_lines(conn, id, &p.lines, &lines)?;
    if customer != p.customer_id {
        conn.execute(
            "UPDATE purchase_change SET customer_id = ?2 WHERE purchase_id = ?1",
            params![id, customer],
        )?;
        search::reindex(conn, p.customer_id)?;
    }
    let reason = text::note(c.reason.as_deref(), "reason")?;
    record(
        conn,
        &p,
        customer,
        ChangeKind::Correct,
        reason.as_deref(),
        &changes,
    )?;
    search::reindex(conn, customer)?;
    purchase::get(conn, id)
}

/// Writes only the lines that changed: an update, a new line, a removal.
fn write_lines(
    conn: &Connection,
    id: PurchaseId,
    old: &[PurchaseLine],
    new: &[PurchaseLine],
) -> Result<()> {
    let mut writer = Writer::new(conn)?;
    for (i, l) in new.iter().enumerate() {
        match old.get(i) {
            Some(o) if o == l => {}
            Some(_) => {
                conn.prepare_cached(
                    "UPDATE purchase_line SET product_id = ?3, description = ?4, quantity = ?5,
                        unit_minor = ?6, discount_minor = ?7, total_minor = ?8, is_return = ?9
                     WHERE purchase_id = ?1 AND position = ?2",
                )?
                .execute(params![
                    id,
                    i as i64,
                    l.product_id,
                    l.description,
                    l.quantity,
                    l.unit_price.minor_text(),
                    l.discount.minor,
                    l.total.minor,
                    l.is_return
                ])?;
            }
            None => writer.line(id, i, l)?,
        }
    }
    conn.execute(
        "DELETE FROM purchase_line WHERE purchase_id = ?1 AND position >= ?2",
        params![id, new.len() as i64],
    )?;
    Ok(())
}

/// A line in words for the history: `0.5 × Comté @ 24.00 EUR = 12.00 EUR`.
fn describe(l: &PurchaseLine) -> String {
    let discount = if l.discount.minor == 0 {
        String::new()
    } else {
        format!(" − {}", l.discount)
    };
    format!(
        "{} × {} @ {}{discount} = {}",
        l.quantity, l.description, l.unit_price, l.total
    )
}

fn change(field: &str, before: Option<String>, after: Option<String>) -> FieldChange {
    FieldChange {
        field: field.into(),
        before,
        after,
    }
}

fn record(
    conn: &Connection,
    p: &Purchase,
    customer: CustomerId,
    kind: ChangeKind,
    reason: Option<&str>,
    changes: &[FieldChange],
) -> Result<()> {
    let computer = match local::get(conn, local::KEY)? {
        Some(_) => local::get(conn, local::NAME)?,
        None => None,
    };
    conn.execute(
        "INSERT INTO purchase_change (id, purchase_id, customer_id, at, kind, author, computer, reason, changes)
         VALUES (?1, ?2, ?3, ?4, ?5, coalesce(shop_author(), ?6), ?7, ?8, ?9)",
        params![
            uuid::Uuid::now_v7().to_string(),
            p.id,
            customer,
            stamp(now()),
            kind.as_str(),
            OWNER_AUTHOR,
            computer,
            reason,
            serde_json::to_string(changes).expect("plain data serializes"),
        ],
    )?;
    Ok(())
}

fn history(conn: &Connection, id: PurchaseId) -> Result<Vec<PurchaseChange>> {
    let rows = conn
        .prepare_cached(
            "SELECT id, purchase_id, at, kind, author, computer, reason, changes
             FROM purchase_change WHERE purchase_id = ?1 ORDER BY at, id",
        )?
        .query_map([id], |r| {
            let kind: String = r.get(3)?;
            let changes: String = r.get(7)?;
            Ok(PurchaseChange {
                id: r.get(0)?,
                purchase_id: r.get(1)?,
                at: r.get(2)?,
                kind: kind.parse().unwrap_or(ChangeKind::Correct),
                author: r.get(4)?,
                computer: r.get(5)?,
                reason: r.get(6)?,
                changes: serde_json::from_str(&changes).unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Makes the totals of purchase `id` what its lines say: each line's total
/// from its unit price, quantity and discount, the purchase's from its
/// lines. Run on the purchases a change file touched, after merging it:
/// corrections of different lines made at once on two computers each win
/// their own fields, and the totals follow from the merged lines, the same
/// on every computer.
pub(crate) fn settle_totals(conn: &Connection, id: &str) -> Result<()> {
    let Some((total, currency)) = conn
        .prepare_cached("SELECT total_minor, currency FROM purchase WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .optional()?
    else {
        return Ok(());
    };
    let currency = Currency::parse(&currency)?;
    let lines: Vec<(i64, Quantity, String, i64, i64)> = conn
        .prepare_cached(
            "SELECT position, quantity, unit_minor, discount_minor, total_minor
             FROM purchase_line WHERE purchase_id = ?1",
        )?
        .query_map([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut sum = 0_i64;
    for (position, quantity, unit, discount, stored) in &lines {
        let settled = UnitPrice::from_minor_text(unit, currency)
            .and_then(|u| u.times(*quantity).ok())
            .and_then(|g| g.minor.checked_sub(*discount))
            .unwrap_or(*stored);
        if settled != *stored {
            conn.prepare_cached(
                "UPDATE purchase_line SET total_minor = ?3 WHERE purchase_id = ?1 AND position = ?2",
            )?
            .execute(params![id, position, settled])?;
        }
        sum = sum.saturating_add(settled);
    }
    if sum != total && !lines.is_empty() {
        conn.prepare_cached("UPDATE purchase SET total_minor = ?2 WHERE id = ?1")?
            .execute(params![id, sum])?;
    }
    Ok(())
}
