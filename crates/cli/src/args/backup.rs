//! The shape of the `backup` commands, declared with clap (the work is in `crate::backup`).

use clap::{Args, Subcommand};
use std::path::PathBuf;

/// `shopkeeper backup ...`
#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Back up the shop, encrypted, to FILE; if FILE is a folder, to a dated
    /// file in it, then thin out old backups there (7 daily, 4 weekly, 12 monthly).
    Create(BackupFileArgs),
    /// Decrypt and check every part of a backup without restoring it.
    Verify(BackupFileArgs),
    /// Restore a backup into a NEW vault (never over an existing file).
    Restore(RestoreArgs),
    /// List the backups in a folder, newest first.
    List {
        /// The folder to look in.
        dir: PathBuf,
    },
}

/// A backup file and its passphrase.
#[derive(Debug, Args)]
pub struct BackupFileArgs {
    /// The backup file (for `create`, a file or a folder).
    pub file: PathBuf,
    /// Read the backup's own passphrase from this file (default: the vault's passphrase).
    #[arg(long, value_name = "FILE")]
    pub backup_passphrase_file: Option<PathBuf>,
}

/// `shopkeeper backup restore FILE --to NEW_VAULT`
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file.
    pub file: PathBuf,
    /// The new vault to restore into; it must not exist yet.
    #[arg(long, value_name = "NEW_VAULT")]
    pub to: PathBuf,
    /// Read the backup's passphrase from this file (default: --passphrase-file, SHOPKEEPER_PASSPHRASE or a prompt).
    #[arg(long, value_name = "FILE")]
    pub backup_passphrase_file: Option<PathBuf>,
    /// Read the new vault's passphrase from this file (else SHOPKEEPER_NEW_PASSPHRASE, else two prompts).
    #[arg(long, value_name = "FILE")]
    pub new_passphrase_file: Option<PathBuf>,
    /// Write the new vault's emergency kit (recovery key) to this file instead of printing it.
    #[arg(long, value_name = "FILE")]
    pub kit: Option<PathBuf>,
}
