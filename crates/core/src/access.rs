//! Getting into the shop: new passphrases and their strength, the recovery
//! key as typed by the owner, and the emergency kit.
//!
//! The encryption itself is `shopkeeper-vault`'s; this module holds the
//! owner-facing rules around it.

use std::io::Write;
use std::path::Path;

use secrecy::{ExposeSecret, SecretString};
use shopkeeper_vault::{RecoveryKey, Unlock, VaultInfo, VerifyReport};
use zeroize::Zeroizing;

use crate::{CoreError, Result};

/// Minutes without activity after which the app locks itself, unless the
/// owner chose otherwise.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;

/// How long unlocking should take on the machine that creates a vault: slow
/// enough to make guessing expensive, quick enough for the counter.
pub const KDF_TARGET: std::time::Duration = std::time::Duration::from_millis(700);

/// The shortest passphrase accepted for a new vault, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// The lowest zxcvbn score (0–4) accepted for a new vault.
const MIN_SCORE: u8 = 2;

/// How hard a passphrase would be to guess, with advice in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassphraseStrength {
    /// 0 (very weak) to 4 (very strong), from zxcvbn.
    pub score: u8,
    /// Whether Shopkeeper accepts it for a new vault.
    pub acceptable: bool,
    /// The main problem, if any.
    pub warning: Option<String>,
    /// What would make it stronger.
    pub suggestions: Vec<String>,
}

/// Rates a passphrase. It is never logged or stored.
pub fn passphrase_strength(passphrase: &SecretString) -> PassphraseStrength {
    let text = passphrase.expose_secret();
    let long_enough = text.chars().count() >= MIN_PASSPHRASE_CHARS;
    let estimate = zxcvbn::zxcvbn(text, &[]);
    let score = u8::from(estimate.score());
    let feedback = estimate.feedback();
    let mut suggestions: Vec<String> = feedback
        .map(|f| f.suggestions().iter().map(ToString::to_string).collect())
        .unwrap_or_default();
    if !long_enough {
        suggestions.insert(
            0,
            format!("Use at least {MIN_PASSPHRASE_CHARS} characters: a few words work well."),
        );
    }
    PassphraseStrength {
        score,
        acceptable: long_enough && score >= MIN_SCORE,
        warning: feedback.and_then(|f| f.warning()).map(|w| w.to_string()),
        suggestions,
    }
}

/// Checks a new passphrase typed twice: long and strong enough, and the
/// same both times. The error names the field to fix.
pub fn check_new_passphrase(passphrase: &SecretString, confirmation: &SecretString) -> Result<()> {
    let strength = passphrase_strength(passphrase);
    if !strength.acceptable {
        let advice = strength
            .suggestions
            .first()
            .cloned()
            .unwrap_or_else(|| "Add another uncommon word or two.".into());
        return Err(CoreError::invalid(
            "passphrase",
            msg!(
                "error-passphrase-passphrase-would-too",
                advice = advice.to_string()
            ),
        ));
    }
    if passphrase.expose_secret() != confirmation.expose_secret() {
        return Err(CoreError::invalid(
            "confirmation",
            msg!("error-confirmation-two-passphrases-are"),
        ));
    }
    Ok(())
}

/// Reads a recovery key as the owner typed it (any case, spaces or dashes).
pub fn parse_recovery_key(typed: &SecretString) -> Result<RecoveryKey> {
    typed.expose_secret().parse::<RecoveryKey>().map_err(|e| {
        CoreError::invalid(
            "recoveryKey",
            msg!("error-recovery-key-typo", why = e.to_string()),
        )
    })
}

/// What the owner receives once, when a vault is created.
pub struct CreatedVault {
    /// The recovery key: the only way in if the passphrase is forgotten.
    pub recovery_key: RecoveryKey,
    /// A printable page with the recovery key and how to use it.
    pub emergency_kit: Zeroizing<String>,
}

impl CreatedVault {
    /// The kit for a new vault with `recovery_key`.
    pub(crate) fn new(recovery_key: RecoveryKey, shop_name: &str) -> CreatedVault {
        let created = chrono::Local::now().format("%Y-%m-%d %H:%M").to_string();
        let emergency_kit = Zeroizing::new(recovery_key.emergency_kit(shop_name, &created));
        CreatedVault {
            recovery_key,
            emergency_kit,
        }
    }
}

