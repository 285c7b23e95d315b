//! Promised follow-ups: what the owner said they would do for a customer.

use chrono::Duration;

use super::words::short_date;
use super::{keys, Context, Found, SuggestionKind};
use crate::customer::Customer;

/// An open promise with a due day is suggested from this many days before it.
pub const PROMISE_LEAD_DAYS: i64 = 3;

/// The customer's open promises that are due (or have no day), noted by `as_of`.
pub(super) fn find(cx: &Context, customer: &Customer, first: &str) -> Vec<Found> {
    cx.promises
        .iter()
        .copied()
        .filter(|p| {
            p.due
                .is_none_or(|d| cx.as_of >= d - Duration::days(PROMISE_LEAD_DAYS))
        })
        .map(|p| {
            let promise = p.text.as_str();
            let (reason, score) = match p.due {
                None => (msg!("reason-promised", first = first, promise = promise), 0.7),
                Some(d) if d < cx.as_of => (
                    msg!(
                        "reason-promised-overdue",
                        first = first,
                        promise = promise,
                        date = short_date(d)
                    ),
                    0.95,
                ),
                Some(d) => (
                    msg!(
                        "reason-promised-due",
                        first = first,
                        promise = promise,
                        date = short_date(d)
                    ),
                    0.9,
                ),
            };
            let mut inputs = vec![
                ("promise".into(), p.text.clone()),
                ("promise_id".into(), p.id.to_string()),
                ("noted_on".into(), p.created_at.date_naive().to_string()),
            ];
            if let Some(d) = p.due {
                inputs.push(("due".into(), d.to_string()));
            }
            Found {
                kind: SuggestionKind::PromisedFollowUp,
                key: keys::make(
                    SuggestionKind::PromisedFollowUp,
                    customer.id,
                    &[&p.id.to_string()],
                ),
                reason,
                inputs,
                rule: "promised-follow-up: an open promise with no due day, or from 3 days before its due day",
                score,
            }
        })
        .collect()
}
