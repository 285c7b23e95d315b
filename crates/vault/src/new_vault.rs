//! A vault being made: its header is on disk, its database not yet opened.
//! Between the two, a restore can write the database's pages straight into
//! the file ([`NewVault::page_writer`]) and check them
//! ([`NewVault::integrity_check`]) before anything else opens it.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rand::RngCore;
use rusqlite::Connection;
use secrecy::SecretString;
use zeroize::Zeroizing;

use crate::header::{Header, Slot, SlotKind};
use crate::page_writer::PageWriter;
use crate::{check, connect, random_salt, sync_parent, KdfChoice, RecoveryKey, VaultError};

/// A new vault file with its header written and an empty database (unless
/// pages were written into it). Open it with [`NewVault::open`]; dropping it
/// leaves the file as it is (the caller deletes a half-made one).
pub struct NewVault {
    path: PathBuf,
    dek: Zeroizing<[u8; 32]>,
    db_id: [u8; 16],
    recovery: RecoveryKey,
}

impl std::fmt::Debug for NewVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewVault")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl NewVault {
    /// Create the vault file at `path` (which must not exist): derive the
    /// passphrase's key, make a fresh data key and recovery key, and write
    /// and sync both header copies.
    pub fn create(
        path: &Path,
        passphrase: &SecretString,
        kdf: impl Into<KdfChoice>,
    ) -> Result<NewVault, VaultError> {
        Self::create_with_recovery_key(path, passphrase, kdf, RecoveryKey::generate())
    }

    /// Like [`NewVault::create`], with the recovery key given rather than
    /// made (a change of data key that keeps the owner's emergency kit).
    pub(crate) fn create_with_recovery_key(
        path: &Path,
        passphrase: &SecretString,
        kdf: impl Into<KdfChoice>,
        recovery: RecoveryKey,
    ) -> Result<NewVault, VaultError> {
        let pass_salt = random_salt();
        let (kdf, kek) = kdf.into().derive_passphrase(passphrase, &pass_salt)?;
        let mut dek = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(dek.as_mut());
        let mut db_id = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut db_id);
        let mut h = Header {
            version: crate::header::FORMAT_VERSION,
            epoch: 0,
            digest: [0; 16],
            generation: 1,
            db_id,
            kdf,
            pass: Slot {
                salt: pass_salt,
                nonce: [0; 24],
                wrapped: [0; 48],
            },
            recovery: Slot {
                salt: random_salt(),
                nonce: [0; 24],
                wrapped: [0; 48],
            },
            mac_nonce: [0; 24],
            mac_tag: [0; 16],
        };
        h.wrap(SlotKind::Passphrase, &kek, &dek);
        h.wrap(
            SlotKind::Recovery,
            &recovery.slot_key(&h.recovery.salt)?,
            &dek,
        );
        h.seal(&dek);

        let mut f = private_file()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| {
                if e.kind() == io::ErrorKind::AlreadyExists {
                    VaultError::AlreadyExists
                } else {
                    VaultError::Io(e)
                }
            })?;
        let copy = h.encode();
        let mut region = copy.clone();
        region.extend_from_slice(&copy);
        f.write_all(&region)?;
        f.sync_all()?;
        drop(f);
        sync_parent(path);
        Ok(NewVault {
            path: path.to_path_buf(),
            dek,
            db_id,
            recovery,
        })
    }

    /// A writer that appends whole database pages to the file, sealed with
    /// this vault's key, without going through SQLite (see [`PageWriter`]).
    /// Nothing may have the database open while it writes.
    pub fn page_writer(&self) -> Result<PageWriter, VaultError> {
        let file = OpenOptions::new().read(true).write(true).open(&self.path)?;
        PageWriter::new(file, &self.dek, self.db_id)
    }

    /// SQLite's integrity check of the database, spread over one connection
    /// per core (see `docs/vault-format.md`, "Checking"): `["ok"]` when
    /// healthy, else what is wrong.
    pub fn integrity_check(&self) -> Result<Vec<String>, VaultError> {
        check::integrity_check(&|| connect(&self.path, &self.dek, self.db_id))
    }

    /// Open the database. Returns the connection and the recovery key, which
    /// must be shown to the owner once (see [`RecoveryKey::emergency_kit`]).
    pub fn open(self) -> Result<(Connection, RecoveryKey), VaultError> {
        let path = self.path.clone();
        self.open_at(&path)
    }

    /// Open the database after its file was moved to `path` (a change of
    /// data key renames it over the old vault).
    pub(crate) fn open_at(self, path: &Path) -> Result<(Connection, RecoveryKey), VaultError> {
        let conn = connect(path, &self.dek, self.db_id)?;
        Ok((conn, self.recovery))
    }
}

/// Options for a new file only its owner may read and write (`0600` on
/// Unix, whatever the umask). With `create_new` (`O_CREAT|O_EXCL`) a
/// symbolic link at the name is refused, never followed.
pub fn private_file() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o
}
