//! `shopkeeper backup ...`: encrypted backups to a file, checked without
//! restoring, restored only into a new vault, and listed.

use std::path::Path;

use anyhow::{bail, Context};
use shopkeeper_core::backup::{self as core_backup, BackupSecret, BackupSummary, RotationPolicy};
use shopkeeper_core::{access, ErasureLog, KdfChoice, SecretString, Shop, Unlock};

use crate::args::{BackupCommand, BackupFileArgs, RestoreArgs};
use crate::busy::busy;
use crate::secrets;

/// The backup's passphrase: its own file if given, else the vault's passphrase.
fn backup_passphrase(
    own: Option<&Path>,
    passphrase_file: Option<&Path>,
) -> anyhow::Result<SecretString> {
    match own {
        Some(file) => secrets::passphrase(Some(file)),
        None => secrets::passphrase(passphrase_file),
    }
}

fn describe(s: &BackupSummary) {
    let f = &s.facts;
    println!("Shop:          {}", f.shop_name);
    println!(
        "Made:          {}",
        f.created_at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M")
    );
    if let Some(n) = f.customer_count {
        println!("Customers:     {n}");
    }
    println!(
        "Last purchase: {}",
        f.last_purchase
            .map_or_else(|| "none".to_string(), |d| d.to_string())
    );
    println!(
        "Size:          {} bytes ({} bytes of database)",
        s.file_bytes,
        s.database_bytes()
    );
}

/// Runs a `backup` subcommand; `vault` is the current shop vault.
pub fn run(vault: &Path, passphrase_file: Option<&Path>, cmd: BackupCommand) -> anyhow::Result<()> {
    match cmd {
        BackupCommand::Create(args) => create(vault, passphrase_file, &args),
        BackupCommand::Verify(args) => {
            let pass = backup_passphrase(args.backup_passphrase_file.as_deref(), passphrase_file)?;
            let summary = busy("Checking the backup", || {
                core_backup::verify_backup(&args.file, &pass)
            })
            .with_context(|| format!("{} did not pass its check", args.file.display()))?;
            describe(&summary);
            println!(
                "Every part of the backup decrypted and checked out ({} pages).",
                summary.page_count
            );
            Ok(())
        }
        BackupCommand::Restore(args) => restore(vault, passphrase_file, &args),
        BackupCommand::List { dir } => list(&dir),
    }
}

fn create(
    vault: &Path,
    passphrase_file: Option<&Path>,
    args: &BackupFileArgs,
) -> anyhow::Result<()> {
    secrets::require_vault(vault)?;
    let vault_pass = secrets::passphrase(passphrase_file)?;
    let shop = Shop::open(vault, &Unlock::Passphrase(vault_pass.clone()))?;
    let pass = match args.backup_passphrase_file.as_deref() {
        Some(file) => secrets::passphrase(Some(file))?,
        None => vault_pass,
    };
    let now = chrono::Local::now().naive_local();
    let into_dir = args.file.is_dir();
    let dest = if into_dir {
        args.file.join(core_backup::backup_file_name(
            &shop.settings().shop_name,
            now,
        ))
    } else {
        args.file.clone()
    };
    let keys = shop.backup_keys(&pass)?;
    let summary = busy("Backing up", || shop.backup_with_keys(&dest, &keys))
        .with_context(|| format!("could not back up to {}", dest.display()))?;
    println!("Backed up to {}.", dest.display());
    describe(&summary);
    if into_dir {
        let removed = core_backup::rotate(&args.file, &RotationPolicy::default(), now, &keys)
            .with_context(|| {
                format!("could not thin out old backups in {}", args.file.display())
            })?;
        if removed.is_empty() {
            println!("No old backups to remove (keeping 7 daily, 4 weekly, 12 monthly).");
        }
        for path in removed {
            println!("Removed old backup {}", path.display());
        }
    }
    Ok(())
}

