//! Automatic backups: locked at the vault's own calibrated cost, and their
//! rotation deletes only files that authenticate as this shop's backups.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use shopkeeper_core::backup::backup_file_name;
use shopkeeper_core::{KdfParams, SecretString, Shop};

use crate::{customer, PASSPHRASE};

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

fn day(d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, d)
        .unwrap()
        .and_hms_opt(18, 30, 0)
        .unwrap()
}

/// The Argon2id parameters of a backup's first (passphrase) slot, read from
/// the bytes as docs/backup-format.md lays them out.
fn slot_params(file: &std::path::Path) -> (u32, u32, u32) {
    let b = std::fs::read(file).unwrap();
    let u = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap());
    assert_eq!(b[60], 1, "the first slot is the passphrase's");
    (u(64), u(68), u(72))
}

#[test]
fn automatic_backups_use_the_vaults_calibrated_cost_not_the_floor() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    // A vault calibrated above the floor (one more pass, a little more memory).
    let calibrated = KdfParams {
        m_kib: 72 * 1024,
        t: 4,
        p: 4,
    };
    let (mut shop, _) = Shop::create_with_kdf(&vault, &pass(PASSPHRASE), calibrated).unwrap();
    customer(&mut shop, "Zoë Ødegård", None, None);
    let usb = dir.path().join("usb");
    std::fs::create_dir(&usb).unwrap();
    let keys = shop.backup_keys(&pass(PASSPHRASE)).unwrap();
    let made = shop.backup_into_folder(&usb, &keys, day(1)).unwrap();
    let info = shopkeeper_core::access::info(&vault).unwrap();
    assert_eq!(info.kdf, calibrated);
    assert_eq!(
        slot_params(&made.summary.path),
        (calibrated.m_kib, calibrated.t, calibrated.p)
    );
}

#[test]
fn rotation_keeps_files_named_like_old_backups_that_are_not_this_shops() {
    let dir = tempfile::tempdir().unwrap();
    let usb = dir.path().join("usb");
    std::fs::create_dir(&usb).unwrap();
    let (mut shop, _) = Shop::create_with_kdf(
        &dir.path().join("shop.vault"),
        &pass(PASSPHRASE),
        KdfParams::minimum(),
    )
    .unwrap();
    customer(&mut shop, "Zoë Ødegård", None, None);
    let name = shop.settings().shop_name.clone();

    // Another shop of the same name and passphrase backs up into the same folder, long ago.
    let (other, _) = Shop::create_with_kdf(
        &dir.path().join("other.vault"),
        &pass(PASSPHRASE),
        KdfParams::minimum(),
    )
    .unwrap();
    let other_keys = other.backup_keys(&pass(PASSPHRASE)).unwrap();
    let theirs = other.backup_into_folder(&usb, &other_keys, day(1)).unwrap();
    assert_eq!(
        theirs.summary.path,
        usb.join(backup_file_name(&name, day(1)))
    );
    // And a fake: the magic bytes under one of this shop's old names.
    let fake = usb.join(backup_file_name(&name, day(2)));
    std::fs::write(&fake, b"SHOPKEEPER-BKUP\n and nothing else").unwrap();

    // A month of this shop's own daily backups: rotation thins them out.
    let keys = shop.backup_keys(&pass(PASSPHRASE)).unwrap();
    let mut removed = Vec::new();
    for d in 3..=31 {
        removed.extend(
            shop.backup_into_folder(&usb, &keys, day(d))
                .unwrap()
                .removed,
        );
    }
    assert!(!removed.is_empty(), "rotation deleted none of ours");
    assert!(
        theirs.summary.path.exists(),
        "another shop's backup was deleted"
    );
    assert!(
        fake.exists(),
        "a file that is no backup of ours was deleted"
    );
    // The shop's own keys, made again in a later session, still recognise its backups.
    let later = shop.backup_keys(&pass(PASSPHRASE)).unwrap();
    let more = shop
        .backup_into_folder(&usb, &later, day(31) + Duration::days(40))
        .unwrap();
    assert!(!more.removed.is_empty());
}
