//! Encrypted backups of a Shopkeeper shop, to a file the owner chooses.
//!
//! A backup is a consistent page-by-page snapshot of an open SQLite database
//! (read through `sqlite_dbpage` inside one read transaction) streamed through
//! authenticated encryption in 64 KiB chunks, as in the age format's STREAM.
//! No plaintext database bytes ever touch the disk, and memory stays bounded
//! whatever the size of the shop. The file format is specified in
//! `docs/backup-format.md`; `tests/backup_decrypt/decrypt.py` is an
//! independent implementation written from that document alone.
//!
//! The crate knows nothing about the vault: it takes any open
//! [`rusqlite::Connection`] (the vault hands over its own) and restores into
//! an empty one the caller created.
//!
//! ```
//! use secrecy::SecretString;
//! use shopkeeper_backup::{BackupFacts, BackupKeys, BackupUnlock};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let dir = tempfile::tempdir()?;
//! let shop = rusqlite::Connection::open(dir.path().join("shop.db"))?;
//! shop.execute_batch("CREATE TABLE customer(name TEXT); INSERT INTO customer VALUES ('Zoë Ødegård');")?;
//!
//! // Argon2id runs here, once; reuse `keys` for further backups.
//! let keys = BackupKeys::new(&SecretString::from("correct horse battery staple"))?;
//! let now = chrono::Utc::now();
//! let file = dir.path().join(shopkeeper_backup::backup_file_name("Corner Books", now.naive_local()));
//! shopkeeper_backup::create(&shop, &file, &keys, &BackupFacts::new("Corner Books", now))?;
//!
//! let unlock = BackupUnlock::passphrase(SecretString::from("correct horse battery staple"));
//! assert_eq!(shopkeeper_backup::read_facts(&file, &unlock)?.shop_name, "Corner Books");
//! let restored = rusqlite::Connection::open(dir.path().join("restored.db"))?;
//! shopkeeper_backup::restore(&file, &unlock, &restored)?;
//! let name: String = restored.query_row("SELECT name FROM customer", [], |r| r.get(0))?;
//! assert_eq!(name, "Zoë Ødegård");
//! # Ok(()) }
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod error;
mod files;
pub mod format;
mod header;
mod keys;
mod meta;
mod rotate;
mod snapshot;
mod stream;

use std::io::{Read, Write};
use std::path::Path;

pub use error::{BackupError, Result};
pub use files::{list, BackupListing};
pub use keys::{BackupKeys, BackupUnlock, KdfParams};
pub use meta::{BackupFacts, BackupSummary};
pub use rotate::{backup_file_name, plan_rotation, rotate, RotationPolicy};

/// Back up `conn`'s main database to a new file at `dest`.
///
/// The file is written under a hidden temporary name in the same folder
/// (`.NAME.partial-XXXXXXXXXXXX`), synced, renamed to `dest`, and the folder
/// synced: an interrupted backup never leaves a file under `dest`. Refuses to
/// replace an existing file ([`BackupError::AlreadyExists`]). The snapshot is
/// taken in one read transaction (or inside the caller's open transaction).
pub fn create(
    conn: &rusqlite::Connection,
    dest: &Path,
    keys: &BackupKeys,
    facts: &BackupFacts,
) -> Result<BackupSummary> {
    let (mut summary, size) =
        files::write_atomically(
            dest,
            |w| Ok(snapshot::write_backup(conn, w, keys, facts)?.1),
        )?;
    summary.file_bytes = size;
    summary.path = dest.to_path_buf();
    Ok(summary)
}

/// Back up `conn`'s main database to any writer (for example a network
/// stream). Nothing is synced or renamed; an error leaves `out` holding an
/// incomplete backup, which fails verification.
pub fn create_to_writer<W: Write>(
    conn: &rusqlite::Connection,
    out: W,
    keys: &BackupKeys,
    facts: &BackupFacts,
) -> Result<BackupSummary> {
    let (mut out, summary) = snapshot::write_backup(conn, out, keys, facts)?;
    out.flush()?;
    Ok(summary)
}

