//! The customer book as the desktop screens read it: one page of the
//! customer list (searched, filtered, sorted and counted) and everything
//! about one customer in one read.
//!
//! A page costs two indexed queries plus a handful of small ones per row
//! shown, whatever the size of the shop: the list never loads every
//! customer. Spend and last visit come from one pass over the purchase
//! index, and only when a filter or the sort needs them.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use crate::consent::{self, Channel, ConsentEntry, ConsentState, ConsentStatus, Purpose};
use crate::contact::{self, ContactEntry};
use crate::customer::{self, Customer};
use crate::frequency::{self, EffectiveFrequency};
use crate::household::{self, HouseholdLink};
use crate::kinds::text_enum;
use crate::money::{Currency, Money};
use crate::preference::{self, Preference};
use crate::purchase::{self, Purchase, PurchaseStats};
use crate::time::stamp;
use crate::{search, CoreError, CustomerId, Result, Shop};

/// The most rows one page can hold.
pub const MAX_PAGE: usize = 500;
/// How many purchases and contacts the profile shows.
pub const PROFILE_HISTORY: usize = 100;

text_enum!(
    /// The order of the customer list.
    CustomerSort, "sort" {
        /// By name, A to Z.
        Name = "name",
        /// Most recent visit first; never seen last.
        LastVisit = "last-visit",
        /// Biggest spender first.
        Spend = "spend",
    }
);

text_enum!(
    /// Which customers the list shows by what they allow.
    MessageFilter, "messages" {
        /// At least one channel is allowed for more than service messages.
        MayMessage = "may-message",
        /// No channel is allowed for more than service messages.
        NoMessages = "no-messages",
        /// Never asked at all.
        NotAsked = "not-asked",
    }
);

/// What the customer list is narrowed to; empty fields do not narrow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerFilter {
    /// Search words (the same search as [`Shop::search`]).
    pub query: Option<String>,
    /// Customers with this tag (any letter case).
    pub tag: Option<String>,
    /// Customers who came in within this many days.
    pub visited_within_days: Option<u32>,
    /// Customers who have not come in for at least this many days (or never).
    pub away_for_days: Option<u32>,
    /// Customers who spent at least this much, in minor units of the shop's currency.
    pub min_spent_minor: Option<i64>,
    /// Customers by what they allow.
    pub messages: Option<MessageFilter>,
}

/// What a customer allows, in brief, for the list's privacy symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentSummary {
    /// Channels allowed for more than service messages, in display order.
    pub message_channels: Vec<Channel>,
    /// Whether anything was ever asked and recorded.
    pub asked: bool,
}

impl ConsentSummary {
    /// Sums up the current consent of one customer.
    pub fn of(consent: &[ConsentStatus]) -> ConsentSummary {
        let mut message_channels: Vec<Channel> = Vec::new();
        for s in consent {
            if s.purpose != Purpose::Service
                && s.state == ConsentState::Granted
                && !message_channels.contains(&s.channel)
            {
                message_channels.push(s.channel);
            }
        }
        ConsentSummary {
            message_channels,
            asked: consent.iter().any(|s| s.since.is_some()),
        }
    }
}

/// One row of the customer list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerRow {
    /// The customer's id.
    pub id: CustomerId,
    /// Their name.
    pub display_name: String,
    /// Primary email.
    pub email: Option<String>,
    /// Primary phone, as typed.
    pub phone: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Visits and spend.
    pub stats: PurchaseStats,
    /// What they allow.
    pub consent: ConsentSummary,
}

/// One page of the customer list and how many customers match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerPage {
    /// How many customers match the filter.
    pub total: u64,
    /// The shop's currency (amounts in the filter are in it).
    pub currency: Currency,
    /// The rows from the offset asked for.
    pub rows: Vec<CustomerRow>,
}

