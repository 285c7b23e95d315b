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
    #[error("The passphrase is not right. Nothing was changed.")]
    WrongPassphrase,
    /// The recovery key was typed with a mistake (its checksum does not match).
    #[error("The recovery key has a typing mistake. Please check each group of characters.")]
    RecoveryKeyTypo,
    /// The file is not a Shopkeeper vault at all.
    #[error("This file is not a Shopkeeper vault.")]
    NotAVault,
    /// The file was made by a newer version of Shopkeeper with a format this one cannot read.
    #[error("This vault was made by a newer version of Shopkeeper.")]
    NewerVersion,
    /// Authentication of the header or of a block failed, or the database inside is corrupt.
    #[error("This file is damaged or was tampered with.")]
    Damaged,
    /// The header asks for key-derivation settings outside the allowed bounds.
    #[error("This vault asks for unlock settings that are out of bounds; it may have been tampered with.")]
    KdfOutOfBounds,
    /// A vault already exists at the path given to `create`.
    #[error("A file already exists there; Shopkeeper will not overwrite it.")]
    AlreadyExists,
    /// The path cannot be used (for example it is not valid Unicode).
    #[error("This file location cannot be used by Shopkeeper.")]
    BadPath,
    /// Reading or writing the file failed (disk full, no permission, missing file...).
    #[error("The vault file could not be read or written: {0}")]
    Io(#[from] io::Error),
    /// SQLite reported an error while opening or checking the database.
    #[error("The database inside the vault reported a problem: {0}")]
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
