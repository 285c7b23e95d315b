//! Changing the data key: an old header and the old passphrase must open
//! nothing afterwards, and a crash at any point leaves a whole vault.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};
use shopkeeper_vault::{
    open, rekey_temp_path, KdfParams, RecoveryKey, Rekey, Rekeyed, Unlock, VaultError,
};

use crate::common::{new_vault, pass};

/// A vault with a few hundred pages of data.
fn filled_vault(dir: &Path, passphrase: &str) -> (Connection, RecoveryKey, std::path::PathBuf) {
    let (conn, rk, path) = new_vault(dir, "shop.vault", passphrase);
    conn.execute_batch(
        "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
         INSERT INTO t(v) SELECT 'customer ' || i || ' ' || hex(randomblob(100)) FROM n;",
    )
    .unwrap();
    (conn, rk, path)
}

/// Copies every page of `conn`'s database into the change of key, as the
/// shop does: one transaction, `sqlite_dbpage`, whole pages in order.
fn copy_pages(conn: &mut Connection, rekey: &Rekey, stop_after: Option<u64>) {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .unwrap();
    let mut writer = rekey.page_writer().unwrap();
    {
        let mut stmt = tx
            .prepare("SELECT data FROM sqlite_dbpage('main') ORDER BY pgno")
            .unwrap();
        let mut rows = stmt.query([]).unwrap();
        let mut n = 0;
        while let Some(row) = rows.next().unwrap() {
            if stop_after == Some(n) {
                return;
            }
            writer
                .write(row.get_ref(0).unwrap().as_blob().unwrap())
                .unwrap();
            n += 1;
        }
    }
    writer.finish().unwrap();
}

fn rekey(conn: &mut Connection, path: &Path, current: &str, new: &str) -> Rekeyed {
    let r = Rekey::begin(path, &Unlock::Passphrase(pass(current)), &pass(new), None).unwrap();
    copy_pages(conn, &r, None);
    r.commit().unwrap()
}

fn count(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_old_header_and_the_old_passphrase_open_nothing_after_a_change_of_key() {
    let dir = tempfile::tempdir().unwrap();
    let (mut conn, old_rk, path) = filled_vault(dir.path(), "old passphrase");
    // The attacker keeps the header as it is now (a file-history snapshot).
    let old_header = std::fs::read(&path).unwrap()[..8192].to_vec();

    let done = rekey(&mut conn, &path, "old passphrase", "new passphrase");
    drop(conn);
    assert_eq!(count(&done.connection), 3000);
    drop(done);

    // Splice the old header onto the current file.
    let mut spliced = std::fs::read(&path).unwrap();
    spliced[..8192].copy_from_slice(&old_header);
    let attacked = dir.path().join("attacked.vault");
    std::fs::write(&attacked, &spliced).unwrap();
    let got = open(&attacked, &Unlock::Passphrase(pass("old passphrase")))
        .and_then(|c| Ok(c.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0))?));
    assert!(got.is_err(), "the old header opened the new pages: {got:?}");
    let got = open(&attacked, &Unlock::RecoveryKey(old_rk.clone()))
        .and_then(|c| Ok(c.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0))?));
    assert!(got.is_err(), "the old kit opened the new pages: {got:?}");

    // The vault itself: the new passphrase opens it, the old one and the old kit do not.
    let conn = open(&path, &Unlock::Passphrase(pass("new passphrase"))).unwrap();
    assert_eq!(count(&conn), 3000);
    assert!(matches!(
        open(&path, &Unlock::Passphrase(pass("old passphrase"))),
        Err(VaultError::WrongPassphrase)
    ));
    assert!(matches!(
        open(&path, &Unlock::RecoveryKey(old_rk)),
        Err(VaultError::WrongPassphrase)
    ));
    assert!(!rekey_temp_path(&path).exists());
}

#[test]
fn a_change_of_key_keeps_the_cost_and_a_given_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let (mut conn, rk, path) = filled_vault(dir.path(), "same passphrase");
    let before = shopkeeper_vault::info(&path).unwrap();
    let r = Rekey::begin(
        &path,
        &Unlock::RecoveryKey(rk.clone()),
        &pass("after reset"),
        Some(rk.clone()),
    )
    .unwrap();
    copy_pages(&mut conn, &r, None);
    let done = r.commit().unwrap();
    assert_eq!(done.recovery_key, rk);
    drop(done);
    drop(conn);
    assert_eq!(shopkeeper_vault::info(&path).unwrap().kdf, before.kdf);
    assert_eq!(before.kdf, KdfParams::minimum());
    assert_eq!(count(&open(&path, &Unlock::RecoveryKey(rk)).unwrap()), 3000);
}

#[test]
fn a_wrong_current_passphrase_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, _rk, path) = filled_vault(dir.path(), "right");
    drop(conn);
    let before = crate::common::snapshot(dir.path());
    let e = Rekey::begin(&path, &Unlock::Passphrase(pass("wrong")), &pass("x"), None).unwrap_err();
    assert!(matches!(e, VaultError::WrongPassphrase));
    assert_eq!(crate::common::snapshot(dir.path()), before);
}

#[test]
fn a_crash_halfway_leaves_the_vault_whole_and_the_change_can_start_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut conn, _rk, path) = filled_vault(dir.path(), "old passphrase");
    let r = Rekey::begin(
        &path,
        &Unlock::Passphrase(pass("old passphrase")),
        &pass("new passphrase"),
        None,
    )
    .unwrap();
    copy_pages(&mut conn, &r, Some(40));
    // The process dies here: nothing cleans up.
    std::mem::forget(r);
    drop(conn);
    assert!(rekey_temp_path(&path).exists());

    // The vault is whole and still opens with the old passphrase.
    let mut conn = open(&path, &Unlock::Passphrase(pass("old passphrase"))).unwrap();
    assert_eq!(count(&conn), 3000);
    // Starting again finds the leftover, deletes it and finishes.
    let done = rekey(&mut conn, &path, "old passphrase", "new passphrase");
    drop(conn);
    assert_eq!(count(&done.connection), 3000);
    assert!(!rekey_temp_path(&path).exists());
}

#[test]
fn a_failed_change_deletes_its_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut conn, _rk, path) = filled_vault(dir.path(), "old passphrase");
    let r = Rekey::begin(
        &path,
        &Unlock::Passphrase(pass("old passphrase")),
        &pass("new passphrase"),
        None,
    )
    .unwrap();
    copy_pages(&mut conn, &r, Some(40));
    // Half the pages: the check refuses to switch, and the new file goes.
    assert!(r.commit().is_err());
    assert!(!rekey_temp_path(&path).exists());
    drop(conn);
    let conn = open(&path, &Unlock::Passphrase(pass("old passphrase"))).unwrap();
    assert_eq!(count(&conn), 3000);
}

#[test]
fn the_old_copies_the_old_key_opens_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let (mut conn, _rk, path) = filled_vault(dir.path(), "old passphrase");
    let migration_copy = dir.path().join("shop.vault.before-v9");
    std::fs::copy(&path, &migration_copy).unwrap();
    // An older vault with the same passphrase, one with another, and a stranger.
    let (c, _, same_pass) = new_vault(dir.path(), "shop-before-2026.vault", "old passphrase");
    drop(c);
    let (c, _, _) = new_vault(dir.path(), "other.vault", "something else");
    drop(c);
    std::fs::write(dir.path().join("notes.txt"), "hello").unwrap();

    let done = rekey(&mut conn, &path, "old passphrase", "new passphrase");
    assert_eq!(done.old_copies, vec![same_pass, migration_copy]);
}
