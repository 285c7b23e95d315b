//! Choosing a new passphrase cost: fixed, or calibrated on this machine.

use std::time::{Duration, Instant};

use secrecy::SecretString;

use crate::kdf::argon2id;
use crate::{normalize, CryptoError, KdfParams, SecretKey};

/// How costly a new passphrase key is made.
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
    /// The parameters and the key of `passphrase` (NFC-normalised) and
    /// `salt` under them; the parameters always pass [`KdfParams::check`].
    pub fn derive_passphrase(
        self,
        passphrase: &SecretString,
        salt: &[u8],
    ) -> Result<(KdfParams, SecretKey), CryptoError> {
        match self {
            KdfChoice::Fixed(p) => Ok((p, p.derive_passphrase(passphrase, salt)?)),
            KdfChoice::Calibrated(target) => {
                let (params, key) =
                    calibrate_and_derive(target, normalize(passphrase).as_bytes(), salt)?;
                params.check()?;
                Ok((params, key))
            }
        }
    }
}

impl KdfParams {
    /// Measure this machine and pick parameters that take about `target`
    /// (aim: 0.5–1 s), never below [`KdfParams::MIN`].
    ///
    /// Memory is raised first (up to 1 GiB), then passes.
    pub fn calibrate(target: Duration) -> KdfParams {
        match calibrate_and_derive(target, b"calibration passphrase", &[7u8; 32]) {
            Ok((params, _)) => params,
            Err(_) => Self::MIN,
        }
    }
}

/// Calibrates like [`KdfParams::calibrate`] and derives the key of `secret`
/// and `salt` in the same run: the confirmation run of the chosen parameters
/// is the derivation itself (rerun only when it was far too slow and the
/// memory is stepped back), so a new key is paid for once, not twice.
fn calibrate_and_derive(
    target: Duration,
    secret: &[u8],
    salt: &[u8],
) -> Result<(KdfParams, SecretKey), CryptoError> {
    let mut params = KdfParams::MIN;
    let start = Instant::now();
    let key = argon2id(params, secret, salt)?;
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
    let key = argon2id(params, secret, salt)?;
    let measured = start.elapsed();
    if measured <= target * 2 {
        return Ok((params, key));
    }
    let scale = target.as_secs_f64() / measured.as_secs_f64();
    params.m_kib =
        ((f64::from(params.m_kib) * scale) as u32 / 1024 * 1024).max(KdfParams::MIN.m_kib);
    let key = argon2id(params, secret, salt)?;
    Ok((params, key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calibrated_cost_is_within_the_bounds_and_its_key_is_the_fixed_one() {
        let pass = SecretString::from("calibrated");
        let (params, key) = KdfChoice::Calibrated(Duration::from_millis(1))
            .derive_passphrase(&pass, &[5; 32])
            .unwrap();
        assert_eq!(params.check(), Ok(()));
        assert_eq!(
            KdfChoice::Fixed(params)
                .derive_passphrase(&pass, &[5; 32])
                .unwrap()
                .1,
            key
        );
    }
}
