//! The app's shared state: where the vault is, and the open shop while the
//! vault is unlocked. Locking drops the shop, which closes the database and
//! wipes its keys.
//!
//! The open shop is either the owner's real vault or the made-up demo shop,
//! which lives in a file of its own beside it ([`AppState::demo_path`]) and is
//! deleted when it is closed: the two are never confused.
//!
//! Customer view's half of the state is in [`customer_view`]; the files the
//! owner chose to save to are kept here ([`AppState::remember_chosen`]).

mod customer_view;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use shopkeeper_core::backup::BackupKeys;
use shopkeeper_core::kiosk::{marker, ChosenPaths, LeaveAttempts};
use shopkeeper_core::{access, demo, ErasureLog, SecretString, Shop, Suggestion, Zeroizing};
use shopkeeper_ipc::IpcError;

pub use customer_view::{customer_view_timeout, Mode};
use customer_view::{in_customer_view, Kiosk};

/// State shared by all commands.
pub struct AppState {
    /// The shop's vault file.
    pub vault_path: PathBuf,
    /// Where the demo shop is made: beside the vault, under another name.
    pub demo_path: PathBuf,
    session: Mutex<Session>,
    /// Whether a backup is being made right now.
    backup_busy: AtomicBool,
    /// Whether the window is closing (after the backup on close).
    closing: AtomicBool,
    /// Wrong tries at leaving Customer view (its own lock: tries overlap).
    attempts: LeaveAttempts,
    /// The files the owner chose in the save dialog since the app was unlocked.
    chosen: Mutex<ChosenPaths>,
}

/// What is open right now.
#[derive(Default)]
struct Session {
    /// The unlocked shop; `None` while locked.
    shop: Option<Shop>,
    /// Whether `shop` is the demo (in `demo_path`) rather than the real vault.
    demo: bool,
    /// The emergency kit of a vault created in this run, kept until the owner
    /// has saved or printed it, then wiped.
    emergency_kit: Option<Zeroizing<String>>,
    /// What backups are locked with, derived from the passphrase at unlock
    /// (the passphrase itself is not kept); `None` while locked.
    backup_keys: Option<BackupKeys>,
    /// The vault a backup was just restored into, until the owner switches
    /// to it, with the erasures applied to it.
    restored: Option<(PathBuf, ErasureLog)>,
    /// The suggestions last shown on Today, for their drafts.
    suggestions: Vec<Suggestion>,
    /// Customer view, while the screen is turned to a customer.
    kiosk: Option<Kiosk>,
    /// The app started with Customer view's marker beside the vault: it was
    /// on when the app stopped, so the app stays in it (locked, on the
    /// thank-you screen) until the owner gives the passphrase.
    kiosk_after_restart: bool,
}

impl Session {
    /// Whether Customer view is on (for a customer, or after a restart).
    fn in_customer_view(&self) -> bool {
        self.kiosk.is_some() || self.kiosk_after_restart
    }
}

/// The error the UI gets when a command needs the shop but it is locked.
pub(crate) fn locked() -> IpcError {
    IpcError {
        code: "locked".into(),
        field: None,
        message: "Shopkeeper is locked. Unlock it with your passphrase.".into(),
    }
}

/// `shop.vault` → `shop.demo.vault` in the same folder: always another file.
fn demo_path_beside(vault: &Path) -> PathBuf {
    let stem = vault
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "shop".into());
    vault.with_file_name(format!("{stem}.demo.vault"))
}

impl AppState {
    /// State for the vault at `vault_path`, locked; in Customer view if it
    /// was on when the app stopped (its marker is beside the vault).
    pub fn new(vault_path: PathBuf) -> Self {
        let session = Session {
            kiosk_after_restart: marker::is_marked(&vault_path)
                && access::vault_exists(&vault_path),
            ..Session::default()
        };
        AppState {
            demo_path: demo_path_beside(&vault_path),
            vault_path,
            session: Mutex::new(session),
            backup_busy: AtomicBool::new(false),
            closing: AtomicBool::new(false),
            attempts: LeaveAttempts::new(),
            chosen: Mutex::new(ChosenPaths::new()),
        }
    }

    fn session(&self) -> MutexGuard<'_, Session> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` with the unlocked shop, or says that it is locked.
    /// Refused while Customer view is on (whatever the command).
    pub fn with_shop<T>(
        &self,
        f: impl FnOnce(&mut Shop) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        let mut session = self.session();
        if session.in_customer_view() {
            return Err(in_customer_view());
        }
        let shop = session.shop.as_mut().ok_or_else(locked)?;
        Ok(f(shop)?)
    }