/// A customer linked to the one shown, with their name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedCustomer {
    /// The link.
    pub link: HouseholdLink,
    /// The other customer's id.
    pub other_id: CustomerId,
    /// The other customer's name.
    pub other_name: String,
    /// True when the link was recorded on the customer shown (the relation
    /// says what the other is to them); false when the other recorded it.
    pub recorded_here: bool,
}

/// Everything the profile screen shows about one customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerView {
    /// The customer.
    pub customer: Customer,
    /// Preferences, allergies and dislikes first.
    pub preferences: Vec<Preference>,
    /// The latest purchases with their lines (at most [`PROFILE_HISTORY`]).
    pub purchases: Vec<Purchase>,
    /// Visits and spend over all purchases.
    pub stats: PurchaseStats,
    /// Consent per channel and purpose now.
    pub consent: Vec<ConsentStatus>,
    /// The consent ledger, oldest first.
    pub consent_history: Vec<ConsentEntry>,
    /// How often they want to be contacted.
    pub frequency: EffectiveFrequency,
    /// The latest contacts (at most [`PROFILE_HISTORY`]).
    pub contacts: Vec<ContactEntry>,
    /// Household links with the other customers' names.
    pub household: Vec<LinkedCustomer>,
}

/// The list's own copy of what it filters and sorts on, one row per live
/// customer, in the connection's in-memory temp schema (never written to the
/// vault, gone at lock). Temp triggers keep it exact after every write, so
/// a page is an in-memory query however big the shop; it is built on the
/// first page asked for (one pass over customers, purchases and consent).
const MIRROR: &str = "
CREATE TEMP TABLE book_row (
    rid         INTEGER PRIMARY KEY,  -- the customer's rowid (as in customer_search)
    id          TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    tags        TEXT NOT NULL,
    last_at     TEXT,
    spent       INTEGER NOT NULL,
    may_message INTEGER NOT NULL,
    asked       INTEGER NOT NULL
);
CREATE INDEX temp.book_by_name ON book_row (name COLLATE NOCASE, id);
CREATE INDEX temp.book_by_last ON book_row (last_at);
CREATE INDEX temp.book_by_spent ON book_row (spent);
";

/// Fills `book_row` for live customers matching `{who}` (a condition on `c`),
/// with their spend, last visit and consent. `{who_p}` and `{who_e}` narrow
/// the purchase and consent passes the same way.
const FILL: &str = "
INSERT INTO temp.book_row (rid, id, name, tags, last_at, spent, may_message, asked)
SELECT c.rowid, c.id, c.display_name, c.tags, s.last_at, coalesce(s.spent, 0),
       coalesce(m.may, 0), m.customer_id IS NOT NULL
FROM customer c
LEFT JOIN (SELECT customer_id, max(at) AS last_at, sum(total_minor) AS spent
           FROM purchase NOT INDEXED WHERE deleted_at IS NULL AND {who_p} GROUP BY customer_id) s
       ON s.customer_id = c.id
LEFT JOIN (SELECT customer_id, max(purpose <> 'service' AND state = 'granted') AS may
           FROM (SELECT customer_id, purpose, state, row_number() OVER
                    (PARTITION BY customer_id, channel, purpose ORDER BY at DESC, id DESC) AS n
                 FROM consent_entry WHERE {who_e})
           WHERE n = 1 GROUP BY customer_id) m
       ON m.customer_id = c.id
WHERE c.deleted_at IS NULL AND {who};
";

/// Brings one customer's mirror row up to date (in a trigger: `X` is
/// `NEW.id`, `NEW.customer_id` or `OLD.customer_id`).
fn refresh(who: &str) -> String {
    format!(
        "DELETE FROM temp.book_row WHERE id = {who};{}",
        FILL.replace("{who_p}", &format!("customer_id = {who}"))
            .replace("{who_e}", &format!("customer_id = {who}"))
            .replace("{who}", &format!("c.id = {who}"))
    )
}

