//! Settings that stay in the vault (`LOCAL_SETTINGS`) never travel by sync.

use shopkeeper_core::Settings;
use shopkeeper_sync::ShopSync;

use crate::backups::{local_values, pass, shop_with_backups};
use crate::PASSPHRASE;

/// Sync sends the shop's settings, never the local ones: the owner's PIN
/// and backup secret of one computer do not replace another's.
#[test]
fn local_settings_never_travel_by_sync() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("shared folder");
    std::fs::create_dir(&folder).unwrap();
    let (mut a, a_vault, _) = shop_with_backups(dir.path(), "a");
    a.set_owner_pin(&a_vault, &pass(PASSPHRASE), &pass("482913"))
        .unwrap();
    let started = a.sync_enable(&folder, Some("Counter")).unwrap();
    a.update_settings(&Settings {
        shop_name: "Marta's Deli".into(),
        ..a.settings().clone()
    })
    .unwrap();
    a.sync_now().unwrap();
    let (mut b, b_vault, _) = shop_with_backups(dir.path(), "b");
    let b_schedule = b.backup_schedule().unwrap();
    b.sync_join(&folder, &started.code, Some("Workshop"))
        .unwrap();
    b.sync_now().unwrap();
    assert_eq!(
        b.settings().shop_name,
        "Marta's Deli",
        "shared settings sync"
    );
    assert!(!b.has_owner_pin().unwrap(), "A's PIN stayed on A");
    assert_eq!(b.backup_schedule().unwrap(), b_schedule);

    b.set_owner_pin(&b_vault, &pass(PASSPHRASE), &pass("1111"))
        .unwrap();
    b.note_backup_problem("B's drive was full").unwrap();
    b.sync_now().unwrap();
    let a_before = {
        drop(a);
        let values = local_values(&a_vault);
        a = crate::reopen(&a_vault).unwrap();
        values
    };
    a.sync_now().unwrap();
    assert!(a.verify_owner_pin(&pass("482913")).unwrap());
    assert!(!a.verify_owner_pin(&pass("1111")).unwrap());
    drop(a);
    assert_eq!(
        local_values(&a_vault),
        a_before,
        "nothing local came from B"
    );
}
