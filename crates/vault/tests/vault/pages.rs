//! A new vault filled page by page (what a restore does): it opens, checks
//! and reads back as the database the pages came from, and refuses what is
//! not an SQLite database in 4096-byte pages.

use rusqlite::Connection;
use shopkeeper_vault::{open, KdfParams, NewVault, Unlock, VaultError};

use crate::common::{contains, pass};

const NAMES: [&str; 3] = ["Zoë Ødegård", "李小龙", "O'Brien"];

/// A plain SQLite file in WAL mode with an index, overflow pages and a freelist.
fn plain_database(path: &std::path::Path, page_size: u32) -> Vec<(i64, String)> {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA page_size = {page_size};
         PRAGMA journal_mode = WAL;
         CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT);
         CREATE INDEX customer_name ON customer(name);"
    ))
    .unwrap();
    conn.execute_batch("BEGIN").unwrap();
    for i in 0..2000 {
        let note = if i % 50 == 0 {
            "n".repeat(10_000)
        } else {
            String::new()
        };
        conn.execute(
            "INSERT INTO customer(name, note) VALUES (?1, ?2)",
            (format!("{} {i}", NAMES[i % 3]), note),
        )
        .unwrap();
    }
    conn.execute_batch("COMMIT").unwrap();
    conn.execute("DELETE FROM customer WHERE id BETWEEN 500 AND 900", [])
        .unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    rows(&conn)
}

fn rows(conn: &Connection) -> Vec<(i64, String)> {
    conn.prepare("SELECT id, name FROM customer ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn pages_written_straight_in_open_check_and_read_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.db");
    let expected = plain_database(&plain, 4096);
    let bytes = std::fs::read(&plain).unwrap();
    assert_eq!(bytes[18], 2, "the source is in WAL mode");

    let path = dir.path().join("restored.vault");
    let new = NewVault::create(&path, &pass("fill me in"), KdfParams::minimum()).unwrap();
    let mut writer = new.page_writer().unwrap();
    // Uneven batches: page 1 alone, then three pages, then the rest.
    writer.write(&bytes[..4096]).unwrap();
    writer.write(&bytes[4096..4 * 4096]).unwrap();
    writer.write(&bytes[4 * 4096..]).unwrap();
    assert_eq!(writer.finish().unwrap(), bytes.len() as u64 / 4096);
    assert_eq!(new.integrity_check().unwrap(), ["ok"]);
    let (conn, _recovery) = new.open().unwrap();
    assert_eq!(rows(&conn), expected);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "truncate", "a vault keeps its rollback journal");
    conn.execute(
        "INSERT INTO customer(name) VALUES ('after the restore')",
        [],
    )
    .unwrap();
    drop(conn);

    let conn = open(&path, &Unlock::Passphrase(pass("fill me in"))).unwrap();
    assert_eq!(rows(&conn).len(), expected.len() + 1);
    let on_disk = std::fs::read(&path).unwrap();
    for name in NAMES {
        assert!(!contains(&on_disk, name.as_bytes()), "{name} in plaintext");
    }
}

#[test]
fn damaged_pages_are_found_by_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.db");
    plain_database(&plain, 4096);
    let mut bytes = std::fs::read(&plain).unwrap();
    // Page 1 says the freelist is empty: its pages are then never used.
    bytes[32..40].fill(0);

    let path = dir.path().join("restored.vault");
    let new = NewVault::create(&path, &pass("fill me in"), KdfParams::minimum()).unwrap();
    let mut writer = new.page_writer().unwrap();
    writer.write(&bytes).unwrap();
    writer.finish().unwrap();
    let found = new.integrity_check().unwrap();
    assert!(found.iter().any(|m| m.ends_with("never used")), "{found:?}");
}

#[test]
fn what_is_not_a_database_in_4096_byte_pages_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let new = NewVault::create(
        &dir.path().join("new.vault"),
        &pass("fill me in"),
        KdfParams::minimum(),
    )
    .unwrap();
    let mut writer = new.page_writer().unwrap();
    assert!(matches!(writer.write(&[0; 100]), Err(VaultError::Damaged)));
    assert!(matches!(writer.write(&[7; 4096]), Err(VaultError::Damaged)));

    let plain = dir.path().join("big-pages.db");
    plain_database(&plain, 8192);
    let bytes = std::fs::read(&plain).unwrap();
    assert!(matches!(writer.write(&bytes), Err(VaultError::Damaged)));
    assert_eq!(writer.finish().unwrap(), 0, "nothing was written");
    let (conn, _) = new.open().unwrap();
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 0);
}
