//! Opening the shop's data: the one place that knows the database lives in
//! an encrypted vault (`shopkeeper-vault`). Nothing else opens a file.

use std::path::Path;

use rusqlite::Connection;
use secrecy::SecretString;
use shopkeeper_vault::{KdfChoice, NewVault, RecoveryKey, Unlock, VaultError};

use crate::{CoreError, Result};

/// Shopkeeper's connection settings on top of the vault's own (which keep
/// temp data in memory, sync fully and delete securely).
fn configure(conn: &Connection) -> Result<()> {
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    Ok(())
}

/// A vault connection opened elsewhere (a change of key), with
/// Shopkeeper's settings applied.
pub(crate) fn configured(conn: Connection) -> Result<Connection> {
    configure(&conn)?;
    Ok(conn)
}

fn location(path: &Path, reason: impl ToString) -> CoreError {
    CoreError::Location {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    }
}

/// Creates a new vault at `path` (its folder is created if needed).
pub(crate) fn create(
    path: &Path,
    passphrase: &SecretString,
    kdf: KdfChoice,
) -> Result<(Connection, RecoveryKey)> {
    open_new(create_unopened(path, passphrase, kdf)?, path)
}

/// Creates a new vault at `path` (its folder is created if needed, readable
/// by the owner only) without opening it, so that its pages can be written
/// first (a restore).
pub(crate) fn create_unopened(
    path: &Path,
    passphrase: &SecretString,
    kdf: KdfChoice,
) -> Result<NewVault> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        private_dir(parent).map_err(|e| location(path, e))?;
    }
    NewVault::create(path, passphrase, kdf).map_err(|e| vault_error(path, e))
}

/// Opens a vault made by [`create_unopened`] at `path`.
pub(crate) fn open_new(new: NewVault, path: &Path) -> Result<(Connection, RecoveryKey)> {
    let (conn, key) = new.open().map_err(|e| vault_error(path, e))?;
    configure(&conn)?;
    Ok((conn, key))
}

/// Creates `dir` and any missing parents, each new one `0700` on Unix
/// (folders that already exist keep their permissions).
fn private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
}

/// A vault error, with the file's location when the disk refused.
fn vault_error(path: &Path, e: VaultError) -> CoreError {
    match e {
        VaultError::Io(io) => location(path, io),
        other => other.into(),
    }
}

/// Opens the existing vault at `path`.
pub(crate) fn open(path: &Path, unlock: &Unlock) -> Result<Connection> {
    if !path.exists() {
        return Err(CoreError::NoShop {
            path: path.to_path_buf(),
        });
    }
    let conn = shopkeeper_vault::open(path, unlock)?;
    configure(&conn)?;
    // Only once the passphrase proved right: a wrong one writes nothing.
    shopkeeper_vault::discard_interrupted_rekey(path).map_err(|e| location(path, e))?;
    Ok(conn)
}

/// An unencrypted database that lives only in memory (tests, previews).
pub(crate) fn open_in_memory() -> Result<Connection> {
    let conn = Connection::open_in_memory()?;
    configure(&conn)?;
    Ok(conn)
}
