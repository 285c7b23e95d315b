//! The change file: what one computer tells the others, encrypted and
//! authenticated with the shop's sync key, and signed by the computer that
//! wrote it.
//!
//! Layout (docs/sync.md, "Change files"):
//!
//! ```text
//! magic      8 bytes   "SKSYNC" 0x00 0x03   (format version 3; version 2
//!                      files, with whole-number quantities and unit prices,
//!                      are still read)
//! public    32 bytes   the writer's Ed25519 public key (its first 8 bytes are the device id)
//! nonce     24 bytes   random, for XChaCha20-Poly1305
//! length     8 bytes   little-endian length of the sealed part
//! sealed     n bytes   XChaCha20-Poly1305(JSON of ChangeFile), 16-byte tag included
//! signature 64 bytes   Ed25519 over everything before it, then the file's name
//! ```
//!
//! The associated data is the header (magic, public key, nonce, length) and
//! the file's name without its extension (device id and sequence number), so
//! a file renamed to pose as another is refused like a changed one; the
//! signature means only the computer whose id is the file's name could have
//! written it, even among those holding the sync key.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use shopkeeper_crypto::{Nonce, NONCE_LEN, TAG_LEN};
use zeroize::Zeroizing;

use super::keys::{self, DeviceKey, PUBLIC_LEN, SIGNATURE_LEN};
pub(crate) use shopkeeper_core::changes::Record;

pub(crate) use super::keys::SyncKey;

/// The first bytes of every change file.
pub(crate) const MAGIC: &[u8; 8] = b"SKSYNC\x00\x03";
/// The oldest version still read: version 2 carried quantities and unit
/// prices as JSON numbers, which the schema's text columns take as the same
/// exact decimal.
const OLDEST_READ: u8 = 2;
/// The first bytes of change files of every version (the last is the version).
const MAGIC_ANY: &[u8; 7] = b"SKSYNC\x00";
const HEADER_LEN: usize = MAGIC.len() + PUBLIC_LEN + NONCE_LEN + 8;
/// The largest change file read or written (512 MiB): a file claiming more
/// is refused before any of it is read.
pub(crate) const MAX_FILE_LEN: u64 = 512 << 20;

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
    /// A change file of another version of the format.
    #[error("it was written by another version of Shopkeeper (format {0}); update Shopkeeper on every computer of the shop")]
    OtherVersion(u8),
    /// It is shorter than its header says: cut short, or still being copied.
    #[error("it is incomplete (cut short, or still being copied); it will be tried again at the next sync")]
    Truncated,
    /// Larger than any change file may be; not read.
    #[error("it is larger than a change file may be ({} MiB); it was not read", MAX_FILE_LEN >> 20)]
    TooLarge,
    /// Authentication failed: changed after writing, or another shop's key.
    #[error("it could not be opened with this shop's sync key: it was changed or damaged after it was written, or it belongs to another shop")]
    WrongKeyOrDamaged,
    /// It opened with the sync key, but the computer it names did not sign it.
    #[error("it was not signed by the computer it claims to come from: someone holding the sync key wrote it posing as that computer")]
    NotItsWriter,
    /// It opened, but its content is not what this version understands.
    #[error("its content could not be read (written by a newer version of Shopkeeper?)")]
    Unreadable,
    /// It holds clock readings that are not readings.
    #[error("it holds clock readings that are not valid")]
    BadReading,
    /// It holds clock readings too far ahead of this computer's clock.
    #[error("its clock readings are more than {} hours ahead of this computer's clock; it will be tried again at a later sync", super::check::MAX_AHEAD_HOURS)]
    Ahead,
    /// It could not be read from the folder.
    #[error("it could not be read from the folder ({0})")]
    Io(String),
}

/// The associated data: the header and the file's name.
fn aad(header: &[u8], name: &str) -> Vec<u8> {
    let mut aad = header.to_vec();
    aad.extend_from_slice(name.as_bytes());
    aad
}

