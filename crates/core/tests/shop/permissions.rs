//! The shop's files are the owner's alone, whatever the umask (usually 022,
//! which would make new files 0644 and folders 0755).

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;

use crate::create;

fn mode(p: &std::path::Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_new_shop_makes_its_folders_0700_and_its_file_0600() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("share").join("shopkeeper");
    let vault = folder.join("shop.vault");
    let shop = create(&vault);
    drop(shop);
    assert_eq!(mode(&folder), 0o700, "{:o}", mode(&folder));
    assert_eq!(mode(&dir.path().join("share")), 0o700);
    assert_eq!(mode(&vault), 0o600, "{:o}", mode(&vault));
}

#[test]
fn a_change_of_key_leaves_the_vault_0600() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let mut shop = create(&vault);
    let p = shopkeeper_core::SecretString::from(crate::PASSPHRASE.to_string());
    shop.new_emergency_kit(&p, &mut |_| {}).unwrap();
    assert_eq!(mode(&vault), 0o600, "{:o}", mode(&vault));
}
