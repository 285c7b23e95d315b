//! The errors the vault reports, worded for a shop owner.

use std::io;

/// Everything that can go wrong when creating, opening or changing a vault.
///
/// Messages are plain words for the person at the counter; they never contain
/// a passphrase, a key, or customer data.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The passphrase or recovery key did not unlock the vault. Nothing on disk was touched.
    #[error("{}", self.message())]
    WrongPassphrase,
    /// The recovery key was typed with a mistake (its checksum does not match).
    #[error("{}", self.message())]
    RecoveryKeyTypo,
    /// The file is not a Shopkeeper vault at all.
    #[error("{}", self.message())]
    NotAVault,
    /// The file was made by a newer version of Shopkeeper with a format this one cannot read.
    #[error("{}", self.message())]
    NewerVersion,
    /// Authentication of the header or of a block failed, or the database inside is corrupt.
    #[error("{}", self.message())]
    Damaged,
    /// The header asks for key-derivation settings outside the allowed bounds.
    #[error("{}", self.message())]
    KdfOutOfBounds,
    /// A vault already exists at the path given to `create`.
    #[error("{}", self.message())]
    AlreadyExists,
    /// The path cannot be used (for example it is not valid Unicode).
    #[error("{}", self.message())]
    BadPath,
    /// Reading or writing the file failed (disk full, no permission, missing file...).
    #[error("{}", self.message())]
    Io(#[from] io::Error),
    /// SQLite reported an error while opening or checking the database.
    #[error("{}", self.message())]
    Sqlite(rusqlite::Error),
}

impl From<crate::block::BlockError> for VaultError {
    fn from(e: crate::block::BlockError) -> Self {
        match e {
            crate::block::BlockError::Io(e) => VaultError::Io(e),
            crate::block::BlockError::Auth { .. } => VaultError::Damaged,
        }
    }
}

impl From<shopkeeper_crypto::CryptoError> for VaultError {
    /// Costs out of bounds stay that; anything else from the crypto crate
    /// here is a header that does not add up (a salt too short cannot be
    /// written by this crate, only made up).
    fn from(e: shopkeeper_crypto::CryptoError) -> Self {
        match e {
            shopkeeper_crypto::CryptoError::KdfOutOfBounds(_) => VaultError::KdfOutOfBounds,
            _ => VaultError::Damaged,
        }
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            if f.extended_code == rusqlite::ffi::SQLITE_IOERR_DATA
                || matches!(f.code, ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
            {
                return VaultError::Damaged;
            }
        }
        VaultError::Sqlite(e)
    }
}

impl VaultError {
    /// What went wrong, as a catalogue message (its `Display` is the
    /// English words; the edges say it in the owner's language).
    pub fn message(&self) -> shopkeeper_l10n::Message {
        use shopkeeper_l10n::msg;
        match self {
            VaultError::WrongPassphrase => msg!("error-vault-wrong-passphrase"),
            VaultError::RecoveryKeyTypo => msg!("error-vault-recovery-key-typo"),
            VaultError::NotAVault => msg!("error-vault-not-a-vault"),
            VaultError::NewerVersion => msg!("error-vault-newer-version"),
            VaultError::Damaged => msg!("error-vault-damaged"),
            VaultError::KdfOutOfBounds => msg!("error-vault-kdf-out-of-bounds"),
            VaultError::AlreadyExists => msg!("error-vault-already-exists"),
            VaultError::BadPath => msg!("error-vault-bad-path"),
            VaultError::Io(e) => msg!("error-vault-io", reason = e.to_string()),
            VaultError::Sqlite(e) => msg!("error-vault-sqlite", reason = e.to_string()),
        }
    }
}