    /// Whether the shop is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.session().shop.is_some()
    }

    /// Whether the open shop is the demo.
    pub fn is_demo(&self) -> bool {
        self.session().demo
    }

    /// Keeps the demo `shop` (made at `demo_path`) open. It has no backups.
    pub fn set_demo(&self, shop: Shop) {
        self.forget_chosen();
        let mut session = self.session();
        session.shop = Some(shop);
        session.demo = true;
        session.backup_keys = None;
    }

    /// Keeps `shop` open (after create or unlock), with the keys its backups
    /// will be locked with, derived from `passphrase`.
    pub fn set_unlocked(&self, shop: Shop, passphrase: &SecretString) {
        let keys = shop.backup_keys(passphrase).ok();
        self.forget_chosen();
        let mut session = self.session();
        session.shop = Some(shop);
        session.demo = false;
        session.backup_keys = keys;
    }

    /// Derives the backup keys again, after a passphrase change.
    pub fn renew_backup_keys(&self, passphrase: &SecretString) -> Result<(), IpcError> {
        let mut session = self.session();
        let shop = session.shop.as_ref().ok_or_else(locked)?;
        let keys = shop.backup_keys(passphrase)?;
        session.backup_keys = Some(keys);
        Ok(())
    }

    /// Runs `f` with the unlocked shop and the backup keys, marking a backup
    /// as under way; refuses a second one at the same time.
    pub fn with_backup<T>(
        &self,
        f: impl FnOnce(&mut Shop, &BackupKeys) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        if self.backup_busy.swap(true, Ordering::SeqCst) {
            return Err(IpcError {
                code: "busy".into(),
                field: None,
                message: "A backup is already being made. It will be done in a moment.".into(),
            });
        }
        let result = (|| {
            let mut session = self.session();
            let Session {
                shop, backup_keys, ..
            } = &mut *session;
            let shop = shop.as_mut().ok_or_else(locked)?;
            let keys = backup_keys.as_ref().ok_or_else(locked)?;
            Ok(f(shop, keys)?)
        })();
        self.backup_busy.store(false, Ordering::SeqCst);
        result
    }

    /// Whether a backup is being made right now.
    pub fn backup_busy(&self) -> bool {
        self.backup_busy.load(Ordering::SeqCst)
    }

    /// Marks the window as closing; true the first time.
    pub fn start_closing(&self) -> bool {
        !self.closing.swap(true, Ordering::SeqCst)
    }

    /// Remembers the vault a backup was restored into, and the erasures
    /// applied to it.
    pub fn keep_restored(&self, path: PathBuf, erasures: ErasureLog) {
        self.session().restored = Some((path, erasures));
    }

    /// The vault a backup was restored into and the erasures applied to
    /// it, forgotten once taken.
    pub fn take_restored(&self) -> Option<(PathBuf, ErasureLog)> {
        self.session().restored.take()
    }

    /// Closes the shop and wipes its keys, and any unsaved emergency kit.
    /// Closing the demo also deletes its file: its passphrase is gone, so
    /// nobody could open it again.
    pub fn lock(&self) -> Result<(), IpcError> {
        self.forget_chosen();
        let mut session = self.session();
        session.shop = None;
        session.emergency_kit = None;
        session.backup_keys = None;
        session.suggestions.clear();
        session.kiosk = None;
        if std::mem::take(&mut session.demo) {
            demo::remove_demo(&self.demo_path)?;
        }
        Ok(())
    }

    /// Keeps the suggestions just shown, for their drafts.
    pub fn keep_suggestions(&self, suggestions: Vec<Suggestion>) {
        self.session().suggestions = suggestions;
    }

    /// The suggestion with `key` among those last shown.
    pub fn suggestion(&self, key: &str) -> Result<Suggestion, IpcError> {
        self.session()
            .suggestions
            .iter()
            .find(|s| s.key == key)
            .cloned()
            .ok_or_else(|| IpcError {
                code: "not-found".into(),
                field: None,
                message: "That suggestion is no longer on the list. Open Today again to see the current ones.".into(),
            })
    }

    /// Holds the emergency kit until it is saved or dismissed.
    pub fn keep_emergency_kit(&self, kit: Zeroizing<String>) {
        self.session().emergency_kit = Some(kit);
    }

    /// Runs `f` with the emergency kit, if one is held.
    pub fn with_emergency_kit<T>(&self, f: impl FnOnce(Option<&str>) -> T) -> T {
        f(self.session().emergency_kit.as_deref().map(String::as_str))
    }

    /// Wipes the emergency kit.
    pub fn forget_emergency_kit(&self) {
        self.session().emergency_kit = None;
    }

    /// The owner chose `path` in the save dialog: the next save may write
    /// there (once, for a few minutes). Answers the path for the window.
    pub fn remember_chosen(&self, path: PathBuf) -> PathBuf {
        self.chosen().remember(path.clone(), Instant::now());
        path
    }

    /// `path` from the window, if the owner just chose it in the save
    /// dialog (taken off the list); refused otherwise, before anything is
    /// written.
    pub fn chosen_path(&self, path: &str) -> Result<PathBuf, IpcError> {
        Ok(self.chosen().take(Path::new(path), Instant::now())?)
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
