//! The shop's data as it stood at the end of a day, read in bulk for
//! [`Shop::suggestions`](crate::Shop::suggestions) and the scores.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use rusqlite::Connection;

use crate::consent::{Channel, ConsentState, ConsentStatus, Purpose};
use crate::frequency::ContactFrequency;
use crate::preference::PreferenceCategory;
use crate::{CustomerId, ProductId, Result};

/// Purchase history as of a day.
pub(super) struct History {
    /// Purchase days per customer, sorted and distinct.
    pub days: HashMap<CustomerId, Vec<NaiveDate>>,
    /// Purchase days per customer × product (no returns), sorted and distinct.
    pub products: HashMap<(CustomerId, ProductId), Vec<NaiveDate>>,
    /// Every purchase per customer: day and total in minor units, by day.
    pub baskets: HashMap<CustomerId, Vec<(NaiveDate, i64)>>,
}

/// The day of a stored instant.
pub(super) fn day_of(stamp: &str) -> Option<NaiveDate> {
    stamp.get(..10)?.parse().ok()
}

/// The first instant after `as_of`, as stored, for `at < ?` comparisons.
pub(super) fn end_of(as_of: NaiveDate) -> String {
    format!("{}T00:00:00.000Z", as_of + Duration::days(1))
}

/// Reads purchases up to the end of `until` (all when `None`), and the
/// per-product days too when `with_products`.
pub(super) fn history(
    conn: &Connection,
    until: Option<NaiveDate>,
    with_products: bool,
) -> Result<History> {
    let end = until.map_or_else(|| "9999-12-31T".to_string(), end_of);
    let mut days: HashMap<CustomerId, Vec<NaiveDate>> = HashMap::new();
    let mut baskets: HashMap<CustomerId, Vec<(NaiveDate, i64)>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT customer_id, at, total_minor FROM purchase WHERE deleted_at IS NULL AND at < ?1",
    )?;
    let mut rows = stmt.query([&end])?;
    while let Some(r) = rows.next()? {
        let id: CustomerId = r.get(0)?;
        let at: String = r.get(1)?;
        if let Some(d) = day_of(&at) {
            days.entry(id).or_default().push(d);
            baskets.entry(id).or_default().push((d, r.get(2)?));
        }
    }
    let mut products: HashMap<(CustomerId, ProductId), Vec<NaiveDate>> = HashMap::new();
    if with_products {
        let mut stmt = conn.prepare(
            // CROSS JOIN keeps purchases outside: one pass over them, each
            // seeking its lines, which are stored together by purchase id.
            "SELECT p.customer_id, l.product_id, p.at FROM purchase p
             CROSS JOIN purchase_line l ON l.purchase_id = p.id
             WHERE p.deleted_at IS NULL AND p.at < ?1 AND l.product_id IS NOT NULL
               AND l.is_return = 0",
        )?;
        let mut rows = stmt.query([&end])?;
        while let Some(r) = rows.next()? {
            let id: CustomerId = r.get(0)?;
            let product: ProductId = r.get(1)?;
            let at: String = r.get(2)?;
            if let Some(d) = day_of(&at) {
                products.entry((id, product)).or_default().push(d);
            }
        }
    }
    for v in days.values_mut().chain(products.values_mut()) {
        v.sort_unstable();
        v.dedup();
    }
    for v in baskets.values_mut() {
        v.sort_unstable();
    }
    Ok(History {
        days,
        products,
        baskets,
    })
}

/// Consent per customer as it stood at the end of `as_of`.
pub(super) fn consent(
    conn: &Connection,
    as_of: NaiveDate,
) -> Result<HashMap<CustomerId, Vec<ConsentStatus>>> {
    let mut latest: HashMap<(CustomerId, Channel, Purpose), ConsentState> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT customer_id, channel, purpose, state FROM consent_entry WHERE at < ?1 ORDER BY at, id",
    )?;
    let mut rows = stmt.query([end_of(as_of)])?;
    while let Some(r) = rows.next()? {
        latest.insert((r.get(0)?, r.get(1)?, r.get(2)?), r.get(3)?);
    }
    let mut out: HashMap<CustomerId, Vec<ConsentStatus>> = HashMap::new();
    for ((id, channel, purpose), state) in latest {
        out.entry(id).or_default().push(ConsentStatus {
            channel,
            purpose,
            state,
            since: None,
        });
    }
    Ok(out)
}

/// Each customer's own contact frequency.
pub(super) fn frequencies(conn: &Connection) -> Result<HashMap<CustomerId, ContactFrequency>> {
    let mut stmt = conn.prepare("SELECT customer_id, rule FROM contact_frequency")?;
    let mut rows = stmt.query([])?;
    let mut out = HashMap::new();
    while let Some(r) = rows.next()? {
        let json: String = r.get(1)?;
        if let Ok(rule) = serde_json::from_str(&json) {
            out.insert(r.get(0)?, rule);
        }
    }
    Ok(out)
}

/// Days of contacts *by a channel* per customer up to the end of `as_of`;
/// mentions in person do not count towards the frequency cap.
pub(super) fn contacts(
    conn: &Connection,
    as_of: NaiveDate,
) -> Result<HashMap<CustomerId, Vec<NaiveDate>>> {
    let mut stmt = conn
        .prepare("SELECT customer_id, at FROM contact_log WHERE at < ?1 AND channel IS NOT NULL")?;
    let mut rows = stmt.query([end_of(as_of)])?;
    let mut out: HashMap<CustomerId, Vec<NaiveDate>> = HashMap::new();
    while let Some(r) = rows.next()? {
        let at: String = r.get(1)?;
        if let Some(d) = day_of(&at) {
            out.entry(r.get(0)?).or_default().push(d);
        }
    }
    Ok(out)
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

/// Preferences per customer noted up to `as_of`.
pub(super) fn preferences(
    conn: &Connection,
    as_of: NaiveDate,
) -> Result<HashMap<CustomerId, Vec<Taste>>> {
    let mut stmt = conn.prepare(
        "SELECT customer_id, category, value, applies_to FROM preference
         WHERE deleted_at IS NULL AND noted_on <= ?1 ORDER BY noted_on DESC, id",
    )?;
    let mut rows = stmt.query([as_of])?;
    let mut out: HashMap<CustomerId, Vec<Taste>> = HashMap::new();
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(Taste {
            category: r.get(1)?,
            value: r.get(2)?,
            applies_to: r.get(3)?,
        });
    }
    Ok(out)
}
