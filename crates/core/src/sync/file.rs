//! The change file: what one computer tells the others, encrypted and
//! authenticated with the shop's sync key.
//!
//! Layout (docs/sync.md, "Change files"):
//!
//! ```text
//! magic     8 bytes   "SKSYNC" 0x00 0x01   (format version 1)
//! nonce    24 bytes   random, for XChaCha20-Poly1305
//! length    8 bytes   little-endian length of what follows
//! sealed    n bytes   XChaCha20-Poly1305(JSON of ChangeFile), 16-byte tag included
//! ```
//!
//! The associated data is the magic, the length and the file's name without
//! its extension (device id and sequence number), so a file renamed to pose
//! as another is refused like a changed one.

use std::collections::BTreeMap;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

/// The first bytes of every change file.
pub(crate) const MAGIC: &[u8; 8] = b"SKSYNC\x00\x01";
const NONCE_LEN: usize = 24;
const HEADER_LEN: usize = MAGIC.len() + NONCE_LEN + 8;

/// The shop's sync key (32 bytes), wiped from memory when dropped.
pub(crate) struct SyncKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for SyncKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SyncKey(…)")
    }
}

impl SyncKey {
    /// A new random key.
    pub fn generate() -> SyncKey {
        use rand::RngCore;
        let mut bytes = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(bytes.as_mut());
        SyncKey(bytes)
    }

    /// The key made of `bytes`.
    pub fn from_bytes(bytes: Zeroizing<[u8; 32]>) -> SyncKey {
        SyncKey(bytes)
    }

    /// The key's bytes.
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key as stored in the vault (hexadecimal).
    pub fn to_hex(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(64));
        for b in self.0.iter() {
            s.push_str(&format!("{b:02x}"));
        }
        s
    }

    /// The key stored as hexadecimal; `None` if it is not one.
    pub fn from_hex(hex: &str) -> Option<SyncKey> {
        if hex.len() != 64 {
            return None;
        }
        let mut bytes = Zeroizing::new([0u8; 32]);
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(SyncKey(bytes))
    }
}

/// One record's state as a computer knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Record {
    /// The table.
    pub t: String,
    /// The record's key: a JSON array of its key columns' values.
    pub k: String,
    /// Clock readings: `""` when the record was made, `"-"` when removed,
    /// and one per column changed since it was made.
    pub c: BTreeMap<String, String>,
    /// The record's values, column by column; absent when it was removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub v: Option<Map<String, Value>>,
}

/// The content of one change file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct ChangeFile {
    /// The writing computer's device id.
    pub device: String,
    /// The writing computer's name, as its owner calls it.
    pub device_name: String,
    /// The file's sequence number among this device's files (from 1).
    pub seq: u64,
    /// When it was written (RFC 3339, UTC).
    pub written_at: String,
    /// Per device, the newest clock reading of its changes the writer had
    /// applied when writing (to tell concurrent changes apart).
    pub seen: BTreeMap<String, String>,
    /// The records changed on the writer since its previous file.
    pub records: Vec<Record>,
}

/// Why a change file was not applied, in words for the owner.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileProblem {
    /// It does not start like a change file.
    #[error("it is not a Shopkeeper change file")]
    NotAChangeFile,
    /// It is shorter than its header says: cut short, or still being copied.
    #[error("it is incomplete (cut short, or still being copied); it will be tried again at the next sync")]
    Truncated,
    /// Authentication failed: changed after writing, or another shop's key.
    #[error("it could not be opened with this shop's sync key: it was changed or damaged after it was written, or it belongs to another shop")]
    WrongKeyOrDamaged,
    /// It opened, but its content is not what this version understands.
    #[error("its content could not be read (written by a newer version of Shopkeeper?)")]
    Unreadable,
    /// It could not be read from the folder.
    #[error("it could not be read from the folder ({0})")]
    Io(String),
}

fn aad(name: &str, len: u64) -> Vec<u8> {
    let mut aad = MAGIC.to_vec();
    aad.extend_from_slice(&len.to_le_bytes());
    aad.extend_from_slice(name.as_bytes());
    aad
}

