use rusqlite::Connection;
use secrecy::SecretString;
use shopkeeper_backup::{BackupError, BackupUnlock};

use crate::common::*;

#[test]
fn restore_gives_back_the_same_rows() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let target = Connection::open(dir.path().join("restored.db")).unwrap();
    let summary = shopkeeper_backup::restore(&f.backup, unlock(), &target).unwrap();
    let original = Connection::open(&f.shop).unwrap();
    assert_eq!(rows(&target), rows(&original));
    assert_eq!(rows(&target)[0].1, "Zoë Ødegård");
    assert_eq!(rows(&target)[1].1, "李小龙");
    assert_eq!(summary.facts, facts());
    assert_eq!(summary.page_size, 4096);
    let pages: u32 = original
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    assert_eq!(summary.page_count, pages);
    assert_eq!(summary.file_bytes, f.bytes.len() as u64);
    // The restored database is an ordinary one that reopens and takes writes.
    drop(target);
    let reopened = Connection::open(dir.path().join("restored.db")).unwrap();
    reopened
        .execute("INSERT INTO customer(name) VALUES ('after restore')", [])
        .unwrap();
    let ok: String = reopened
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn verify_and_read_facts_without_restoring() {
    let f = fixture();
    let s = shopkeeper_backup::verify(&f.backup, unlock()).unwrap();
    assert_eq!(s.facts, facts());
    assert!(s.page_count > 100, "the fixture spans several chunks");
    assert_eq!(
        shopkeeper_backup::read_facts(&f.backup, unlock()).unwrap(),
        facts()
    );
}

#[test]
fn recovery_key_opens_the_backup() {
    let f = fixture();
    let unlock = BackupUnlock::recovery_key(&RECOVERY).unwrap();
    let target = Connection::open_in_memory().unwrap();
    shopkeeper_backup::restore(&f.backup, &unlock, &target).unwrap();
    assert_eq!(rows(&target).len(), 1503);
}

#[test]
fn wrong_recovery_key_is_refused() {
    let f = fixture();
    let mut wrong = RECOVERY;
    wrong[19] ^= 1;
    let unlock = BackupUnlock::recovery_key(&wrong).unwrap();
    assert!(matches!(
        shopkeeper_backup::verify(&f.backup, &unlock),
        Err(BackupError::WrongRecoveryKey)
    ));
    let target = Connection::open_in_memory().unwrap();
    assert!(matches!(
        shopkeeper_backup::restore(&f.backup, &unlock, &target),
        Err(BackupError::WrongRecoveryKey)
    ));
    let pages: u32 = target
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pages, 0);
}

#[test]
fn wrong_passphrase_is_refused_and_nfd_passphrase_is_accepted() {
    let f = fixture();
    let wrong = BackupUnlock::passphrase(SecretString::from("Zoe's shop passphrase"));
    let err = shopkeeper_backup::read_facts(&f.backup, &wrong).unwrap_err();
    assert!(matches!(err, BackupError::WrongPassphrase), "{err:?}");
    assert_eq!(
        err.to_string(),
        "The passphrase is not right for this backup."
    );
    // The same passphrase typed with a combining diaeresis (NFD) still opens it.
    let nfd = BackupUnlock::passphrase(SecretString::from("Zoe\u{308}'s shop passphrase"));
    assert_eq!(
        shopkeeper_backup::read_facts(&f.backup, &nfd).unwrap(),
        facts()
    );
}

#[test]
fn backup_without_recovery_slot_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let conn = make_shop(&dir.path().join("s.db"), 0);
    let keys = shopkeeper_backup::BackupKeys::new(&SecretString::from(PASSPHRASE)).unwrap();
    let file = dir.path().join("b.skbackup");
    shopkeeper_backup::create(&conn, &file, &keys, &facts()).unwrap();
    let unlock = BackupUnlock::recovery_key(&RECOVERY).unwrap();
    assert!(matches!(
        shopkeeper_backup::verify(&file, &unlock),
        Err(BackupError::NoRecoverySlot)
    ));
    let pw = BackupUnlock::passphrase(SecretString::from(PASSPHRASE));
    assert_eq!(
        shopkeeper_backup::verify(&file, &pw).unwrap().facts,
        facts()
    );
}

#[test]
fn non_empty_target_is_refused_and_left_alone() {
    let f = fixture();
    let target = Connection::open_in_memory().unwrap();
    target
        .execute_batch("CREATE TABLE mine(x); INSERT INTO mine VALUES (1);")
        .unwrap();
    assert!(matches!(
        shopkeeper_backup::restore(&f.backup, unlock(), &target),
        Err(BackupError::TargetNotEmpty)
    ));
    let x: i64 = target
        .query_row("SELECT x FROM mine", [], |r| r.get(0))
        .unwrap();
    assert_eq!(x, 1);
}

#[test]
fn existing_file_is_never_overwritten() {
    let f = fixture();
    let conn = Connection::open(&f.shop).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("taken.skbackup");
    std::fs::write(&dest, b"precious").unwrap();
    let err = shopkeeper_backup::create(&conn, &dest, keys(), &facts()).unwrap_err();
    assert!(matches!(err, BackupError::AlreadyExists));
    assert_eq!(std::fs::read(&dest).unwrap(), b"precious");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no partial file left"
    );
}

#[test]
fn wal_source_and_empty_database() {
    let dir = tempfile::tempdir().unwrap();
    let conn = make_shop(&dir.path().join("wal.db"), 50);
    conn.pragma_update(None, "journal_mode", "wal").unwrap();
    conn.execute("INSERT INTO customer(name) VALUES ('only in the WAL')", [])
        .unwrap();
    let file = dir.path().join("wal.skbackup");
    shopkeeper_backup::create(&conn, &file, keys(), &facts()).unwrap();
    let target_path = dir.path().join("restored.db");
    let target = Connection::open(&target_path).unwrap();
    shopkeeper_backup::restore(&file, unlock(), &target).unwrap();
    assert_eq!(rows(&target), rows(&conn));
    let mode: String = target
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        mode, "delete",
        "the restored file keeps the target's rollback journal"
    );

    // A database with no pages at all round-trips to an empty database.
    let empty = Connection::open(dir.path().join("empty.db")).unwrap();
    let file = dir.path().join("empty.skbackup");
    let s = shopkeeper_backup::create(&empty, &file, keys(), &facts()).unwrap();
    assert_eq!(s.page_count, 0);
    let target = Connection::open_in_memory().unwrap();
    shopkeeper_backup::restore(&file, unlock(), &target).unwrap();
}

#[test]
fn list_shows_backups_and_hides_partials() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let conn = Connection::open(&f.shop).unwrap();
    let t = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(18, 30, 0)
        .unwrap();
    let name = shopkeeper_backup::backup_file_name("Zoë's Corner", t);
    shopkeeper_backup::create(&conn, &dir.path().join(&name), keys(), &facts()).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "hello").unwrap();
    std::fs::write(
        dir.path().join(format!(".{name}.partial-0123456789ab")),
        &f.bytes[..1000],
    )
    .unwrap();
    let listing = shopkeeper_backup::list(dir.path()).unwrap();
    assert_eq!(listing.len(), 2);
    assert_eq!(listing[0].file_name, name);
    assert!(listing[0].looks_like_backup);
    assert_eq!(listing[0].name_time, Some(t));
    assert_eq!(listing[0].size, f.bytes.len() as u64);
    assert!(listing[0].modified.is_some());
    assert_eq!(listing[1].file_name, "notes.txt");
    assert!(!listing[1].looks_like_backup);
}
