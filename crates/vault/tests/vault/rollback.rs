//! Rollback attacks (format 2, write epochs): an older authentic copy of a
//! block, or an old journal, put back in place, must be refused; and a
//! format-1 file is upgraded on its first open.

use std::path::Path;

use rusqlite::Connection;
use shopkeeper_vault::testing::main_block_offset;
use shopkeeper_vault::{info, open, verify, Unlock, VaultError, FORMAT_VERSION};

use crate::common::{new_vault, pass};

const PASS: &str = "rollback attacks";
/// One sealed block on disk: nonce, a 4096-byte page, tag.
const SLOT: usize = 24 + 4096 + 16;

fn unlock() -> Unlock {
    Unlock::Passphrase(pass(PASS))
}

fn values(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut s = conn.prepare("SELECT v FROM t ORDER BY id")?;
    let r = s.query_map([], |r| r.get(0))?;
    r.collect()
}

fn slot(path: &Path, block: u64) -> Vec<u8> {
    let at = main_block_offset(block) as usize;
    std::fs::read(path).unwrap()[at..at + SLOT].to_vec()
}

fn put_slot(path: &Path, block: u64, bytes: &[u8]) {
    use std::os::unix::fs::FileExt;
    let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.write_all_at(bytes, main_block_offset(block)).unwrap();
}

/// A vault with table `t` on page 2 (block 1): ten short rows.
fn vault_with_rows(dir: &Path) -> std::path::PathBuf {
    let (conn, _, path) = new_vault(dir, "shop.vault", PASS);
    conn.execute_batch(
        "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
         INSERT INTO t SELECT i, 'old ' || i FROM n;",
    )
    .unwrap();
    let root: i64 = conn
        .query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = 't'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(root, 2, "table t lives in block 1");
    path
}

/// The attack: keep a copy of the block holding table `t`, let later commits
/// rewrite it, then put the old copy back. The old copy is authentic (same
/// key, same place), so before write epochs it read as the table's content.
#[test]
fn an_older_copy_of_one_block_is_refused_on_read_and_by_verify() {
    let dir = tempfile::tempdir().unwrap();
    let path = vault_with_rows(dir.path());
    let old = slot(&path, 1);
    let conn = open(&path, &unlock()).unwrap();
    for round in 0..3 {
        conn.execute("UPDATE t SET v = 'new ' || id || ' ' || ?1", [round])
            .unwrap();
    }
    drop(conn);
    assert_ne!(slot(&path, 1), old, "the block was rewritten");

    // An open connection that has not read the table yet: the query that
    // reads the rolled-back page fails with the tamper error.
    let reader = open(&path, &unlock()).unwrap();
    put_slot(&path, 1, &old);
    let err = values(&reader).expect_err("the old copy must not be read");
    assert!(
        matches!(VaultError::from(err), VaultError::Damaged),
        "a tamper error"
    );
    drop(reader);

    // Opening afresh: refused at once.
    let err = open(&path, &unlock()).expect_err("refused on open");
    assert!(matches!(err, VaultError::Damaged), "{err:?}");
    assert_eq!(
        err.to_string(),
        "This file is damaged or was tampered with."
    );

    // And `vault verify` says so.
    let report = verify(&path, &unlock()).unwrap();
    assert!(report.rolled_back, "{report:?}");
    assert!(!report.is_ok());
    assert!(
        report.damaged_blocks.is_empty(),
        "every block is authentic on its own"
    );
}

/// A whole file copied before the commits is an older complete copy: that
/// is the limit that remains (see vault-format.md); the epochs of a file
/// that is all of one moment agree with its own header.
#[test]
fn an_older_complete_copy_still_opens_the_documented_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = vault_with_rows(dir.path());
    let old = std::fs::read(&path).unwrap();
    let conn = open(&path, &unlock()).unwrap();
    conn.execute("UPDATE t SET v = 'new'", []).unwrap();
    drop(conn);
    std::fs::write(&path, &old).unwrap();
    let conn = open(&path, &unlock()).unwrap();
    assert_eq!(values(&conn).unwrap()[0], "old 1");
}

/// The attack: save the hot journal of a transaction (its pages already
/// spilled into the file), let the transaction commit, and put the journal
/// back. SQLite would roll it back onto the newer file: the journal's blocks
/// authenticate under the same key. It is bound to its transaction's epoch,
/// so it is refused and the newer state stays, whether or not more commits
/// followed.
#[test]
fn an_old_journal_put_back_is_not_rolled_back_onto_a_newer_file() {
    for later_commits in [0, 2] {
        let dir = tempfile::tempdir().unwrap();
        let path = vault_with_rows(dir.path());
        let journal = dir.path().join("shop.vault-journal");
        let mut conn = open(&path, &unlock()).unwrap();
        conn.execute_batch(
            "PRAGMA cache_size = 2;
             CREATE TABLE big(id INTEGER PRIMARY KEY, b BLOB);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
             INSERT INTO big SELECT i, zeroblob(1000) FROM n;",
        )
        .unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute("UPDATE t SET v = 'committed'", []).unwrap();
        tx.execute("UPDATE big SET b = randomblob(1000)", [])
            .unwrap();
        let saved = std::fs::read(&journal).unwrap();
        assert!(saved.len() > 4 * SLOT, "pages were journalled and spilled");
        tx.commit().unwrap();
        for i in 0..later_commits {
            conn.execute("UPDATE big SET b = randomblob(10) WHERE id = ?1", [i])
                .unwrap();
        }
        drop(conn);

        std::fs::write(&journal, &saved).unwrap();
        let conn = open(&path, &unlock()).unwrap();
        assert!(
            values(&conn).unwrap().iter().all(|v| v == "committed"),
            "the committed state stays ({later_commits} later commits)"
        );
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        drop(conn);
        assert!(verify(&path, &unlock()).unwrap().is_ok());
    }
}

/// A format-1 vault (the core's fixture, written by that version's code)
/// is upgraded on its first open: every row is there, it is format 2
/// afterwards, and a half-written upgrade left by a crash is discarded.
#[test]
fn a_format_1_vault_is_upgraded_on_first_open() {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/shop-v1.vault");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.vault");
    std::fs::copy(&fixture, &path).unwrap();
    assert_eq!(info(&path).unwrap().format_version, 1);
    // What a crash in the middle of an earlier upgrade leaves beside it.
    let half = dir.path().join("shop.vault.upgrading");
    std::fs::write(&half, b"half an upgrade").unwrap();

    let unlock = Unlock::Passphrase(pass("copper kettle under the plum tree"));
    let conn = open(&path, &unlock).unwrap();
    let customers: i64 = conn
        .query_row("SELECT count(*) FROM customer", [], |r| r.get(0))
        .unwrap();
    assert_eq!(customers, 3);
    drop(conn);
    assert_eq!(info(&path).unwrap().format_version, FORMAT_VERSION);
    assert!(!half.exists());
    let kept = dir.path().join("shop.vault.before-format-v2");
    assert!(std::fs::read(&kept).unwrap() == std::fs::read(&fixture).unwrap());
    assert!(verify(&path, &unlock).unwrap().is_ok());
    let conn = open(&path, &unlock).unwrap();
    conn.execute_batch("CREATE TABLE written_after(x); INSERT INTO written_after VALUES (1);")
        .unwrap();
    drop(conn);
    assert!(verify(&path, &unlock).unwrap().is_ok());
}
