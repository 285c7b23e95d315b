//! Issue 19: a backup file with mutated bytes (header, metadata, chunks,
//! cut short or grown) never panics the reader, never opens, and a
//! refused restore leaves the target empty.

use proptest::prelude::*;
use rusqlite::Connection;
use shopkeeper_backup::BackupUnlock;
use shopkeeper_testkit::hostile::bytes_like;
use shopkeeper_testkit::{check, fast_tempdir};

use crate::common::{facts, keys, make_shop, RECOVERY};

#[test]
fn a_mutated_backup_never_panics_never_opens_and_restores_nothing() {
    let dir = fast_tempdir();
    let shop = make_shop(&dir.path().join("shop.db"), 0);
    let src = dir.path().join("good.skbackup");
    shopkeeper_backup::create(&shop, &src, keys(), &facts()).unwrap();
    let good = std::fs::read(&src).unwrap();
    // The recovery key unlocks without Argon2id, so each case is cheap;
    // the passphrase slot's parameters are checked against bounds before
    // any derivation (keys.rs), and the header's parsing is the same.
    let unlock = BackupUnlock::recovery_key(&RECOVERY).unwrap();
    let bad = dir.path().join("bad.skbackup");
    let target_path = dir.path().join("target.db");
    let target = Connection::open(&target_path).unwrap();
    check(10_000, bytes_like(vec![good.clone()]), |bytes| {
        let verified = shopkeeper_backup::verify_reader(&bytes[..], &unlock);
        prop_assert_eq!(verified.is_ok(), bytes == good, "{:?}", verified.err());
        if bytes != good {
            std::fs::write(&bad, &bytes).unwrap();
            prop_assert!(shopkeeper_backup::restore(&bad, &unlock, &target).is_err());
            let pages: i64 = target
                .query_row("PRAGMA page_count", [], |r| r.get(0))
                .unwrap();
            prop_assert_eq!(pages, 0, "a refused restore wrote pages");
        }
        Ok(())
    });
}
