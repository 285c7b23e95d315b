//! Secrets in memory: NFC normalisation of typed secrets, and 32-byte keys
//! wiped when dropped.

use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::KEY_LEN;

/// `secret` in Unicode NFC, in a buffer wiped when dropped: what every
/// passphrase and PIN is before a key is derived from it, so "Zoë" typed
/// composed or decomposed is the same passphrase.
pub fn normalize(secret: &SecretString) -> Zeroizing<String> {
    Zeroizing::new(secret.expose_secret().nfc().collect())
}

/// Whether two typed secrets are the same once NFC-normalised.
pub fn same_secret(a: &SecretString, b: &SecretString) -> bool {
    normalize(a) == normalize(b)
}

/// A 32-byte key (derived, random, or read from inside a vault), wiped from
/// memory when dropped. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(Zeroizing<[u8; KEY_LEN]>);

impl SecretKey {
    /// A fresh key from the operating system's random generator.
    pub fn random() -> SecretKey {
        let mut key = SecretKey::zero();
        rand::rngs::OsRng.fill_bytes(key.bytes_mut());
        key
    }

    /// The key made of `bytes` (already in wiped memory).
    pub fn from_bytes(bytes: Zeroizing<[u8; KEY_LEN]>) -> SecretKey {
        SecretKey(bytes)
    }

    /// The key's bytes, to hand to a cipher or to store sealed.
    pub fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// The key's bytes, still wiped when dropped.
    pub fn into_bytes(self) -> Zeroizing<[u8; KEY_LEN]> {
        self.0
    }

    pub(crate) fn zero() -> SecretKey {
        SecretKey(Zeroizing::new([0; KEY_LEN]))
    }

    pub(crate) fn bytes_mut(&mut self) -> &mut [u8; KEY_LEN] {
        &mut self.0
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoe_composed_and_decomposed_is_one_secret() {
        let composed = SecretString::from("Zo\u{eb}");
        let decomposed = SecretString::from("Zoe\u{308}");
        assert_ne!(composed.expose_secret(), decomposed.expose_secret());
        assert_eq!(*normalize(&decomposed), "Zo\u{eb}");
        assert!(same_secret(&composed, &decomposed));
        assert!(!same_secret(&composed, &SecretString::from("Zoe")));
    }

    #[test]
    fn keys_are_random_and_never_shown() {
        let a = SecretKey::random();
        assert_ne!(a, SecretKey::random());
        assert_eq!(format!("{a:?}"), "SecretKey(<redacted>)");
    }
}
