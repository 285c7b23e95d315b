//! The owner's PIN kept as an Argon2id PHC string
//! (`$argon2id$v=19$m=65536,t=3,p=1$salt$hash`): its costs travel with it, so
//! they are checked against the bounds before a PIN is tried against it.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;
use secrecy::SecretString;

use crate::{normalize, CryptoError, KdfParams, KEY_LEN};

/// The cost new PIN hashes are written with: 64 MiB, 3 passes, 1 lane
/// (about a fifth of a second per check).
pub const PIN_COST: KdfParams = KdfParams::new(64 * 1024, 3, 1);

/// The floor of a PIN hash read back: 32 MiB, 3 passes, 1 lane (the first
/// PIN hashes were written with 32 MiB). The ceilings are [`KdfParams`]'.
pub const PIN_MIN: KdfParams = KdfParams::new(32 * 1024, 3, 1);

fn argon2(cost: KdfParams) -> Result<Argon2<'static>, CryptoError> {
    let params = Params::new(cost.m_kib, cost.t, cost.p, Some(KEY_LEN))
        .map_err(|_| CryptoError::KdfOutOfBounds(cost))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// The Argon2id PHC string of `pin` (NFC-normalised) with a fresh random
/// salt, at [`PIN_COST`].
pub fn hash_pin(pin: &SecretString) -> Result<String, CryptoError> {
    let mut salt = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|_| CryptoError::BadPinHash)?;
    let hash = argon2(PIN_COST)?
        .hash_password(normalize(pin).as_bytes(), &salt)
        .map_err(|_| CryptoError::BadPinHash)?;
    Ok(hash.to_string())
}

/// The costs of the PIN hash `phc`, if it is an Argon2id (v0x13) PHC string
/// with a 32-byte hash and costs within [`PIN_MIN`] and the ceilings.
pub fn pin_hash_cost(phc: &str) -> Result<KdfParams, CryptoError> {
    let parsed = PasswordHash::new(phc).map_err(|_| CryptoError::BadPinHash)?;
    let params = Params::try_from(&parsed).map_err(|_| CryptoError::BadPinHash)?;
    let well_formed = parsed.algorithm == argon2::ARGON2ID_IDENT
        && parsed.version == Some(Version::V0x13.into())
        && parsed.hash.is_some_and(|h| h.len() == KEY_LEN);
    if !well_formed {
        return Err(CryptoError::BadPinHash);
    }
    let cost = KdfParams::new(params.m_cost(), params.t_cost(), params.p_cost());
    cost.check_floor(PIN_MIN)?;
    Ok(cost)
}

/// Whether `pin` matches the PHC string `phc`: false for anything
/// malformed, and for costs outside the bounds (refused before any work).
pub fn verify_pin(phc: &str, pin: &SecretString) -> bool {
    let (Ok(cost), Ok(parsed)) = (pin_hash_cost(phc), PasswordHash::new(phc)) else {
        return false;
    };
    argon2(cost).is_ok_and(|a| {
        a.verify_password(normalize(pin).as_bytes(), &parsed)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_hash_checks_its_pin_only() {
        let phc = hash_pin(&SecretString::from("4711")).unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=65536,t=3,p=1$"), "{phc}");
        assert!(verify_pin(&phc, &SecretString::from("4711")));
        assert!(!verify_pin(&phc, &SecretString::from("4712")));
        assert_ne!(phc, hash_pin(&SecretString::from("4711")).unwrap());
    }

    #[test]
    fn pin_hashes_written_before_still_verify() {
        // PIN 1234 hashed by an independent Argon2 (Python's argon2-cffi) at
        // the costs owner PINs were ever written with: 32 MiB by the first
        // owner-PIN code, 64 MiB since.
        for old in [
            "$argon2id$v=19$m=32768,t=3,p=1$c2hvcGtlZXBlci1waW4tMQ$W2lUAA/Y+O3/DRonLt08B9SYeQlyPz4gf5d2n2wNYa4",
            "$argon2id$v=19$m=65536,t=3,p=1$c2hvcGtlZXBlci1waW4tMQ$qYWI4MYqfKBP39ZVqbajQgfOjC0/GNzk7Lc4q02LzPc",
        ] {
            assert!(verify_pin(old, &SecretString::from("1234")), "{old}");
            assert!(!verify_pin(old, &SecretString::from("1235")), "{old}");
        }
    }

    #[test]
    fn a_crafted_pin_hash_is_refused_before_any_work() {
        let phc = hash_pin(&SecretString::from("4711")).unwrap();
        let mut parts: Vec<&str> = phc.split('$').collect();
        for cost in [
            "m=4194304,t=3,p=1",
            "m=8,t=3,p=1",
            "m=65536,t=1000000,p=1",
            "m=65536,t=3,p=64",
        ] {
            parts[3] = cost;
            let crafted = parts.join("$");
            let start = std::time::Instant::now();
            assert!(pin_hash_cost(&crafted).is_err(), "{crafted}");
            assert!(!verify_pin(&crafted, &SecretString::from("4711")));
            assert!(start.elapsed().as_millis() < 50, "{crafted}");
        }
        let argon2i = phc.replacen("argon2id", "argon2i", 1);
        assert_eq!(pin_hash_cost(&argon2i), Err(CryptoError::BadPinHash));
        assert!(!verify_pin("not a hash", &SecretString::from("4711")));
        assert!(!verify_pin("", &SecretString::from("")));
    }
}
