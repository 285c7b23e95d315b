//! Encrypted backups of the shop to a file the owner chooses, and a restore
//! that cannot make things worse: it always goes into a new vault.
//!
//! The file format and the streaming encryption live in `shopkeeper-backup`;
//! this module supplies the shop's facts (name, customers, last purchase),
//! creates the new vault a restore goes into, and checks what came back.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Connection;
use secrecy::SecretString;
use shopkeeper_vault::{KdfChoice, NewVault, VaultError};

use crate::access::{self, CreatedVault};
use crate::{store, CoreError, ErasureLog, Result, Shop};

pub use shopkeeper_backup::{
    backup_file_name, list, rotate, BackupError, BackupFacts, BackupKeys, BackupListing,
    BackupSummary, BackupUnlock, RotationPolicy,
};

/// What [`restore_backup`] put into the new vault, read back from the new
/// vault itself (not from the backup's own description).
#[non_exhaustive]
pub struct RestoreReport {
    /// The new vault the backup was restored into.
    pub vault: PathBuf,
    /// The shop's name, from the restored settings.
    pub shop_name: String,
    /// Live customers in the restored shop.
    pub customers: u64,
    /// Recorded (not voided) purchases in the restored shop.
    pub purchases: u64,
    /// The day of the most recent purchase, if there is one.
    pub last_purchase: Option<NaiveDate>,
    /// Whether SQLite's `integrity_check` passed on the restored database.
    pub integrity_ok: bool,
    /// How many customers erased in the current shop since the backup was
    /// made were erased in the restored copy too (see [`Shop::apply_erasures`]).
    pub erasures_applied: usize,
    /// What the backup said about itself when it was made.
    pub backup: BackupSummary,
    /// The NEW vault's recovery key and emergency kit, to show the owner once
    /// (the restored vault has its own key, not the old vault's).
    pub created: CreatedVault,
}

impl std::fmt::Debug for RestoreReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RestoreReport")
            .field("vault", &self.vault)
            .field("shop_name", &self.shop_name)
            .field("customers", &self.customers)
            .field("purchases", &self.purchases)
            .field("last_purchase", &self.last_purchase)
            .field("integrity_ok", &self.integrity_ok)
            .field("erasures_applied", &self.erasures_applied)
            .field("backup", &self.backup)
            .finish_non_exhaustive()
    }
}

/// Counts taken from a shop's database.
struct Counts {
    customers: u64,
    purchases: u64,
    last_purchase: Option<NaiveDate>,
}

