//! Argon2id parameters: calibration, bounds and key derivation.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use crate::VaultError;

/// Argon2id cost parameters for the passphrase key slot.
///
/// Stored in the vault header; checked against [`KdfParams::MIN`] and the
/// upper bounds ([`KdfParams::MAX_M_KIB`], [`KdfParams::MAX_T`],
/// [`KdfParams::MAX_P`], [`KdfParams::MAX_WORK`]) whenever they are read back,
/// so a crafted header cannot make unlocking take an hour or 100 GiB.
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
    /// The floor: 64 MiB, 3 passes, 4 lanes. Nothing weaker is ever written or accepted.
    pub const MIN: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 4,
    };
    /// Largest memory cost accepted from a header: 2 GiB.
    pub const MAX_M_KIB: u32 = 2 * 1024 * 1024;
    /// Largest pass count accepted from a header.
    pub const MAX_T: u32 = 64;
    /// Largest lane count accepted from a header.
    pub const MAX_P: u32 = 16;
    /// Largest total work `m_kib * t` accepted (16 GiB-passes: seconds, not hours).
    pub const MAX_WORK: u64 = 4 * 1024 * 1024 * 4;

    /// The minimum parameters (m = 64 MiB, t = 3, p = 4); also what tests use.
    pub fn minimum() -> KdfParams {
        Self::MIN
    }

    /// Whether these parameters are within the accepted bounds.
    pub fn check(&self) -> Result<(), VaultError> {
        let ok = self.m_kib >= Self::MIN.m_kib
            && self.t >= Self::MIN.t
            && self.p >= Self::MIN.p
            && self.m_kib <= Self::MAX_M_KIB
            && self.t <= Self::MAX_T
            && self.p <= Self::MAX_P
            && u64::from(self.m_kib) * u64::from(self.t) <= Self::MAX_WORK
            && self.m_kib >= 8 * self.p;
        if ok {
            Ok(())
        } else {
            Err(VaultError::KdfOutOfBounds)
        }
    }

    /// Measure this machine and pick parameters that take about `target`
    /// (aim: 0.5–1 s), never below [`KdfParams::minimum`].
    ///
    /// Memory is raised first (up to 1 GiB), then passes.
    pub fn calibrate(target: Duration) -> KdfParams {
        match calibrate_and_derive(target, b"calibration passphrase", &[7u8; 32]) {
            Ok((params, _)) => params,
            Err(_) => Self::MIN,
        }
    }

    /// Derive a 32-byte key from `secret` and `salt` with these parameters.
    pub(crate) fn derive(
        &self,
        secret: &[u8],
        salt: &[u8],
    ) -> Result<Zeroizing<[u8; 32]>, VaultError> {
        self.check()?;
        derive_raw(*self, secret, salt)
    }
}

/// How costly a new vault's passphrase key is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KdfChoice {
    /// Exactly these parameters (tests, tools, or a cost chosen before).
    Fixed(KdfParams),
    /// Parameters that take about this long on this machine, as
    /// [`KdfParams::calibrate`] picks them, measured while deriving the key.
    Calibrated(Duration),
}

impl From<KdfParams> for KdfChoice {
    fn from(p: KdfParams) -> Self {
        KdfChoice::Fixed(p)
    }
}

impl KdfChoice {
    /// The parameters and the key of `secret` and `salt` under them.
    pub(crate) fn derive(
        self,
        secret: &[u8],
        salt: &[u8],
    ) -> Result<(KdfParams, Zeroizing<[u8; 32]>), VaultError> {
        let (params, key) = match self {
            KdfChoice::Fixed(p) => (p, p.derive(secret, salt)?),
            KdfChoice::Calibrated(target) => calibrate_and_derive(target, secret, salt)?,
        };
        params.check()?;
        Ok((params, key))
    }
}

/// Calibrates like [`KdfParams::calibrate`] and derives the key of `secret`
/// and `salt` in the same run: the confirmation run of the chosen parameters
/// is the derivation itself (rerun only when it was far too slow and the
/// memory is stepped back), so a new vault pays for its key once, not twice.
pub(crate) fn calibrate_and_derive(
    target: Duration,
    secret: &[u8],
    salt: &[u8],
) -> Result<(KdfParams, Zeroizing<[u8; 32]>), VaultError> {
    let mut params = KdfParams::MIN;
    let start = Instant::now();
    let key = derive_raw(params, secret, salt)?;
    let elapsed = start.elapsed();
    if elapsed.is_zero() || elapsed >= target {
        return Ok((params, key));
    }
    let ratio = target.as_secs_f64() / elapsed.as_secs_f64();
    // Grow memory first, up to 1 GiB.
    let m = (f64::from(params.m_kib) * ratio).min(1024.0 * 1024.0);
    params.m_kib = (m as u32).max(KdfParams::MIN.m_kib) / 1024 * 1024;
    let reached = f64::from(params.m_kib) / f64::from(KdfParams::MIN.m_kib);
    if ratio > reached {
        let t = (f64::from(params.t) * ratio / reached).floor() as u32;
        params.t = t.clamp(KdfParams::MIN.t, KdfParams::MAX_T);
    }
    while params.check().is_err() && params.t > KdfParams::MIN.t {
        params.t -= 1;
    }
    // The confirmation run: if it is far too slow, step back.
    let start = Instant::now();
    let key = derive_raw(params, secret, salt)?;
    let measured = start.elapsed();
    if measured <= target * 2 {
        return Ok((params, key));
    }
    let scale = target.as_secs_f64() / measured.as_secs_f64();
    params.m_kib =
        ((f64::from(params.m_kib) * scale) as u32 / 1024 * 1024).max(KdfParams::MIN.m_kib);
    let key = derive_raw(params, secret, salt)?;
    Ok((params, key))
}

pub(crate) fn derive_raw(
    p: KdfParams,
    secret: &[u8],
    salt: &[u8],
) -> Result<Zeroizing<[u8; 32]>, VaultError> {
    let params =
        Params::new(p.m_kib, p.t, p.p, Some(32)).map_err(|_| VaultError::KdfOutOfBounds)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(secret, salt, out.as_mut())
        .map_err(|_| VaultError::KdfOutOfBounds)?;
    Ok(out)
}

/// Fixed Argon2id parameters for the recovery-key slot (format version 1).
///
/// The recovery key carries 160 random bits, so stretching adds nothing; the
/// KDF only gives the recovery slot the same shape as the passphrase slot.
pub(crate) const RECOVERY_KDF: KdfParams = KdfParams {
    m_kib: 8 * 1024,
    t: 1,
    p: 1,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds() {
        assert!(KdfParams::MIN.check().is_ok());
        assert!(KdfParams {
            m_kib: 1024,
            t: 3,
            p: 4
        }
        .check()
        .is_err());
        assert!(KdfParams {
            m_kib: 100 * 1024 * 1024,
            t: 3,
            p: 4
        }
        .check()
        .is_err());
        assert!(KdfParams {
            m_kib: 2 * 1024 * 1024,
            t: 64,
            p: 4
        }
        .check()
        .is_err());
        assert!(KdfParams {
            m_kib: 64 * 1024,
            t: 3,
            p: 1000
        }
        .check()
        .is_err());
    }
}
