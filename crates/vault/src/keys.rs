//! The key material of one open connection, shared by its main file and
//! its journal, and what the journal must know of the main file's epochs.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use crate::header::{FORMAT_VERSION, LEGACY_VERSION};

/// Key material shared by the files of one connection (its main file and
/// journal), and what the journal must know of the main file. The ciphers
/// wipe their keys on drop.
pub struct Keys {
    pub(crate) aead: XChaCha20Poly1305,
    pub(crate) db_id: [u8; 16],
    /// The file format: [`FORMAT_VERSION`], or [`LEGACY_VERSION`] (no epochs).
    pub(crate) version: u16,
    /// Key of the epoch digest (see `crate::epoch`).
    pub(crate) digest_key: XChaCha20Poly1305,
    /// The epoch of the main file's last commit, as last read or written.
    pub(crate) committed: AtomicU64,
    /// Whether a journal of the transaction after it was found.
    pub(crate) hot_journal: AtomicBool,
}

impl Keys {
    /// Build from a data key and database id, for the current format.
    pub fn new(dek: &[u8; 32], db_id: [u8; 16]) -> Keys {
        Keys::with_version(dek, db_id, FORMAT_VERSION)
    }

    /// Build for a file of format `version` (1 or 2).
    pub fn with_version(dek: &[u8; 32], db_id: [u8; 16], version: u16) -> Keys {
        let aead = XChaCha20Poly1305::new(Key::from_slice(dek));
        let mut sub = Zeroizing::new([0u8; 32]);
        aead.encrypt_in_place_detached(
            XNonce::from_slice(b"SKV2-EPOCH-DIGEST-KEY\0\0\0"),
            b"",
            sub.as_mut(),
        )
        .expect("32 bytes of keystream cannot fail");
        Keys {
            digest_key: XChaCha20Poly1305::new(Key::from_slice(sub.as_ref())),
            aead,
            db_id,
            version,
            committed: AtomicU64::new(0),
            hot_journal: AtomicBool::new(false),
        }
    }

    pub(crate) fn legacy(&self) -> bool {
        self.version == LEGACY_VERSION
    }

    pub(crate) fn set_committed_epoch(&self, epoch: u64) {
        self.committed.store(epoch, Ordering::Relaxed);
        self.hot_journal.store(false, Ordering::Relaxed);
    }

    pub(crate) fn hot_journal(&self) -> bool {
        self.hot_journal.load(Ordering::Relaxed)
    }
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(<redacted>)")
    }
}
