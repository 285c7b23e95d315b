//! Suggestions kept in memory and brought up to date incrementally.
//!
//! The first [`Shop::suggestions`] reads the whole shop once ([`read::facts`])
//! and installs TEMP triggers (in this connection's in-memory temp schema,
//! never in the vault) that note in `temp.suggest_dirty` every customer
//! whose rows change: customer, purchase and its lines, consent ledger,
//! contact frequency, contact log, preferences, promises and the owner's
//! actions on suggestions (both the old and the new customer of a moved
//! row, so merges are covered). A catalog change notes `*`. Writes that
//! roll back take their notes with them.
//!
//! Each later call then re-reads only the noted customers (indexed reads)
//! and recomputes only their suggestions against the cached shop-wide
//! [`Wide`] model. No suggestion depends on another customer's data except
//! through that model (households do not enter suggestions). The model is
//! refitted lazily: when `as_of` changes (a new day), when the catalog or
//! the currency or default contact frequency change, and on
//! [`SuggestionRefresh::Refit`]; within a day it does not follow every new
//! purchase (one purchase moves the BG/NBD fit, the medians and the 95th
//! percentile basket by far less than their own sampling error). Bulk
//! writes (imports, the demo) drop the cache and its triggers first, so
//! they pay nothing for it, and the next call reads the shop again.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::Connection;

use super::order::Ranking;
use super::read::{self, AllFacts};
use super::{for_customer, quality, Suggestion, Wide};
use crate::{CustomerId, Result, Settings, Shop};

/// How much of the kept work the next [`Shop::suggestions`] redoes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionRefresh {
    /// Recompute every customer's suggestions against the kept shop-wide
    /// model (what a change of catalog or settings does).
    Everyone,
    /// Refit the shop-wide model and recompute everyone (what a new day does).
    Refit,
    /// Forget everything and read the whole shop again (what the first
    /// call after unlocking does).
    Reload,
}

/// The tables whose rows belong to one customer through `customer_id`.
const CUSTOMER_TABLES: &[&str] = &[
    "purchase",
    "consent_entry",
    "contact_frequency",
    "contact_log",
    "preference",
    "promise",
    "suggestion_action",
    "suggestion_kind_block",
];

/// What `temp.suggest_dirty` holds for "the catalog changed".
const EVERYONE: &str = "*";

/// Notes `who` (an SQL expression) as changed, once.
fn note(who: &str) -> String {
    format!(
        "INSERT INTO temp.suggest_dirty (customer_id) SELECT {who} \
         WHERE NOT EXISTS (SELECT 1 FROM temp.suggest_dirty WHERE customer_id = {who});"
    )
}

/// The statements that create the dirty table and its triggers.
fn install_sql() -> String {
    let mut sql = vec![
        "CREATE TEMP TABLE IF NOT EXISTS suggest_dirty (customer_id TEXT PRIMARY KEY);".to_string(),
        "DELETE FROM temp.suggest_dirty;".to_string(),
    ];
    let mut trigger = |name: String, event: &str, table: &str, body: String| {
        sql.push(format!(
            "CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER {event} ON main.{table} BEGIN {body} END;"
        ));
    };
    let line_owner =
        |row: &str| format!("(SELECT customer_id FROM main.purchase WHERE id = {row}.purchase_id)");
    for (table, col) in CUSTOMER_TABLES
        .iter()
        .map(|t| (*t, "customer_id"))
        .chain([("customer", "id")])
    {
        let new = format!("NEW.{col}");
        let old = format!("OLD.{col}");
        trigger(format!("suggest_{table}_in"), "INSERT", table, note(&new));
        trigger(
            format!("suggest_{table}_up"),
            "UPDATE",
            table,
            note(&old) + &note(&new),
        );
        trigger(format!("suggest_{table}_out"), "DELETE", table, note(&old));
    }
    let (new, old) = (line_owner("NEW"), line_owner("OLD"));
    trigger(
        "suggest_line_in".into(),
        "INSERT",
        "purchase_line",
        note(&new),
    );
    trigger(
        "suggest_line_up".into(),
        "UPDATE",
        "purchase_line",
        note(&old) + &note(&new),
    );
    trigger(
        "suggest_line_out".into(),
        "DELETE",
        "purchase_line",
        note(&old),
    );
    let everyone = note(&format!("'{EVERYONE}'"));
    for event in ["INSERT", "UPDATE", "DELETE"] {
        trigger(
            format!("suggest_product_{}", event.to_lowercase()),
            event,
            "product",
            everyone.clone(),
        );
    }
    sql.join("\n")
}

/// The names of every trigger [`install_sql`] creates.
fn trigger_names() -> Vec<String> {
    let mut names: Vec<String> = CUSTOMER_TABLES
        .iter()
        .copied()
        .chain(["customer", "line"])
        .flat_map(|t| ["in", "up", "out"].map(|e| format!("suggest_{t}_{e}")))
        .collect();
    names.extend(["insert", "update", "delete"].map(|e| format!("suggest_product_{e}")));
    names
}

/// Runs `f` in one transaction on `conn` (its reads see one state of the shop).
fn in_transaction<T>(conn: &Connection, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let tx = conn.unchecked_transaction()?;
    let out = f()?;
    tx.commit()?;
    Ok(out)
}

/// The shop's data and suggestions, kept between calls.
pub(crate) struct SuggestCache {
    facts: AllFacts,
    /// The shop-wide model, fitted for one day.
    wide: Option<Wide>,
    /// Every live customer's suggestions at `wide.as_of` (only those with some).
    found: HashMap<CustomerId, Vec<Suggestion>>,
    /// Customers whose facts changed since their suggestions were computed.
    changed: BTreeSet<CustomerId>,
    /// Recompute everyone (the catalog changed, or asked to).
    everyone: bool,
}

