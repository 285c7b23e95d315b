//! The errors of this crate: data, never words for the owner (the crates
//! that use it word them).

use crate::KdfParams;

/// What went wrong in a cryptographic operation. Never carries a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    /// Argon2id costs outside [`KdfParams`]' bounds (refused before any work).
    #[error("key-derivation costs out of bounds: m = {} KiB, t = {}, p = {}", .0.m_kib, .0.t, .0.p)]
    KdfOutOfBounds(KdfParams),
    /// A salt Argon2id does not take (shorter than 8 bytes).
    #[error("a key-derivation salt of {len} bytes is too short")]
    SaltTooShort {
        /// The salt's length in bytes.
        len: usize,
    },
    /// Sealed bytes did not open: another key, or the bytes, the nonce or
    /// the associated data changed since sealing.
    #[error("sealed data did not authenticate")]
    Unauthentic,
    /// A PIN hash that is not an Argon2id PHC string within the bounds.
    #[error("not a PIN hash this version reads")]
    BadPinHash,
}
