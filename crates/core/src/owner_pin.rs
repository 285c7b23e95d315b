//! The owner's PIN: a short number (4 to 12 digits) that lets the owner take
//! the counter screen back from Customer view without typing the whole
//! passphrase. Only an Argon2id hash (PHC string) is kept, inside the vault's
//! `setting` table; setting or changing it needs the vault passphrase.
//!
//! The hash is deliberately slow enough (about a quarter of a second) to
//! make guessing by hand pointless; the app adds growing waits after wrong
//! tries on top.

use std::path::Path;

use secrecy::{ExposeSecret, SecretString};
use shopkeeper_crypto::pin;
use shopkeeper_vault::Unlock;

use crate::backup_schedule::{get, put};
use crate::{CoreError, Result, Shop};

/// Where the PIN's hash is kept in the `setting` table.
const KEY: &str = "owner_pin";
/// Shortest PIN accepted.
pub const MIN_PIN_DIGITS: usize = 4;
/// Longest PIN accepted.
pub const MAX_PIN_DIGITS: usize = 12;

/// Checks that `pin` is 4 to 12 digits (0-9), nothing else.
pub fn check_pin(pin: &SecretString) -> Result<()> {
    let p = pin.expose_secret();
    let digits = p.chars().count();
    if !p.chars().all(|c| c.is_ascii_digit())
        || !(MIN_PIN_DIGITS..=MAX_PIN_DIGITS).contains(&digits)
    {
        return Err(CoreError::invalid(
            "pin",
            msg!(
                "error-pin-pin-must-digits",
                min_pin_digits = MIN_PIN_DIGITS.to_string(),
                max_pin_digits = MAX_PIN_DIGITS.to_string()
            ),
        ));
    }
    Ok(())
}

/// The Argon2id PHC string of `pin` with a fresh random salt
/// ([`shopkeeper_crypto::pin::hash_pin`]: 64 MiB, 3 passes, 1 lane, about a
/// fifth of a second per check).
pub fn hash_pin(pin: &SecretString) -> Result<String> {
    check_pin(pin)?;
    pin::hash_pin(pin).map_err(|e| {
        CoreError::invalid(
            "pin",
            msg!("error-pin-pin-could-protected", e = e.to_string()),
        )
    })
}

/// Whether `pin` matches the PHC string `phc` (false for anything malformed,
/// and for a hash whose costs are out of bounds: refused before any work).
pub fn verify_pin(phc: &str, pin: &SecretString) -> bool {
    pin::verify_pin(phc, pin)
}

/// Checks the vault passphrase of the file at `path` without opening it
/// again: a wrong one is [`crate::VaultError::WrongPassphrase`].
pub fn check_passphrase(path: &Path, passphrase: &SecretString) -> Result<()> {
    Ok(shopkeeper_vault::check_unlock(
        path,
        &Unlock::Passphrase(passphrase.clone()),
    )?)
}

impl Shop {
    /// Whether the owner has set a PIN.
    pub fn has_owner_pin(&self) -> Result<bool> {
        Ok(get(self.conn(), KEY)?.is_some())
    }

    /// Sets (or replaces) the owner's PIN, given the vault passphrase of the
    /// file at `path` (this shop's). Only its hash is kept.
    pub fn set_owner_pin(
        &mut self,
        path: &Path,
        passphrase: &SecretString,
        pin: &SecretString,
    ) -> Result<()> {
        self.require(crate::staff::Permission::Vault)?;
        check_pin(pin)?;
        check_passphrase(path, passphrase)?;
        put(self.conn(), KEY, Some(&hash_pin(pin)?))
    }

    /// Removes the PIN, given the vault passphrase; leaving Customer view
    /// then needs the passphrase.
    pub fn clear_owner_pin(&mut self, path: &Path, passphrase: &SecretString) -> Result<()> {
        self.require(crate::staff::Permission::Vault)?;
        check_passphrase(path, passphrase)?;
        put(self.conn(), KEY, None)
    }

    /// Whether `pin` is the owner's PIN (false when none is set).
    pub fn verify_owner_pin(&self, pin: &SecretString) -> Result<bool> {
        Ok(get(self.conn(), KEY)?.is_some_and(|phc| verify_pin(&phc, pin)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_digits_of_the_right_length() {
        for bad in ["123", "1234567890123", "12a4", "１２３４", " 1234", ""] {
            let err = check_pin(&SecretString::from(bad)).unwrap_err();
            assert_eq!(err.field(), Some("pin"), "{bad:?}");
        }
        check_pin(&SecretString::from("0000")).unwrap();
        check_pin(&SecretString::from("123456789012")).unwrap();
    }
}
