//! The errors the backup functions report, worded for a shop owner.

use std::io;

/// Everything that can go wrong when making, checking or restoring a backup.
///
/// Messages are plain words for the person at the counter; they never contain
/// a passphrase, a key, or customer data.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BackupError {
    /// The file does not start like a Shopkeeper backup (wrong magic bytes, or too short to tell).
    #[error(
        "This file is not a Shopkeeper backup, or it was damaged in copying. Try another copy."
    )]
    NotABackup,
    /// The file is a Shopkeeper backup in a format version newer than this program reads.
    #[error(
        "This backup was made by a newer version of Shopkeeper. Update Shopkeeper to open it."
    )]
    NewerVersion,
    /// No passphrase slot of the backup opens with the passphrase given.
    #[error("The passphrase is not right for this backup.")]
    WrongPassphrase,
    /// The backup has a recovery-key slot, but the recovery key given does not open it.
    #[error("The recovery key is not right for this backup.")]
    WrongRecoveryKey,
    /// A recovery key was given, but the backup was made without a recovery-key slot.
    #[error("This backup was made without a recovery key. Use its passphrase instead.")]
    NoRecoverySlot,
    /// A recovery key of the wrong length was supplied by the caller (it must be 16 to 32 bytes).
    #[error("The recovery key has the wrong length.")]
    InvalidRecoveryKey,
    /// The header asks for key-derivation settings outside the accepted bounds.
    #[error("This backup asks for unlock settings that are out of bounds; it may have been tampered with.")]
    KdfOutOfBounds,
    /// The file ends before the backup does: an interrupted backup or an incomplete copy.
    #[error("This backup is incomplete: it ends too early, as if the backup or a copy of it was interrupted. Try another copy.")]
    Truncated,
    /// Authentication failed: bytes were changed, reordered, removed or added.
    #[error("This backup is damaged: some of its contents were changed or are missing. Try another copy.")]
    Damaged,
    /// `create` was asked to write over an existing file.
    #[error("A file already exists there; Shopkeeper will not overwrite it.")]
    AlreadyExists,
    /// The path given cannot be used (for example it has no file name).
    #[error("This file location cannot be used for a backup.")]
    BadPath,
    /// `restore` was given a database that already holds data.
    #[error("The database to restore into is not empty; Shopkeeper restores only into a new, empty database.")]
    TargetNotEmpty,
    /// The empty target database was already set up with a different page size than the backup's.
    #[error(
        "The new database was set up in a way that does not fit this backup (page size differs)."
    )]
    PageSizeMismatch,
    /// The restored database failed SQLite's integrity check or does not have the expected size.
    #[error("The restored database did not pass its check. The backup may have been made from a damaged shop; keep using the current one.")]
    RestoreCheckFailed,
    /// The connection is in a state where a snapshot cannot be taken (for example in the middle of a write).
    #[error("The shop database is busy; try the backup again in a moment.")]
    Busy,
    /// Reading or writing a file failed (disk full, no permission, missing file...).
    #[error("The backup file could not be read or written: {0}")]
    Io(#[from] io::Error),
    /// SQLite reported an error while reading or restoring the database.
    #[error("The shop database reported a problem: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// Shorthand for results of this crate.
pub type Result<T, E = BackupError> = std::result::Result<T, E>;

impl From<shopkeeper_crypto::CryptoError> for BackupError {
    /// Costs out of bounds stay that; anything else from the crypto crate
    /// here is a header that does not add up.
    fn from(e: shopkeeper_crypto::CryptoError) -> Self {
        match e {
            shopkeeper_crypto::CryptoError::KdfOutOfBounds(_) => BackupError::KdfOutOfBounds,
            _ => BackupError::Damaged,
        }
    }
}
