//! Argon2id: the costs, their one set of bounds, and derivation.
//!
//! The ceilings ([`KdfParams::MAX_M_KIB`], [`KdfParams::MAX_T`],
//! [`KdfParams::MAX_P`], [`KdfParams::MAX_WORK`]) hold for every cost this
//! project reads from a file: a vault's or a backup's passphrase slot, a PIN
//! hash. The floor depends on what is derived from: a passphrase never below
//! [`KdfParams::MIN`], a PIN never below [`crate::pin::PIN_MIN`], and key
//! material of 128 bits or more (a recovery key) at the fixed
//! [`KdfParams::KEY_MATERIAL`] cost, which stretching would not strengthen.

use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::SecretString;

use crate::{normalize, CryptoError, SecretKey};

/// Shortest salt Argon2 takes.
const MIN_SALT_LEN: usize = 8;

/// Length of every derived key, and of a [`SecretKey`].
pub const KEY_LEN: usize = 32;

/// Argon2id (version 0x13) cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory cost in KiB.
    pub m_kib: u32,
    /// Number of passes (time cost).
    pub t: u32,
    /// Lanes (parallelism).
    pub p: u32,
}

impl KdfParams {
    /// The floor for a passphrase: 64 MiB, 3 passes, 4 lanes. Nothing weaker
    /// is ever written or accepted for a passphrase.
    pub const MIN: KdfParams = KdfParams::new(64 * 1024, 3, 4);
    /// The fixed cost for high-entropy key material (a recovery key's 160
    /// random bits): 8 MiB, 1 pass, 1 lane. Stretching adds nothing there; the
    /// KDF only gives its slot the same shape as the passphrase slot.
    pub const KEY_MATERIAL: KdfParams = KdfParams::new(8 * 1024, 1, 1);
    /// Largest memory cost accepted: 2 GiB.
    pub const MAX_M_KIB: u32 = 2 * 1024 * 1024;
    /// Largest pass count accepted.
    pub const MAX_T: u32 = 64;
    /// Largest lane count accepted.
    pub const MAX_P: u32 = 16;
    /// Largest total work `m_kib * t` accepted (16 GiB-passes: seconds, not hours).
    pub const MAX_WORK: u64 = 16 * 1024 * 1024;

    /// The costs `m_kib` KiB of memory, `t` passes and `p` lanes (not yet checked).
    pub const fn new(m_kib: u32, t: u32, p: u32) -> KdfParams {
        KdfParams { m_kib, t, p }
    }

    /// The passphrase floor, [`KdfParams::MIN`] (also what tests use).
    pub fn minimum() -> KdfParams {
        Self::MIN
    }

    /// Whether these costs are allowed for a passphrase: at least
    /// [`KdfParams::MIN`] and within the ceilings.
    pub fn check(&self) -> Result<(), CryptoError> {
        self.check_floor(Self::MIN)
    }

    /// Whether these costs are at least `floor` in each of m, t and p, and
    /// within the ceilings (which also keep `m_kib >= 8 * p`, as Argon2 needs).
    pub(crate) fn check_floor(&self, floor: KdfParams) -> Result<(), CryptoError> {
        let ok = self.m_kib >= floor.m_kib
            && self.t >= floor.t
            && self.p >= floor.p
            && self.m_kib <= Self::MAX_M_KIB
            && self.t <= Self::MAX_T
            && self.p <= Self::MAX_P
            && u64::from(self.m_kib) * u64::from(self.t) <= Self::MAX_WORK
            && u64::from(self.m_kib) >= 8 * u64::from(self.p);
        if ok {
            Ok(())
        } else {
            Err(CryptoError::KdfOutOfBounds(*self))
        }
    }

    /// The key of `passphrase` (NFC-normalised first) and `salt` at these
    /// costs; refused with [`CryptoError::KdfOutOfBounds`] before any work if
    /// they fail [`KdfParams::check`].
    pub fn derive_passphrase(
        &self,
        passphrase: &SecretString,
        salt: &[u8],
    ) -> Result<SecretKey, CryptoError> {
        self.check()?;
        argon2id(*self, normalize(passphrase).as_bytes(), salt)
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::MIN
    }
}

/// The key of high-entropy key material (a recovery key, 16 bytes or more)
/// and `salt`, at the fixed [`KdfParams::KEY_MATERIAL`] cost.
pub fn derive_from_key(material: &[u8], salt: &[u8]) -> Result<SecretKey, CryptoError> {
    argon2id(KdfParams::KEY_MATERIAL, material, salt)
}

