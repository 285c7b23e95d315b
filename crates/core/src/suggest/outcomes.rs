//! Did the follow-ups help? For each kind of suggestion: of the follow-ups
//! marked done, how many customers bought within the kind's horizon after
//! the contact; and, for comparison, of the suggestions shown to the owner
//! but never acted on, how many bought within the same horizon after they
//! were first shown.
//!
//! Nothing is stored: outcomes are worked out from the contact log (a
//! contact's `suggestion_ref` names the suggestion and its kind), the
//! record of what Today showed ([`super::shown`]) and the live purchases,
//! every time. So a voided purchase stops counting at once, a corrected one
//! counts by its new date and customer, an erased customer's contacts and
//! showings are gone with them, and after a merge the record kept carries
//! the purchases, contacts and showings of both (a showing still naming the
//! absorbed record is followed to the one kept).
//!
//! A purchase counts when it is live, not a return, and made after the
//! contact (or first showing) and at most the horizon after it. Only
//! follow-ups whose horizon has fully passed by the end of the day before
//! `today` enter the comparison; the rest are counted as still waiting.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{params, Connection};

use super::keys::parse_key;
use super::SuggestionKind;
use crate::time::stamp;
use crate::{CustomerId, Result, Shop};

/// Days after a thank-you in which buying again counts as coming back.
pub const THANK_YOU_HORIZON_DAYS: u32 = 60;
/// After a "running low" note: the product is due, so within a month.
pub const REPLENISHMENT_HORIZON_DAYS: u32 = 30;
/// After a note to a lapsing regular: two months to come back.
pub const LAPSING_HORIZON_DAYS: u32 = 60;
/// After "new in, to their taste": while it is still new, about a month.
pub const TASTE_HORIZON_DAYS: u32 = 30;
/// After a service reminder: two months to bring it in.
pub const SERVICE_HORIZON_DAYS: u32 = 60;
/// After a note about a coming date (at most 21 days ahead): a month.
pub const OCCASION_HORIZON_DAYS: u32 = 30;
/// After keeping a promise ("your size is in"): a month.
pub const PROMISE_HORIZON_DAYS: u32 = 30;

/// How many days after a follow-up of `kind` a purchase counts as coming back.
pub fn horizon_days(kind: SuggestionKind) -> u32 {
    match kind {
        SuggestionKind::ThankYou => THANK_YOU_HORIZON_DAYS,
        SuggestionKind::ReplenishmentDue => REPLENISHMENT_HORIZON_DAYS,
        SuggestionKind::LapsingRegular => LAPSING_HORIZON_DAYS,
        SuggestionKind::MatchesTaste => TASTE_HORIZON_DAYS,
        SuggestionKind::ServiceCheck => SERVICE_HORIZON_DAYS,
        SuggestionKind::Occasion => OCCASION_HORIZON_DAYS,
        SuggestionKind::PromisedFollowUp => PROMISE_HORIZON_DAYS,
    }
}

/// What became of one kind's suggestions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindOutcome {
    /// The kind.
    pub kind: SuggestionKind,
    /// Its horizon ([`horizon_days`]).
    pub horizon_days: u32,
    /// Follow-ups marked done whose horizon has passed.
    pub done: usize,
    /// Of those, customers who bought within the horizon after the contact.
    pub done_came_back: usize,
    /// Suggestions shown but never marked done (nor dismissed as already
    /// handled) whose horizon, counted from the first showing, has passed.
    pub not_contacted: usize,
    /// Of those, customers who bought within the horizon after the showing.
    pub not_contacted_came_back: usize,
    /// Follow-ups marked done whose horizon has not passed yet.
    pub waiting: usize,
    /// Of those, customers who have bought since the contact already.
    pub waiting_came_back: usize,
}

impl KindOutcome {
    fn new(kind: SuggestionKind) -> KindOutcome {
        KindOutcome {
            kind,
            horizon_days: horizon_days(kind),
            done: 0,
            done_came_back: 0,
            not_contacted: 0,
            not_contacted_came_back: 0,
            waiting: 0,
            waiting_came_back: 0,
        }
    }
}

/// A follow-up done or a suggestion shown: of what kind, to whom, when.
struct Event {
    kind: SuggestionKind,
    customer: CustomerId,
    at: DateTime<Utc>,
}