/// Decrypt and authenticate all of the backup at `src` without restoring it.
pub fn verify(src: &Path, unlock: &BackupUnlock) -> Result<BackupSummary> {
    let mut summary = verify_reader(files::open_reader(src)?, unlock)?;
    summary.file_bytes = std::fs::metadata(src)?.len();
    summary.path = src.to_path_buf();
    Ok(summary)
}

/// [`verify`] for a backup read from any reader.
pub fn verify_reader<R: Read>(src: R, unlock: &BackupUnlock) -> Result<BackupSummary> {
    let meta = snapshot::verify_all(snapshot::open_backup(src, unlock)?)?;
    Ok(BackupSummary {
        facts: meta.facts,
        page_size: meta.page_size,
        page_count: meta.page_count,
        file_bytes: 0,
        path: Default::default(),
    })
}

/// The facts stored in the backup at `src` (shop name, date, counts), read
/// from its header and metadata only: quick, but it does not check the pages
/// (use [`verify`] or [`restore`] for that).
pub fn read_facts(src: &Path, unlock: &BackupUnlock) -> Result<BackupFacts> {
    Ok(snapshot::read_meta(files::open_reader(src)?, unlock)?.facts)
}

/// Restore the backup at `src` into `target`, which must be an empty database
/// (a new file the caller created; anything else is refused with
/// [`BackupError::TargetNotEmpty`]).
///
/// All pages are written in one transaction, committed only once the last
/// chunk has authenticated; then `PRAGMA integrity_check` and the page count
/// are checked. On an error the caller should discard the target file; it is
/// empty unless the error is [`BackupError::RestoreCheckFailed`].
pub fn restore(
    src: &Path,
    unlock: &BackupUnlock,
    target: &rusqlite::Connection,
) -> Result<BackupSummary> {
    OpenedBackup::open(src, unlock)?.restore_into(target)
}

/// A backup file whose header and metadata have been authenticated (the key
/// derived once), ready to be restored: open it first to learn that the
/// passphrase is right and what the backup holds, then create the target.
pub struct OpenedBackup {
    summary: BackupSummary,
    backup: snapshot::OpenBackup<std::io::BufReader<std::fs::File>>,
}

impl std::fmt::Debug for OpenedBackup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenedBackup")
            .field("summary", &self.summary)
            .finish_non_exhaustive()
    }
}

impl OpenedBackup {
    /// Open the backup at `src`: derive its key (Argon2id, once) and
    /// authenticate its header and metadata. The pages are checked only by
    /// [`OpenedBackup::restore_into`] or [`OpenedBackup::read_pages`].
    pub fn open(src: &Path, unlock: &BackupUnlock) -> Result<OpenedBackup> {
        let backup = snapshot::open_backup(files::open_reader(src)?, unlock)?;
        let summary = BackupSummary {
            facts: backup.meta.facts.clone(),
            page_size: backup.meta.page_size,
            page_count: backup.meta.page_count,
            file_bytes: std::fs::metadata(src)?.len(),
            path: src.to_path_buf(),
        };
        Ok(OpenedBackup { summary, backup })
    }

    /// What the backup says about itself (its pages not yet checked).
    pub fn summary(&self) -> &BackupSummary {
        &self.summary
    }

    /// Restore into `target`, as [`restore`] does.
    pub fn restore_into(self, target: &rusqlite::Connection) -> Result<BackupSummary> {
        snapshot::restore_into(self.backup, target)?;
        Ok(self.summary)
    }

    /// Hand the database's pages, in order from page 1, to `f`: each call
    /// gets one chunk's worth of whole pages, only after that chunk has
    /// authenticated. Fails (with `f`'s error, or [`BackupError::Damaged`]
    /// for a damaged, truncated or reordered backup) unless every chunk
    /// authenticates and there are exactly `page_count` pages. What `f` got
    /// before a failure must be thrown away.
    pub fn read_pages(mut self, mut f: impl FnMut(&[u8]) -> Result<()>) -> Result<BackupSummary> {
        self.backup.for_each_chunk(|_, pages| f(pages))?;
        Ok(self.summary)
    }
}