/// Encrypts `file` under `key`, bound to the file's `name` (without extension).
pub(crate) fn seal(file: &ChangeFile, key: &SyncKey, name: &str) -> Vec<u8> {
    use rand::RngCore;
    let plain = Zeroizing::new(serde_json::to_vec(file).expect("plain data serializes"));
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let len = (plain.len() + 16) as u64;
    let cipher = XChaCha20Poly1305::new(key.bytes().into());
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &plain,
                aad: &aad(name, len),
            },
        )
        .expect("encryption of an in-memory buffer cannot fail");
    let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&sealed);
    out
}

/// Decrypts and reads a change file called `name` (without extension).
pub(crate) fn open(bytes: &[u8], key: &SyncKey, name: &str) -> Result<ChangeFile, FileProblem> {
    if bytes.len() < MAGIC.len() {
        return Err(if MAGIC.starts_with(bytes) {
            FileProblem::Truncated
        } else {
            FileProblem::NotAChangeFile
        });
    }
    if &bytes[..MAGIC.len()] != MAGIC {
        return Err(FileProblem::NotAChangeFile);
    }
    if bytes.len() < HEADER_LEN {
        return Err(FileProblem::Truncated);
    }
    let nonce = &bytes[MAGIC.len()..MAGIC.len() + NONCE_LEN];
    let len = u64::from_le_bytes(
        bytes[MAGIC.len() + NONCE_LEN..HEADER_LEN]
            .try_into()
            .expect("eight bytes"),
    );
    let sealed = &bytes[HEADER_LEN..];
    match (sealed.len() as u64).cmp(&len) {
        std::cmp::Ordering::Less => return Err(FileProblem::Truncated),
        std::cmp::Ordering::Greater => return Err(FileProblem::WrongKeyOrDamaged),
        std::cmp::Ordering::Equal => {}
    }
    let cipher = XChaCha20Poly1305::new(key.bytes().into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: &aad(name, len),
                },
            )
            .map_err(|_| FileProblem::WrongKeyOrDamaged)?,
    );
    serde_json::from_slice(&plain).map_err(|_| FileProblem::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ChangeFile {
        ChangeFile {
            device: "0123456789abcdef".into(),
            device_name: "Counter".into(),
            seq: 3,
            written_at: "2024-05-01T10:00:00.000Z".into(),
            seen: BTreeMap::new(),
            records: vec![Record {
                t: "customer".into(),
                k: "[\"x\"]".into(),
                c: BTreeMap::from([("".into(), "h".into())]),
                v: Some(Map::from_iter([("display_name".into(), "Zoë".into())])),
            }],
        }
    }

    #[test]
    fn a_sealed_file_opens_only_with_its_key_its_name_and_every_byte() {
        let key = SyncKey::generate();
        let name = "0123456789abcdef-00000003";
        let bytes = seal(&sample(), &key, name);
        assert_eq!(open(&bytes, &key, name).unwrap(), sample());
        // Encrypted: neither the names of columns nor their values show.
        assert!(!bytes.windows(12).any(|w| w == b"display_name"));
        assert!(!bytes.windows(2).any(|w| w == b"Zo"));
        assert_eq!(
            open(&bytes, &SyncKey::generate(), name),
            Err(FileProblem::WrongKeyOrDamaged)
        );
        assert_eq!(
            open(&bytes, &key, "0123456789abcdef-00000004"),
            Err(FileProblem::WrongKeyOrDamaged)
        );
        let mut flipped = bytes.clone();
        flipped[HEADER_LEN + 5] ^= 1;
        assert_eq!(
            open(&flipped, &key, name),
            Err(FileProblem::WrongKeyOrDamaged)
        );
        assert_eq!(
            open(&bytes[..bytes.len() - 1], &key, name),
            Err(FileProblem::Truncated)
        );
        assert_eq!(open(&bytes[..3], &key, name), Err(FileProblem::Truncated));
        assert_eq!(
            open(b"hello, world", &key, name),
            Err(FileProblem::NotAChangeFile)
        );
        let hex = key.to_hex();
        assert_eq!(SyncKey::from_hex(&hex).unwrap().bytes(), key.bytes());
        assert!(SyncKey::from_hex("zz").is_none());
    }
}
