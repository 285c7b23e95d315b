//! Where the CLI gets passphrases and recovery keys: a file, an environment
//! variable or a prompt, in that order (as restic does). They are never
//! echoed, logged or written anywhere.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{bail, Context};
use shopkeeper_core::{CoreError, ExposeSecret, SecretString, Shop, Unlock};

/// Environment variable holding the vault passphrase.
pub const PASSPHRASE_ENV: &str = "SHOPKEEPER_PASSPHRASE";
/// Environment variable holding a new passphrase (for change/reset/init).
pub const NEW_PASSPHRASE_ENV: &str = "SHOPKEEPER_NEW_PASSPHRASE";
/// Environment variable holding the recovery key.
pub const RECOVERY_KEY_ENV: &str = "SHOPKEEPER_RECOVERY_KEY";

/// Refuses a passphrase file that others than its owner may read or write
/// (as ssh does with private keys): the passphrase in it opens the shop.
fn check_private(path: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .with_context(|| format!("could not read the passphrase file {}", path.display()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            bail!(
                "the passphrase file {} can be read by other people on this computer (permissions {:03o}); make it yours only with `chmod 600 {}` and try again",
                path.display(),
                mode & 0o777,
                path.display()
            );
        }
    }
    Ok(())
}

fn from_file(path: &Path) -> anyhow::Result<SecretString> {
    check_private(path)?;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read the passphrase file {}", path.display()))?;
    // One trailing newline is the file's, not the passphrase's.
    let text = text.strip_suffix('\n').unwrap_or(&text);
    let text = text.strip_suffix('\r').unwrap_or(text);
    Ok(SecretString::from(text.to_string()))
}

fn from_env(var: &str) -> Option<SecretString> {
    std::env::var(var)
        .ok()
        .filter(|v| !v.is_empty())
        .map(SecretString::from)
}

fn prompt(label: &str, hint: &str) -> anyhow::Result<SecretString> {
    if !std::io::stdin().is_terminal() {
        bail!("{label} is needed and there is no terminal to ask on: {hint}");
    }
    let typed = rpassword::prompt_password(format!("{label}: "))
        .with_context(|| format!("could not read the {}", label.to_lowercase()))?;
    Ok(SecretString::from(typed))
}

/// A staff PIN: `SHOPKEEPER_STAFF_PIN`, or a prompt (typed twice when
/// `new`).
pub fn staff_pin(label: &str, new: bool) -> anyhow::Result<SecretString> {
    if let Some(pin) = from_env("SHOPKEEPER_STAFF_PIN") {
        return Ok(pin);
    }
    let hint = "set SHOPKEEPER_STAFF_PIN";
    let pin = prompt(label, hint)?;
    if new && prompt("The same PIN again", hint)?.expose_secret() != pin.expose_secret() {
        bail!("the two PINs differ; nothing was changed");
    }
    Ok(pin)
}

/// The current passphrase: `--passphrase-file`, `SHOPKEEPER_PASSPHRASE`, or a prompt.
pub fn passphrase(file: Option<&Path>) -> anyhow::Result<SecretString> {
    if let Some(file) = file {
        return from_file(file);
    }
    match from_env(PASSPHRASE_ENV) {
        Some(p) => Ok(p),
        None => prompt(
            "Passphrase",
            "use --passphrase-file FILE or set SHOPKEEPER_PASSPHRASE",
        ),
    }
}

/// A new passphrase and its confirmation: `--new-passphrase-file`,
/// `SHOPKEEPER_NEW_PASSPHRASE` (both count as typed twice), or two prompts.
pub fn new_passphrase(file: Option<&Path>) -> anyhow::Result<(SecretString, SecretString)> {
    let given = match file {
        Some(file) => Some(from_file(file)?),
        None => from_env(NEW_PASSPHRASE_ENV),
    };
    if let Some(p) = given {
        return Ok((p.clone(), p));
    }
    let hint = "use --new-passphrase-file FILE or set SHOPKEEPER_NEW_PASSPHRASE";
    Ok((
        prompt("New passphrase", hint)?,
        prompt("New passphrase again", hint)?,
    ))
}

/// The recovery key: `SHOPKEEPER_RECOVERY_KEY` or a prompt.
pub fn recovery_key() -> anyhow::Result<SecretString> {
    match from_env(RECOVERY_KEY_ENV) {
        Some(k) => Ok(k),
        None => prompt("Recovery key", "set SHOPKEEPER_RECOVERY_KEY"),
    }
}

/// Fails with [`CoreError::NoShop`] (worded by `hints.rs`, exit code "not
/// found") when there is no vault at `vault`.
pub fn require_vault(vault: &Path) -> anyhow::Result<()> {
    if !vault.exists() {
        return Err(CoreError::NoShop {
            path: vault.to_path_buf(),
        }
        .into());
    }
    Ok(())
}

/// Opens the shop vault at `vault`, unlocking it with the passphrase (asked
/// for only once the vault is found).
pub fn open_shop(vault: &Path, passphrase_file: Option<&Path>) -> anyhow::Result<Shop> {
    require_vault(vault)?;
    open_shop_with(vault, &passphrase(passphrase_file)?)
}

/// Opens the shop vault at `vault` with `passphrase`, already asked for.
pub fn open_shop_with(vault: &Path, passphrase: &SecretString) -> anyhow::Result<Shop> {
    require_vault(vault)?;
    Ok(Shop::open(vault, &Unlock::Passphrase(passphrase.clone()))?)
}
