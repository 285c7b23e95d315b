//! The desk's vault half: making, unlocking and rekeying the shop's vault,
//! the demo shop, and restoring a backup into a new vault beside it. Every
//! one of these runs Argon2id, so callers run them off the window's thread.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::{Desk, DeskError, DeskResult};
use crate::backup::{self, BackupKeys, BackupSecret};
use crate::demo::DemoOptions;
use crate::staff::Permission;
use crate::{
    access, backup_schedule, demo, CreatedVault, KdfChoice, Rekeyed, RestoreReport, SecretString,
    Settings, Shop, Unlock,
};

/// Customers in the demo shop.
const DEMO_CUSTOMERS: u32 = 300;
/// Years of history in the demo shop.
const DEMO_YEARS: u32 = 2;
/// The demo's seed: the same made-up shop every time (up to today's date).
const DEMO_SEED: u64 = 2024;

/// A restore with the recovery key: the key, and the new passphrase typed
/// again.
pub struct WithRecoveryKey {
    /// The recovery key the owner typed.
    pub recovery_key: SecretString,
    /// The new passphrase, typed a second time.
    pub confirmation: SecretString,
}

impl WithRecoveryKey {
    /// A restore with the recovery key if the owner typed one (with the
    /// new passphrase again as `confirmation`); `None`: with the passphrase.
    pub fn typed(recovery_key: Option<String>, confirmation: Option<String>) -> Option<Self> {
        recovery_key.map(|key| WithRecoveryKey {
            recovery_key: SecretString::from(key),
            confirmation: SecretString::from(confirmation.unwrap_or_default()),
        })
    }
}

impl Desk {
    /// Opens the real vault with `passphrase` and derives its backup keys
    /// (`None` if the shop's settings cannot give them: no backups then).
    pub(super) fn unlock_shop(
        &self,
        passphrase: &SecretString,
    ) -> DeskResult<(Shop, Option<BackupKeys>)> {
        let shop = Shop::open(&self.vault_path, &Unlock::Passphrase(passphrase.clone()))?;
        let keys = shop.backup_keys(passphrase).ok();
        Ok((shop, keys))
    }

    /// Makes the shop's vault with `settings` and opens it; the emergency
    /// kit is kept until saved, and returned to show once.
    pub fn create_vault(
        &self,
        passphrase: &SecretString,
        confirmation: &SecretString,
        settings: &Settings,
    ) -> DeskResult<CreatedVault> {
        let (shop, created) =
            Shop::create_with_settings(&self.vault_path, passphrase, confirmation, settings)?;
        let keys = shop.backup_keys(passphrase).ok();
        self.keep_emergency_kit(created.emergency_kit.clone());
        self.set_unlocked(shop, keys);
        Ok(created)
    }

    /// Unlocks the vault with the passphrase.
    pub fn unlock(&self, passphrase: &SecretString) -> DeskResult<()> {
        let (shop, keys) = self.unlock_shop(passphrase)?;
        self.set_unlocked(shop, keys);
        Ok(())
    }

    /// Unlocks with the recovery key and sets a new passphrase (typed twice).
    pub fn unlock_with_recovery_key(
        &self,
        recovery_key: &SecretString,
        passphrase: &SecretString,
        confirmation: &SecretString,
    ) -> DeskResult<()> {
        let shop =
            Shop::reset_passphrase(&self.vault_path, recovery_key, passphrase, confirmation)?;
        let keys = shop.backup_keys(passphrase).ok();
        self.set_unlocked(shop, keys);
        Ok(())
    }

    /// Makes a fresh demo shop beside the real vault (never in it) and opens
    /// it, after locking whatever was open. It is encrypted with a random
    /// passphrase held by nobody, and deleted on lock; each visit makes a
    /// new one, the same made-up shop up to today.
    pub fn open_demo(&self) -> DeskResult<()> {
        self.lock()?;
        // A demo left behind by a run that ended without leaving it.
        demo::remove_demo(&self.demo_path)?;
        let opts = DemoOptions::ending_today(DEMO_CUSTOMERS, DEMO_YEARS, DEMO_SEED);
        let shop = Shop::create_demo(&self.demo_path, &opts)?;
        self.set_demo(shop);
        Ok(())
    }

    /// Changes the passphrase (given the `current` one and the new one
    /// twice), or with `passphrase` as `current` and no confirmation, makes
    /// a new emergency kit: the data key and the recovery key change. The
    /// new kit is kept until saved; later backups are locked with the new
    /// keys.
    pub fn rekey(
        &self,
        current: &SecretString,
        passphrase: &SecretString,
        confirmation: Option<&SecretString>,
    ) -> DeskResult<Rekeyed> {
        let done = self.with_shop(|shop| match confirmation {
            Some(confirmation) => {
                shop.change_passphrase(current, passphrase, confirmation, &mut |_| {})
            }
            None => shop.new_emergency_kit(current, &mut |_| {}),
        })?;
        self.keep_emergency_kit(done.created.emergency_kit.clone());
        let keys = self.with_shop(|shop| shop.backup_keys(passphrase))?;
        self.open().backup_keys = Some(keys);
        Ok(done)
    }

    /// Restores the backup at `path` into a new vault next to the current
    /// one (named for `now`); the current vault is not touched, but its
    /// erasures are applied to the copy. Opened with `passphrase`, which
    /// also protects the copy; or `with_key`, with the recovery key, and the
    /// copy gets `passphrase` as its new one. The copy is kept to switch to
    /// and its emergency kit to save.
    pub fn restore_backup(
        &self,
        path: &Path,
        passphrase: &SecretString,
        with_key: Option<WithRecoveryKey>,
        now: NaiveDateTime,
    ) -> DeskResult<RestoreReport> {
        let target = backup_schedule::restored_vault_path(&self.vault_path, now);
        let kdf = KdfChoice::Calibrated(access::KDF_TARGET);
        let erasures = self.with_shop(|shop| {
            shop.require(Permission::Restore)?;
            shop.erasure_log()
        })?;
        let report = match with_key {
            Some(k) => backup::restore_backup_with_recovery_key(
                path,
                &k.recovery_key,
                &target,
                passphrase,
                &k.confirmation,
                kdf,
                &erasures,
            )?,
            None => backup::restore_backup_from(
                path,
                &BackupSecret::Passphrase(passphrase.clone()),
                &target,
                passphrase,
                kdf,
                &erasures,
            )?,
        };
        self.open().restored = Some((report.vault.clone(), erasures));
        self.keep_emergency_kit(report.created.emergency_kit.clone());
        Ok(report)
    }

    /// Makes the restored copy the shop's vault: locks, keeps the current
    /// vault renamed with the date of `now`, and moves the copy into its
    /// place. Returns where the old vault was kept. Refused if a customer
    /// was erased since the restore (the copy would bring them back).
    pub fn switch_to_restored(&self, now: NaiveDateTime) -> DeskResult<PathBuf> {
        let (restored, erasures) = self
            .open()
            .restored
            .take()
            .ok_or(DeskError::NoRestoredCopy)?;
        self.with_shop(|shop| {
            shop.require(Permission::Restore)?;
            shop.check_erasures_carried(&erasures)
        })?;
        self.lock()?;
        Ok(backup_schedule::switch_to_restored(
            &self.vault_path,
            &restored,
            now,
        )?)
    }
}
