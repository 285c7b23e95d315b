//! Regression: a cache spill far past the end of the file.
//!
//! In a long transaction SQLite may spill a page numbered far beyond the
//! file's end; the block layer then zero-fills the gap in one write of many
//! blocks. SQLite's unix VFS silently caps a single write at 128 KiB and
//! reported the rest as "database or disk is full", which broke a 100k-line
//! purchase import (the search index's pages were the first to spill).

use rusqlite::{params, Connection};

use crate::common::new_vault;

/// The search-index workload of an import: each customer's row rewritten
/// again and again in one transaction, with SQLite's default cache size.
fn rewrite_search_rows(conn: &Connection, rounds: u64) -> rusqlite::Result<()> {
    conn.execute_batch(
        "PRAGMA cache_size = -2000;
         CREATE VIRTUAL TABLE s USING fts5(name, products, prefix = '2 3');
         BEGIN;",
    )?;
    for i in 0..rounds {
        let c = (i % 10_000) as i64;
        let products: String = (0..(i / 10_000 + 1))
            .map(|k| format!("product {} sku{} ", (i + k * 7) % 500, (i + k * 7) % 500))
            .collect();
        conn.execute("DELETE FROM s WHERE rowid = ?1", [c])?;
        conn.execute(
            "INSERT INTO s (rowid, name, products) VALUES (?1, ?2, ?3)",
            params![c, format!("customer {c}"), products],
        )?;
    }
    conn.execute_batch("COMMIT;")
}

#[test]
fn a_spill_far_past_the_end_of_the_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, _, _) = new_vault(dir.path(), "shop.vault", "a spill of many pages");
    rewrite_search_rows(&conn, 16_000).expect("the long transaction commits");
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let found: i64 = conn
        .query_row("SELECT count(*) FROM s WHERE s MATCH 'product'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(found, 10_000);
}
