//! Follow-ups the owner promised a customer ("I'll ring when the blue 42s
//! arrive"). An open promise is suggested as a [`PromisedFollowUp`] from a
//! few days before it is due, and is resolved through the same actions as
//! any suggestion: done or dismissed.
//!
//! [`PromisedFollowUp`]: crate::SuggestionKind::PromisedFollowUp

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::kinds::text_enum;
use crate::time::{now_stamp, stamp};
use crate::{text, CoreError, CustomerId, PromiseId, Result};

text_enum!(
    /// Where a promise stands.
    PromiseStatus, "status" {
        /// Still to do.
        Open = "open",
        /// Kept: the follow-up was made.
        Done = "done",
        /// Dropped by the owner.
        Dismissed = "dismissed",
    }
);

/// A follow-up the owner promised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promise {
    /// Unique id.
    pub id: PromiseId,
    /// To whom.
    pub customer_id: CustomerId,
    /// What was promised, in the owner's words.
    pub text: String,
    /// By when, if a day was said.
    pub due: Option<NaiveDate>,
    /// Open, done or dismissed.
    pub status: PromiseStatus,
    /// When it was noted.
    pub created_at: DateTime<Utc>,
}

pub(crate) fn insert_in(
    conn: &Connection,
    customer: CustomerId,
    text: &str,
    due: Option<NaiveDate>,
) -> Result<Promise> {
    let promise = Promise {
        id: PromiseId::new(),
        customer_id: customer,
        text: text::required(text, "text", "What you promised")?,
        due,
        status: PromiseStatus::Open,
        created_at: crate::time::now(),
    };
    conn.prepare_cached(
        "INSERT INTO promise (id, customer_id, text, due, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![
        promise.id,
        customer,
        promise.text,
        promise.due,
        stamp(promise.created_at)
    ])?;
    Ok(promise)
}

pub(crate) const COLUMNS: &str =
    "id, customer_id, text, due, coalesce(resolved, 'open'), created_at";

/// A customer's promises: open ones first (soonest due first), then the rest.
pub(crate) fn list(conn: &Connection, customer: CustomerId) -> Result<Vec<Promise>> {
    let rows = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM promise WHERE customer_id = ?1 AND deleted_at IS NULL
             ORDER BY resolved IS NOT NULL, due IS NULL, due, created_at"
        ))?
        .query_map([customer], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// One of the customer's promises, or a plain-words error.
pub(crate) fn get(conn: &Connection, customer: CustomerId, id: PromiseId) -> Result<Promise> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM promise WHERE id = ?1 AND customer_id = ?2 AND deleted_at IS NULL"
    ))?
    .query_row(params![id, customer], from_row)
    .optional()?
    .ok_or_else(|| CoreError::NotFound(msg!("error-not-found-promise-does-exist")))
}

/// Marks an open promise done or dismissed.
pub(crate) fn resolve_in(conn: &Connection, id: PromiseId, status: PromiseStatus) -> Result<()> {
    let now = now_stamp();
    conn.execute(
        "UPDATE promise SET resolved = ?2, resolved_at = ?3, updated_at = ?3
         WHERE id = ?1 AND resolved IS NULL",
        params![id, status, now],
    )?;
    Ok(())
}

pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Promise> {
    Ok(Promise {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        text: r.get(2)?,
        due: r.get(3)?,
        status: r.get(4)?,
        created_at: r.get(5)?,
    })
}

impl crate::Shop {
    /// Notes a follow-up promised to a customer, optionally by a day. It is
    /// suggested as a promised follow-up and resolved with
    /// [`Shop::complete_suggestion`](crate::Shop::complete_suggestion) or
    /// [`Shop::dismiss_suggestion`](crate::Shop::dismiss_suggestion).
    pub fn add_promise(
        &mut self,
        customer: CustomerId,
        text: &str,
        due: Option<NaiveDate>,
    ) -> Result<Promise> {
        self.write(|tx, _| {
            crate::customer::get(tx, customer)?;
            insert_in(tx, customer, text, due)
        })
    }

    /// A customer's promises: open ones first (soonest due first), then kept
    /// and dropped ones.
    pub fn promises(&self, customer: CustomerId) -> Result<Vec<Promise>> {
        crate::customer::get(self.conn(), customer)?;
        list(self.conn(), customer)
    }
}
