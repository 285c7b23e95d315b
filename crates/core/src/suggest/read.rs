//! Everything the suggestions need about each customer, read in bulk (the
//! whole shop, one pass per table) or for one customer (indexed reads), and
//! kept unfiltered: [`Facts::at`] cuts it at any day, so the same facts serve
//! "today", another `as_of` and backtests.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Row, ToSql};

use super::SuggestionKind;
use crate::consent::{Channel, ConsentState, ConsentStatus, Purpose};
use crate::customer::Customer;
use crate::frequency::ContactFrequency;
use crate::preference::PreferenceCategory;
use crate::promise::Promise;
use crate::{CustomerId, ProductId, Result};

/// The day of a stored instant (`YYYY-MM-DD...`, UTC).
pub(super) fn day_of(stamp: &str) -> Option<NaiveDate> {
    let b = stamp.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &[u8]| -> Option<u32> {
        s.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(num(&b[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, num(&b[5..7])?, num(&b[8..10])?)
}

/// One remembered preference, as matching needs it.
pub(super) struct Taste {
    /// What kind.
    pub category: PreferenceCategory,
    /// The preference itself.
    pub value: String,
    /// What it applies to, if said.
    pub applies_to: Option<String>,
}

/// The owner's decisions about one customer's suggestions.
#[derive(Default)]
pub(super) struct Hidden {
    /// Keys marked done or dismissed.
    closed: HashSet<String>,
    /// Snoozed keys and the latest day they are hidden until.
    snoozed: HashMap<String, NaiveDate>,
    /// Kinds the customer is not interested in.
    blocked: HashSet<SuggestionKind>,
}

impl Hidden {
    /// Whether the suggestion `key` of `kind` stays hidden on `as_of`.
    pub(super) fn hides(&self, kind: SuggestionKind, key: &str, as_of: NaiveDate) -> bool {
        self.blocked.contains(&kind)
            || self.closed.contains(key)
            || self.snoozed.get(key).is_some_and(|until| as_of < *until)
    }
}

/// Everything recorded about one live customer that a suggestion can depend
/// on, whatever its date; lists are in date order.
pub(super) struct Facts {
    /// The customer.
    pub customer: Customer,
    /// Every live purchase: day and total in minor units, by day.
    pub baskets: Vec<(NaiveDate, i64)>,
    /// Distinct purchase days.
    pub days: Vec<NaiveDate>,
    /// Distinct purchase days per product (catalog lines, no returns), by product id.
    pub products: Vec<(ProductId, Vec<NaiveDate>)>,
    /// The consent ledger in its order: day, channel, purpose, new state.
    pub consents: Vec<(NaiveDate, Channel, Purpose, ConsentState)>,
    /// Their own contact frequency, if they have one.
    pub frequency: Option<ContactFrequency>,
    /// Days of contacts *by a channel* (in-person mentions do not count).
    pub contacts: Vec<NaiveDate>,
    /// Days of follow-ups done (contacts that came from a suggestion, by
    /// any channel or in person), in order.
    pub follow_ups: Vec<NaiveDate>,
    /// Live preferences, most recently noted first, with the day noted.
    pub tastes: Vec<(NaiveDate, Taste)>,
    /// Open promises, oldest first.
    pub promises: Vec<Promise>,
    /// Done, dismissed, snoozed and blocked.
    pub hidden: Hidden,
}

/// The part of a date-ordered list up to the end of `as_of`.
pub(super) fn until<T>(v: &[T], as_of: NaiveDate, day: impl Fn(&T) -> NaiveDate) -> &[T] {
    &v[..v.partition_point(|x| day(x) <= as_of)]
}

impl Facts {
    fn new(customer: Customer) -> Facts {
        Facts {
            customer,
            baskets: Vec::new(),
            days: Vec::new(),
            products: Vec::new(),
            consents: Vec::new(),
            frequency: None,
            contacts: Vec::new(),
            follow_ups: Vec::new(),
            tastes: Vec::new(),
            promises: Vec::new(),
            hidden: Hidden::default(),
        }
    }

    /// Purchase days up to the end of `as_of`.
    pub(super) fn days_at(&self, as_of: NaiveDate) -> &[NaiveDate] {
        until(&self.days, as_of, |d| *d)
    }

    /// Baskets up to the end of `as_of`.
    pub(super) fn baskets_at(&self, as_of: NaiveDate) -> &[(NaiveDate, i64)] {
        until(&self.baskets, as_of, |b| b.0)
    }

    /// Each product bought by the end of `as_of`, with its days up to then.
    pub(super) fn products_at(
        &self,
        as_of: NaiveDate,
    ) -> impl Iterator<Item = (ProductId, &[NaiveDate])> {
        self.products.iter().filter_map(move |(p, days)| {
            let d = until(days, as_of, |d| *d);
            (!d.is_empty()).then_some((*p, d))
        })
    }

    /// Consent per channel and purpose as it stood at the end of `as_of`.
    pub(super) fn consent_at(&self, as_of: NaiveDate) -> Vec<ConsentStatus> {
        let mut out: Vec<ConsentStatus> = Vec::new();
        for &(_, channel, purpose, state) in until(&self.consents, as_of, |c| c.0) {
            match out
                .iter_mut()
                .find(|s| s.channel == channel && s.purpose == purpose)
            {
                Some(s) => s.state = state,
                None => out.push(ConsentStatus {
                    channel,
                    purpose,
                    state,
                    since: None,
                }),
            }
        }
        out
    }

    /// Contacts by a channel after `from` up to the end of `as_of`.
    pub(super) fn contacts_between(&self, from: NaiveDate, as_of: NaiveDate) -> u32 {
        let upto = until(&self.contacts, as_of, |d| *d);
        (upto.len() - upto.partition_point(|d| *d <= from)) as u32
    }

    /// Days of follow-ups done up to the end of `as_of`.
    pub(super) fn follow_ups_at(&self, as_of: NaiveDate) -> &[NaiveDate] {
        until(&self.follow_ups, as_of, |d| *d)
    }

    /// Preferences noted by `as_of`, most recent first.
    pub(super) fn tastes_at(&self, as_of: NaiveDate) -> impl Iterator<Item = &Taste> {
        self.tastes
            .iter()
            .filter(move |(noted, _)| *noted <= as_of)
            .map(|(_, t)| t)
    }

    /// Promises noted by the end of `as_of` and still open.
    pub(super) fn promises_at(&self, as_of: NaiveDate) -> impl Iterator<Item = &Promise> {
        self.promises
            .iter()
            .filter(move |p| p.created_at.date_naive() <= as_of)
    }
}

/// The facts of every live customer (`who` = `None`) or of one, by id.
pub(super) type AllFacts = BTreeMap<CustomerId, Facts>;

/// Runs `sql` (whose `{who}` is replaced by a condition on `{col}`) for all
/// customers or one, calling `each` on every row.
fn each_row(
    conn: &Connection,
    sql: &str,
    col: &str,
    who: Option<CustomerId>,
    mut each: impl FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    let cond = match who {
        Some(_) => format!("{col} = ?1"),
        None => "1".to_string(),
    };
    let mut stmt = conn.prepare_cached(&sql.replace("{who}", &cond))?;
    let args: Vec<&dyn ToSql> = match &who {
        Some(id) => vec![id],
        None => vec![],
    };
    let mut rows = stmt.query(args.as_slice())?;
    while let Some(r) = rows.next()? {
        each(r)?;
    }
    Ok(())
}

/// The text of a column as a `&str` (empty for anything else).
fn text<'r>(r: &'r Row<'_>, i: usize) -> Result<&'r str> {
    Ok(match r.get_ref(i)? {
        ValueRef::Text(t) => std::str::from_utf8(t).unwrap_or(""),
        _ => "",
    })
}

/// Reads the facts of every live customer, or of `who` alone (then the map
/// is empty if they were deleted). One query per table.
pub(super) fn facts(conn: &Connection, who: Option<CustomerId>) -> Result<AllFacts> {
    let mut all: AllFacts = BTreeMap::new();
    each_row(
        conn,
        &format!(
            "SELECT {} FROM customer WHERE deleted_at IS NULL AND {{who}}",
            crate::customer::COLUMNS
        ),
        "id",
        who,
        |r| {
            let c = crate::customer::from_row(r)?;
            all.insert(c.id, Facts::new(c));
            Ok(())
        },
    )?;
    purchases(conn, who, &mut all)?;
    each_row(
        conn,
        "SELECT customer_id, at, channel, purpose, state FROM consent_entry
         WHERE {who} ORDER BY at, id",
        "customer_id",
        who,
        |r| {
            if let (Some(f), Some(day)) = (all.get_mut(&r.get(0)?), day_of(text(r, 1)?)) {
                f.consents.push((day, r.get(2)?, r.get(3)?, r.get(4)?));
            }
            Ok(())
        },
    )?;
    each_row(
        conn,
        "SELECT customer_id, rule FROM contact_frequency WHERE {who}",
        "customer_id",
        who,
        |r| {
            if let Some(f) = all.get_mut(&r.get(0)?) {
                f.frequency = serde_json::from_str(text(r, 1)?).ok();
            }
            Ok(())
        },
    )?;
    each_row(
        conn,
        "SELECT customer_id, at, channel IS NOT NULL, suggestion_ref IS NOT NULL
         FROM contact_log WHERE {who}",
        "customer_id",
        who,
        |r| {
            if let (Some(f), Some(day)) = (all.get_mut(&r.get(0)?), day_of(text(r, 1)?)) {
                if r.get(2)? {
                    f.contacts.push(day);
                }
                if r.get(3)? {
                    f.follow_ups.push(day);
                }
            }
            Ok(())
        },
    )?;
    each_row(
        conn,
        "SELECT customer_id, noted_on, category, value, applies_to FROM preference
         WHERE deleted_at IS NULL AND {who} ORDER BY noted_on DESC, id",
        "customer_id",
        who,
        |r| {
            if let Some(f) = all.get_mut(&r.get(0)?) {
                let taste = Taste {
                    category: r.get(2)?,
                    value: r.get(3)?,
                    applies_to: r.get(4)?,
                };
                f.tastes.push((r.get(1)?, taste));
            }
            Ok(())
        },
    )?;
    each_row(
        conn,
        &format!(
            "SELECT {} FROM promise WHERE resolved IS NULL AND deleted_at IS NULL AND {{who}}
             ORDER BY rowid",
            crate::promise::COLUMNS
        ),
        "customer_id",
        who,
        |r| {
            let p = crate::promise::from_row(r)?;
            if let Some(f) = all.get_mut(&p.customer_id) {
                f.promises.push(p);
            }
            Ok(())
        },
    )?;
    each_row(
        conn,
        "SELECT customer_id, suggestion_key, snoozed_until FROM suggestion_action WHERE {who}",
        "customer_id",
        who,
        |r| {
            if let Some(f) = all.get_mut(&r.get(0)?) {
                let key: String = r.get(1)?;
                match r.get::<_, Option<NaiveDate>>(2)? {
                    Some(until) => {
                        let e = f.hidden.snoozed.entry(key).or_insert(until);
                        *e = (*e).max(until);
                    }
                    None => {
                        f.hidden.closed.insert(key);
                    }
                }
            }
            Ok(())
        },
    )?;
    each_row(
        conn,
        "SELECT customer_id, kind FROM suggestion_kind_block WHERE deleted_at IS NULL AND {who}",
        "customer_id",
        who,
        |r| {
            if let Some(f) = all.get_mut(&r.get(0)?) {
                f.hidden.blocked.insert(r.get(1)?);
            }
            Ok(())
        },
    )?;
    for f in all.values_mut() {
        f.contacts.sort_unstable();
        f.follow_ups.sort_unstable();
    }
    Ok(all)
}

/// Purchases and their catalog lines, in one pass over the purchases (each
/// seeking its lines, which are stored together by purchase id).
fn purchases(conn: &Connection, who: Option<CustomerId>, all: &mut AllFacts) -> Result<()> {
    let mut last: Option<(i64, CustomerId, NaiveDate)> = None;
    each_row(
        conn,
        "SELECT p.rowid, p.customer_id, p.at, p.total_minor, l.product_id FROM purchase p
         LEFT JOIN purchase_line l
                ON l.purchase_id = p.id AND l.product_id IS NOT NULL AND l.is_return = 0
         WHERE p.deleted_at IS NULL AND {who}",
        "p.customer_id",
        who,
        |r| {
            let rowid: i64 = r.get(0)?;
            let (customer, day) = match last {
                Some((id, customer, day)) if id == rowid => (customer, day),
                _ => {
                    let customer: CustomerId = r.get(1)?;
                    let Some(day) = day_of(text(r, 2)?) else {
                        return Ok(());
                    };
                    last = Some((rowid, customer, day));
                    if let Some(f) = all.get_mut(&customer) {
                        f.baskets.push((day, r.get(3)?));
                    }
                    (customer, day)
                }
            };
            let Some(f) = all.get_mut(&customer) else {
                return Ok(());
            };
            if let Some(product) = r.get::<_, Option<ProductId>>(4)? {
                match f.products.iter_mut().rev().find(|(p, _)| *p == product) {
                    Some((_, days)) => days.push(day),
                    None => f.products.push((product, vec![day])),
                }
            }
            Ok(())
        },
    )?;
    for f in all.values_mut() {
        f.baskets.sort_unstable();
        f.days = f.baskets.iter().map(|b| b.0).collect();
        f.days.dedup();
        f.products.sort_unstable_by_key(|p| p.0);
        for (_, days) in &mut f.products {
            days.sort_unstable();
            days.dedup();
        }
    }
    Ok(())
}

/// The day number used by the model (days from the common era).
pub(super) fn day_number(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}
