//! The shape of the `vault` commands, declared with clap (the work is in `crate::vault`).

use clap::{Args, Subcommand};
use std::path::PathBuf;

/// `shopkeeper vault ...`
#[derive(Debug, Subcommand)]
pub enum VaultCommand {
    /// Create a new shop vault and print its emergency kit (recovery key).
    Init(KitArgs),
    /// Change the passphrase. Every page is sealed again under a new data key,
    /// and a new emergency kit replaces the old one.
    ChangePassphrase(ChangePassphraseArgs),
    /// Make a new emergency kit (the old one stops working). Every page is
    /// sealed again under a new data key.
    NewKit(KitArgs),
    /// Set a new passphrase with the recovery key (SHOPKEEPER_RECOVERY_KEY or a prompt).
    ResetPassphrase(NewPassphraseArgs),
    /// Check every page of the vault and the database inside.
    Verify,
    /// Show the vault's format, key-derivation settings and size (no passphrase needed).
    Info,
}

/// Where an emergency kit goes.
#[derive(Debug, Args)]
pub struct KitArgs {
    /// Write the emergency kit to this new file (readable by you only)
    /// instead of printing it. An existing file is never replaced.
    #[arg(long, value_name = "FILE")]
    pub kit: Option<PathBuf>,
}

/// Where a new passphrase comes from.
#[derive(Debug, Args)]
pub struct NewPassphraseArgs {
    /// Read the new passphrase from this file (else SHOPKEEPER_NEW_PASSPHRASE, else two prompts).
    #[arg(long, value_name = "FILE")]
    pub new_passphrase_file: Option<PathBuf>,
}

/// `shopkeeper vault change-passphrase`
#[derive(Debug, Args)]
pub struct ChangePassphraseArgs {
    #[command(flatten)]
    pub new: NewPassphraseArgs,
    #[command(flatten)]
    pub kit: KitArgs,
}
