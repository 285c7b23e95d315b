//! A passphrase change, a new emergency kit and a reset change the data key:
//! an old copy of the header with the old passphrase or kit opens nothing.

use std::path::Path;

use shopkeeper_core::{RekeyProgress, SecretString, Shop, Unlock};

use crate::{create, customer, reopen, PASSPHRASE};

const NEW: &str = "a brand new passphrase for the counter";

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

/// The vault's two header copies (what a file-history snapshot keeps).
fn header(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()[..8192].to_vec()
}

/// The current file with an old header spliced on, as a new file beside it.
fn spliced(path: &Path, old_header: &[u8]) -> std::path::PathBuf {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[..8192].copy_from_slice(old_header);
    let out = path.with_file_name("spliced.vault");
    std::fs::write(&out, bytes).unwrap();
    out
}

fn names(shop: &Shop) -> Vec<String> {
    shop.list_customers()
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect()
}

#[test]
fn after_a_passphrase_change_an_old_header_and_the_old_passphrase_open_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let mut shop = create(&vault);
    customer(&mut shop, "Zoë Ødegård", None, None);
    let old_header = header(&vault);

    let mut seen: Vec<RekeyProgress> = Vec::new();
    let done = shop
        .change_passphrase(&pass(PASSPHRASE), &pass(NEW), &pass(NEW), &mut |p| {
            seen.push(p)
        })
        .unwrap();
    let last = *seen.last().unwrap();
    assert_eq!(last.pages_done, last.pages_total);
    assert!(last.pages_total > 2);
    assert!(done
        .created
        .emergency_kit
        .contains(&done.created.recovery_key.to_string()));

    // The open shop goes on working, in the new file.
    customer(&mut shop, "李小龙", None, None);
    drop(shop);

    let attacked = spliced(&vault, &old_header);
    let opened = Shop::open(&attacked, &Unlock::Passphrase(pass(PASSPHRASE)));
    assert!(opened.is_err(), "the old header opened the current file");

    assert!(
        reopen(&vault).is_err(),
        "the old passphrase still opens the vault"
    );
    let shop = Shop::open(&vault, &Unlock::Passphrase(pass(NEW))).unwrap();
    assert_eq!(names(&shop), ["Zoë Ødegård", "李小龙"]);
    drop(shop);
    let shop = Shop::open(&vault, &Unlock::RecoveryKey(done.created.recovery_key)).unwrap();
    assert_eq!(names(&shop).len(), 2);
}

#[test]
fn after_a_new_kit_an_old_header_and_the_old_kit_open_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let (mut shop, created) = Shop::create_with_kdf(
        &vault,
        &pass(PASSPHRASE),
        shopkeeper_core::KdfParams::minimum(),
    )
    .unwrap();
    customer(&mut shop, "O'Brien", None, None);
    let old_header = header(&vault);
    shop.new_emergency_kit(&pass(PASSPHRASE), &mut |_| {})
        .unwrap();
    drop(shop);
    let attacked = spliced(&vault, &old_header);
    let old_kit = Unlock::RecoveryKey(created.recovery_key);
    assert!(Shop::open(&attacked, &old_kit).is_err());
    assert!(Shop::open(&attacked, &Unlock::Passphrase(pass(PASSPHRASE))).is_err());
    assert_eq!(names(&reopen(&vault).unwrap()), ["O'Brien"]);
}

#[test]
fn after_a_reset_an_old_header_and_the_forgotten_passphrase_open_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let (mut shop, created) = Shop::create_with_kdf(
        &vault,
        &pass(PASSPHRASE),
        shopkeeper_core::KdfParams::minimum(),
    )
    .unwrap();
    customer(&mut shop, "O'Brien", None, None);
    drop(shop);
    let old_header = header(&vault);
    let key = pass(&created.recovery_key.to_string());
    let shop = Shop::reset_passphrase(&vault, &key, &pass(NEW), &pass(NEW)).unwrap();
    assert_eq!(names(&shop), ["O'Brien"]);
    drop(shop);
    let attacked = spliced(&vault, &old_header);
    assert!(Shop::open(&attacked, &Unlock::Passphrase(pass(PASSPHRASE))).is_err());
    // The kit stays the same.
    assert!(Shop::open(&vault, &Unlock::RecoveryKey(created.recovery_key)).is_ok());
}

#[test]
fn the_owner_is_told_which_old_copies_the_old_passphrase_opens() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let mut shop = create(&vault);
    customer(&mut shop, "Zoë Ødegård", None, None);
    let copy = dir.path().join("shop.vault.before-v9");
    std::fs::copy(&vault, &copy).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a vault").unwrap();
    let done = shop
        .change_passphrase(&pass(PASSPHRASE), &pass(NEW), &pass(NEW), &mut |_| {})
        .unwrap();
    assert_eq!(done.old_copies, std::slice::from_ref(&copy));
    // And it is true: the copy opens with the old passphrase.
    drop(shop);
    assert!(Shop::open(&copy, &Unlock::Passphrase(pass(PASSPHRASE))).is_ok());
}

#[test]
fn a_wrong_current_passphrase_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let mut shop = create(&vault);
    let before = std::fs::read(&vault).unwrap();
    let err = shop
        .change_passphrase(&pass("not it at all"), &pass(NEW), &pass(NEW), &mut |_| {})
        .unwrap_err();
    assert_eq!(err.field(), Some("passphrase"), "{err}");
    assert_eq!(std::fs::read(&vault).unwrap(), before);
    assert!(!shopkeeper_vault::rekey_temp_path(&vault).exists());
    customer(&mut shop, "Still here", None, None);
}

#[test]
fn a_change_interrupted_by_a_crash_leaves_the_shop_whole() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let mut shop = create(&vault);
    customer(&mut shop, "Zoë Ødegård", None, None);
    drop(shop);
    // What a change killed halfway leaves: a new file, partly written.
    let leftover = shopkeeper_vault::rekey_temp_path(&vault);
    let bytes = std::fs::read(&vault).unwrap();
    std::fs::write(&leftover, &bytes[..bytes.len() / 2]).unwrap();

    // A wrong passphrase touches nothing, the leftover included.
    assert!(Shop::open(&vault, &Unlock::Passphrase(pass("not it at all"))).is_err());
    assert!(leftover.exists());
    // The right one opens the whole shop, and the leftover goes.
    let mut shop = reopen(&vault).unwrap();
    assert_eq!(names(&shop), ["Zoë Ødegård"]);
    assert!(!leftover.exists());
    // The change can simply be started again.
    std::fs::write(&leftover, &bytes[..8192]).unwrap();
    shop.change_passphrase(&pass(PASSPHRASE), &pass(NEW), &pass(NEW), &mut |_| {})
        .unwrap();
    assert!(!leftover.exists());
    assert_eq!(names(&shop), ["Zoë Ødegård"]);
}
