//! The app's shared state: where the vault is, and the open shop while the
//! vault is unlocked. Locking drops the shop, which closes the database and
//! wipes its keys.
//!
//! The open shop is either the owner's real vault or the made-up demo shop,
//! which lives in a file of its own beside it ([`AppState::demo_path`]) and is
//! deleted when it is closed: the two are never confused.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use shopkeeper_core::backup::BackupKeys;
use shopkeeper_core::{
    demo, owner_pin, ChangeSummary, CustomerId, CustomerSession, ErasureLog, SecretString, Shop,
    Suggestion, Zeroizing,
};
use shopkeeper_ipc::IpcError;

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
    /// Wrong PINs or passphrases given to leave Customer view.
    attempts: Attempts,
}

/// Customer view: the one customer it shows, what they changed, and whether
/// it rests on the neutral thank-you screen.
struct Kiosk {
    session: CustomerSession,
    /// The customer's language for the words on screen.
    language: String,
    /// The timeout passed: nothing about the customer is shown any more.
    thanks: bool,
    /// The last time the customer did something.
    last_touch: Instant,
}

/// Failed tries at leaving Customer view, for growing waits.
#[derive(Default)]
struct Attempts {
    failures: u32,
    wait_until: Option<Instant>,
}

/// Which mode the app is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The owner's screens.
    Owner,
    /// Customer view for one customer.
    Customer,
    /// The neutral thank-you screen after Customer view timed out.
    Thanks,
}