/// Each follow-up marked done: the first contact naming each suggestion key.
fn done(conn: &Connection) -> Result<Vec<Event>> {
    let mut first: HashMap<String, Event> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT suggestion_ref, customer_id, at FROM contact_log WHERE suggestion_ref IS NOT NULL",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let key: String = r.get(0)?;
        let Ok(parts) = parse_key(&key) else {
            continue;
        };
        let e = Event {
            kind: parts.kind,
            customer: r.get(1)?,
            at: r.get(2)?,
        };
        match first.get(&key) {
            Some(seen) if seen.at <= e.at => {}
            _ => {
                first.insert(key, e);
            }
        }
    }
    Ok(first.into_values().collect())
}

/// Each suggestion shown and never acted on: no contact names its key, and
/// it was not dismissed as already handled (that is a contact by other means).
fn shown_not_contacted(conn: &Connection) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare(
        "SELECT s.kind, s.customer_id, s.shown_at FROM suggestion_shown s
         WHERE NOT EXISTS (SELECT 1 FROM contact_log l WHERE l.suggestion_ref = s.suggestion_key)
           AND NOT EXISTS (SELECT 1 FROM suggestion_action a
                           WHERE a.suggestion_key = s.suggestion_key
                             AND a.dismiss_reason = 'already-handled')",
    )?;
    let events = stmt
        .query_map([], |r| {
            Ok(Event {
                kind: r.get(0)?,
                customer: r.get(1)?,
                at: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(events)
}

/// The record each merged record now lives on (following merges of merges).
fn merged(conn: &Connection) -> Result<HashMap<CustomerId, CustomerId>> {
    let direct: HashMap<CustomerId, CustomerId> = conn
        .prepare("SELECT id, merged_into FROM customer WHERE merged_into IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let kept = |mut id: CustomerId| {
        for _ in 0..=direct.len() {
            match direct.get(&id) {
                Some(next) => id = *next,
                None => break,
            }
        }
        id
    };
    Ok(direct.keys().map(|id| (*id, kept(*id))).collect())
}

/// Whether `customer` made a live purchase, not a return, after `from` and
/// by `to`.
fn bought(conn: &Connection, customer: CustomerId, from: &str, to: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM purchase
             WHERE customer_id = ?1 AND at > ?2 AND at <= ?3
               AND deleted_at IS NULL AND is_refund = 0)",
        )?
        .query_row(params![customer, from, to], |r| r.get(0))?)
}

impl Shop {
    /// What became of the suggestions, per kind (in [`SuggestionKind::ALL`]
    /// order, kinds with nothing to tell left out), as seen on `today`: see
    /// the module's documentation.
    pub fn suggestion_outcomes(&self, today: NaiveDate) -> Result<Vec<KindOutcome>> {
        let conn = self.conn();
        let merged = merged(conn)?;
        let mut out: BTreeMap<usize, KindOutcome> = BTreeMap::new();
        let done = done(conn)?.into_iter().map(|e| (e, true));
        let shown = shown_not_contacted(conn)?.into_iter().map(|e| (e, false));
        for (e, contacted) in done.chain(shown) {
            let horizon = horizon_days(e.kind);
            let customer = merged.get(&e.customer).copied().unwrap_or(e.customer);
            let end = e.at + Duration::days(i64::from(horizon));
            let came_back = bought(conn, customer, &stamp(e.at), &stamp(end))?;
            let passed = e.at.date_naive() + Duration::days(i64::from(horizon)) < today;
            let order = SuggestionKind::ALL.iter().position(|k| *k == e.kind);
            let o = out
                .entry(order.unwrap_or(usize::MAX))
                .or_insert_with(|| KindOutcome::new(e.kind));
            let (count, back) = match (passed, contacted) {
                (true, true) => (&mut o.done, &mut o.done_came_back),
                (true, false) => (&mut o.not_contacted, &mut o.not_contacted_came_back),
                (false, true) => (&mut o.waiting, &mut o.waiting_came_back),
                (false, false) => continue,
            };
            *count += 1;
            *back += usize::from(came_back);
        }
        out.retain(|_, o| o.done + o.not_contacted + o.waiting > 0);
        Ok(out.into_values().collect())
    }
}

impl Shop {
    /// Each live customer's days of follow-ups done up to the end of
    /// `as_of`, in order (customers without any left out): what the ranker
    /// takes as [`shopkeeper_suggest::ranker::History::follow_ups`].
    pub fn follow_up_days(&self, as_of: NaiveDate) -> Result<BTreeMap<CustomerId, Vec<NaiveDate>>> {
        self.with_facts(|facts| {
            Ok(facts
                .iter()
                .map(|(id, f)| (*id, f.follow_ups_at(as_of).to_vec()))
                .filter(|(_, days)| !days.is_empty())
                .collect())
        })
    }
}