/// Builds the mirror and its triggers unless this connection has them.
fn ensure_mirror(conn: &Connection) -> Result<()> {
    let built: bool = conn.query_row(
        "SELECT count(*) > 0 FROM temp.sqlite_master WHERE name = 'book_row'",
        [],
        |r| r.get(0),
    )?;
    if built {
        return Ok(());
    }
    let trigger = |name: &str, event: &str, body: String| {
        format!("CREATE TEMP TRIGGER {name} AFTER {event} BEGIN {body} END;")
    };
    let sql = [
        "BEGIN;".to_string(),
        MIRROR.to_string(),
        FILL.replace("{who_p}", "1")
            .replace("{who_e}", "1")
            .replace("{who}", "1"),
        trigger(
            "book_customer_in",
            "INSERT ON main.customer",
            refresh("NEW.id"),
        ),
        trigger(
            "book_customer_up",
            "UPDATE ON main.customer",
            refresh("NEW.id"),
        ),
        trigger(
            "book_purchase_in",
            "INSERT ON main.purchase",
            refresh("NEW.customer_id"),
        ),
        trigger(
            "book_purchase_up",
            "UPDATE ON main.purchase",
            refresh("OLD.customer_id") + &refresh("NEW.customer_id"),
        ),
        trigger(
            "book_purchase_out",
            "DELETE ON main.purchase",
            refresh("OLD.customer_id"),
        ),
        trigger(
            "book_consent_in",
            "INSERT ON main.consent_entry",
            refresh("NEW.customer_id"),
        ),
        "COMMIT;".to_string(),
    ]
    .join("\n");
    conn.execute_batch(&sql).inspect_err(|_| {
        let _ = conn.execute_batch("ROLLBACK");
    })?;
    Ok(())
}

/// Drops the mirror and its triggers, for a bulk write (an import), which
/// would otherwise refresh a customer's row once per purchase it writes; the
/// next page builds the mirror again from the shop as it then is.
pub(crate) fn forget_mirror(conn: &Connection) -> Result<()> {
    let triggers: Vec<String> = conn
        .prepare(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'book\\_%' ESCAPE '\\'",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for name in triggers {
        conn.execute_batch(&format!("DROP TRIGGER temp.\"{name}\""))?;
    }
    conn.execute_batch("DROP TABLE IF EXISTS temp.book_row")?;
    Ok(())
}

/// The WHERE clause of a filtered list over the mirror `b`, with its arguments.
fn conditions(
    f: &CustomerFilter,
    region: Option<&str>,
    now: DateTime<Utc>,
) -> (String, Vec<Value>) {
    let mut conds: Vec<&str> = vec!["1"];
    let mut args = Vec::new();
    let query = f
        .query
        .as_deref()
        .and_then(|t| search::match_expression(t, region));
    if let Some(expr) = query {
        conds.push("b.rid IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)");
        args.push(Value::Text(expr));
    }
    if let Some(tag) = f.tag.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        conds.push("EXISTS (SELECT 1 FROM json_each(b.tags) t WHERE t.value = ? COLLATE NOCASE)");
        args.push(Value::Text(tag.to_string()));
    }
    let cutoff = |days: u32| Value::Text(stamp(now - Duration::days(days.into())));
    if let Some(days) = f.visited_within_days {
        conds.push("b.last_at >= ?");
        args.push(cutoff(days));
    }
    if let Some(days) = f.away_for_days {
        conds.push("(b.last_at IS NULL OR b.last_at < ?)");
        args.push(cutoff(days));
    }
    if let Some(min) = f.min_spent_minor {
        conds.push("b.spent >= ?");
        args.push(Value::Integer(min));
    }
    conds.push(match f.messages {
        Some(MessageFilter::MayMessage) => "b.may_message",
        Some(MessageFilter::NoMessages) => "NOT b.may_message",
        Some(MessageFilter::NotAsked) => "NOT b.asked",
        None => "1",
    });
    (conds.join(" AND "), args)
}