/// Seconds without a touch before Customer view rests on the thank-you
/// screen. Debug builds (the end-to-end tests) may shorten it with
/// `SHOPKEEPER_CUSTOMER_VIEW_TIMEOUT_SECS`; release builds ignore it.
pub fn customer_view_timeout() -> Duration {
    const DEFAULT_SECS: u64 = 120;
    #[cfg(debug_assertions)]
    if let Some(secs) = std::env::var("SHOPKEEPER_CUSTOMER_VIEW_TIMEOUT_SECS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|s| *s > 0)
    {
        return Duration::from_secs(secs);
    }
    Duration::from_secs(DEFAULT_SECS)
}

/// How long to wait after `failures` wrong tries: nothing for the first
/// three, then 5 s, 10 s, 20 s... up to 5 minutes.
fn wait_after(failures: u32) -> Duration {
    match failures {
        0..=2 => Duration::ZERO,
        n => Duration::from_secs((5u64 << (n - 3).min(6)).min(300)),
    }
}

/// The error every owner command gets while Customer view is on.
fn in_customer_view() -> IpcError {
    IpcError {
        code: "customer-view".into(),
        field: None,
        message: "The screen is in Customer view. The owner must unlock it first.".into(),
    }
}

/// The error the UI gets when a command needs the shop but it is locked.
fn locked() -> IpcError {
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
    /// State for the vault at `vault_path`, locked.
    pub fn new(vault_path: PathBuf) -> Self {
        AppState {
            demo_path: demo_path_beside(&vault_path),
            vault_path,
            session: Mutex::new(Session::default()),
            backup_busy: AtomicBool::new(false),
            closing: AtomicBool::new(false),
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
        if session.kiosk.is_some() {
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
        let mut session = self.session();
        session.shop = Some(shop);
        session.demo = true;
        session.backup_keys = None;
    }

    /// Keeps `shop` open (after create or unlock), with the keys its backups
    /// will be locked with, derived from `passphrase`.
    pub fn set_unlocked(&self, shop: Shop, passphrase: &SecretString) {
        let keys = shop.backup_keys(passphrase).ok();
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

    /// Which mode the app is in; Customer view untouched for longer than
    /// the timeout turns to the thank-you screen here.
    pub fn mode(&self) -> Mode {
        let mut session = self.session();
        match session.kiosk.as_mut() {
            None => Mode::Owner,
            Some(k) => {
                if !k.thanks && k.last_touch.elapsed() >= customer_view_timeout() {
                    k.thanks = true;
                }
                if k.thanks {
                    Mode::Thanks
                } else {
                    Mode::Customer
                }
            }
        }
    }

    /// Whether the open shop has an owner PIN (false while locked).
    pub fn has_owner_pin(&self) -> bool {
        self.session()
            .shop
            .as_ref()
            .is_some_and(|shop| shop.has_owner_pin().unwrap_or(false))
    }

    /// The language of Customer view's words (English when off).
    pub fn customer_view_language(&self) -> String {
        self.session()
            .kiosk
            .as_ref()
            .map_or_else(|| "en".into(), |k| k.language.clone())
    }

    /// Refuses every command but `allowed` ones while Customer view is on:
    /// the kiosk guard, run before any command.
    pub fn guard(&self, command: &str, allowed: &[&str]) -> Result<(), IpcError> {
        if self.session().kiosk.is_some() && !allowed.contains(&command) {
            return Err(in_customer_view());
        }
        Ok(())
    }

    /// Turns the screen to customer `id` (who must exist), with nothing
    /// changed yet.
    pub fn open_customer_view(&self, id: CustomerId) -> Result<(), IpcError> {
        let mut session = self.session();
        if session.kiosk.is_some() {
            return Err(in_customer_view());
        }
        let shop = session.shop.as_ref().ok_or_else(locked)?;
        let customer = shop.customer(id)?;
        if session.demo && !shop.has_owner_pin()? {
            return Err(IpcError {
                code: "invalid".into(),
                field: Some("pin".into()),
                message: "Only the owner's PIN or passphrase gives the screen back after Customer view, and the demo shop has neither. Try Customer view in your own shop.".into(),
            });
        }
        session.kiosk = Some(Kiosk {
            session: CustomerSession::new(id),
            language: customer.language.unwrap_or_else(|| "en".into()),
            thanks: false,
            last_touch: Instant::now(),
        });
        Ok(())
    }

    /// Runs `f` with the shop and Customer view's session (its one
    /// customer), counting as a touch; refused once the view rests on the
    /// thank-you screen.
    pub fn with_customer_view<T>(
        &self,
        f: impl FnOnce(&mut Shop, &mut CustomerSession) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        if self.mode() != Mode::Customer {
            return Err(IpcError {
                code: "customer-view-ended".into(),
                field: None,
                message: "Thank you. Please hand the screen back to the shop.".into(),
            });
        }
        let mut session = self.session();
        let Session { shop, kiosk, .. } = &mut *session;
        let shop = shop.as_mut().ok_or_else(locked)?;
        let kiosk = kiosk.as_mut().ok_or_else(in_customer_view)?;
        kiosk.last_touch = Instant::now();
        Ok(f(shop, &mut kiosk.session)?)
    }

    /// The customer is using the screen (reading, scrolling) without
    /// changing anything: the timeout starts again. Nothing once it rests.
    pub fn touch_customer_view(&self) {
        if self.mode() == Mode::Customer {
            if let Some(k) = self.session().kiosk.as_mut() {
                k.last_touch = Instant::now();
            }
        }
    }

    /// Rests Customer view on the thank-you screen (the window was left alone).
    pub fn rest_customer_view(&self) {
        if let Some(k) = self.session().kiosk.as_mut() {
            k.thanks = true;
        }
    }

    /// Gives the screen back to the owner, given the owner PIN (when one is
    /// set) or the vault passphrase; returns whose view it was and what they
    /// changed. Wrong tries make the next ones wait longer.
    pub fn leave_customer_view(
        &self,
        secret: &SecretString,
    ) -> Result<(CustomerId, ChangeSummary), IpcError> {
        {
            let session = self.session();
            if session.kiosk.is_none() {
                return Err(IpcError {
                    code: "not-found".into(),
                    field: None,
                    message: "Customer view is not on.".into(),
                });
            }
            if let Some(until) = session.attempts.wait_until {
                let now = Instant::now();
                if until > now {
                    let secs = (until - now).as_secs() + 1;
                    return Err(IpcError {
                        code: "wait".into(),
                        field: Some("secret".into()),
                        message: format!("Too many wrong tries. Try again in {secs} seconds."),
                    });
                }
            }
        }
        // Both checks are slow on purpose (Argon2id); the passphrase one
        // runs without holding the state.
        let pin = self
            .session()
            .shop
            .as_ref()
            .map(|shop| shop.verify_owner_pin(secret))
            .transpose()?
            .unwrap_or(false);
        let right = pin
            || (!self.is_demo() && owner_pin::check_passphrase(&self.vault_path, secret).is_ok());
        let mut session = self.session();
        if !right {
            session.attempts.failures += 1;
            let wait = wait_after(session.attempts.failures);
            session.attempts.wait_until = Some(Instant::now() + wait);
            return Err(IpcError {
                code: "wrong-secret".into(),
                field: Some("secret".into()),
                message: "That is not the owner's PIN or passphrase.".into(),
            });
        }
        session.attempts = Attempts::default();
        let kiosk = session.kiosk.take().ok_or_else(in_customer_view)?;
        let shop = session.shop.as_mut().ok_or_else(locked)?;
        let summary = shop.finish_customer_session(&kiosk.session)?;
        Ok((kiosk.session.customer(), summary))
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
}
