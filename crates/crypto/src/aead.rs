//! Sealing and opening with XChaCha20-Poly1305: a random 24-byte nonce per
//! message, and associated data that binds the sealed bytes to what the
//! caller says they belong to (a file's header, its name, a slot's place).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use zeroize::Zeroizing;

use crate::{CryptoError, SecretKey};

/// Length of a nonce.
pub const NONCE_LEN: usize = 24;
/// Length of the authentication tag at the end of every sealed message.
pub const TAG_LEN: usize = 16;

/// An XChaCha20-Poly1305 nonce. New ones are only ever random (192 bits: no
/// two messages under one key share one); [`Nonce::from_bytes`] is for
/// nonces read back from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nonce([u8; NONCE_LEN]);

impl Nonce {
    /// A fresh nonce from the operating system's random generator.
    pub fn random() -> Nonce {
        let mut n = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut n);
        Nonce(n)
    }

    /// The nonce stored in a file.
    pub fn from_bytes(bytes: [u8; NONCE_LEN]) -> Nonce {
        Nonce(bytes)
    }

    /// The nonce's bytes, to store beside the sealed message.
    pub fn as_bytes(&self) -> &[u8; NONCE_LEN] {
        &self.0
    }
}

fn cipher(key: &SecretKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(Key::from_slice(key.expose()))
}

/// `plaintext` encrypted and authenticated under `key` with `nonce`, bound to
/// the associated data `ad` (authenticated, not encrypted, not included):
/// the ciphertext followed by its [`TAG_LEN`]-byte tag.
pub fn seal(key: &SecretKey, nonce: &Nonce, ad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let msg = Payload {
        msg: plaintext,
        aad: ad,
    };
    cipher(key)
        .encrypt(XNonce::from_slice(&nonce.0), msg)
        .expect("XChaCha20-Poly1305 seals any in-memory message")
}

/// The plaintext of `sealed` (as [`seal`] made it), in memory wiped when
/// dropped; [`CryptoError::Unauthentic`] if the key, the nonce, the
/// associated data or a single byte differs from sealing.
pub fn open(
    key: &SecretKey,
    nonce: &Nonce,
    ad: &[u8],
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let msg = Payload {
        msg: sealed,
        aad: ad,
    };
    cipher(key)
        .decrypt(XNonce::from_slice(&nonce.0), msg)
        .map(Zeroizing::new)
        .map_err(|_| CryptoError::Unauthentic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_bytes_open_with_their_key_nonce_and_associated_data_only() {
        let key = SecretKey::random();
        let nonce = Nonce::random();
        let sealed = seal(&key, &nonce, b"header v1", b"Zo\xc3\xab's order");
        assert_eq!(sealed.len(), 12 + TAG_LEN);
        assert!(!sealed.windows(5).any(|w| w == b"order"));
        assert_eq!(
            &open(&key, &nonce, b"header v1", &sealed).unwrap()[..],
            b"Zo\xc3\xab's order"
        );
        let refused = |k: &SecretKey, n: &Nonce, ad: &[u8], s: &[u8]| open(k, n, ad, s);
        // Wrong key.
        assert_eq!(
            refused(&SecretKey::random(), &nonce, b"header v1", &sealed),
            Err(CryptoError::Unauthentic)
        );
        // Tampered associated data (the header), and another nonce.
        assert_eq!(
            refused(&key, &nonce, b"header v2", &sealed),
            Err(CryptoError::Unauthentic)
        );
        assert_eq!(
            refused(&key, &Nonce::random(), b"header v1", &sealed),
            Err(CryptoError::Unauthentic)
        );
        // Every single flipped bit of the ciphertext and tag, and a cut.
        for i in 0..sealed.len() * 8 {
            let mut t = sealed.clone();
            t[i / 8] ^= 1 << (i % 8);
            assert_eq!(
                refused(&key, &nonce, b"header v1", &t),
                Err(CryptoError::Unauthentic)
            );
        }
        assert_eq!(
            refused(&key, &nonce, b"header v1", &sealed[..TAG_LEN - 1]),
            Err(CryptoError::Unauthentic)
        );
    }

    #[test]
    fn nonces_are_fresh_every_time() {
        let key = SecretKey::random();
        assert_ne!(Nonce::random(), Nonce::random());
        let (a, b) = (Nonce::random(), Nonce::random());
        assert_ne!(seal(&key, &a, b"", b"same"), seal(&key, &b, b"", b"same"));
    }
}
