//! Shopkeeper's cryptography in one place, on well-kept crates (`argon2`,
//! `chacha20poly1305`, `zeroize`, `rand`).
//!
//! - [`KdfParams`]: Argon2id costs with **one** set of bounds, checked before
//!   any derivation, so a crafted file can neither make unlocking take an hour
//!   or 100 GiB nor ask for a weaker cost than the floor; [`KdfChoice`]
//!   calibrates a new cost on this machine.
//! - [`normalize`]: every typed secret (passphrase, PIN) is Unicode NFC
//!   before it is derived from, so the same text typed on another keyboard
//!   gives the same key.
//! - [`SecretKey`]: a 32-byte key wiped from memory when dropped.
//! - [`seal`] / [`open`]: XChaCha20-Poly1305 with a random [`Nonce`] and
//!   associated data that authenticates a file's header.
//! - [`pin`]: the owner's PIN as an Argon2id PHC string.
//!
//! ```
//! use shopkeeper_crypto::{open, seal, KdfParams, Nonce, SecretString};
//! # fn main() -> Result<(), shopkeeper_crypto::CryptoError> {
//! let key = KdfParams::MIN.derive_passphrase(&SecretString::from("Zoë's shop"), &[7; 32])?;
//! let nonce = Nonce::random();
//! let sealed = seal(&key, &nonce, b"header", b"customer book");
//! assert_eq!(&open(&key, &nonce, b"header", &sealed)?[..], b"customer book");
//! # Ok(()) }
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod aead;
mod calibrate;
mod error;
mod kdf;
pub mod pin;
mod secret;

pub use aead::{open, seal, Nonce, NONCE_LEN, TAG_LEN};
pub use calibrate::KdfChoice;
pub use error::CryptoError;
pub use kdf::{derive_from_key, KdfParams, KEY_LEN};
pub use secrecy::{ExposeSecret, SecretString};
pub use secret::{normalize, same_secret, SecretKey};
pub use zeroize::Zeroizing;
