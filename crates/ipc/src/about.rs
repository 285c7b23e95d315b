//! The About window: which Shopkeeper this is and where the owner's data lives.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the About window shows.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AboutDto {
    /// The app's version (from `Cargo.toml`).
    pub version: String,
    /// The licence the app is published under (SPDX expression).
    pub license: String,
    /// Where the shop's encrypted data file is.
    pub vault_path: String,
    /// The name the copy kept before the next format update would get
    /// (`shop.vault.before-v4`), in the same folder as the data file.
    pub migration_copy_name: String,
    /// The version of the data inside the vault (the schema).
    #[ts(type = "number")]
    pub schema_version: i64,
    /// The vault file format.
    pub vault_format: u16,
    /// The backup file format.
    pub backup_format: u32,
    /// Whether sync with other computers is on (through a shared folder:
    /// Shopkeeper opens no network connection either way).
    pub sync_on: bool,
}

impl AboutDto {
    /// About this build, `version` and `license` being the app's own, for the
    /// vault at `vault`, with sync `sync_on`.
    pub fn new(version: &str, license: &str, vault: &Path, sync_on: bool) -> Self {
        let next =
            shopkeeper_core::migration_backup_path(vault, shopkeeper_core::SCHEMA_VERSION + 1);
        AboutDto {
            version: version.to_string(),
            license: license.to_string(),
            vault_path: vault.display().to_string(),
            migration_copy_name: next
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            schema_version: shopkeeper_core::SCHEMA_VERSION,
            vault_format: shopkeeper_core::VAULT_FORMAT_VERSION,
            backup_format: shopkeeper_core::BACKUP_FORMAT_VERSION,
            sync_on,
        }
    }
}
