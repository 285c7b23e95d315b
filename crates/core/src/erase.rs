//! Erasure: a customer's right to be forgotten. One action removes their
//! personal data everywhere and records that it happened (without personal
//! data) in the `erasure` table, the only record that lets the consent
//! ledger's entries be deleted (migration 003).
//!
//! Every table with a reference to `customer` holds data about that
//! customer, so its rows are deleted: found from the schema's foreign keys,
//! so tables added later are covered too. Two are handled apart: purchases
//! (deleted, or kept for the shop's sales figures under an anonymous
//! placeholder customer) and the customer row itself (kept as a tombstone
//! without personal data, so other computers learn of the erasure).

use rusqlite::{params, Connection};

use crate::time::now_stamp;
use crate::{customer, search, CustomerId, Result, Shop};

use crate::customer::ANONYMOUS_CUSTOMER;

/// The tombstone name of an erased customer.
const ERASED_NAME: &str = "Erased customer";

/// What happens to an erased customer's purchases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PurchasesOnErasure {
    /// Kept for the shop's sales figures, moved to an anonymous placeholder
    /// customer; their notes, reasons for voids and histories are removed.
    KeepAnonymized,
    /// Deleted with their lines.
    Delete,
}

impl PurchasesOnErasure {
    /// As recorded in the `erasure` table.
    fn as_str(self) -> &'static str {
        match self {
            PurchasesOnErasure::KeepAnonymized => "kept-anonymized",
            PurchasesOnErasure::Delete => "deleted",
        }
    }
}

/// What an erasure removed (or, as a preview, would remove).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErasureReport {
    /// The erased customer.
    pub customer: CustomerId,
    /// Their name as it was (only in this report; it is not stored).
    pub name: String,
    /// Earlier records of the same person merged into them, erased too.
    pub merged_records: usize,
    /// The parts of their profile that held data ("name", "2 emails", ...).
    pub profile: Vec<String>,
    /// Other records removed, in plain words, with how many ("preferences", 3).
    pub removed: Vec<(String, usize)>,
    /// How many of their purchases were deleted or anonymized.
    pub purchases: usize,
    /// What happened to the purchases.
    pub purchases_handling: PurchasesOnErasure,
}

impl Shop {
    /// Erases a customer: their personal data is removed everywhere (profile,
    /// preferences, consent ledger, contact frequency and log, household
    /// links, retention decisions, search index), purchases are deleted or
    /// kept anonymized, and the erasure is recorded without personal data.
    /// The database is then compacted so no readable remnant stays in it.
    /// Backup files made earlier still hold the data until rotated out.
    pub fn erase_customer(
        &mut self,
        id: CustomerId,
        purchases: PurchasesOnErasure,
    ) -> Result<ErasureReport> {
        self.require(crate::staff::Permission::Erase)?;
        let report = self.write(|tx, _| erase_in(tx, id, purchases))?;
        self.conn().execute_batch("VACUUM")?;
        Ok(report)
    }

    /// What [`Shop::erase_customer`] would remove, computed by the same
    /// steps and then rolled back: nothing is changed.
    pub fn erasure_preview(
        &mut self,
        id: CustomerId,
        purchases: PurchasesOnErasure,
    ) -> Result<ErasureReport> {
        self.write_or_discard(|tx, _| Ok((erase_in(tx, id, purchases)?, false)))
    }
}

fn erase_in(
    conn: &Connection,
    id: CustomerId,
    purchases: PurchasesOnErasure,
) -> Result<ErasureReport> {
    let c = customer::get_unerased(conn, id)?;
    let ids = with_merged(conn, id)?;
    let now = now_stamp();
    // Recorded first: the consent ledger lets go of entries only for
    // customers with an erasure record.
    for each in &ids {
        conn.execute(
            "INSERT INTO erasure (id, customer_id, erased_at, purchases, staff_id)
             VALUES (?1, ?2, ?3, ?4, shop_author())",
            params![
                uuid::Uuid::now_v7().to_string(),
                each,
                now,
                purchases.as_str()
            ],
        )?;
    }
    let (removed, purchase_count) = wipe(conn, &ids, purchases, &now)?;
    Ok(ErasureReport {
        customer: id,
        name: c.display_name.clone(),
        merged_records: ids.len() - 1,
        profile: profile_parts(&c),
        removed,
        purchases: purchase_count,
        purchases_handling: purchases,
    })
}