fn counts(conn: &Connection) -> Result<Counts> {
    let customers: i64 = conn.query_row(
        "SELECT count(*) FROM customer WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )?;
    let (purchases, last): (i64, Option<String>) = conn.query_row(
        "SELECT count(*), max(at) FROM purchase WHERE deleted_at IS NULL",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    // Stamps are RFC 3339 in UTC; the day is their first ten characters.
    let last_purchase = last
        .as_deref()
        .and_then(|s| s.get(..10))
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    Ok(Counts {
        customers: u64::try_from(customers).unwrap_or(0),
        purchases: u64::try_from(purchases).unwrap_or(0),
        last_purchase,
    })
}

impl Shop {
    /// The facts a backup of this shop carries: its name, the time, how many
    /// customers it has and the day of its latest purchase.
    pub fn backup_facts(&self) -> Result<BackupFacts> {
        let c = counts(self.conn())?;
        let mut facts = BackupFacts::new(self.settings().shop_name.clone(), chrono::Utc::now());
        facts.customer_count = Some(c.customers);
        facts.last_purchase = c.last_purchase;
        Ok(facts)
    }

    /// Backs up the whole shop, encrypted with `passphrase` (the vault's own
    /// or another one), to a new file at `dest`. The file appears only once
    /// it is complete and synced; an existing file is never replaced.
    /// The backup also opens with the recovery key (see [`Shop::backup_keys`]),
    /// and its time becomes the shop's last backup.
    pub fn backup_to(&self, dest: &Path, passphrase: &SecretString) -> Result<BackupSummary> {
        self.require(crate::staff::Permission::ExportMany)?;
        self.backup_with_keys(dest, &self.backup_keys(passphrase)?)
    }
}

/// What opens a backup: the passphrase it was made with, or the shop's
/// recovery key as the owner typed it.
pub enum BackupSecret {
    /// The shop's passphrase when the backup was made (or the backup's own).
    Passphrase(SecretString),
    /// The recovery key from the emergency kit, as typed.
    RecoveryKey(SecretString),
}

impl BackupSecret {
    fn unlock(&self) -> Result<BackupUnlock> {
        match self {
            BackupSecret::Passphrase(p) => Ok(BackupUnlock::passphrase(p.clone())),
            BackupSecret::RecoveryKey(typed) => {
                crate::backup_schedule::recovery_unlock(&access::parse_recovery_key(typed)?)
            }
        }
    }
}

/// Decrypts and checks all of the backup at `src` without restoring it.
pub fn verify_backup(src: &Path, passphrase: &SecretString) -> Result<BackupSummary> {
    Ok(shopkeeper_backup::verify(
        src,
        &BackupUnlock::passphrase(passphrase.clone()),
    )?)
}

/// Restores the backup at `src` (opened with `backup_pass`) into a NEW vault
/// at `new_vault`, protected by `new_pass`, with key derivation calibrated on
/// this machine.
///
/// Never overwrites anything: refuses if `new_vault` exists. The restored
/// shop is opened (migrations run), checked and counted. On any failure the
/// half-made new vault is deleted and the error returned; the current vault
/// is never touched.
pub fn restore_backup(
    src: &Path,
    backup_pass: &SecretString,
    new_vault: &Path,
    new_pass: &SecretString,
) -> Result<RestoreReport> {
    restore_backup_with_kdf(
        src,
        backup_pass,
        new_vault,
        new_pass,
        KdfChoice::Calibrated(access::KDF_TARGET),
    )
}

/// Like [`restore_backup`] with given key-derivation parameters for the new
/// vault (never below [`shopkeeper_vault::KdfParams::minimum`]), or a
/// calibration target: for tests and tools.
pub fn restore_backup_with_kdf(
    src: &Path,
    backup_pass: &SecretString,
    new_vault: &Path,
    new_pass: &SecretString,
    kdf: impl Into<KdfChoice>,
) -> Result<RestoreReport> {
    restore_backup_from(
        src,
        &BackupSecret::Passphrase(backup_pass.clone()),
        new_vault,
        new_pass,
        kdf,
        &ErasureLog::default(),
    )
}

/// Restores with the emergency kit's recovery key alone (the passphrase is
/// forgotten): the restored copy gets `new_pass`, typed twice and checked
/// like any new passphrase before anything is read or written. `erasures`
/// as in [`restore_backup_from`].
pub fn restore_backup_with_recovery_key(
    src: &Path,
    typed_key: &SecretString,
    new_vault: &Path,
    new_pass: &SecretString,
    confirmation: &SecretString,
    kdf: impl Into<KdfChoice>,
    erasures: &ErasureLog,
) -> Result<RestoreReport> {
    access::check_new_passphrase(new_pass, confirmation)?;
    restore_backup_from(
        src,
        &BackupSecret::RecoveryKey(typed_key.clone()),
        new_vault,
        new_pass,
        kdf,
        erasures,
    )
}

/// Like [`restore_backup_with_kdf`], opening the backup with its passphrase
/// or with the shop's recovery key. `erasures` are the current shop's
/// ([`Shop::erasure_log`]; empty when there is none): the ones made since the
/// backup are applied to the restored copy before it is handed over, so a
/// customer erased since does not come back.
pub fn restore_backup_from(
    src: &Path,
    secret: &BackupSecret,
    new_vault: &Path,
    new_pass: &SecretString,
    kdf: impl Into<KdfChoice>,
    erasures: &ErasureLog,
) -> Result<RestoreReport> {
    if new_vault.exists() {
        return Err(CoreError::invalid(
            "to",
            msg!(
                "error-to-already-exists-shopkeeper",
                new_vault = (new_vault.display()).to_string()
            ),
        ));
    }
    // Open the backup (its key is derived here, once) before making anything,
    // so a wrong passphrase leaves no file.
    let backup = shopkeeper_backup::OpenedBackup::open(src, &secret.unlock()?)?;
    if backup.summary().page_size != shopkeeper_vault::PAGE_SIZE {
        return Err(BackupError::PageSizeMismatch.into());
    }

    let new = match store::create_unopened(new_vault, new_pass, kdf.into()) {
        Ok(new) => new,
        Err(CoreError::Vault(VaultError::AlreadyExists)) => {
            return Err(CoreError::invalid(
                "to",
                msg!(
                    "error-to-already-exists-shopkeeper",
                    new_vault = (new_vault.display()).to_string()
                ),
            ))
        }
        Err(e) => {
            remove_half_made(new_vault);
            return Err(e);
        }
    };
    let result = restore_into(backup, new, new_vault, erasures);
    if result.is_err() {
        remove_half_made(new_vault);
    }
    result
}

/// Writes the backup's pages into the new vault, checks and opens it.
///
/// The pages go straight into the file (sealed by the vault, not written
/// through SQLite: nothing else has the new file open, and a failed restore
/// deletes it; a kill midway leaves only that new, never-switched-to file).
/// The file is synced while SQLite's integrity check reads it back on every
/// core; only then is it opened as a shop.
fn restore_into(
    backup: shopkeeper_backup::OpenedBackup,
    new: NewVault,
    new_vault: &Path,
    erasures: &ErasureLog,
) -> Result<RestoreReport> {
    let mut writer = new.page_writer()?;
    let backup = crate::restore_pages::copy_pages(backup, &mut writer)?;
    let (synced, check) = std::thread::scope(|s| {
        let synced = s.spawn(move || writer.finish());
        let check = new.integrity_check();
        let synced = synced
            .join()
            .unwrap_or_else(|_| Err(VaultError::Io(std::io::Error::other("sync failed"))));
        (synced, check)
    });
    let pages = synced?;
    if check? != ["ok"] || pages != u64::from(backup.page_count) {
        return Err(CoreError::Backup(BackupError::RestoreCheckFailed));
    }

    let (conn, recovery_key) = store::open_new(new, new_vault)?;
    let mut shop = Shop::from_connection(conn)?;
    crate::backup_schedule::keep_recovery_secret(shop.conn(), &recovery_key)?;
    let erasures_applied = shop.apply_erasures(erasures)?;
    let c = counts(shop.conn())?;
    let shop_name = shop.settings().shop_name.clone();
    Ok(RestoreReport {
        vault: new_vault.to_path_buf(),
        created: CreatedVault::new(recovery_key, &shop_name),
        shop_name,
        customers: c.customers,
        purchases: c.purchases,
        last_purchase: c.last_purchase,
        integrity_ok: true,
        erasures_applied,
        backup,
    })
}

/// Deletes a new vault that a failed restore left behind, with its journal.
fn remove_half_made(path: &Path) {
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    for p in [path.to_path_buf(), journal.into(), wal.into()] {
        let _ = std::fs::remove_file(p);
    }
}