/// Argon2id v0x13 of `secret` and `salt` into 32 bytes. The caller has
/// checked the costs' floor; the ceilings are checked here.
pub(crate) fn argon2id(p: KdfParams, secret: &[u8], salt: &[u8]) -> Result<SecretKey, CryptoError> {
    p.check_floor(KdfParams::new(0, 1, 1))?;
    if salt.len() < MIN_SALT_LEN {
        return Err(CryptoError::SaltTooShort { len: salt.len() });
    }
    let params = Params::new(p.m_kib, p.t, p.p, Some(KEY_LEN))
        .map_err(|_| CryptoError::KdfOutOfBounds(p))?;
    let mut key = SecretKey::zero();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, salt, key.bytes_mut())
        .map_err(|_| CryptoError::KdfOutOfBounds(p))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounds_accept_what_vaults_and_backups_ever_wrote_and_refuse_the_rest() {
        // Written: the floor, and calibrated costs up to 1 GiB with more passes.
        for ok in [
            KdfParams::MIN,
            KdfParams::new(1024 * 1024, 8, 8),
            KdfParams::new(1024 * 1024, 16, 4),
        ] {
            assert_eq!(ok.check(), Ok(()), "{ok:?}");
        }
        for bad in [
            KdfParams::new(1024, 3, 4),
            KdfParams::new(64 * 1024, 2, 4),
            KdfParams::new(64 * 1024, 3, 1),
            KdfParams::new(100 * 1024 * 1024, 3, 4),
            KdfParams::new(2 * 1024 * 1024, 64, 4),
            KdfParams::new(64 * 1024, 3, 1000),
            KdfParams::new(u32::MAX, u32::MAX, u32::MAX),
        ] {
            assert_eq!(bad.check(), Err(CryptoError::KdfOutOfBounds(bad)));
        }
    }

    #[test]
    fn out_of_bounds_costs_are_refused_before_any_work() {
        // 2 GiB x 64 passes would take many minutes: the refusal is immediate.
        let huge = KdfParams::new(2 * 1024 * 1024, 64, 4);
        let start = std::time::Instant::now();
        let err = huge
            .derive_passphrase(&SecretString::from("p"), &[0; 32])
            .unwrap_err();
        assert_eq!(err, CryptoError::KdfOutOfBounds(huge));
        assert!(start.elapsed().as_millis() < 100);
        let weak = KdfParams::new(8, 1, 1);
        assert_eq!(
            weak.derive_passphrase(&SecretString::from("p"), &[0; 32]),
            Err(CryptoError::KdfOutOfBounds(weak))
        );
    }

    #[test]
    fn a_short_salt_is_an_error_not_a_panic() {
        assert_eq!(
            derive_from_key(&[1; 20], &[0; 4]),
            Err(CryptoError::SaltTooShort { len: 4 })
        );
    }

    #[test]
    fn composed_and_decomposed_passphrases_give_the_same_key() {
        let composed = SecretString::from("Zo\u{eb} 1984");
        let decomposed = SecretString::from("Zoe\u{308} 1984");
        let salt = [9u8; 32];
        let a = KdfParams::MIN.derive_passphrase(&composed, &salt).unwrap();
        let b = KdfParams::MIN
            .derive_passphrase(&decomposed, &salt)
            .unwrap();
        assert_eq!(a, b);
        let other = KdfParams::MIN
            .derive_passphrase(&SecretString::from("Zoe 1984"), &salt)
            .unwrap();
        assert_ne!(a, other);
    }

    #[test]
    fn derivation_matches_argon2id_as_the_formats_specify() {
        // Same bytes as argon2's own API with the documented parameters
        // (docs/vault-format.md, docs/backup-format.md), so existing files open.
        let salt = [3u8; 32];
        let mut expect = [0u8; 32];
        Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8 * 1024, 1, 1, Some(32)).unwrap(),
        )
        .hash_password_into(b"key material", &salt, &mut expect)
        .unwrap();
        assert_eq!(
            derive_from_key(b"key material", &salt).unwrap().expose(),
            &expect
        );
        // A passphrase: Argon2id of its NFC bytes at the header's costs.
        Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(64 * 1024, 3, 4, Some(32)).unwrap(),
        )
        .hash_password_into("Zo\u{eb}".as_bytes(), &salt, &mut expect)
        .unwrap();
        let typed = SecretString::from("Zoe\u{308}");
        assert_eq!(
            KdfParams::MIN
                .derive_passphrase(&typed, &salt)
                .unwrap()
                .expose(),
            &expect
        );
    }
}
