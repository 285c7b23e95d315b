//! Shopkeeper's encrypted store: an SQLite database whose every byte on disk
//! is sealed with XChaCha20-Poly1305.
//!
//! A small SQLite VFS (the `shopkeeper-vault` VFS, see `docs/vault-format.md`)
//! stores the main database and its rollback journal as 4096-byte blocks, each
//! with a fresh random nonce and an authentication tag bound to its place. A
//! random data key encrypts the blocks; it is wrapped twice in the file
//! header: once under a key derived from the passphrase (Argon2id) and once
//! under the printable [`RecoveryKey`]. SQLite keeps doing its own journaling,
//! so commits stay atomic and crash-safe.
//!
//! ```no_run
//! use secrecy::SecretString;
//! use shopkeeper_vault::{create, open, KdfParams, Unlock};
//! # fn main() -> Result<(), shopkeeper_vault::VaultError> {
//! let path = std::path::Path::new("shop.vault");
//! let pass = SecretString::from("violet harbor tin mango".to_string());
//! let (conn, recovery_key) = create(path, &pass, KdfParams::calibrate(std::time::Duration::from_millis(700)))?;
//! println!("{}", recovery_key.emergency_kit("Corner Books", "2025-01-01"));
//! conn.execute_batch("CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT)")?;
//! drop(conn);
//! let conn = open(path, &Unlock::Passphrase(pass))?;
//! # let _ = conn; Ok(()) }
//! ```
#![deny(missing_docs)]

mod block;
mod check;
mod epoch;
mod error;
mod header;
mod keys;
mod migrate;
mod new_vault;
mod page_writer;
mod raw;
mod recovery;
mod rekey;
mod vfs;

#[cfg(test)]
mod powerloss_tests;

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rand::RngCore;
use rusqlite::{Connection, OpenFlags};
use secrecy::SecretString;
use shopkeeper_crypto::SecretKey;
use zeroize::Zeroizing;

pub use error::VaultError;
pub use new_vault::{private_file, NewVault};
pub use page_writer::PageWriter;
pub use recovery::{emergency_kit, RecoveryKey, RECOVERY_KEY_BYTES};
pub use rekey::{discard_interrupted_rekey, rekey_temp_path, Rekey, Rekeyed};
pub use shopkeeper_crypto::{KdfChoice, KdfParams};
pub use vfs::VFS_NAME;

use block::{BlockFile, Keys};
use header::{Header, Region, SlotKind, COPY_LEN, HEADER_REGION};

/// The format version this crate writes.
pub const FORMAT_VERSION: u16 = header::FORMAT_VERSION;

/// The size of the database's pages (one vault block each).
pub const PAGE_SIZE: u32 = block::BLOCK as u32;

/// How to unlock a vault.
#[derive(Debug)]
pub enum Unlock {
    /// With the passphrase (normalized to Unicode NFC before key derivation).
    Passphrase(SecretString),
    /// With the recovery key from the emergency kit.
    RecoveryKey(RecoveryKey),
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Number of data blocks (pages) authenticated.
    pub blocks_checked: u64,
    /// Indexes of blocks that failed authentication.
    pub damaged_blocks: Vec<u64>,
    /// Whether some block is not the write the header vouches for: an
    /// older authentic copy of it was put back (rollback), or blocks were
    /// removed. Always false for a format-1 file, which has no epochs.
    pub rolled_back: bool,
    /// Output of `PRAGMA integrity_check` (`["ok"]` when healthy).
    pub integrity: Vec<String>,
}

impl VerifyReport {
    /// True when every block authenticated and SQLite's integrity check said "ok".
    pub fn is_ok(&self) -> bool {
        self.damaged_blocks.is_empty() && !self.rolled_back && self.integrity == ["ok"]
    }
}

/// Facts about a vault that need no passphrase and reveal no secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultInfo {
    /// Format version of the header in use.
    pub format_version: u16,
    /// Argon2id parameters of the passphrase slot.
    pub kdf: KdfParams,
    /// Header generation (increases with every passphrase change).
    pub generation: u64,
    /// Number of valid header copies (2 when healthy, 1 after a torn header write).
    pub valid_header_copies: usize,
    /// Size of the vault file in bytes.
    pub file_size: u64,
    /// Size of the database inside, in bytes.
    pub database_size: u64,
    /// Number of 4096-byte pages in the database.
    pub page_count: u64,
    /// Whether a non-empty rollback journal sits next to the vault (an
    /// interrupted transaction that the next open will roll back).
    pub journal_present: bool,
}

