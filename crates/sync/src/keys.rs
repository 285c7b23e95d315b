//! The keys of sync: the shop's sync key (shared by every computer, carried
//! by the pairing code; it encrypts the change files) and each computer's own
//! signing key (Ed25519; it signs the change files that computer writes).
//!
//! A computer's device id is the first 8 bytes of its public signing key,
//! in hexadecimal: every change file carries its writer's public key and
//! signature, so a file naming device D opens only if it was signed with the
//! key whose fingerprint D is. Someone holding the sync key can make up a
//! computer of their own, but cannot write as another one.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use shopkeeper_crypto::SecretKey;
use zeroize::Zeroizing;

use shopkeeper_core::changes::DEVICE_LEN;

/// Length of a public signing key.
pub(crate) const PUBLIC_LEN: usize = 32;
/// Length of a signature.
pub(crate) const SIGNATURE_LEN: usize = 64;

/// `bytes` in lowercase hexadecimal, in a buffer wiped when dropped.
fn hex(bytes: &[u8]) -> Zeroizing<String> {
    let mut s = Zeroizing::new(String::with_capacity(bytes.len() * 2));
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// The 32 bytes written in hexadecimal as `text`; `None` if they are not.
fn unhex32(text: &str) -> Option<Zeroizing<[u8; 32]>> {
    if text.len() != 64 {
        return None;
    }
    let mut bytes = Zeroizing::new([0u8; 32]);
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(bytes)
}

/// The shop's sync key (32 bytes), wiped from memory when dropped.
pub(crate) struct SyncKey(SecretKey);

impl std::fmt::Debug for SyncKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SyncKey(…)")
    }
}

impl SyncKey {
    /// A new random key.
    pub fn generate() -> SyncKey {
        SyncKey(SecretKey::random())
    }

    /// The key made of `bytes`.
    pub fn from_bytes(bytes: Zeroizing<[u8; 32]>) -> SyncKey {
        SyncKey(SecretKey::from_bytes(bytes))
    }

    /// The key, to seal and open change files with.
    pub fn key(&self) -> &SecretKey {
        &self.0
    }

    /// The key's bytes.
    pub fn bytes(&self) -> &[u8; 32] {
        self.0.expose()
    }

    /// The key as stored in the vault (hexadecimal).
    pub fn to_hex(&self) -> Zeroizing<String> {
        hex(self.bytes())
    }

    /// The key stored as hexadecimal; `None` if it is not one.
    pub fn from_hex(text: &str) -> Option<SyncKey> {
        unhex32(text).map(SyncKey::from_bytes)
    }
}

/// This computer's signing key (Ed25519), wiped from memory when dropped.
pub(crate) struct DeviceKey(SigningKey);

impl std::fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DeviceKey({})", self.device_id())
    }
}

impl DeviceKey {
    /// A new random key.
    pub fn generate() -> DeviceKey {
        DeviceKey(SigningKey::from_bytes(SecretKey::random().expose()))
    }

    /// The key as stored in the vault (hexadecimal secret).
    pub fn to_hex(&self) -> Zeroizing<String> {
        hex(self.0.as_bytes())
    }

    /// The key stored as hexadecimal; `None` if it is not one.
    pub fn from_hex(text: &str) -> Option<DeviceKey> {
        unhex32(text).map(|b| DeviceKey(SigningKey::from_bytes(&b)))
    }

    /// The public key, written into every change file.
    pub fn public(&self) -> [u8; PUBLIC_LEN] {
        self.0.verifying_key().to_bytes()
    }

    /// The device id this key stands for.
    pub fn device_id(&self) -> String {
        device_of_key(&self.public())
    }

    /// Signs `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; SIGNATURE_LEN] {
        self.0.sign(message).to_bytes()
    }
}

/// The device id of a public key: its first 8 bytes in hexadecimal.
pub(crate) fn device_of_key(public: &[u8; PUBLIC_LEN]) -> String {
    hex(&public[..DEVICE_LEN / 2]).to_string()
}

/// Whether `signature` over `message` was made with `public`'s key
/// (strict verification: no malleable or weak-key signatures).
pub(crate) fn verify(public: &[u8; PUBLIC_LEN], message: &[u8], signature: &[u8; 64]) -> bool {
    VerifyingKey::from_bytes(public)
        .and_then(|k| k.verify_strict(message, &Signature::from_bytes(signature)))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_signatures_bind_to_their_key() {
        let key = SyncKey::generate();
        assert_eq!(
            SyncKey::from_hex(&key.to_hex()).unwrap().bytes(),
            key.bytes()
        );
        assert!(SyncKey::from_hex("zz").is_none());
        let me = DeviceKey::generate();
        let again = DeviceKey::from_hex(&me.to_hex()).unwrap();
        assert_eq!(again.public(), me.public());
        assert_eq!(me.device_id().len(), DEVICE_LEN);
        assert!(shopkeeper_core::changes::is_device_id(&me.device_id()));
        let sig = me.sign(b"hello");
        assert!(verify(&me.public(), b"hello", &sig));
        assert!(!verify(&me.public(), b"hellO", &sig));
        assert!(!verify(&DeviceKey::generate().public(), b"hello", &sig));
    }
}