/// Encrypts `file` under `key`, bound to the file's `name` (without
/// extension), and signs it with this computer's `signer`.
pub(crate) fn seal(file: &ChangeFile, key: &SyncKey, signer: &DeviceKey, name: &str) -> Vec<u8> {
    let plain = Zeroizing::new(serde_json::to_vec(file).expect("plain data serializes"));
    let nonce = Nonce::random();
    let len = (plain.len() + TAG_LEN) as u64;
    let mut out =
        Vec::with_capacity(HEADER_LEN + plain.len() + TAG_LEN + SIGNATURE_LEN + name.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&signer.public());
    out.extend_from_slice(nonce.as_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    let sealed = shopkeeper_crypto::seal(key.key(), &nonce, &aad(&out, name), &plain);
    out.extend_from_slice(&sealed);
    let body = out.len();
    out.extend_from_slice(name.as_bytes());
    let signature = signer.sign(&out);
    out.truncate(body);
    out.extend_from_slice(&signature);
    out
}

/// Decrypts, checks and reads a change file called `name` (without
/// extension): it must open with the sync `key` and be signed by the key of
/// the device its name says. Takes the bytes to verify them in place.
pub(crate) fn open(
    mut bytes: Vec<u8>,
    key: &SyncKey,
    name: &str,
) -> Result<ChangeFile, FileProblem> {
    if bytes.len() < MAGIC.len() {
        return Err(if MAGIC.starts_with(&bytes) {
            FileProblem::Truncated
        } else {
            FileProblem::NotAChangeFile
        });
    }
    if &bytes[..MAGIC_ANY.len()] != MAGIC_ANY {
        return Err(FileProblem::NotAChangeFile);
    }
    if !(OLDEST_READ..=MAGIC[MAGIC_ANY.len()]).contains(&bytes[MAGIC_ANY.len()]) {
        return Err(FileProblem::OtherVersion(bytes[MAGIC_ANY.len()]));
    }
    if bytes.len() < HEADER_LEN {
        return Err(FileProblem::Truncated);
    }
    let public: [u8; PUBLIC_LEN] = bytes[MAGIC.len()..MAGIC.len() + PUBLIC_LEN]
        .try_into()
        .expect("32 bytes");
    let len = u64::from_le_bytes(
        bytes[HEADER_LEN - 8..HEADER_LEN]
            .try_into()
            .expect("eight bytes"),
    );
    if len > MAX_FILE_LEN {
        return Err(FileProblem::TooLarge);
    }
    let body = HEADER_LEN + len as usize;
    match bytes.len().cmp(&(body + SIGNATURE_LEN)) {
        std::cmp::Ordering::Less => return Err(FileProblem::Truncated),
        std::cmp::Ordering::Greater => return Err(FileProblem::WrongKeyOrDamaged),
        std::cmp::Ordering::Equal => {}
    }
    let nonce = Nonce::from_bytes(
        bytes[MAGIC.len() + PUBLIC_LEN..HEADER_LEN - 8]
            .try_into()
            .expect("24 bytes"),
    );
    let plain = shopkeeper_crypto::open(
        key.key(),
        &nonce,
        &aad(&bytes[..HEADER_LEN], name),
        &bytes[HEADER_LEN..body],
    )
    .map_err(|_| FileProblem::WrongKeyOrDamaged)?;
    let signature: [u8; SIGNATURE_LEN] = bytes[body..].try_into().expect("64 bytes");
    bytes.truncate(body);
    bytes.extend_from_slice(name.as_bytes());
    let device = name.split('-').next().unwrap_or_default();
    if keys::device_of_key(&public) != device || !keys::verify(&public, &bytes, &signature) {
        return Err(FileProblem::NotItsWriter);
    }
    serde_json::from_slice(&plain).map_err(|_| FileProblem::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Map;

    fn sample(device: &str) -> ChangeFile {
        ChangeFile {
            device: device.into(),
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
    fn a_sealed_file_opens_only_with_its_key_its_name_its_writer_and_every_byte() {
        let key = SyncKey::generate();
        let me = DeviceKey::generate();
        let device = me.device_id();
        let name = format!("{device}-00000003");
        let bytes = seal(&sample(&device), &key, &me, &name);
        assert_eq!(open(bytes.clone(), &key, &name).unwrap(), sample(&device));
        // Encrypted: neither the names of columns nor their values show.
        assert!(!bytes.windows(12).any(|w| w == b"display_name"));
        assert!(!bytes.windows(2).any(|w| w == b"Zo"));
        let problem = |b: &[u8], k: &SyncKey, n: &str| open(b.to_vec(), k, n).unwrap_err();
        assert_eq!(
            problem(&bytes, &SyncKey::generate(), &name),
            FileProblem::WrongKeyOrDamaged
        );
        assert_eq!(
            problem(&bytes, &key, &format!("{device}-00000004")),
            FileProblem::WrongKeyOrDamaged
        );
        let mut flipped = bytes.clone();
        flipped[HEADER_LEN + 5] ^= 1;
        assert_eq!(
            problem(&flipped, &key, &name),
            FileProblem::WrongKeyOrDamaged
        );
        let mut signature = bytes.clone();
        let last = signature.len() - 1;
        signature[last] ^= 1;
        assert_eq!(problem(&signature, &key, &name), FileProblem::NotItsWriter);
        assert_eq!(
            problem(&bytes[..bytes.len() - 1], &key, &name),
            FileProblem::Truncated
        );
        assert_eq!(problem(&bytes[..3], &key, &name), FileProblem::Truncated);
        assert_eq!(
            problem(b"hello, world", &key, &name),
            FileProblem::NotAChangeFile
        );
        let mut old = bytes.clone();
        old[7] = 1;
        assert_eq!(problem(&old, &key, &name), FileProblem::OtherVersion(1));
        // Another key holder, signing with its own key, posing as this device.
        let other = DeviceKey::generate();
        let forged = seal(&sample(&device), &key, &other, &name);
        assert_eq!(problem(&forged, &key, &name), FileProblem::NotItsWriter);
        // A header claiming more than the limit is refused before anything else.
        let mut huge = bytes.clone();
        huge[HEADER_LEN - 8..HEADER_LEN].copy_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(problem(&huge, &key, &name), FileProblem::TooLarge);
    }
}