/// One page of live customers matching `f`, in `sort` order.
pub(crate) fn page(
    conn: &Connection,
    f: &CustomerFilter,
    sort: CustomerSort,
    offset: usize,
    limit: usize,
    region: Option<&str>,
    currency: Currency,
) -> Result<CustomerPage> {
    ensure_mirror(conn)?;
    let (cond, mut args) = conditions(f, region, crate::time::now());
    let total: i64 = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM temp.book_row b WHERE {cond}"
        ))?
        .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
    let order = match sort {
        CustomerSort::Name => "b.name COLLATE NOCASE, b.id",
        CustomerSort::LastVisit => "b.last_at IS NULL, b.last_at DESC, b.name COLLATE NOCASE, b.id",
        CustomerSort::Spend => "b.spent DESC, b.name COLLATE NOCASE, b.id",
    };
    args.push(Value::Integer(limit.min(MAX_PAGE) as i64));
    args.push(Value::Integer(offset as i64));
    let ids: Vec<CustomerId> = conn
        .prepare_cached(&format!(
            "SELECT b.id FROM temp.book_row b WHERE {cond} ORDER BY {order} LIMIT ? OFFSET ?"
        ))?
        .query_map(params_from_iter(args.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(CustomerPage {
        total: total as u64,
        currency,
        rows: rows(conn, &ids, currency)?,
    })
}

/// The list rows of `ids`, in that order: three queries for the whole page.
fn rows(conn: &Connection, ids: &[CustomerId], currency: Currency) -> Result<Vec<CustomerRow>> {
    let ids_json = serde_json::to_string(&ids.iter().map(|i| i.to_string()).collect::<Vec<_>>())
        .expect("strings serialize");
    let mut rows: Vec<CustomerRow> = conn
        .prepare_cached(
            "WITH page AS (SELECT value AS id, key AS pos FROM json_each(?1))
             SELECT c.id, c.display_name, c.emails, c.phones, c.tags, s.visits, s.spent, s.first_at, s.last_at
             FROM page JOIN customer c ON c.id = page.id
             JOIN (SELECT page.id AS customer_id, count(p.id) AS visits,
                          coalesce(sum(p.total_minor), 0) AS spent, min(p.at) AS first_at, max(p.at) AS last_at
                   FROM page LEFT JOIN purchase p ON p.customer_id = page.id AND p.deleted_at IS NULL
                   GROUP BY page.id) s ON s.customer_id = c.id
             ORDER BY page.pos",
        )?
        .query_map([&ids_json], |r| {
            let list = |i: usize| -> rusqlite::Result<Vec<String>> {
                Ok(serde_json::from_str(&r.get::<_, String>(i)?).unwrap_or_default())
            };
            let phones: Vec<crate::Phone> =
                serde_json::from_str(&r.get::<_, String>(3)?).unwrap_or_default();
            Ok(CustomerRow {
                id: r.get(0)?,
                display_name: r.get(1)?,
                email: list(2)?.into_iter().next(),
                phone: phones.into_iter().next().map(|p| p.typed),
                tags: list(4)?,
                stats: PurchaseStats {
                    visits: r.get::<_, i64>(5)? as u64,
                    total_spent: Money::new(r.get(6)?, currency),
                    first: r.get(7)?,
                    last: r.get(8)?,
                },
                consent: ConsentSummary {
                    message_channels: Vec::new(),
                    asked: false,
                },
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    // The latest entry of each channel × purpose wins (ledger order: at, id).
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, channel, purpose, state FROM consent_entry
         WHERE customer_id IN (SELECT value FROM json_each(?1)) ORDER BY customer_id, at, id",
    )?;
    let mut latest: std::collections::HashMap<(CustomerId, Channel, Purpose), ConsentState> =
        std::collections::HashMap::new();
    for entry in stmt.query_map([&ids_json], |r| {
        Ok(((r.get(0)?, r.get(1)?, r.get(2)?), r.get(3)?))
    })? {
        let (key, state) = entry?;
        latest.insert(key, state);
    }
    for row in &mut rows {
        let mut status: Vec<ConsentStatus> = latest
            .iter()
            .filter(|((who, _, _), _)| *who == row.id)
            .map(|(&(_, channel, purpose), &state)| ConsentStatus {
                channel,
                purpose,
                state,
                since: Some(crate::time::now()),
            })
            .collect();
        status.sort_by_key(|s| (s.channel, s.purpose));
        row.consent = ConsentSummary::of(&status);
    }
    Ok(rows)
}

/// Everything about one customer for the profile screen.
pub(crate) fn view(
    conn: &Connection,
    id: CustomerId,
    currency: Currency,
    default_frequency: &crate::ContactFrequency,
) -> Result<CustomerView> {
    let customer = customer::get(conn, id)?;
    let household = household::list(conn, id)?
        .into_iter()
        .map(|link| {
            let recorded_here = link.customer_id == id;
            let other_id = if recorded_here {
                link.other_id
            } else {
                link.customer_id
            };
            let other_name = customer::get(conn, other_id)
                .map(|c| c.display_name)
                .unwrap_or_else(|_| "(deleted customer)".into());
            Ok(LinkedCustomer {
                link,
                other_id,
                other_name,
                recorded_here,
            })
        })
        .collect::<Result<_>>()?;
    Ok(CustomerView {
        preferences: preference::list(conn, id)?,
        purchases: purchase::list(conn, id, PROFILE_HISTORY)?,
        stats: purchase::stats(conn, id, currency)?,
        consent: consent::current(conn, id)?,
        consent_history: consent::history(conn, id)?,
        frequency: frequency::get(conn, id, default_frequency)?,
        contacts: contact::list(conn, id, PROFILE_HISTORY)?,
        household,
        customer,
    })
}

/// Writes `bytes` to `path` whole or not at all: a temporary file beside it,
/// readable only by the owner, synced, then renamed over `path`. A failure
/// is an [`CoreError::Invalid`] about `path` that says nothing was written.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |reason: String| {
        CoreError::invalid(
            "path",
            msg!(
                "error-path-shopkeeper-could-write",
                path = (path.display()).to_string(),
                reason = reason.to_string()
            ),
        )
    };
    let name = path
        .file_name()
        .ok_or_else(|| fail("this is not a file name".into()))?
        .to_string_lossy();
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        let mut f = o.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e.to_string())
    })
}

