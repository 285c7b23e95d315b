//! The shop's desk: what is open in the app, shared by every request. The
//! open shop (the owner's vault or the made-up demo), the keys its backups
//! are locked with, the emergency kit waiting to be saved, a restored copy
//! waiting to be switched to, the suggestions last shown, who the screen is
//! turned to ([`screen`]), who is working at the counter, the wrong tries at
//! a PIN or passphrase and the files the owner just chose to save to.
//!
//! The desktop shell holds one `Desk` and hands each command to it; the
//! rules (what is refused while locked or in Customer view, what the demo
//! may not do, when a backup on close is due) live here, tested without a
//! window. Locking drops the shop, which closes the database and wipes its
//! keys. The demo lives in a file of its own beside the vault
//! ([`Desk::demo_path`]) and is deleted when it is closed: the two are never
//! confused.

mod counter;
mod customer_view;
mod error;
pub mod screen;
mod vault;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::backup::BackupKeys;
use crate::kiosk::{marker, ChosenPaths, LeaveAttempts};
use crate::{access, demo, ErasureLog, Shop, Suggestion, Zeroizing};

pub use counter::{Counter, OwnerSecret};
pub use customer_view::Left;
pub use error::DeskError;
pub use screen::{LeaveBy, Mode, Screen};
pub use vault::WithRecoveryKey;

/// The desk's answer: a value, or why it was refused.
pub type DeskResult<T> = std::result::Result<T, DeskError>;

/// What is open in the app, shared by every request (see the module docs).
pub struct Desk {
    /// The shop's vault file.
    pub vault_path: PathBuf,
    /// Where the demo shop is made: beside the vault, under another name.
    pub demo_path: PathBuf,
    open: Mutex<Open>,
    /// Whether a backup is being made right now.
    backup_busy: AtomicBool,
    /// Whether the window is closing (after the backup on close).
    closing: AtomicBool,
    /// Wrong tries at a PIN or passphrase at this desk: leaving Customer
    /// view, signing in at the counter (its own lock: tries overlap).
    attempts: LeaveAttempts,
    /// The files the owner chose in the save dialog since the app was unlocked.
    chosen: Mutex<ChosenPaths>,
}

/// What is open right now.
struct Open {
    /// The unlocked shop; `None` while locked.
    shop: Option<Shop>,
    /// Whether `shop` is the demo (in `demo_path`) rather than the real vault.
    demo: bool,
    /// The emergency kit of a vault made or rekeyed in this run, kept until
    /// the owner has saved or printed it, then wiped.
    emergency_kit: Option<Zeroizing<String>>,
    /// What backups are locked with, derived from the passphrase at unlock
    /// (the passphrase itself is not kept); `None` while locked.
    backup_keys: Option<BackupKeys>,
    /// The vault a backup was just restored into, until the owner switches
    /// to it, with the erasures applied to it.
    restored: Option<(PathBuf, ErasureLog)>,
    /// The suggestions last shown on Today, for their drafts.
    suggestions: Vec<Suggestion>,
    /// Who the screen is turned to.
    screen: Screen,
}

impl Open {
    /// The open shop, unless locked or in Customer view.
    fn owner_shop(&mut self) -> DeskResult<&mut Shop> {
        if self.screen.in_customer_view() {
            return Err(DeskError::InCustomerView);
        }
        self.shop.as_mut().ok_or(DeskError::Locked)
    }
}

/// `shop.vault` → `shop.demo.vault` in the same folder: always another file.
pub fn demo_path_beside(vault: &Path) -> PathBuf {
    let stem = vault
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "shop".into());
    vault.with_file_name(format!("{stem}.demo.vault"))
}

impl Desk {
    /// The desk for the vault at `vault_path`, locked; in Customer view if
    /// it was on when the app stopped (its marker is beside the vault).
    /// Customer view rests after `timeout` without a touch.
    pub fn new(vault_path: PathBuf, timeout: Duration) -> Self {
        let after_restart = marker::is_marked(&vault_path) && access::vault_exists(&vault_path);
        Desk {
            demo_path: demo_path_beside(&vault_path),
            vault_path,
            open: Mutex::new(Open {
                shop: None,
                demo: false,
                emergency_kit: None,
                backup_keys: None,
                restored: None,
                suggestions: Vec::new(),
                screen: Screen::new(after_restart, timeout),
            }),
            backup_busy: AtomicBool::new(false),
            closing: AtomicBool::new(false),
            attempts: LeaveAttempts::new(),
            chosen: Mutex::new(ChosenPaths::new()),
        }
    }

