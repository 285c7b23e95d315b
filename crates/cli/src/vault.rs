//! `shopkeeper vault ...`: create the vault, change or reset its passphrase,
//! make a new emergency kit, verify it, and show what it is.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{bail, Context};
use shopkeeper_core::{access, CreatedVault, RekeyProgress, Rekeyed, Shop, Unlock};

use crate::args::VaultCommand;
use crate::secrets;

/// Runs a `vault` subcommand against the vault at `path`.
pub fn run(path: &Path, passphrase_file: Option<&Path>, cmd: VaultCommand) -> anyhow::Result<()> {
    match cmd {
        VaultCommand::Init(args) => {
            kit_path_free(args.kit.as_deref())?;
            let (passphrase, confirmation) = secrets::new_passphrase(passphrase_file)?;
            let (_shop, created) = Shop::create(path, &passphrase, &confirmation)?;
            println!("Created the shop vault at {}.", path.display());
            show_kit(&created, args.kit.as_deref())?;
        }
        VaultCommand::ChangePassphrase(args) => {
            kit_path_free(args.kit.kit.as_deref())?;
            let old = secrets::passphrase(passphrase_file)?;
            let (new, confirmation) =
                secrets::new_passphrase(args.new.new_passphrase_file.as_deref())?;
            let mut shop = secrets::open_shop_with(path, &old)?;
            let done = shop.change_passphrase(&old, &new, &confirmation, &mut show_progress())?;
            println!("The passphrase was changed, and every page sealed under a new key.");
            println!("Your old emergency kit no longer opens the shop: here is the new one.");
            tell(&done, args.kit.kit.as_deref())?;
        }
        VaultCommand::NewKit(args) => {
            kit_path_free(args.kit.as_deref())?;
            let passphrase = secrets::passphrase(passphrase_file)?;
            let mut shop = secrets::open_shop_with(path, &passphrase)?;
            let done = shop.new_emergency_kit(&passphrase, &mut show_progress())?;
            println!("A new emergency kit was made, and every page sealed under a new key.");
            println!("Your old emergency kit no longer opens the shop.");
            tell(&done, args.kit.as_deref())?;
        }
        VaultCommand::ResetPassphrase(args) => {
            let key = secrets::recovery_key()?;
            let (new, confirmation) = secrets::new_passphrase(args.new_passphrase_file.as_deref())?;
            Shop::reset_passphrase(path, &key, &new, &confirmation)?;
            println!("A new passphrase was set with the recovery key, and every page sealed under a new key.");
        }
        VaultCommand::Verify => {
            let unlock = Unlock::Passphrase(secrets::passphrase(passphrase_file)?);
            let report = crate::busy::busy("Checking the vault", || access::verify(path, &unlock))?;
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
        VaultCommand::Info => info(path)?,
    }
    Ok(())
}

/// Refuses, before anything is changed, a kit file that already exists
/// (the kit is written only into a new file, and a new key must not be lost).
pub fn kit_path_free(kit_path: Option<&Path>) -> anyhow::Result<()> {
    if let Some(p) = kit_path.filter(|p| p.symlink_metadata().is_ok()) {
        bail!(
            "{} already exists: Shopkeeper never replaces a file with the emergency kit. Choose a new file name with --kit.",
            p.display()
        );
    }
    Ok(())
}

/// Prints the emergency kit, or writes it to `kit_path` (printing it
/// instead if that fails, so the new recovery key is never lost).
pub fn show_kit(created: &CreatedVault, kit_path: Option<&Path>) -> anyhow::Result<()> {
    match kit_path {
        Some(kit_path) => {
            if let Err(e) = access::save_emergency_kit(kit_path, Some(&created.emergency_kit)) {
                println!("\n{}", created.emergency_kit.as_str());
                return Err(e).context(
                    "the emergency kit could not be written, so it is printed above instead",
                );
            }
            println!(
                "The emergency kit with the recovery key is in {}: print it, keep it safe, then delete the file.",
                kit_path.display()
            );
        }
        None => println!("\n{}", created.emergency_kit.as_str()),
    }
    Ok(())
}

/// The new kit, then the old copies the old key material still opens.
fn tell(done: &Rekeyed, kit_path: Option<&Path>) -> anyhow::Result<()> {
    show_kit(&done.created, kit_path)?;
    if !done.old_copies.is_empty() {
        println!("These old copies beside the vault still open with the old passphrase or the old kit; delete them if you no longer need them:");
        for p in &done.old_copies {
            println!("  {}", p.display());
        }
    }
    Ok(())
}

/// Shows how far a change of key is, on the terminal only.
fn show_progress() -> impl FnMut(RekeyProgress) {
    let terminal = std::io::stderr().is_terminal();
    move |p: RekeyProgress| {
        if terminal {
            let mut err = std::io::stderr();
            let _ = write!(
                err,
                "\rSealing pages under the new key: {} of {}",
                p.pages_done, p.pages_total
            );
            if p.pages_done == p.pages_total {
                let _ = writeln!(err);
            }
        }
    }
}

/// `shopkeeper vault info`.
fn info(path: &Path) -> anyhow::Result<()> {
    let info = access::info(path).with_context(|| format!("could not read {}", path.display()))?;
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
    println!("Header generation: {}", info.generation);
    if info.journal_present {
        println!("An interrupted change is waiting; it will be rolled back on the next unlock.");
    }
    Ok(())
}