impl Shop {
    /// One page of the customer list: live customers matching `filter`, in
    /// `sort` order, from `offset`, at most `limit` (up to [`MAX_PAGE`]),
    /// with how many match in all.
    pub fn customer_page(
        &self,
        filter: &CustomerFilter,
        sort: CustomerSort,
        offset: usize,
        limit: usize,
    ) -> Result<CustomerPage> {
        let s = self.settings();
        page(
            self.conn(),
            filter,
            sort,
            offset,
            limit,
            s.phone_region.as_deref(),
            s.currency,
        )
    }

    /// Everything about one customer for the profile screen, in one read.
    pub fn customer_view(&self, id: CustomerId) -> Result<CustomerView> {
        let s = self.settings();
        view(self.conn(), id, s.currency, &s.default_frequency)
    }

    /// Adds `tag` to each of `ids` that lacks it, in one transaction; returns
    /// how many customers changed. An unknown id refuses them all.
    pub fn tag_customers(&mut self, ids: &[CustomerId], tag: &str) -> Result<usize> {
        let tag = crate::text::required(tag, "tag", "The tag")?;
        let region = self.settings().phone_region.clone();
        self.write(|tx, _| {
            let mut changed = 0;
            for &id in ids {
                let c = customer::get(tx, id)?;
                if c.tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
                    continue;
                }
                let mut edit = c.edit();
                edit.tags.push(tag.clone());
                customer::update_in(tx, id, &edit.validated(region.as_deref())?)?;
                changed += 1;
            }
            Ok(changed)
        })
    }
}
