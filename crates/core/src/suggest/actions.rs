//! What the owner does with a suggestion: done (logged as a contact),
//! snoozed until a day, or dismissed with a reason. Actions stick to the
//! suggestion's [`key`](super::Suggestion::key): a done or dismissed key
//! never comes back, a snoozed one comes back on its day, and "not
//! interested in this kind" stops that kind for the customer until the
//! owner undoes it ([`Shop::unblock_suggestion_kind`]).

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::keys::{parse_key, KeyParts};
use super::SuggestionKind;
use crate::consent::Channel;
use crate::contact::{self, ContactEntry, NewContact};
use crate::kinds::text_enum;
use crate::promise::{self, PromiseStatus};
use crate::time::now_stamp;
use crate::{customer, text, CoreError, CustomerId, PromiseId, Result, Shop};

text_enum!(
    /// Why the owner dismissed a suggestion.
    DismissReason, "reason" {
        /// It does not fit this customer.
        NotRelevant = "not-relevant",
        /// Already taken care of some other way.
        AlreadyHandled = "already-handled",
        /// The customer does not want this kind of message at all: no more
        /// suggestions of this kind for them until the owner undoes it.
        NotInterestedInKind = "not-interested-in-kind",
    }
);

/// Checks a key against its customer (and its promise), before anything is
/// written: it must be well formed, about this customer, not already done
/// or dismissed.
fn check(conn: &Connection, key: &str, customer: CustomerId) -> Result<KeyParts> {
    let parts = parse_key(key)?;
    customer::get(conn, customer)?;
    if parts.customer_id != customer {
        return Err(CoreError::invalid(
            "key",
            msg!("error-key-suggestion-about-another"),
        ));
    }
    let closed: Option<String> = conn
        .query_row(
            "SELECT action FROM suggestion_action
             WHERE customer_id = ?1 AND suggestion_key = ?2 AND action <> 'snoozed' LIMIT 1",
            params![customer, key.trim()],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(action) = closed {
        return Err(CoreError::invalid(
            "key",
            msg!(
                "error-key-suggestion-was-already",
                action = action.to_string()
            ),
        ));
    }
    if let Some(id) = promise_of(key, parts)? {
        let p = promise::get(conn, customer, id)?;
        if p.status != PromiseStatus::Open {
            return Err(CoreError::invalid(
                "key",
                msg!("error-key-promise-already", p = p.status.to_string()),
            ));
        }
    }
    Ok(parts)
}

/// The promise a promised-follow-up key is about.
pub(super) fn promise_of(key: &str, parts: KeyParts) -> Result<Option<PromiseId>> {
    if parts.kind != SuggestionKind::PromisedFollowUp {
        return Ok(None);
    }
    let id = key.trim().rsplit(':').next().unwrap_or_default();
    id.parse()
        .map(Some)
        .map_err(|_| CoreError::invalid("key", msg!("error-key-promise-key-does")))
}

/// Records one action row.
fn record(
    conn: &Connection,
    key: &str,
    parts: KeyParts,
    action: &str,
    detail: (Option<NaiveDate>, Option<DismissReason>),
    note: Option<&str>,
    contact: Option<&ContactEntry>,
) -> Result<()> {
    let now = now_stamp();
    conn.execute(
        "INSERT INTO suggestion_action (id, suggestion_key, customer_id, kind, action,
            snoozed_until, dismiss_reason, note, contact_id, at, created_at, staff_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, shop_author())",
        params![
            uuid::Uuid::now_v7().to_string(),
            key.trim(),
            parts.customer_id,
            parts.kind,
            action,
            detail.0,
            detail.1,
            text::note(note, "note")?,
            contact.map(|c| c.id),
            now
        ],
    )?;
    Ok(())
}

