//! Import batches: every purchase import is recorded (when, which file,
//! which layout, what it did), and what it made carries the batch's id, so
//! it can be listed and undone (`undo.rs`).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use super::ImportReport;
use crate::time::now_stamp;
use crate::{ImportId, Result, Shop};

/// One import, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportBatch {
    /// Its id (for `undo`).
    pub id: ImportId,
    /// `purchases` (the only kind recorded so far).
    pub kind: String,
    /// The file's layout (`shopkeeper`, `shopify`, ...).
    pub source: String,
    /// The file's name, without its folder, if the caller gave it.
    pub file_name: Option<String>,
    /// When it was imported.
    pub at: DateTime<Utc>,
    /// Rows read.
    pub rows: u64,
    /// Purchases it added.
    pub purchases: u64,
    /// Lines of those purchases.
    pub lines: u64,
    /// Refunds among them.
    pub refunds: u64,
    /// Receipts (and purchases without a number) already in the shop, left as they were.
    pub already_imported: u64,
    /// Customers it made.
    pub customers: u64,
    /// Products it made.
    pub products: u64,
    /// When it was undone, if it was.
    pub undone_at: Option<DateTime<Utc>>,
}

/// Records a new batch of `kind` from a file of layout `source`; its counts
/// are written by [`finish`].
pub(super) fn start(
    conn: &Connection,
    kind: &str,
    source: &str,
    file_name: Option<&str>,
) -> Result<ImportId> {
    let id = ImportId::new();
    let now = now_stamp();
    conn.execute(
        "INSERT INTO import_batch (id, kind, source, file_name, at, created_at, updated_at, staff_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5, shop_author())",
        params![id, kind, source, file_name.map(file_name_only), now],
    )?;
    Ok(id)
}

/// The last part of a path: the batch keeps a file's name, never where the
/// owner keeps it.
fn file_name_only(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Writes what batch `id` did, and ties the customers and products it made
/// to it (purchases are tied as they are written).
pub(super) fn finish(
    conn: &Connection,
    id: ImportId,
    r: &ImportReport,
    customers: &[crate::CustomerId],
    products: &[crate::ProductId],
) -> Result<()> {
    let mut tie = conn.prepare_cached("UPDATE customer SET batch_id = ?1 WHERE id = ?2")?;
    for c in customers {
        tie.execute(params![id, c])?;
    }
    let mut tie = conn.prepare_cached("UPDATE product SET batch_id = ?1 WHERE id = ?2")?;
    for p in products {
        tie.execute(params![id, p])?;
    }
    let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    conn.execute(
        "UPDATE import_batch SET rows = ?2, purchases = ?3, lines = ?4, refunds = ?5,
            already = ?6, customers = ?7, products = ?8 WHERE id = ?1",
        params![
            id,
            n(r.rows),
            n(r.purchases),
            n(r.lines),
            n(r.refunds),
            n(r.already_imported),
            n(r.customers_created),
            n(r.products_created)
        ],
    )?;
    Ok(())
}

/// The columns [`from_row`] reads.
const COLUMNS: &str =
    "id, kind, source, file_name, at, rows, purchases, lines, refunds, already, customers, products, undone_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<ImportBatch> {
    let n = |i: usize| r.get::<_, i64>(i).map(i64::unsigned_abs);
    Ok(ImportBatch {
        id: r.get(0)?,
        kind: r.get(1)?,
        source: r.get(2)?,
        file_name: r.get(3)?,
        at: r.get(4)?,
        rows: n(5)?,
        purchases: n(6)?,
        lines: n(7)?,
        refunds: n(8)?,
        already_imported: n(9)?,
        customers: n(10)?,
        products: n(11)?,
        undone_at: r.get(12)?,
    })
}

/// Batch `id`, if there is one.
pub(super) fn get(conn: &Connection, id: ImportId) -> Result<Option<ImportBatch>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM import_batch WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

impl Shop {
    /// Every import recorded, newest first (undone ones too, marked).
    pub fn imports(&self) -> Result<Vec<ImportBatch>> {
        Ok(self
            .conn()
            .prepare(&format!(
                "SELECT {COLUMNS} FROM import_batch ORDER BY at DESC, id DESC"
            ))?
            .query_map([], from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_keeps_a_file_name_without_its_folder() {
        assert_eq!(file_name_only("/home/ann/exports/orders.csv"), "orders.csv");
        assert_eq!(file_name_only("C:\\Users\\ann\\orders.csv"), "orders.csv");
        assert_eq!(file_name_only("orders.csv"), "orders.csv");
    }
}
