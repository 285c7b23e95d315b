//! Passphrases, recovery keys and the Argon2id parameters of the passphrase slot.
//!
//! The costly step (Argon2id) depends only on the passphrase, a slot salt and
//! the parameters, not on the backup file, so [`BackupKeys`] derives it once
//! and every backup made with the same `BackupKeys` reuses it; each file
//! still gets its own random file key and its own wrapping key (HKDF over
//! the Argon2id output and the file's random salt, see `docs/backup-format.md`).

use std::sync::Mutex;

use rand::RngCore;
use secrecy::SecretString;
pub use shopkeeper_crypto::KdfParams;
use zeroize::Zeroizing;

use crate::error::{BackupError, Result};

/// Length of the slot salt and of every key in the format.
pub(crate) const KEY_LEN: usize = 32;

/// Argon2id of the NFC-normalized passphrase, refused before any work when
/// `params` are out of bounds (a crafted header).
fn argon2id(
    passphrase: &SecretString,
    salt: &[u8; KEY_LEN],
    params: KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    Ok(params.derive_passphrase(passphrase, salt)?.into_bytes())
}

fn check_recovery_key(key: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    if (16..=32).contains(&key.len()) {
        Ok(Zeroizing::new(key.to_vec()))
    } else {
        Err(BackupError::InvalidRecoveryKey)
    }
}

/// The keys a new backup is locked with: a passphrase (always) and,
/// optionally, a recovery key.
///
/// Building one runs Argon2id once (about 0.2 s at the minimum parameters);
/// keep it around to make several backups with the same passphrase.
/// Secrets are wiped from memory when it is dropped.
pub struct BackupKeys {
    pub(crate) params: KdfParams,
    pub(crate) slot_salt: [u8; KEY_LEN],
    pub(crate) passphrase_secret: Zeroizing<[u8; KEY_LEN]>,
    pub(crate) recovery_key: Option<Zeroizing<Vec<u8>>>,
}

impl BackupKeys {
    /// Keys for `passphrase` with the minimum Argon2id parameters ([`KdfParams::MIN`]).
    pub fn new(passphrase: &SecretString) -> Result<BackupKeys> {
        Self::with_params(passphrase, KdfParams::MIN)
    }

    /// Keys for `passphrase` with the given Argon2id parameters (for example the
    /// vault's calibrated ones). Fails with [`BackupError::KdfOutOfBounds`] if
    /// they are below the floor or above the bounds.
    pub fn with_params(passphrase: &SecretString, params: KdfParams) -> Result<BackupKeys> {
        let mut slot_salt = [0u8; KEY_LEN];
        rand::rngs::OsRng.fill_bytes(&mut slot_salt);
        Self::with_params_and_salt(passphrase, params, slot_salt)
    }

    /// Keys for `passphrase` with the given Argon2id parameters and slot
    /// salt. A shop that always uses the same random salt of its own (with
    /// the same passphrase and parameters) gets the same Argon2id output for
    /// every backup, so [`crate::rotate`] can tell its backups from any other
    /// file without running Argon2id again. Each file still has its own file
    /// key and wrapping key.
    pub fn with_params_and_salt(
        passphrase: &SecretString,
        params: KdfParams,
        slot_salt: [u8; KEY_LEN],
    ) -> Result<BackupKeys> {
        let passphrase_secret = argon2id(passphrase, &slot_salt, params)?;
        Ok(BackupKeys {
            params,
            slot_salt,
            passphrase_secret,
            recovery_key: None,
        })
    }

    /// Also lock the backup with a recovery key: its raw bytes, 16 to 32 of them
    /// (the vault crate owns the printable form).
    pub fn with_recovery_key(mut self, recovery_key: &[u8]) -> Result<BackupKeys> {
        self.recovery_key = Some(check_recovery_key(recovery_key)?);
        Ok(self)
    }

    /// The Argon2id parameters of the passphrase slot.
    pub fn params(&self) -> KdfParams {
        self.params
    }
}

impl std::fmt::Debug for BackupKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupKeys")
            .field("params", &self.params)
            .field(
                "recovery_key",
                &self.recovery_key.as_ref().map(|_| "[redacted]"),
            )
            .finish_non_exhaustive()
    }
}

/// What opens an existing backup: its passphrase or its recovery key.
///
/// A passphrase unlock remembers the Argon2id results it computed (per salt
/// and parameters), so checking and then restoring the same backup with the
/// same `BackupUnlock` pays for Argon2id once. Secrets are wiped when dropped.
pub struct BackupUnlock {
    pub(crate) secret: UnlockSecret,
    cache: Mutex<Vec<CachedDerivation>>,
}

pub(crate) enum UnlockSecret {
    Passphrase(SecretString),
    RecoveryKey(Zeroizing<Vec<u8>>),
}

struct CachedDerivation {
    salt: [u8; KEY_LEN],
    params: KdfParams,
    secret: Zeroizing<[u8; KEY_LEN]>,
}

impl BackupUnlock {
    /// Unlock with a passphrase (NFC-normalized before use, so the same text typed
    /// on another keyboard still matches).
    pub fn passphrase(passphrase: SecretString) -> BackupUnlock {
        Self::from_secret(UnlockSecret::Passphrase(passphrase))
    }

    /// Unlock with the raw bytes of a recovery key (16 to 32 bytes).
    pub fn recovery_key(recovery_key: &[u8]) -> Result<BackupUnlock> {
        Ok(Self::from_secret(UnlockSecret::RecoveryKey(
            check_recovery_key(recovery_key)?,
        )))
    }

    fn from_secret(secret: UnlockSecret) -> BackupUnlock {
        BackupUnlock {
            secret,
            cache: Mutex::new(Vec::new()),
        }
    }

    /// Argon2id of the passphrase for one slot, from the cache when possible.
    pub(crate) fn passphrase_secret(
        &self,
        passphrase: &SecretString,
        salt: &[u8; KEY_LEN],
        params: KdfParams,
    ) -> Result<Zeroizing<[u8; KEY_LEN]>> {
        params.check()?;
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = cache.iter().find(|c| &c.salt == salt && c.params == params) {
            return Ok(c.secret.clone());
        }
        let secret = argon2id(passphrase, salt, params)?;
        if cache.len() >= 4 {
            cache.remove(0);
        }
        cache.push(CachedDerivation {
            salt: *salt,
            params,
            secret: secret.clone(),
        });
        Ok(secret)
    }
}

impl std::fmt::Debug for BackupUnlock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.secret {
            UnlockSecret::Passphrase(_) => "passphrase",
            UnlockSecret::RecoveryKey(_) => "recovery key",
        };
        f.debug_struct("BackupUnlock")
            .field("kind", &kind)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_key_length_is_checked() {
        assert!(BackupUnlock::recovery_key(&[1; 15]).is_err());
        assert!(BackupUnlock::recovery_key(&[1; 16]).is_ok());
        assert!(BackupUnlock::recovery_key(&[1; 32]).is_ok());
        assert!(BackupUnlock::recovery_key(&[1; 33]).is_err());
    }

    #[test]
    fn debug_never_shows_secrets() {
        let u = BackupUnlock::passphrase(SecretString::from("hunter2-secret"));
        assert!(!format!("{u:?}").contains("hunter2"));
    }
}