impl Shop {
    /// Marks the suggestion `key` done: logs the contact (linked to the key)
    /// by `channel_used`, or "mentioned in person" when `None` (in-person
    /// mentions do not count towards the frequency cap). An empty `summary`
    /// becomes the kind's plain heading. The key never comes back; a promise
    /// is marked kept.
    pub fn complete_suggestion(
        &mut self,
        key: &str,
        customer: CustomerId,
        channel_used: Option<Channel>,
        summary: &str,
    ) -> Result<ContactEntry> {
        self.write(|tx, _| {
            let parts = check(tx, key, customer)?;
            let summary = match summary.trim() {
                "" => parts.kind.label().to_string(),
                s => s.to_string(),
            };
            let entry = contact::insert_in(
                tx,
                customer,
                &NewContact {
                    at: None,
                    channel: channel_used,
                    purpose: parts.kind.purpose(),
                    summary,
                    suggestion_ref: Some(key.trim().to_string()),
                },
            )?;
            record(tx, key, parts, "done", (None, None), None, Some(&entry))?;
            if let Some(id) = promise_of(key, parts)? {
                promise::resolve_in(tx, id, PromiseStatus::Done)?;
            }
            Ok(entry)
        })
    }

    /// Hides the suggestion `key` until `until` (a day after today); it comes
    /// back on that day if it still applies.
    pub fn snooze_suggestion(
        &mut self,
        key: &str,
        customer: CustomerId,
        until: NaiveDate,
    ) -> Result<()> {
        let today = crate::time::now().date_naive();
        if until <= today {
            return Err(CoreError::invalid(
                "until",
                msg!("error-until-snooze-until-day", until = until.to_string()),
            ));
        }
        self.write(|tx, _| {
            let parts = check(tx, key, customer)?;
            record(tx, key, parts, "snoozed", (Some(until), None), None, None)
        })
    }

    /// Dismisses the suggestion `key` of `kind` for good, with a reason and
    /// an optional note. [`DismissReason::NotInterestedInKind`] also stops
    /// every suggestion of `kind` for this customer until
    /// [`Shop::unblock_suggestion_kind`]. A promise is marked dropped.
    pub fn dismiss_suggestion(
        &mut self,
        key: &str,
        customer: CustomerId,
        kind: SuggestionKind,
        reason: DismissReason,
        note: Option<&str>,
    ) -> Result<()> {
        self.write(|tx, _| {
            let parts = check(tx, key, customer)?;
            if parts.kind != kind {
                return Err(CoreError::invalid(
                    "kind",
                    msg!(
                        "error-kind-suggestion-suggestion-nothing",
                        parts = parts.kind.to_string(),
                        kind = kind.to_string()
                    ),
                ));
            }
            record(
                tx,
                key,
                parts,
                "dismissed",
                (None, Some(reason)),
                note,
                None,
            )?;
            if reason == DismissReason::NotInterestedInKind {
                let now = now_stamp();
                tx.execute(
                    "INSERT OR IGNORE INTO suggestion_kind_block
                        (id, customer_id, kind, note, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                    params![
                        uuid::Uuid::now_v7().to_string(),
                        customer,
                        kind,
                        text::note(note, "note")?,
                        now
                    ],
                )?;
            }
            if let Some(id) = promise_of(key, parts)? {
                promise::resolve_in(tx, id, PromiseStatus::Dismissed)?;
            }
            Ok(())
        })
    }

    /// The kinds of suggestion a customer is not interested in.
    pub fn blocked_suggestion_kinds(&self, customer: CustomerId) -> Result<Vec<SuggestionKind>> {
        customer::get(self.conn(), customer)?;
        let mut kinds = self
            .conn()
            .prepare_cached(
                "SELECT kind FROM suggestion_kind_block WHERE customer_id = ?1 AND deleted_at IS NULL",
            )?
            .query_map([customer], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<SuggestionKind>>>()?;
        kinds.sort_unstable();
        Ok(kinds)
    }

    /// Undoes "not interested in this kind": suggestions of `kind` may come
    /// back for this customer (dismissed keys stay dismissed).
    pub fn unblock_suggestion_kind(
        &mut self,
        customer: CustomerId,
        kind: SuggestionKind,
    ) -> Result<()> {
        self.write(|tx, _| {
            customer::get(tx, customer)?;
            let now = now_stamp();
            let changed = tx.execute(
                "UPDATE suggestion_kind_block SET deleted_at = ?3, updated_at = ?3
                 WHERE customer_id = ?1 AND kind = ?2 AND deleted_at IS NULL",
                params![customer, kind, now],
            )?;
            if changed == 0 {
                return Err(CoreError::NotFound(msg!(
                    "error-not-found-suggestions-were-turned",
                    kind = kind.to_string()
                )));
            }
            Ok(())
        })
    }
}
