//! The app's shared state: the shop's desk ([`Desk`] in the core), which
//! holds what is open and every rule about it (locked, Customer view, the
//! demo, backups). The shell only hands it the time now and puts its
//! refusals into the UI's error shape; everything else is the desk's own
//! (`state.is_unlocked()`, `state.vault_path`, ... through `Deref`).

use std::path::PathBuf;
use std::time::Instant;

use shopkeeper_core::backup::BackupKeys;
use shopkeeper_core::desk::{screen, Desk, Left, Mode};
use shopkeeper_core::{CustomerSession, SecretString, Shop, StaffMember, Suggestion};
use shopkeeper_ipc::IpcError;

/// State shared by all commands: the desk.
pub struct AppState(Desk);

impl std::ops::Deref for AppState {
    type Target = Desk;
    fn deref(&self) -> &Desk {
        &self.0
    }
}

impl AppState {
    /// State for the vault at `vault_path`, locked; in Customer view if it
    /// was on when the app stopped.
    pub fn new(vault_path: PathBuf) -> Self {
        AppState(Desk::new(vault_path, screen::timeout()))
    }

    /// Runs `f` with the unlocked shop; refused while locked or in
    /// Customer view.
    pub fn with_shop<T>(
        &self,
        f: impl FnOnce(&mut Shop) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        Ok(self.0.with_shop(f)?)
    }

    /// Runs `f` with the shop and the backup keys; one backup at a time.
    pub fn with_backup<T>(
        &self,
        f: impl FnOnce(&mut Shop, &BackupKeys) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        Ok(self.0.with_backup(f)?)
    }

    /// Closes the shop and wipes its keys (deletes the demo).
    pub fn lock(&self) -> Result<(), IpcError> {
        Ok(self.0.lock()?)
    }

    /// The suggestion with `key` among those last shown.
    pub fn suggestion(&self, key: &str) -> Result<Suggestion, IpcError> {
        Ok(self.0.suggestion(key)?)
    }

    /// The owner chose `path` in the save dialog just now.
    pub fn remember_chosen(&self, path: PathBuf) -> PathBuf {
        self.0.remember_chosen(path, Instant::now())
    }

    /// `path` from the window, if the owner just chose it; refused otherwise.
    pub fn chosen_path(&self, path: &str) -> Result<PathBuf, IpcError> {
        Ok(self.0.chosen_path(path, Instant::now())?)
    }

    /// Which mode the app is in now.
    pub fn mode(&self) -> Mode {
        self.0.mode(Instant::now())
    }

    /// The kiosk guard, run before any command.
    pub fn guard(&self, command: &str, allowed: &[&str]) -> Result<(), IpcError> {
        Ok(self.0.guard(command, allowed)?)
    }

    /// Turns the screen to customer `id` now.
    pub fn open_customer_view(&self, id: shopkeeper_core::CustomerId) -> Result<(), IpcError> {
        Ok(self.0.open_customer_view(id, Instant::now())?)
    }

    /// Runs `f` in Customer view now, counting as a touch.
    pub fn with_customer_view<T>(
        &self,
        f: impl FnOnce(&mut Shop, &mut CustomerSession) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        Ok(self.0.with_customer_view(Instant::now(), f)?)
    }

    /// The customer touched the screen now.
    pub fn touch_customer_view(&self) {
        self.0.touch_customer_view(Instant::now());
    }

    /// Gives the screen back, given the PIN or the passphrase.
    pub fn leave_customer_view(&self, secret: &SecretString) -> Result<Left, IpcError> {
        Ok(self.0.leave_customer_view(secret, Instant::now())?)
    }

    /// Saves the summaries of `ids` at `path` (chosen just now); several
    /// customers only for a role that may export many.
    pub fn save_summaries(
        &self,
        ids: &[shopkeeper_core::CustomerId],
        variant: shopkeeper_core::SummaryVariant,
        path: &str,
    ) -> Result<(), IpcError> {
        Ok(self.0.save_summaries(ids, variant, path, Instant::now())?)
    }

    /// Saves today's day sheet in `language` at `path` (chosen just now).
    pub fn save_day_sheet(&self, language: &str, path: &str) -> Result<(), IpcError> {
        Ok(self.0.save_day_sheet(language, path, Instant::now())?)
    }

    /// Signs member `staff_id` in with their PIN now.
    pub fn sign_in_staff(
        &self,
        staff_id: &str,
        pin: &SecretString,
    ) -> Result<StaffMember, IpcError> {
        Ok(self.0.sign_in_staff(staff_id, pin, Instant::now())?)
    }

    /// The owner takes the counter back now, with the PIN or the passphrase.
    pub fn take_counter_back(&self, secret: &SecretString) -> Result<(), IpcError> {
        Ok(self.0.take_counter_back(secret, Instant::now())?)
    }
}