/// Whether `path` looks like a Shopkeeper vault (either header copy has the magic).
pub fn is_vault(path: &Path) -> bool {
    let Ok(region) = read_region(path) else {
        return false;
    };
    region.len() >= 8 && region[..8] == header::MAGIC
        || region.len() >= COPY_LEN + 8 && region[COPY_LEN..COPY_LEN + 8] == header::MAGIC
}

/// Create a new vault at `path` (which must not exist) and open it.
///
/// Returns the open connection and the recovery key, which must be shown to
/// the owner once (see [`RecoveryKey::emergency_kit`]); it is not stored.
pub fn create(
    path: &Path,
    passphrase: &SecretString,
    kdf: impl Into<KdfChoice>,
) -> Result<(Connection, RecoveryKey), VaultError> {
    NewVault::create(path, passphrase, kdf)?.open()
}

/// Open an existing vault. A wrong passphrase or key leaves the files untouched.
pub fn open(path: &Path, unlock: &Unlock) -> Result<Connection, VaultError> {
    let u = unlock_header(path, unlock)?;
    if u.header.version == header::LEGACY_VERSION {
        migrate::upgrade(path, &u.dek, &u.header)?;
    }
    connect(path, &u.dek, u.header.db_id)
}

/// Checks the passphrase or key against the vault's header without opening
/// the database (the owner proving who they are to an open shop).
pub fn check_unlock(path: &Path, unlock: &Unlock) -> Result<(), VaultError> {
    unlock_header(path, unlock).map(drop)
}

/// Replace the passphrase, given the old passphrase or the recovery key.
///
/// Only the passphrase key slot is rewritten (both header copies, one after
/// the other, each synced); the data is not re-encrypted, so an old copy of
/// the header and the old passphrase still open the pages: Shopkeeper changes
/// the data key as well ([`Rekey`]). The KDF parameters stay as they are.
pub fn change_passphrase(path: &Path, old: &Unlock, new: &SecretString) -> Result<(), VaultError> {
    let u = unlock_header(path, old)?;
    let mut h = u.header.clone();
    h.kdf.check()?;
    h.generation = u.region.next_generation();
    h.pass.salt = random_salt();
    let kek = h.kdf.derive_passphrase(new, &h.pass.salt)?;
    h.wrap(SlotKind::Passphrase, &kek, &u.dek);
    h.seal(&u.dek);
    write_header(path, &h, &u.region)
}

/// Choose a new passphrase with the recovery key (for a forgotten passphrase).
pub fn reset_passphrase(
    path: &Path,
    recovery: &RecoveryKey,
    new: &SecretString,
) -> Result<(), VaultError> {
    change_passphrase(path, &Unlock::RecoveryKey(recovery.clone()), new)
}

/// Replace the recovery key, given the passphrase (or the current recovery
/// key), and return the new one to show the owner once.
///
/// Only the recovery key slot is rewritten (both header copies, as in
/// [`change_passphrase`]); the old recovery key stops opening the vault.
pub fn rotate_recovery_key(path: &Path, unlock: &Unlock) -> Result<RecoveryKey, VaultError> {
    let u = unlock_header(path, unlock)?;
    let mut h = u.header.clone();
    h.generation = u.region.next_generation();
    let recovery = RecoveryKey::generate();
    h.recovery.salt = random_salt();
    h.wrap(
        SlotKind::Recovery,
        &recovery.slot_key(&h.recovery.salt)?,
        &u.dek,
    );
    h.seal(&u.dek);
    write_header(path, &h, &u.region)?;
    Ok(recovery)
}

/// Authenticate every block of the vault and run `PRAGMA integrity_check`.
pub fn verify(path: &Path, unlock: &Unlock) -> Result<VerifyReport, VaultError> {
    let u = unlock_header(path, unlock)?;
    let (db_id, version) = (u.header.db_id, u.header.version);
    // Opening first lets SQLite roll back an interrupted transaction.
    let integrity = match connect_version(path, &u.dek, db_id, version) {
        Ok(conn) => {
            drop(conn);
            check::integrity_check(&|| connect_version(path, &u.dek, db_id, version))?
        }
        Err(VaultError::Damaged) => {
            vec!["The database could not be opened: it is damaged.".to_string()]
        }
        Err(e) => return Err(e),
    };
    let keys = Arc::new(Keys::with_version(&u.dek, db_id, version));
    let mut bf = BlockFile::main(StdRaw(File::open(path)?), keys);
    let blocks_checked = bf.block_count()?;
    let damaged_blocks = bf.check_all()?;
    let rolled_back = !bf.epochs_match()?;
    Ok(VerifyReport {
        blocks_checked,
        damaged_blocks,
        rolled_back,
        integrity,
    })
}

