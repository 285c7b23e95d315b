//! `shopkeeper vault ...`: create the vault, change or reset its passphrase,
//! verify it, and show what it is.

use std::path::Path;

use anyhow::{bail, Context};
use shopkeeper_core::{access, Shop, Unlock};

use crate::args::VaultCommand;
use crate::secrets;

/// Runs a `vault` subcommand against the vault at `path`.
pub fn run(path: &Path, passphrase_file: Option<&Path>, cmd: VaultCommand) -> anyhow::Result<()> {
    match cmd {
        VaultCommand::Init(args) => {
            let (passphrase, confirmation) = secrets::new_passphrase(passphrase_file)?;
            let (_shop, created) = Shop::create(path, &passphrase, &confirmation)?;
            match args.kit {
                Some(kit_path) => {
                    access::save_emergency_kit(&kit_path, Some(&created.emergency_kit))?;
                    println!("Created the shop vault at {}.", path.display());
                    println!(
                        "The emergency kit with the recovery key is in {}: print it, keep it safe, then delete the file.",
                        kit_path.display()
                    );
                }
                None => {
                    println!("Created the shop vault at {}.\n", path.display());
                    println!("{}", created.emergency_kit.as_str());
                }
            }
        }
        VaultCommand::ChangePassphrase(args) => {
            let old = Unlock::Passphrase(secrets::passphrase(passphrase_file)?);
            let (new, confirmation) = secrets::new_passphrase(args.new_passphrase_file.as_deref())?;
            access::change_passphrase(path, &old, &new, &confirmation)?;
            println!("The passphrase was changed. The recovery key stays the same.");
        }
        VaultCommand::ResetPassphrase(args) => {
            let key = secrets::recovery_key()?;
            let (new, confirmation) = secrets::new_passphrase(args.new_passphrase_file.as_deref())?;
            Shop::reset_passphrase(path, &key, &new, &confirmation)?;
            println!("A new passphrase was set with the recovery key.");
        }
        VaultCommand::Verify => {
            let unlock = Unlock::Passphrase(secrets::passphrase(passphrase_file)?);
            let report = access::verify(path, &unlock)?;
            println!("Checked {} pages.", report.blocks_checked);
            if report.rolled_back {
                bail!(
                    "the vault was tampered with: some page is an older copy of itself than the file's header vouches for (a rollback). Restore from a backup."
                );
            }
            if !report.is_ok() {
                bail!(
                    "the vault is damaged: {} page(s) failed their check; integrity: {}. Restore from a backup.",
                    report.damaged_blocks.len(),
                    report.integrity.join("; ")
                );
            }
            println!("Every page is intact and the database is consistent.");
        }
        VaultCommand::Info => {
            let info =
                access::info(path).with_context(|| format!("could not read {}", path.display()))?;
            println!("Vault:            {}", path.display());
            println!("Format version:   {}", info.format_version);
            println!(
                "Key derivation:   Argon2id, {} MiB, {} passes, {} lanes",
                info.kdf.m_kib / 1024,
                info.kdf.t,
                info.kdf.p
            );
            println!("File size:        {} bytes", info.file_size);
            println!(
                "Database size:    {} bytes ({} pages)",
                info.database_size, info.page_count
            );
            println!("Header copies:    {} of 2 intact", info.valid_header_copies);
            println!("Passphrase changes: {}", info.generation.saturating_sub(1));
            if info.journal_present {
                println!(
                    "An interrupted change is waiting; it will be rolled back on the next unlock."
                );
            }
        }
    }
    Ok(())
}