/// The erasures of the current shop at `vault`, to apply to a restored copy
/// (none when there is no vault there). Its passphrase is `backup_pass`
/// unless the backup has its own.
fn current_erasures(
    vault: &Path,
    passphrase_file: Option<&Path>,
    args: &RestoreArgs,
    backup_pass: &SecretString,
) -> anyhow::Result<ErasureLog> {
    if !vault.exists() {
        return Ok(ErasureLog::default());
    }
    let pass = match args.backup_passphrase_file {
        Some(_) => secrets::passphrase(passphrase_file)?,
        None => backup_pass.clone(),
    };
    let shop = Shop::open(vault, &Unlock::Passphrase(pass)).with_context(|| {
        format!(
            "could not open the current vault {} to carry its erasures into the restored copy (nothing was restored); if it is damaged, move it away and restore again",
            vault.display()
        )
    })?;
    Ok(shop.erasure_log()?)
}

fn restore(vault: &Path, passphrase_file: Option<&Path>, args: &RestoreArgs) -> anyhow::Result<()> {
    if args.to.exists() {
        bail!(
            "{} already exists: a backup is restored only into a new file, never over one. Choose another name with --to.",
            args.to.display()
        );
    }
    crate::vault::kit_path_free(args.kit.as_deref())?;
    let backup_pass = backup_passphrase(args.backup_passphrase_file.as_deref(), passphrase_file)?;
    let (new_pass, confirmation) = secrets::new_passphrase(args.new_passphrase_file.as_deref())?;
    access::check_new_passphrase(&new_pass, &confirmation)?;
    let erasures = current_erasures(vault, passphrase_file, args, &backup_pass)?;
    let report = busy("Restoring", || {
        core_backup::restore_backup_from(
            &args.file,
            &BackupSecret::Passphrase(backup_pass),
            &args.to,
            &new_pass,
            KdfChoice::Calibrated(access::KDF_TARGET),
            &erasures,
        )
    })
    .with_context(|| {
        format!(
            "could not restore {} (nothing was created at {})",
            args.file.display(),
            args.to.display()
        )
    })?;
    println!("Restored into the new vault {}.", report.vault.display());
    println!("Shop:          {}", report.shop_name);
    println!(
        "Backup made:   {}",
        report
            .backup
            .facts
            .created_at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M")
    );
    println!("Customers:     {}", report.customers);
    println!("Purchases:     {}", report.purchases);
    println!(
        "Last purchase: {}",
        report
            .last_purchase
            .map_or_else(|| "none".to_string(), |d| d.to_string())
    );
    println!(
        "Check:         {}",
        if report.integrity_ok { "ok" } else { "FAILED" }
    );
    match report.erasures_applied {
        0 => {}
        1 => println!("Erased:        1 customer erased in the current vault since this backup was made, erased in the copy too"),
        n => println!("Erased:        {n} customers erased in the current vault since this backup was made, erased in the copy too"),
    }
    println!(
        "Your current vault was left untouched. To switch, use --vault {} (or set SHOPKEEPER_VAULT); delete the old vault only once you are sure.",
        report.vault.display()
    );
    println!("The new vault has its own recovery key.");
    crate::vault::show_kit(&report.created, args.kit.as_deref())
}

fn list(dir: &Path) -> anyhow::Result<()> {
    let listing =
        core_backup::list(dir).with_context(|| format!("could not list {}", dir.display()))?;
    let backups: Vec<_> = listing
        .into_iter()
        .filter(|l| l.looks_like_backup)
        .collect();
    if backups.is_empty() {
        println!("No backups in {}.", dir.display());
        return Ok(());
    }
    println!("{:<16}  {:>12}  FILE", "MADE", "BYTES");
    for b in backups {
        let made = b
            .name_time
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .or_else(|| {
                b.modified.map(|m| {
                    chrono::DateTime::<chrono::Local>::from(m)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                })
            })
            .unwrap_or_else(|| "?".into());
        println!("{made:<16}  {:>12}  {}", b.size, b.file_name);
    }
    Ok(())
}