/// Read the public facts about a vault (no passphrase needed).
pub fn info(path: &Path) -> Result<VaultInfo, VaultError> {
    let region = read_region(path)?;
    let parsed = header::parse_region(&region)?;
    let best = &parsed.copies[0].1;
    let file_size = std::fs::metadata(path)?.len();
    let database_size = block::main_logical_size(file_size);
    let journal_present = std::fs::metadata(journal_path(path))
        .map(|m| m.len() > 0)
        .unwrap_or(false);
    Ok(VaultInfo {
        format_version: best.version,
        kdf: best.kdf,
        generation: best.generation,
        valid_header_copies: parsed.copies.len(),
        file_size,
        database_size,
        page_count: database_size.div_ceil(block::BLOCK),
        journal_present,
    })
}

// ---------------------------------------------------------------------------

struct Unlocked {
    dek: Zeroizing<[u8; 32]>,
    header: Header,
    region: Region,
}

fn random_salt() -> [u8; 32] {
    let mut s = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut s);
    s
}

fn journal_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push("-journal");
    PathBuf::from(s)
}

fn read_region(path: &Path) -> Result<Vec<u8>, VaultError> {
    let f = File::open(path)?;
    let mut region = Vec::with_capacity(HEADER_REGION as usize);
    f.take(HEADER_REGION).read_to_end(&mut region)?;
    Ok(region)
}

/// Find the data key. Reads the file only; never writes.
fn unlock_header(path: &Path, unlock: &Unlock) -> Result<Unlocked, VaultError> {
    let region = header::parse_region(&read_region(path)?)?;
    let mut out_of_bounds = false;
    let mut tried: Vec<([u8; 32], KdfParams, SecretKey)> = Vec::new();
    for (_, h) in &region.copies {
        let (kind, salt, params) = match unlock {
            Unlock::Passphrase(_) => (SlotKind::Passphrase, h.pass.salt, h.kdf),
            Unlock::RecoveryKey(_) => {
                (SlotKind::Recovery, h.recovery.salt, KdfParams::KEY_MATERIAL)
            }
        };
        if kind == SlotKind::Passphrase && h.kdf.check().is_err() {
            out_of_bounds = true;
            continue;
        }
        let kek = match tried.iter().find(|(s, p, _)| *s == salt && *p == params) {
            Some((_, _, k)) => k.clone(),
            None => {
                let k = match unlock {
                    Unlock::Passphrase(p) => h.kdf.derive_passphrase(p, &salt)?,
                    Unlock::RecoveryKey(r) => r.slot_key(&salt)?,
                };
                tried.push((salt, params, k.clone()));
                k
            }
        };
        if let Some(dek) = h.unwrap(kind, &kek) {
            if !h.verify_mac(&dek) {
                return Err(VaultError::Damaged);
            }
            let header = h.clone();
            return Ok(Unlocked {
                dek,
                header,
                region,
            });
        }
    }
    Err(if out_of_bounds && tried.is_empty() {
        VaultError::KdfOutOfBounds
    } else {
        VaultError::WrongPassphrase
    })
}

/// Write a new header: first over the copy not currently best, sync, then the other.
fn write_header(path: &Path, h: &Header, region: &Region) -> Result<(), VaultError> {
    let bytes = h.encode();
    let best = region.copies[0].0;
    let mut f = OpenOptions::new().write(true).open(path)?;
    for idx in [1 - best, best] {
        f.seek(SeekFrom::Start((idx * COPY_LEN) as u64))?;
        f.write_all(&bytes)?;
        f.sync_all()?;
    }
    Ok(())
}

