//! Shops with automatic backups and their local settings.

use std::path::{Path, PathBuf};

use shopkeeper_core::backup_schedule::BackupSchedule;
use shopkeeper_core::{CreatedVault, KdfParams, SecretString, Shop, LOCAL_SETTINGS};

use super::{raw, PASSPHRASE};

/// A passphrase or PIN as the core takes it.
pub fn pass(p: &str) -> SecretString {
    SecretString::from(p)
}

/// A new shop in `dir/name.vault` with automatic backups into its own
/// folder; returns it, its vault path and its recovery key.
pub fn shop_with_backups(dir: &Path, name: &str) -> (Shop, PathBuf, CreatedVault) {
    let vault = dir.join(format!("{name}.vault"));
    let (mut shop, created) =
        Shop::create_with_kdf(&vault, &pass(PASSPHRASE), KdfParams::minimum()).unwrap();
    let folder = dir.join(format!("backups of {name}"));
    std::fs::create_dir(&folder).unwrap();
    shop.set_backup_schedule(&BackupSchedule {
        folder: Some(folder),
        ..BackupSchedule::default()
    })
    .unwrap();
    (shop, vault, created)
}

/// Every local setting the vault at `path` holds, with its value.
pub fn local_values(path: &Path) -> Vec<(String, String)> {
    raw(path)
        .prepare("SELECT key, value FROM setting ORDER BY key")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<Vec<(String, String)>>>()
        .unwrap()
        .into_iter()
        .filter(|(k, _)| LOCAL_SETTINGS.contains(&k.as_str()))
        .collect()
}
