//! The contact log: every contact made or received.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::consent::{Channel, Purpose};
use crate::time::{now_stamp, stamp};
use crate::{text, ContactId, CustomerId, Result};

/// The name of a contact made in person (no channel), in the CLI and exports.
pub const IN_PERSON: &str = "in-person";

/// Parses a contact's channel: a [`Channel`] name, or `in-person` (`None`).
pub fn parse_contact_channel(text: &str) -> Result<Option<Channel>> {
    if text.trim().to_lowercase().replace(['_', ' '], "-") == IN_PERSON {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| {
        let names: Vec<&str> = Channel::ALL.iter().map(|c| c.as_str()).collect();
        crate::CoreError::invalid(
            "channel",
            msg!(
                "error-channel-way-contacting-someone",
                text = text.to_string(),
                names = (names.join(", ")).to_string(),
                in_person = IN_PERSON.to_string()
            ),
        )
    })
}

/// A contact's channel as text: its name, or `in-person`.
pub fn contact_channel_name(channel: Option<Channel>) -> &'static str {
    channel.map_or(IN_PERSON, Channel::as_str)
}

/// One logged contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactEntry {
    /// Unique id.
    pub id: ContactId,
    /// With whom.
    pub customer_id: CustomerId,
    /// When.
    pub at: DateTime<Utc>,
    /// How; `None` when it was said in person at the counter.
    pub channel: Option<Channel>,
    /// Why.
    pub purpose: Purpose,
    /// What was said, briefly.
    pub summary: String,
    /// The key of the suggestion it came from, if any ([`crate::Suggestion::key`]).
    pub suggestion_ref: Option<String>,
}

/// A contact to log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewContact {
    /// When (default now).
    pub at: Option<DateTime<Utc>>,
    /// How; `None` when it was said in person at the counter (in-person
    /// mentions do not count towards the customer's contact frequency).
    pub channel: Option<Channel>,
    /// Why.
    pub purpose: Purpose,
    /// What was said; required.
    pub summary: String,
    /// The key of the suggestion it came from ([`crate::Suggestion::key`]).
    pub suggestion_ref: Option<String>,
}

pub(crate) fn insert_in(
    conn: &Connection,
    customer: CustomerId,
    c: &NewContact,
) -> Result<ContactEntry> {
    let summary = text::note(Some(&c.summary), "summary")?.ok_or_else(|| {
        crate::CoreError::invalid("summary", msg!("error-summary-say-briefly-what"))
    })?;
    let entry = ContactEntry {
        id: ContactId::new(),
        customer_id: customer,
        at: c.at.unwrap_or_else(crate::time::now),
        channel: c.channel,
        purpose: c.purpose,
        summary,
        suggestion_ref: text::optional(c.suggestion_ref.as_deref(), "suggestion_ref")?,
    };
    conn.prepare_cached(
        "INSERT INTO contact_log (id, customer_id, at, channel, purpose, summary, suggestion_ref,
            created_at, staff_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, shop_author())",
    )?
    .execute(params![
        entry.id,
        customer,
        stamp(entry.at),
        entry.channel,
        entry.purpose,
        entry.summary,
        entry.suggestion_ref,
        now_stamp()
    ])?;
    Ok(entry)
}

/// A customer's contacts, newest first, at most `limit`.
pub(crate) fn list(
    conn: &Connection,
    customer: CustomerId,
    limit: usize,
) -> Result<Vec<ContactEntry>> {
    let rows = conn
        .prepare_cached(
            "SELECT id, customer_id, at, channel, purpose, summary, suggestion_ref FROM contact_log
             WHERE customer_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2",
        )?
        .query_map(params![customer, limit as i64], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The shop's latest contacts with anyone, newest first, at most `limit`,
/// each with the customer's display name (erased customers are left out).
pub(crate) fn recent(conn: &Connection, limit: usize) -> Result<Vec<(ContactEntry, String)>> {
    let rows = conn
        .prepare_cached(
            "SELECT l.id, l.customer_id, l.at, l.channel, l.purpose, l.summary, l.suggestion_ref,
                    c.display_name
             FROM contact_log l JOIN customer c ON c.id = l.customer_id
             WHERE c.deleted_at IS NULL ORDER BY l.at DESC, l.id DESC LIMIT ?1",
        )?
        .query_map(params![limit as i64], |r| Ok((from_row(r)?, r.get(7)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<ContactEntry> {
    Ok(ContactEntry {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        at: r.get(2)?,
        channel: r.get(3)?,
        purpose: r.get(4)?,
        summary: r.get(5)?,
        suggestion_ref: r.get(6)?,
    })
}