fn sync_parent(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = std::path::absolute(path)
        .ok()
        .as_deref()
        .and_then(Path::parent)
    {
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Build the SQLite URI for `path` with the key handle.
fn uri_for(path: &Path, handle: &str) -> Result<String, VaultError> {
    let abs = std::path::absolute(path)?;
    let s = abs.to_str().ok_or(VaultError::BadPath)?;
    let s = s.replace('\\', "/");
    let mut out = String::from("file:");
    if !s.starts_with('/') {
        out.push_str("///");
    }
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push_str(&format!("?{}={handle}", vfs::KEY_PARAM));
    Ok(out)
}

/// Open a connection through the vault VFS and apply the required pragmas.
fn connect(path: &Path, dek: &[u8; 32], db_id: [u8; 16]) -> Result<Connection, VaultError> {
    connect_version(path, dek, db_id, FORMAT_VERSION)
}

/// [`connect`] to a file of format `version` (1 only to upgrade or verify it).
fn connect_version(
    path: &Path,
    dek: &[u8; 32],
    db_id: [u8; 16],
    version: u16,
) -> Result<Connection, VaultError> {
    connect_with_vfs(
        path,
        Keys::with_version(dek, db_id, version),
        vfs::ensure_registered().map_err(|_| VaultError::Io(io::Error::other("VFS")))?,
    )
}

fn connect_with_vfs(path: &Path, keys: Keys, vfs_name: &str) -> Result<Connection, VaultError> {
    let keys = Arc::new(keys);
    let handle = vfs::register_keys(&keys);
    let uri = uri_for(path, &handle)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags_and_vfs(&uri, flags, vfs_name)?;
    apply_pragmas(&conn)?;
    drop(keys);
    Ok(conn)
}

/// The page cache of a vault connection, as SQLite's `cache_size` (negative:
/// KiB, so 8 MiB).
const CACHE_SIZE: i64 = -8192;

fn apply_pragmas(conn: &Connection) -> Result<(), VaultError> {
    conn.execute_batch(&format!(
        "PRAGMA page_size = 4096;
         PRAGMA synchronous = FULL;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA mmap_size = 0;
         PRAGMA cell_size_check = ON;
         PRAGMA cache_size = {CACHE_SIZE};"
    ))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = TRUNCATE", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("truncate") {
        return Err(VaultError::Damaged);
    }
    // Read page 1 now so a damaged or foreign file is reported at open time.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    Ok(())
}

/// A std file as raw I/O (used by `verify`, which only reads).
struct StdRaw(File);

impl raw::RawIo for StdRaw {
    fn read_exact_at(&mut self, buf: &mut [u8], off: u64) -> io::Result<()> {
        self.0.seek(SeekFrom::Start(off))?;
        self.0.read_exact(buf)
    }
    fn write_at(&mut self, buf: &[u8], off: u64) -> io::Result<()> {
        self.0.seek(SeekFrom::Start(off))?;
        self.0.write_all(buf)
    }
    fn truncate(&mut self, size: u64) -> io::Result<()> {
        self.0.set_len(size)
    }
    fn size(&mut self) -> io::Result<u64> {
        Ok(self.0.metadata()?.len())
    }
    fn sync(&mut self, _flags: i32) -> io::Result<()> {
        self.0.sync_all()
    }
}

#[cfg(feature = "test-hooks")]
#[doc(hidden)]
/// Internals for this crate's integration tests only (feature `test-hooks`).
pub mod testing {
    use super::*;

    /// Physical offset of data block `block` in the main file.
    pub fn main_block_offset(block: u64) -> u64 {
        crate::block::main_block_offset(block)
    }

    /// Unlock and return the raw data key (tests only).
    pub fn unlock_dek(path: &Path, unlock: &Unlock) -> Result<[u8; 32], VaultError> {
        Ok(*unlock_header(path, unlock)?.dek)
    }

    /// Open with a raw data key, skipping the KDF (tests only). The header
    /// must still parse and its MAC must verify under `dek`.
    pub fn open_with_dek(path: &Path, dek: &[u8; 32]) -> Result<Connection, VaultError> {
        let region = header::parse_region(&read_region(path)?)?;
        let h = region
            .copies
            .iter()
            .map(|(_, h)| h)
            .find(|h| h.verify_mac(dek))
            .ok_or(VaultError::Damaged)?;
        connect(path, dek, h.db_id)
    }

    /// Which header copies parse (index 0 = A, 1 = B), best first.
    pub fn valid_header_copies(region: &[u8]) -> Vec<(usize, u64)> {
        header::parse_region(region)
            .map(|r| r.copies.iter().map(|(i, h)| (*i, h.generation)).collect())
            .unwrap_or_default()
    }
}