/// Writes the emergency kit to `path`, which the owner chose in a save dialog.
/// `kit` is `None` once the kit has been dismissed (it is shown only once).
///
/// The file is new and readable by the owner only (`0600`): an existing
/// file, or a symbolic link, at `path` is refused and left as it is. A write
/// that fails halfway deletes what it wrote.
pub fn save_emergency_kit(path: &Path, kit: Option<&str>) -> Result<()> {
    let kit =
        kit.ok_or_else(|| CoreError::NotFound(msg!("error-not-found-emergency-kit-longer")))?;
    let refused = |e: std::io::Error| CoreError::Location {
        path: path.to_path_buf(),
        reason: if e.kind() == std::io::ErrorKind::AlreadyExists {
            "a file is already there, and Shopkeeper will not replace it; choose a new name".into()
        } else {
            e.to_string()
        },
    };
    let mut file = shopkeeper_vault::private_file()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(refused)?;
    file.write_all(kit.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| {
            let _ = std::fs::remove_file(path);
            refused(e)
        })
}

/// Whether a vault file exists at `path`.
pub fn vault_exists(path: &Path) -> bool {
    path.exists()
}

/// Authenticates every page of the vault and checks the database inside.
pub fn verify(path: &Path, unlock: &Unlock) -> Result<VerifyReport> {
    Ok(shopkeeper_vault::verify(path, unlock)?)
}

/// Facts about the vault that need no passphrase and reveal no secret.
pub fn info(path: &Path) -> Result<VaultInfo> {
    Ok(shopkeeper_vault::info(path)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    #[test]
    fn short_or_common_passphrases_are_refused_with_advice() {
        for weak in ["", "password", "123456789012", "shopkeeper"] {
            let err = check_new_passphrase(&secret(weak), &secret(weak)).unwrap_err();
            assert_eq!(err.field(), Some("passphrase"), "{weak:?}");
        }
        assert!(!passphrase_strength(&secret("abc")).suggestions.is_empty());
    }

    #[test]
    fn a_good_passphrase_must_be_typed_the_same_twice() {
        let good = secret("copper kettle under the plum tree");
        assert!(passphrase_strength(&good).acceptable);
        check_new_passphrase(&good, &good).unwrap();
        let err = check_new_passphrase(&good, &secret("copper kettle under the plum")).unwrap_err();
        assert_eq!(err.field(), Some("confirmation"));
    }

    #[test]
    fn unicode_passphrases_are_rated_without_panicking() {
        let s = passphrase_strength(&secret("Zoë Ødegård 李小龙 mag kaffe"));
        assert!(s.score <= 4);
    }

    #[test]
    fn a_recovery_key_typo_names_the_field() {
        let key = RecoveryKey::generate().to_string();
        let parsed = parse_recovery_key(&secret(&key.to_lowercase())).unwrap();
        assert_eq!(parsed.to_string(), key);
        let mut typo = key.clone();
        typo.replace_range(0..1, if key.starts_with('A') { "B" } else { "A" });
        assert_eq!(
            parse_recovery_key(&secret(&typo)).unwrap_err().field(),
            Some("recoveryKey")
        );
    }

    #[test]
    fn the_kit_is_not_saved_once_dismissed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kit.txt");
        assert!(save_emergency_kit(&path, None).is_err());
        assert!(!path.exists());
        save_emergency_kit(&path, Some("KIT")).unwrap();
        assert_eq!(std::fs::read_to_string(path).unwrap(), "KIT");
    }

    #[test]
    fn an_existing_file_is_never_replaced_by_the_kit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kit.txt");
        std::fs::write(&path, "the owner's own notes").unwrap();
        let err = save_emergency_kit(&path, Some("KIT")).unwrap_err();
        assert!(err.to_string().contains("will not replace"), "{err}");
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            "the owner's own notes"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_at_the_kit_path_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere.txt");
        let link = dir.path().join("kit.txt");
        std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
        // A dangling link: following it would create `elsewhere.txt`.
        assert!(save_emergency_kit(&link, Some("KIT")).is_err());
        assert!(!elsewhere.exists());
        // A link to an existing file: following it would overwrite it.
        std::fs::write(&elsewhere, "precious").unwrap();
        assert!(save_emergency_kit(&link, Some("KIT")).is_err());
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "precious");
    }

    #[cfg(unix)]
    #[test]
    fn the_kit_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        // Whatever the umask (022 usually, which would give 0644).
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kit.txt");
        save_emergency_kit(&path, Some("KIT")).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{mode:o}");
    }
}
