//! Changing a vault's data key: every page sealed again under a fresh key,
//! in a new file beside the vault that replaces it in one rename.
//!
//! A passphrase change alone only rewraps the key slot, so an old copy of the
//! header (a `.before-vN` copy, a file-history snapshot, a copy of the
//! folder) and the old passphrase would still unlock the current pages. A
//! change of data key leaves nothing the old header's key opens.
//!
//! Crash safety: the new file is complete and synced before the rename, and
//! the rename is atomic, so a crash leaves either the old vault or the new
//! one, whole. A leftover new file (the rename never happened) is deleted by
//! the next [`Rekey::begin`] or [`discard_interrupted_rekey`]; the change is
//! then simply started again.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use secrecy::SecretString;
use shopkeeper_crypto::same_secret;
use zeroize::Zeroizing;

use crate::header;
use crate::{
    journal_path, read_region, sync_parent, unlock_header, KdfChoice, NewVault, PageWriter,
    RecoveryKey, Unlock, VaultError,
};

/// A change of data key under way: the new file exists beside the vault,
/// with its header written and none, some or all of the pages. Dropping it
/// before [`Rekey::commit`] deletes the new file; the vault is untouched.
pub struct Rekey {
    path: PathBuf,
    temp: PathBuf,
    new: Option<NewVault>,
    old_dek: Zeroizing<[u8; 32]>,
    /// The old passphrase, when it was given and is not the new one: other
    /// files it opens are reported too.
    old_passphrase: Option<SecretString>,
}

impl std::fmt::Debug for Rekey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rekey")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The vault after a change of data key.
pub struct Rekeyed {
    /// A connection to the vault under its new key.
    pub connection: Connection,
    /// Its recovery key (the one given to [`Rekey::begin`], or a new one).
    pub recovery_key: RecoveryKey,
    /// Files beside the vault that the old key material still opens: copies
    /// made under the old data key (migration copies `*.before-vN`, copies
    /// of the file), and other vaults the old passphrase opens.
    pub old_copies: Vec<PathBuf>,
}

impl std::fmt::Debug for Rekeyed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rekeyed")
            .field("old_copies", &self.old_copies)
            .finish_non_exhaustive()
    }
}

/// Where a change of data key writes the new file: `<vault>.rekey`, beside
/// it (a rename only replaces a file on the same file system).
pub fn rekey_temp_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".rekey");
    PathBuf::from(s)
}

/// Deletes what an interrupted change of data key left beside the vault at
/// `path` (the vault itself is whole either way); true if there was something.
pub fn discard_interrupted_rekey(path: &Path) -> io::Result<bool> {
    let temp = rekey_temp_path(path);
    let mut found = false;
    for p in [journal_path(&temp), temp] {
        match fs::remove_file(&p) {
            Ok(()) => found = true,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(found)
}

impl Rekey {
    /// Starts a change of data key for the vault at `path`: checks `current`
    /// (a wrong one writes nothing), deletes a leftover of an interrupted
    /// change, and creates the new file with a fresh data key and database
    /// id, the vault's own key-derivation cost, `passphrase`, and `recovery`
    /// (or a new recovery key when `None`).
    pub fn begin(
        path: &Path,
        current: &Unlock,
        passphrase: &SecretString,
        recovery: Option<RecoveryKey>,
    ) -> Result<Rekey, VaultError> {
        let old = unlock_header(path, current)?;
        discard_interrupted_rekey(path)?;
        let temp = rekey_temp_path(path);
        let kdf = KdfChoice::Fixed(old.header.kdf);
        let new = NewVault::create_with_recovery_key(
            &temp,
            passphrase,
            kdf,
            recovery.unwrap_or_else(RecoveryKey::generate),
        )?;
        let old_passphrase = match current {
            Unlock::Passphrase(p) if !same_secret(p, passphrase) => Some(p.clone()),
            _ => None,
        };
        Ok(Rekey {
            path: path.to_path_buf(),
            temp,
            new: Some(new),
            old_dek: old.dek,
            old_passphrase,
        })
    }

    /// A writer for the database's pages, in order from page 1, sealed under
    /// the new key (see [`PageWriter`]).
    pub fn page_writer(&self) -> Result<PageWriter, VaultError> {
        self.new_vault()?.page_writer()
    }

    fn new_vault(&self) -> Result<&NewVault, VaultError> {
        self.new.as_ref().ok_or(VaultError::Damaged)
    }

    /// Checks the new file (SQLite's integrity check), renames it over the
    /// vault, syncs the folder and opens it. Until the rename the vault is as
    /// it was; after it, the old data key opens nothing at `path`.
    pub fn commit(mut self) -> Result<Rekeyed, VaultError> {
        let new = self.new_vault()?;
        if new.integrity_check()? != ["ok"] {
            return Err(VaultError::Damaged);
        }
        fs::rename(&self.temp, &self.path)?;
        sync_parent(&self.path);
        let new = self.new.take().ok_or(VaultError::Damaged)?;
        let (connection, recovery_key) = new.open_at(&self.path)?;
        Ok(Rekeyed {
            connection,
            recovery_key,
            old_copies: self.old_copies(),
        })
    }

    /// Vault files beside the vault (not the vault itself) whose header
    /// authenticates under the old data key, or that the old passphrase opens.
    fn old_copies(&self) -> Vec<PathBuf> {
        let Some(dir) = std::path::absolute(&self.path)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
        else {
            return Vec::new();
        };
        let Ok(entries) = fs::read_dir(&dir) else {
            return Vec::new();
        };
        let own = self.path.file_name();
        let mut found: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter(|e| Some(e.file_name().as_os_str()) != own)
            .map(|e| e.path())
            .filter(|p| self.old_key_opens(p))
            .collect();
        found.sort();
        found
    }

    fn old_key_opens(&self, path: &Path) -> bool {
        let Ok(region) = read_region(path) else {
            return false;
        };
        let Ok(parsed) = header::parse_region(&region) else {
            return false;
        };
        if parsed
            .copies
            .iter()
            .any(|(_, h)| h.verify_mac(&self.old_dek))
        {
            return true;
        }
        self.old_passphrase
            .as_ref()
            .is_some_and(|p| unlock_header(path, &Unlock::Passphrase(p.clone())).is_ok())
    }
}

impl Drop for Rekey {
    fn drop(&mut self) {
        if self.new.is_some() {
            let _ = discard_interrupted_rekey(&self.path);
        }
    }
}
