//! The recovery key: 160 random bits a person can write down and type back.
//!
//! Printed as nine groups of four Crockford base32 characters: eight groups
//! carry the 160 key bits, the ninth is a 20-bit checksum (the low 20 bits of
//! the CRC-32 of the key bytes) that catches typing mistakes.

use std::fmt;
use std::str::FromStr;

use rand::RngCore;
use shopkeeper_crypto::{derive_from_key, SecretKey};
use zeroize::Zeroizing;

use crate::header::crc32;
use crate::VaultError;

/// Number of random bytes in a recovery key (160 bits).
pub const RECOVERY_KEY_BYTES: usize = 20;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const DATA_CHARS: usize = 32;
const CHECK_CHARS: usize = 4;

/// A recovery key. Its bytes are wiped from memory when dropped.
///
/// `Display` prints the key (`XXXX-XXXX-...`, nine groups); `FromStr` parses it
/// back, ignoring case, spaces and dashes, reading `I`/`L` as `1` and `O` as `0`,
/// and rejecting a typo with [`VaultError::RecoveryKeyTypo`]. `Debug` never
/// shows the key.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryKey(Zeroizing<[u8; RECOVERY_KEY_BYTES]>);

impl RecoveryKey {
    /// A fresh random recovery key from the operating system's generator.
    pub fn generate() -> RecoveryKey {
        let mut k = Zeroizing::new([0u8; RECOVERY_KEY_BYTES]);
        rand::rngs::OsRng.fill_bytes(k.as_mut());
        RecoveryKey(k)
    }

    /// Build from raw bytes (for tests and tools).
    pub fn from_bytes(bytes: [u8; RECOVERY_KEY_BYTES]) -> RecoveryKey {
        RecoveryKey(Zeroizing::new(bytes))
    }

    pub(crate) fn bytes(&self) -> &[u8; RECOVERY_KEY_BYTES] {
        &self.0
    }

    /// A 32-byte secret derived from this key for another purpose, named by
    /// `context` (at most its first 32 bytes count; for example backups: the vault may keep the derived secret
    /// inside its encrypted data to lock backups made without the owner,
    /// which the recovery key then opens). The derived secret cannot be
    /// turned back into the recovery key, so it never opens the vault.
    pub fn derive_secret(&self, context: &str) -> Result<Zeroizing<[u8; 32]>, VaultError> {
        let mut salt = [0u8; 32];
        for (slot, byte) in salt.iter_mut().zip(context.bytes()) {
            *slot = byte;
        }
        Ok(derive_from_key(self.bytes(), &salt)?.into_bytes())
    }

    /// The key of this recovery key's vault slot with `salt`.
    pub(crate) fn slot_key(&self, salt: &[u8; 32]) -> Result<SecretKey, VaultError> {
        Ok(derive_from_key(self.bytes(), salt)?)
    }

    fn check_value(bytes: &[u8]) -> u32 {
        crc32(bytes) & 0xF_FFFF
    }

    /// The "emergency kit": a page to print and keep somewhere safe.
    pub fn emergency_kit(&self, shop_name: &str, created: &str) -> String {
        format!(
            "SHOPKEEPER EMERGENCY KIT\n\
             ========================\n\
             \n\
             Shop:     {shop_name}\n\
             Created:  {created}\n\
             \n\
             Recovery key:\n\
             \n    {self}\n\
             \n\
             If you forget your passphrase, this key opens your customer book\n\
             and lets you choose a new passphrase (Settings > Forgot passphrase).\n\
             \n\
             - Print this page or write the key down by hand. Keep it somewhere\n\
               safe and away from the computer, like you would a spare key.\n\
             - Anyone who has this key and your vault file can read your data.\n\
             - Shopkeeper cannot recover your data without your passphrase or\n\
               this key. Nobody can: not us, not a repair shop.\n\
             - Letters are not case sensitive; dashes and spaces are optional.\n"
        )
    }
}

