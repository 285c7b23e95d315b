//! Taking back a snooze or a dismissal: the undo the app offers for a few
//! seconds after each. The action's row goes (the sync sees it removed), a
//! "not interested in this kind" stop made with it is lifted, and a promise
//! it dropped is open again, so the suggestion is back as it was. "Done" is
//! not taken back: it wrote the contact log, the customer's own history.

use rusqlite::{params, OptionalExtension};

use super::actions::{promise_of, DismissReason};
use super::keys::parse_key;
use crate::time::now_stamp;
use crate::{CoreError, CustomerId, Result, Shop};

impl Shop {
    /// Takes back the latest snooze or dismissal of suggestion `key` (about
    /// `customer`); refused when its latest action was "done", or there is
    /// none.
    pub fn undo_suggestion_action(&mut self, key: &str, customer: CustomerId) -> Result<()> {
        let parts = parse_key(key)?;
        if parts.customer_id != customer {
            return Err(CoreError::invalid(
                "key",
                msg!("error-key-suggestion-about-another"),
            ));
        }
        self.write(|tx, _| {
            let latest: Option<(String, String, Option<DismissReason>)> = tx
                .query_row(
                    "SELECT id, action, dismiss_reason FROM suggestion_action
                     WHERE customer_id = ?1 AND suggestion_key = ?2
                     ORDER BY created_at DESC, id DESC LIMIT 1",
                    params![customer, key.trim()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let (id, reason) = match latest {
                Some((id, action, reason)) if action != "done" => (id, reason),
                _ => return Err(CoreError::NotFound(msg!("error-undo-nothing"))),
            };
            tx.execute("DELETE FROM suggestion_action WHERE id = ?1", [&id])?;
            let now = now_stamp();
            if reason == Some(DismissReason::NotInterestedInKind) {
                tx.execute(
                    "UPDATE suggestion_kind_block SET deleted_at = ?3, updated_at = ?3
                     WHERE customer_id = ?1 AND kind = ?2 AND deleted_at IS NULL",
                    params![customer, parts.kind, now],
                )?;
            }
            if let (Some(_), Some(promise)) = (reason, promise_of(key, parts)?) {
                tx.execute(
                    "UPDATE promise SET resolved = NULL, resolved_at = NULL, updated_at = ?2
                     WHERE id = ?1 AND resolved = 'dismissed'",
                    params![promise, now],
                )?;
            }
            Ok(())
        })
    }
}