impl SuggestCache {
    /// Installs the triggers and reads the whole shop, in one transaction.
    fn load(conn: &Connection) -> Result<SuggestCache> {
        in_transaction(conn, || {
            conn.execute_batch(&install_sql())?;
            Ok(SuggestCache {
                facts: read::facts(conn, None)?,
                wide: None,
                found: HashMap::new(),
                changed: BTreeSet::new(),
                everyone: true,
            })
        })
    }

    /// The kept cache in `slot` (read now if there is none), caught up.
    fn current<'a>(
        slot: &'a mut Option<SuggestCache>,
        conn: &Connection,
    ) -> Result<&'a mut SuggestCache> {
        let cache = match slot {
            Some(c) => c,
            None => slot.insert(SuggestCache::load(conn)?),
        };
        cache.catch_up(conn)?;
        Ok(cache)
    }

    /// Fits the shop-wide model for `as_of` unless the kept one still fits.
    fn fit_for(&mut self, conn: &Connection, settings: &Settings, as_of: NaiveDate) -> Result<()> {
        if self.wide.as_ref().is_none_or(|w| !w.fits(as_of, settings)) {
            let products = crate::catalog::list(conn)?;
            self.wide = Some(Wide::fit(&self.facts, products, settings, as_of));
            self.everyone = true;
        }
        Ok(())
    }

    /// Re-reads the customers noted since the last call and adds them to
    /// [`SuggestCache::changed`].
    fn catch_up(&mut self, conn: &Connection) -> Result<()> {
        in_transaction(conn, || {
            let noted: Vec<String> = conn
                .prepare_cached("SELECT customer_id FROM temp.suggest_dirty")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if noted.is_empty() {
                return Ok(());
            }
            conn.execute("DELETE FROM temp.suggest_dirty", [])?;
            for who in noted {
                if who == EVERYONE {
                    self.everyone = true;
                    self.wide = None;
                    continue;
                }
                let Ok(id) = who.parse::<CustomerId>() else {
                    continue;
                };
                self.facts.remove(&id);
                self.facts.extend(read::facts(conn, Some(id))?);
                self.changed.insert(id);
            }
            Ok(())
        })
    }
}

impl Shop {
    /// Says how much of the kept suggestion work the next
    /// [`Shop::suggestions`] redoes (benchmarks, and checking that the
    /// incremental answer equals a full one).
    pub fn refresh_suggestions(&self, how: SuggestionRefresh) -> Result<()> {
        let mut cache = self.suggest_cache.borrow_mut();
        match (how, cache.as_mut()) {
            (SuggestionRefresh::Reload, _) | (_, None) => {
                *cache = None;
                let drops: String = trigger_names()
                    .iter()
                    .map(|t| format!("DROP TRIGGER IF EXISTS temp.{t};"))
                    .collect();
                self.conn()
                    .execute_batch(&format!("{drops} DROP TABLE IF EXISTS temp.suggest_dirty;"))?;
            }
            (SuggestionRefresh::Refit, Some(c)) => {
                c.wide = None;
                c.everyone = true;
            }
            (SuggestionRefresh::Everyone, Some(c)) => c.everyone = true,
        }
        Ok(())
    }

    /// Brings the kept suggestions up to date for `as_of` and hands them,
    /// per customer, to `f`.
    pub(super) fn with_suggestions<T>(
        &self,
        as_of: NaiveDate,
        f: impl FnOnce(&HashMap<CustomerId, Vec<Suggestion>>) -> T,
    ) -> Result<T> {
        let mut slot = self.suggest_cache.borrow_mut();
        let cache = SuggestCache::current(&mut slot, self.conn())?;
        cache.fit_for(self.conn(), self.settings(), as_of)?;
        let wide = cache.wide.as_ref().expect("fitted above");
        let changed = std::mem::take(&mut cache.changed);
        if cache.everyone {
            cache.found = cache
                .facts
                .iter()
                .map(|(id, facts)| (*id, for_customer(wide, facts)))
                .filter(|(_, found)| !found.is_empty())
                .collect();
            cache.everyone = false;
        } else {
            for id in changed {
                match cache.facts.get(&id).map(|facts| for_customer(wide, facts)) {
                    Some(found) if !found.is_empty() => cache.found.insert(id, found),
                    _ => cache.found.remove(&id),
                };
            }
        }
        Ok(f(&cache.found))
    }

    /// Brings the kept facts up to date and hands them to `f` with the
    /// ranking at `as_of` for `horizon_days`: for Today's horizon
    /// ([`quality::HORIZON_DAYS`]) the very ranking Today uses (kept for the
    /// day), for another one a fit of its own.
    pub(super) fn with_ranking<T>(
        &self,
        as_of: NaiveDate,
        horizon_days: u32,
        f: impl FnOnce(&Ranking, &AllFacts) -> Result<T>,
    ) -> Result<T> {
        let mut slot = self.suggest_cache.borrow_mut();
        let cache = SuggestCache::current(&mut slot, self.conn())?;
        if horizon_days != quality::HORIZON_DAYS {
            return f(
                &Ranking::fit(&cache.facts, as_of, horizon_days),
                &cache.facts,
            );
        }
        cache.fit_for(self.conn(), self.settings(), as_of)?;
        let wide = cache.wide.as_ref().expect("fitted above");
        f(&wide.ranking, &cache.facts)
    }

    /// Brings the kept facts up to date and hands them to `f` (scores and
    /// backtests, which fit their own model at their own cut-off).
    pub(super) fn with_facts<T>(&self, f: impl FnOnce(&AllFacts) -> Result<T>) -> Result<T> {
        let mut slot = self.suggest_cache.borrow_mut();
        f(&SuggestCache::current(&mut slot, self.conn())?.facts)
    }
}
