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
    #[error("{}", self.message())]
    NotABackup,
    /// The file is a Shopkeeper backup in a format version newer than this program reads.
    #[error("{}", self.message())]
    NewerVersion,
    /// No passphrase slot of the backup opens with the passphrase given.
    #[error("{}", self.message())]
    WrongPassphrase,
    /// The backup has a recovery-key slot, but the recovery key given does not open it.
    #[error("{}", self.message())]
    WrongRecoveryKey,
    /// A recovery key was given, but the backup was made without a recovery-key slot.
    #[error("{}", self.message())]
    NoRecoverySlot,
    /// A recovery key of the wrong length was supplied by the caller (it must be 16 to 32 bytes).
    #[error("{}", self.message())]
    InvalidRecoveryKey,
    /// The header asks for key-derivation settings outside the accepted bounds.
    #[error("{}", self.message())]
    KdfOutOfBounds,
    /// The file ends before the backup does: an interrupted backup or an incomplete copy.
    #[error("{}", self.message())]
    Truncated,
    /// Authentication failed: bytes were changed, reordered, removed or added.
    #[error("{}", self.message())]
    Damaged,
    /// `create` was asked to write over an existing file.
    #[error("{}", self.message())]
    AlreadyExists,
    /// The path given cannot be used (for example it has no file name).
    #[error("{}", self.message())]
    BadPath,
    /// `restore` was given a database that already holds data.
    #[error("{}", self.message())]
    TargetNotEmpty,
    /// The empty target database was already set up with a different page size than the backup's.
    #[error("{}", self.message())]
    PageSizeMismatch,
    /// The restored database failed SQLite's integrity check or does not have the expected size.
    #[error("{}", self.message())]
    RestoreCheckFailed,
    /// The connection is in a state where a snapshot cannot be taken (for example in the middle of a write).
    #[error("{}", self.message())]
    Busy,
    /// Reading or writing a file failed (disk full, no permission, missing file...).
    #[error("{}", self.message())]
    Io(#[from] io::Error),
    /// SQLite reported an error while reading or restoring the database.
    #[error("{}", self.message())]
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

impl BackupError {
    /// What went wrong, as a catalogue message (its `Display` is the
    /// English words; the edges say it in the owner's language).
    pub fn message(&self) -> shopkeeper_l10n::Message {
        use shopkeeper_l10n::msg;
        match self {
            BackupError::NotABackup => msg!("error-backup-not-a-backup"),
            BackupError::NewerVersion => msg!("error-backup-newer-version"),
            BackupError::WrongPassphrase => msg!("error-backup-wrong-passphrase"),
            BackupError::WrongRecoveryKey => msg!("error-backup-wrong-recovery-key"),
            BackupError::NoRecoverySlot => msg!("error-backup-no-recovery-slot"),
            BackupError::InvalidRecoveryKey => msg!("error-backup-invalid-recovery-key"),
            BackupError::KdfOutOfBounds => msg!("error-backup-kdf-out-of-bounds"),
            BackupError::Truncated => msg!("error-backup-truncated"),
            BackupError::Damaged => msg!("error-backup-damaged"),
            BackupError::AlreadyExists => msg!("error-backup-already-exists"),
            BackupError::BadPath => msg!("error-backup-bad-path"),
            BackupError::TargetNotEmpty => msg!("error-backup-target-not-empty"),
            BackupError::PageSizeMismatch => msg!("error-backup-page-size-mismatch"),
            BackupError::RestoreCheckFailed => msg!("error-backup-restore-check-failed"),
            BackupError::Busy => msg!("error-backup-busy"),
            BackupError::Io(e) => msg!("error-backup-io", reason = e.to_string()),
            BackupError::Sqlite(e) => msg!("error-backup-sqlite", reason = e.to_string()),
        }
    }
}