    fn open(&self) -> MutexGuard<'_, Open> {
        self.open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` with the unlocked shop; refused while locked or in Customer
    /// view (whatever asks).
    pub fn with_shop<T>(&self, f: impl FnOnce(&mut Shop) -> crate::Result<T>) -> DeskResult<T> {
        Ok(f(self.open().owner_shop()?)?)
    }

    /// Whether the shop is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.open().shop.is_some()
    }

    /// Whether the open shop is the demo.
    pub fn is_demo(&self) -> bool {
        self.open().demo
    }

    /// Keeps the demo `shop` (made at `demo_path`) open. It has no backups.
    pub fn set_demo(&self, shop: Shop) {
        self.forget_chosen();
        let mut open = self.open();
        open.shop = Some(shop);
        open.demo = true;
        open.backup_keys = None;
    }

    /// Keeps `shop` (the real vault) open, with the keys its backups will
    /// be locked with.
    pub fn set_unlocked(&self, shop: Shop, backup_keys: Option<BackupKeys>) {
        self.forget_chosen();
        let mut open = self.open();
        open.shop = Some(shop);
        open.demo = false;
        open.backup_keys = backup_keys;
    }

    /// Runs `f` with the unlocked shop and the backup keys, marking a backup
    /// as under way; refuses a second one at the same time.
    pub fn with_backup<T>(
        &self,
        f: impl FnOnce(&mut Shop, &BackupKeys) -> crate::Result<T>,
    ) -> DeskResult<T> {
        if self.backup_busy.swap(true, Ordering::SeqCst) {
            return Err(DeskError::BackupBusy);
        }
        let result = (|| {
            let mut open = self.open();
            let Open {
                shop, backup_keys, ..
            } = &mut *open;
            let shop = shop.as_mut().ok_or(DeskError::Locked)?;
            let keys = backup_keys.as_ref().ok_or(DeskError::Locked)?;
            Ok(f(shop, keys)?)
        })();
        self.backup_busy.store(false, Ordering::SeqCst);
        result
    }

    /// A backup copy of the whole shop at `dest` (a file the owner chose):
    /// every customer leaves in it, so only a role that may export many.
    pub fn backup_copy(&self, dest: &Path) -> DeskResult<shopkeeper_backup::BackupSummary> {
        self.with_backup(|shop, keys| {
            shop.require(crate::staff::Permission::ExportMany)?;
            let made = shop.backup_with_keys(dest, keys)?;
            shop.note_activity(crate::staff::ActivityKind::Backup, None, None, Some("copy"))?;
            Ok(made)
        })
    }

    /// Whether a backup is being made right now.
    pub fn backup_busy(&self) -> bool {
        self.backup_busy.load(Ordering::SeqCst)
    }

    /// The window is asked to close: whether to hold it for the backup on
    /// close (the owner chose one, with a folder, the shop is open, and the
    /// window was not already closing).
    pub fn hold_close_for_backup(&self) -> bool {
        let wanted = self
            .with_shop(|shop| Ok(shop.backup_schedule()?.backs_up_on_close()))
            .unwrap_or(false);
        wanted && !self.closing.swap(true, Ordering::SeqCst)
    }

    /// Closes the shop and wipes its keys, the unsaved emergency kit and the
    /// suggestions; Customer view's turn ends (after a restart it stays on).
    /// Closing the demo also deletes its file: its passphrase is gone, so
    /// nobody could open it again.
    pub fn lock(&self) -> DeskResult<()> {
        self.forget_chosen();
        let mut open = self.open();
        open.shop = None;
        open.emergency_kit = None;
        open.backup_keys = None;
        open.suggestions.clear();
        open.screen.forget_visit();
        if std::mem::take(&mut open.demo) {
            demo::remove_demo(&self.demo_path)?;
        }
        Ok(())
    }

    /// Keeps the suggestions just shown, for their drafts.
    pub fn keep_suggestions(&self, suggestions: Vec<Suggestion>) {
        self.open().suggestions = suggestions;
    }

    /// The suggestion with `key` among those last shown.
    pub fn suggestion(&self, key: &str) -> DeskResult<Suggestion> {
        self.open()
            .suggestions
            .iter()
            .find(|s| s.key == key)
            .cloned()
            .ok_or(DeskError::SuggestionGone)
    }

    /// Holds the emergency kit until it is saved or dismissed.
    pub fn keep_emergency_kit(&self, kit: Zeroizing<String>) {
        self.open().emergency_kit = Some(kit);
    }

    /// Runs `f` with the emergency kit, if one is held.
    pub fn with_emergency_kit<T>(&self, f: impl FnOnce(Option<&str>) -> T) -> T {
        f(self.open().emergency_kit.as_deref().map(String::as_str))
    }

    /// Wipes the emergency kit.
    pub fn forget_emergency_kit(&self) {
        self.open().emergency_kit = None;
    }

    /// The owner chose `path` in the save dialog at `now`: the next save may
    /// write there (once, for a few minutes). Answers the path.
    pub fn remember_chosen(&self, path: PathBuf, now: Instant) -> PathBuf {
        self.chosen().remember(path.clone(), now);
        path
    }

    /// `path` from the window, if the owner just chose it in the save
    /// dialog (taken off the list); refused otherwise, before anything is
    /// written.
    pub fn chosen_path(&self, path: &str, now: Instant) -> DeskResult<PathBuf> {
        Ok(self.chosen().take(Path::new(path), now)?)
    }

    fn forget_chosen(&self) {
        self.chosen().forget_all();
    }

    fn chosen(&self) -> MutexGuard<'_, ChosenPaths> {
        self.chosen
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod counter_tests;
#[cfg(test)]
mod tests;
