//! Undoing an import: removing exactly what one batch added, in one
//! transaction, as ordinary deletions (captured for sync like any other).
//!
//! What goes: the batch's purchases and their lines, the consent entries it
//! wrote (the ledger lets go of an entry only for a recorded erasure or the
//! recorded undo of the import that wrote it, migration 005), the customers
//! it made, and the products it made that no other purchase uses and nobody
//! edited since. The undo is refused, with nothing written, when a customer
//! it made has since been given anything by hand (another purchase, a
//! preference, a consent entry, a contact, a note, any edit): undoing would
//! lose that. The batch stays, marked undone.

use rusqlite::{params, Connection};

use super::batch;
use crate::time::now_stamp;
use crate::{search, CoreError, CustomerId, ImportId, ProductId, Result, Shop};

/// What undoing an import removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UndoReport {
    /// Purchases removed.
    pub purchases: u64,
    /// Their lines.
    pub lines: u64,
    /// Customers removed.
    pub customers: u64,
    /// Products removed.
    pub products: u64,
    /// Products the import made that stay, because another purchase uses
    /// them or they were edited since.
    pub products_kept: u64,
    /// Consent entries removed.
    pub consents: u64,
}

impl Shop {
    /// Undoes import `id` (see the module's documentation): all or nothing.
    pub fn undo_import(&mut self, id: ImportId) -> Result<UndoReport> {
        self.require(crate::staff::Permission::Restore)?;
        let report = self.write(|tx, _| undo_in(tx, id))?;
        self.refresh_suggestions(crate::SuggestionRefresh::Reload)?;
        crate::book::forget_mirror(self.conn())?;
        Ok(report)
    }
}

fn undo_in(conn: &Connection, id: ImportId) -> Result<UndoReport> {
    let Some(b) = batch::get(conn, id)? else {
        return Err(CoreError::NotFound(msg!(
            "error-not-found-there-import",
            id = id.to_string()
        )));
    };
    if let Some(at) = b.undone_at {
        return Err(CoreError::invalid(
            "import",
            msg!(
                "error-import-import-was-already",
                at = (at.format("%Y-%m-%d")).to_string()
            ),
        ));
    }
    let customers: Vec<CustomerId> = ids(conn, "SELECT id FROM customer WHERE batch_id = ?1", id)?;
    let mut changed = 0;
    for c in &customers {
        if changed_since(conn, *c, id)? {
            changed += 1;
        }
    }
    if changed > 0 {
        return Err(CoreError::invalid(
            "import",
            msg!("error-import-since-been-given", count = changed),
        ));
    }
    let now = now_stamp();
    // Recorded first: the consent ledger lets go of an import's entries
    // only once the import is marked undone.
    conn.execute(
        "UPDATE import_batch SET undone_at = ?2, updated_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    let mut r = UndoReport {
        consents: count(conn.execute("DELETE FROM consent_entry WHERE batch_id = ?1", [id])?),
        ..UndoReport::default()
    };
    let owners: Vec<CustomerId> = ids(
        conn,
        "SELECT DISTINCT c.id FROM purchase p JOIN customer c ON c.id = p.customer_id
         WHERE p.batch_id = ?1 AND c.deleted_at IS NULL",
        id,
    )?;
    r.lines = count(conn.execute(
        "DELETE FROM purchase_line WHERE purchase_id IN (SELECT id FROM purchase WHERE batch_id = ?1)",
        [id],
    )?);
    r.purchases = count(conn.execute("DELETE FROM purchase WHERE batch_id = ?1", [id])?);
    for c in &customers {
        search::remove(conn, *c)?;
        conn.execute("DELETE FROM customer_key WHERE customer_id = ?1", [c])?;
        conn.execute("DELETE FROM sync_conflict WHERE customer_id = ?1", [c])?;
        conn.execute("DELETE FROM suggestion_shown WHERE customer_id = ?1", [c])?;
        r.customers += count(conn.execute(
            "DELETE FROM customer WHERE id = ?1
               AND NOT EXISTS (SELECT 1 FROM erasure WHERE customer_id = ?1)",
            [c],
        )?);
    }
    let products: Vec<ProductId> = ids(conn, "SELECT id FROM product WHERE batch_id = ?1", id)?;
    for p in products {
        let gone = conn.execute(
            "DELETE FROM product WHERE id = ?1 AND updated_at = created_at
               AND NOT EXISTS (SELECT 1 FROM purchase_line WHERE product_id = ?1)",
            [p],
        )?;
        if gone == 1 {
            r.products += 1;
        } else {
            r.products_kept += 1;
        }
    }
    for c in owners.iter().filter(|c| !customers.contains(c)) {
        search::reindex(conn, *c)?;
    }
    Ok(r)
}

/// Whether customer `c`, made by import `batch`, was given anything since
/// that the import did not write: an edit of their record, or a record of
/// any other table that refers to them (found from the schema, so tables
/// added later count too). A customer deleted by hand since counts as
/// unchanged (the undo removes them whole); erased customers are already
/// gone: they count as unchanged, and their tombstone stays.
fn changed_since(conn: &Connection, c: CustomerId, batch: ImportId) -> Result<bool> {
    let erased: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM erasure WHERE customer_id = ?1)",
        [c],
        |r| r.get(0),
    )?;
    if erased {
        return Ok(false);
    }
    let edited: bool = conn.query_row(
        "SELECT updated_at <> created_at AND deleted_at IS NULL FROM customer WHERE id = ?1",
        [c],
        |r| r.get(0),
    )?;
    if edited {
        return Ok(true);
    }
    let refs: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND f.\"table\" = 'customer'
               AND m.name NOT IN ('customer_key', 'sync_conflict', 'suggestion_shown')
             ORDER BY m.name, f.\"from\"",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (table, column) in refs {
        let of_batch = if matches!(table.as_str(), "purchase" | "consent_entry") {
            " AND batch_id IS NOT ?2"
        } else {
            " AND ?2 IS NOT NULL"
        };
        let used: bool = conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE \"{column}\" = ?1{of_batch})"),
            params![c, batch],
            |r| r.get(0),
        )?;
        if used {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The ids a query of one parameter (the batch) returns.
fn ids<T: rusqlite::types::FromSql>(
    conn: &Connection,
    sql: &str,
    batch: ImportId,
) -> Result<Vec<T>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map([batch], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// A row count as reported.
fn count(n: usize) -> u64 {
    n as u64
}
