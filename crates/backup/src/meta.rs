//! The facts a backup carries about itself, encrypted in the metadata block.

use std::path::PathBuf;

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{BackupError, Result};
use crate::format::MAX_META_LEN;
use crate::header::FileKeys;

/// Facts about the shop supplied by the caller and stored, encrypted, in the
/// backup, so that a backup can be described before it is restored
/// ([`crate::read_facts`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BackupFacts {
    /// The shop's name as the owner typed it.
    pub shop_name: String,
    /// When the backup was made.
    pub created_at: DateTime<Utc>,
    /// How many customers the shop had, if the caller counted them.
    #[serde(default)]
    pub customer_count: Option<u64>,
    /// The day of the most recent purchase, if the caller knows it.
    #[serde(default)]
    pub last_purchase: Option<NaiveDate>,
}

impl BackupFacts {
    /// Facts with a shop name and a creation time; the optional counts start empty.
    pub fn new(shop_name: impl Into<String>, created_at: DateTime<Utc>) -> BackupFacts {
        BackupFacts {
            shop_name: shop_name.into(),
            created_at,
            customer_count: None,
            last_purchase: None,
        }
    }
}

/// What `create`, `verify` and `restore` report about a backup.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BackupSummary {
    /// The caller-supplied facts stored in the backup.
    pub facts: BackupFacts,
    /// SQLite page size of the database in the backup.
    pub page_size: u32,
    /// Number of pages of the database in the backup.
    pub page_count: u32,
    /// Size of the backup file in bytes (0 when written to a stream).
    pub file_bytes: u64,
    /// Where the backup file is (empty when written to a stream).
    pub path: PathBuf,
}

impl BackupSummary {
    /// Size of the database inside the backup, in bytes.
    pub fn database_bytes(&self) -> u64 {
        u64::from(self.page_size) * u64::from(self.page_count)
    }
}

/// The JSON document inside the metadata block.
#[derive(Serialize, Deserialize)]
pub(crate) struct Metadata {
    #[serde(flatten)]
    pub(crate) facts: BackupFacts,
    pub(crate) page_size: u32,
    pub(crate) page_count: u32,
}

impl Metadata {
    pub(crate) fn to_json(&self) -> Result<Zeroizing<Vec<u8>>> {
        let json = Zeroizing::new(serde_json::to_vec(self).map_err(|e| BackupError::Io(e.into()))?);
        if json.len() + crate::format::TAG_LEN > MAX_META_LEN as usize {
            // Only an absurdly long shop name gets here.
            return Err(BackupError::BadPath);
        }
        Ok(json)
    }

    /// Encrypt the JSON with the metadata key (the nonce is all zeros; the key is unique to the file).
    pub(crate) fn seal(json: &[u8], fk: &FileKeys) -> Vec<u8> {
        let key = fk.metadata_key();
        let mut out = json.to_vec();
        let tag = ChaCha20Poly1305::new(Key::from_slice(key.as_ref()))
            .encrypt_in_place_detached(Nonce::from_slice(&[0; 12]), &[], &mut out)
            .expect("small plaintexts always encrypt");
        out.extend_from_slice(&tag);
        out
    }

    pub(crate) fn open(mut sealed: Vec<u8>, fk: &FileKeys) -> Result<Metadata> {
        let key = fk.metadata_key();
        let split = sealed
            .len()
            .checked_sub(crate::format::TAG_LEN)
            .ok_or(BackupError::Damaged)?;
        let tag = chacha20poly1305::Tag::clone_from_slice(&sealed[split..]);
        sealed.truncate(split);
        let mut plain = Zeroizing::new(sealed);
        ChaCha20Poly1305::new(Key::from_slice(key.as_ref()))
            .decrypt_in_place_detached(Nonce::from_slice(&[0; 12]), &[], plain.as_mut_slice(), &tag)
            .map_err(|_| BackupError::Damaged)?;
        let meta: Metadata = serde_json::from_slice(&plain).map_err(|_| BackupError::Damaged)?;
        let ps = meta.page_size;
        if !(512..=65536).contains(&ps) || !ps.is_power_of_two() {
            return Err(BackupError::Damaged);
        }
        Ok(meta)
    }
}