/// Render a recovery key as an emergency kit (same as [`RecoveryKey::emergency_kit`]).
pub fn emergency_kit(key: &RecoveryKey, shop_name: &str, created: &str) -> String {
    key.emergency_kit(shop_name, created)
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

impl fmt::Display for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut chars = Zeroizing::new(Vec::with_capacity(DATA_CHARS + CHECK_CHARS));
        // 160 bits = 32 five-bit symbols, most significant first.
        let mut acc: u64 = 0;
        let mut nbits = 0;
        for &b in self.0.iter() {
            acc = (acc << 8) | u64::from(b);
            nbits += 8;
            while nbits >= 5 {
                nbits -= 5;
                chars.push(ALPHABET[((acc >> nbits) & 31) as usize]);
            }
        }
        let check = Self::check_value(self.0.as_ref());
        for i in (0..CHECK_CHARS).rev() {
            chars.push(ALPHABET[((check >> (5 * i)) & 31) as usize]);
        }
        for (i, group) in chars.chunks(4).enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            // The alphabet is ASCII.
            f.write_str(std::str::from_utf8(group).map_err(|_| fmt::Error)?)?;
        }
        Ok(())
    }
}

fn decode_char(c: char) -> Option<u8> {
    let c = c.to_ascii_uppercase();
    let c = match c {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == c)
        .map(|p| p as u8)
}

impl FromStr for RecoveryKey {
    type Err = VaultError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut symbols = Zeroizing::new(Vec::with_capacity(DATA_CHARS + CHECK_CHARS));
        for c in s.chars() {
            if c.is_whitespace() || c == '-' || c == '_' {
                continue;
            }
            match decode_char(c) {
                Some(v) if symbols.len() < DATA_CHARS + CHECK_CHARS => symbols.push(v),
                _ => return Err(VaultError::RecoveryKeyTypo),
            }
        }
        if symbols.len() != DATA_CHARS + CHECK_CHARS {
            return Err(VaultError::RecoveryKeyTypo);
        }
        let mut bytes = Zeroizing::new([0u8; RECOVERY_KEY_BYTES]);
        let mut acc: u64 = 0;
        let mut nbits = 0;
        let mut i = 0;
        for &v in &symbols[..DATA_CHARS] {
            acc = (acc << 5) | u64::from(v);
            nbits += 5;
            if nbits >= 8 {
                nbits -= 8;
                bytes[i] = (acc >> nbits) as u8;
                i += 1;
            }
        }
        let mut check = 0u32;
        for &v in &symbols[DATA_CHARS..] {
            check = (check << 5) | u32::from(v);
        }
        if check != Self::check_value(bytes.as_ref()) {
            return Err(VaultError::RecoveryKeyTypo);
        }
        Ok(RecoveryKey(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tolerant_parsing() {
        for _ in 0..200 {
            let k = RecoveryKey::generate();
            let s = k.to_string();
            assert_eq!(s.len(), 9 * 4 + 8);
            assert_eq!(s.parse::<RecoveryKey>().unwrap(), k);
            let sloppy = s
                .to_lowercase()
                .replace('-', " ")
                .replace('0', "o")
                .replace('1', "l");
            assert_eq!(sloppy.parse::<RecoveryKey>().unwrap(), k);
            let squashed = s.replace('-', "");
            assert_eq!(squashed.parse::<RecoveryKey>().unwrap(), k);
        }
    }

    #[test]
    fn every_single_typo_and_swap_is_caught() {
        for _ in 0..20 {
            let k = RecoveryKey::generate();
            let s: Vec<char> = k.to_string().replace('-', "").chars().collect();
            for i in 0..s.len() {
                for &a in ALPHABET.iter() {
                    let a = a as char;
                    if a == s[i] {
                        continue;
                    }
                    let mut t = s.clone();
                    t[i] = a;
                    let t: String = t.into_iter().collect();
                    assert!(
                        t.parse::<RecoveryKey>().is_err(),
                        "substitution at {i} not caught"
                    );
                }
                if i + 1 < s.len() && s[i] != s[i + 1] {
                    let mut t = s.clone();
                    t.swap(i, i + 1);
                    let t: String = t.into_iter().collect();
                    assert!(t.parse::<RecoveryKey>().is_err(), "swap at {i} not caught");
                }
            }
            // Dropped or extra characters.
            let full: String = s.iter().collect();
            assert!(full[1..].parse::<RecoveryKey>().is_err());
            assert!(format!("{full}A").parse::<RecoveryKey>().is_err());
        }
    }

    #[test]
    fn debug_is_redacted_and_kit_contains_key() {
        let k = RecoveryKey::generate();
        assert!(!format!("{k:?}").contains(&k.to_string()[..4]));
        let kit = k.emergency_kit("Corner Books", "2025-01-01");
        assert!(kit.contains(&k.to_string()));
        assert!(kit.contains("Corner Books"));
    }
}