/// Removes the personal data of the customers `ids` (see [`Shop::erase_customer`])
/// as of the erasure's time `now`. Also run when an erasure arrives from
/// another computer (sync), and again whenever older changes about an
/// erased customer arrive: it only depends on the erasure, so every computer
/// ends with the same records. Returns what was removed and how many purchases.
pub(crate) fn wipe(
    conn: &Connection,
    ids: &[CustomerId],
    purchases: PurchasesOnErasure,
    now: &str,
) -> Result<(Vec<(String, usize)>, usize)> {
    conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let mut removed: Vec<(String, usize)> = Vec::new();
    for (table, column) in references_to_customer(conn)? {
        let mut n = 0;
        for each in ids {
            n += conn.execute(
                &format!("DELETE FROM {table} WHERE \"{column}\" = ?1"),
                [each],
            )?;
        }
        if let (Some(words), true) = (plain_words(&table), n > 0) {
            match removed.iter_mut().find(|(w, _)| w == words) {
                Some((_, count)) => *count += n,
                None => removed.push((words.to_string(), n)),
            }
        }
    }
    let mut purchase_count = 0;
    for each in ids {
        purchase_count += match purchases {
            PurchasesOnErasure::Delete => {
                conn.execute(
                    "DELETE FROM purchase_change WHERE purchase_id IN (SELECT id FROM purchase WHERE customer_id = ?1)",
                    [each],
                )?;
                conn.execute(
                    "DELETE FROM purchase_line WHERE purchase_id IN (SELECT id FROM purchase WHERE customer_id = ?1)",
                    [each],
                )?;
                conn.execute("DELETE FROM purchase WHERE customer_id = ?1", [each])?
            }
            PurchasesOnErasure::KeepAnonymized => {
                ensure_anonymous(conn)?;
                conn.execute(
                    "UPDATE purchase SET customer_id = ?2, note = NULL, void_reason = NULL, updated_at = ?3
                     WHERE customer_id = ?1",
                    params![each, ANONYMOUS_CUSTOMER, now],
                )?
            }
        };
    }
    for each in ids {
        search::remove(conn, *each)?;
        conn.execute(
            "UPDATE customer SET display_name = ?2, given_name = NULL, family_name = NULL,
                emails = '[]', phones = '[]', address = NULL, language = NULL, birthday = NULL,
                important_dates = '[]', tags = '[]', notes = NULL, customer_ref = NULL,
                merged_into = NULL, deleted_at = ?3, updated_at = ?3
             WHERE id = ?1",
            params![each, ERASED_NAME, now],
        )?;
    }
    // Deleted index entries linger in FTS5 segments until they are merged.
    conn.execute(
        "INSERT INTO customer_search (customer_search) VALUES ('optimize')",
        [],
    )?;
    Ok((removed, purchase_count))
}

/// How a customer was erased, if they were: what happened to their
/// purchases (deleted if any erasure said so) and when (the first time).
pub(crate) fn erasure_of(
    conn: &Connection,
    id: CustomerId,
) -> Result<Option<(PurchasesOnErasure, String)>> {
    let row: (Option<String>, i64) = conn
        .prepare_cached(
            "SELECT min(erased_at), max(purchases = 'deleted') FROM erasure WHERE customer_id = ?1",
        )?
        .query_row([id], |r| {
            Ok((r.get(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(0)))
        })?;
    Ok(row.0.map(|at| {
        let handling = if row.1 == 1 {
            PurchasesOnErasure::Delete
        } else {
            PurchasesOnErasure::KeepAnonymized
        };
        (handling, at)
    }))
}

/// The customer and every record merged into them, directly or not.
fn with_merged(conn: &Connection, id: CustomerId) -> Result<Vec<CustomerId>> {
    let mut ids = vec![id];
    let mut i = 0;
    while i < ids.len() {
        let absorbed: Vec<CustomerId> = conn
            .prepare_cached("SELECT id FROM customer WHERE merged_into = ?1")?
            .query_map([ids[i]], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.extend(absorbed.into_iter().filter(|a| *a != id));
        i += 1;
    }
    Ok(ids)
}

/// Every (table, column) referring to a customer, except the two handled
/// apart: `customer` (merges) and `purchase`.
fn references_to_customer(conn: &Connection) -> Result<Vec<(String, String)>> {
    let refs = conn
        .prepare(
            "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND f.\"table\" = 'customer'
               AND m.name NOT IN ('customer', 'purchase')
             ORDER BY m.name, f.\"from\"",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(refs)
}

/// How a table's rows are named to the owner; `None` for derived tables.
fn plain_words(table: &str) -> Option<&str> {
    Some(match table {
        "customer_key" | "sync_conflict" | "suggestion_shown" => return None,
        "preference" => "preferences",
        "consent_entry" => "consent history entries",
        "contact_frequency" => "contact frequency",
        "contact_log" => "contact log entries",
        "household_link" => "household links",
        "purchase_change" => "purchase history entries",
        "retention_keep" => "retention decisions",
        other => other,
    })
}

/// The anonymous placeholder, with fixed times so it is the same record in
/// every copy of the shop, whichever erasure made it first.
fn ensure_anonymous(conn: &Connection) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO customer (id, display_name, created_at, updated_at, deleted_at)
         VALUES (?1, 'Anonymous (purchases of erased customers)', ?2, ?2, ?2)",
        params![ANONYMOUS_CUSTOMER, "1970-01-01T00:00:00.000Z"],
    )?;
    Ok(())
}

fn profile_parts(c: &crate::Customer) -> Vec<String> {
    let count = |n: usize, one: &str, many: &str| match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    };
    let has = |present: bool, what: &str| present.then(|| what.to_string());
    [
        Some("name".to_string()),
        count(c.emails.len(), "email", "emails"),
        count(c.phones.len(), "phone", "phones"),
        has(c.address.is_some(), "address"),
        has(c.birthday.is_some(), "birthday"),
        count(c.important_dates.len(), "important date", "important dates"),
        has(c.language.is_some(), "language"),
        count(c.tags.len(), "tag", "tags"),
        has(c.notes.is_some(), "notes"),
        has(c.customer_ref.is_some(), "reference"),
    ]
    .into_iter()
    .flatten()
    .collect()
}
