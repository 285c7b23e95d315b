//! Rotation on a real folder: only our backups are ever deleted.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use secrecy::SecretString;
use shopkeeper_backup::{backup_file_name, BackupKeys, RotationPolicy};

use crate::common::*;

fn at(d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 1, d)
        .unwrap()
        .and_hms_opt(18, 30, 0)
        .unwrap()
}

#[test]
fn rotate_deletes_only_old_backups() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    // Twenty daily backups of one shop: copies of the fixture under dated names.
    for d in 1..=20 {
        std::fs::write(
            dir.path().join(backup_file_name("Corner Books", at(d))),
            &f.bytes,
        )
        .unwrap();
    }
    // Things rotation must never touch: another shop's single old backup, a
    // file with a backup name but not a backup, and unrelated files.
    std::fs::write(
        dir.path()
            .join(backup_file_name("Other Shop", at(1) - Duration::days(400))),
        &f.bytes,
    )
    .unwrap();
    std::fs::write(
        dir.path()
            .join(backup_file_name("Corner Books", at(1) - Duration::days(30))),
        b"not one",
    )
    .unwrap();
    std::fs::write(dir.path().join("holiday.jpg"), b"jpeg").unwrap();

    let policy = RotationPolicy {
        daily: 3,
        weekly: 2,
        monthly: 1,
    };
    let deleted =
        shopkeeper_backup::rotate(dir.path(), &policy, at(20) + Duration::hours(1), keys())
            .unwrap();
    let names: Vec<String> = shopkeeper_backup::list(dir.path())
        .unwrap()
        .into_iter()
        .map(|l| l.file_name)
        .collect();
    // Kept: Jan 20, 19, 18 (daily); weeks: Jan 20 (Tue, week 4) and Sun Jan 18 (week 3); month: Jan 20.
    let kept: Vec<String> = [20, 19, 18]
        .iter()
        .map(|&d| backup_file_name("Corner Books", at(d)))
        .collect();
    assert_eq!(deleted.len(), 17, "{deleted:?}");
    for k in &kept {
        assert!(names.contains(k), "{k} was deleted");
    }
    assert!(names.contains(&"holiday.jpg".to_string()));
    assert!(names.contains(&backup_file_name("Other Shop", at(1) - Duration::days(400))));
    assert!(names.contains(&backup_file_name(
        "Corner Books",
        at(1) - Duration::days(30)
    )));
    assert_eq!(names.len(), 6);
    // Running it again deletes nothing more.
    assert!(
        shopkeeper_backup::rotate(dir.path(), &policy, at(20), keys())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn rotation_never_deletes_a_file_that_does_not_authenticate_as_ours() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    for d in 10..=20 {
        std::fs::write(
            dir.path().join(backup_file_name("Corner Books", at(d))),
            &f.bytes,
        )
        .unwrap();
    }
    // Planted under this shop's names and old dates, which rotation would thin out:
    // another shop's real backup (even with the same passphrase: its own salt)...
    let other = tempfile::tempdir().unwrap();
    let conn = make_shop(&other.path().join("other.db"), 5);
    let other_keys = BackupKeys::new(&SecretString::from(PASSPHRASE)).unwrap();
    let foreign = dir.path().join(backup_file_name("Corner Books", at(1)));
    shopkeeper_backup::create(&conn, &foreign, &other_keys, &facts()).unwrap();
    // ...a copy of ours with its header altered (the MAC no longer holds)...
    let mut altered = f.bytes.clone();
    altered[40] ^= 1;
    let tampered = dir.path().join(backup_file_name("Corner Books", at(2)));
    std::fs::write(&tampered, &altered).unwrap();
    // ...and the magic bytes followed by nothing much.
    let fake = dir.path().join(backup_file_name("Corner Books", at(3)));
    std::fs::write(&fake, &f.bytes[..200]).unwrap();

    let policy = RotationPolicy {
        daily: 3,
        weekly: 0,
        monthly: 0,
    };
    let deleted =
        shopkeeper_backup::rotate(dir.path(), &policy, at(20) + Duration::hours(1), keys())
            .unwrap();
    // Only our own: Jan 10 to 17 (Jan 18, 19, 20 kept).
    assert_eq!(deleted.len(), 8, "{deleted:?}");
    for planted in [&foreign, &tampered, &fake] {
        assert!(planted.exists(), "{} was deleted", planted.display());
        assert!(!deleted.contains(planted));
    }
}
