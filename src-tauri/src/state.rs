//! The app's shared state: where the vault is, and the open shop while the
//! vault is unlocked. Locking drops the shop, which closes the database and
//! wipes its keys.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use shopkeeper_core::{Shop, Zeroizing};
use shopkeeper_ipc::IpcError;

/// State shared by all commands.
pub struct AppState {
    /// The shop's vault file.
    pub vault_path: PathBuf,
    session: Mutex<Session>,
}

/// What is open right now.
#[derive(Default)]
struct Session {
    /// The unlocked shop; `None` while locked.
    shop: Option<Shop>,
    /// The emergency kit of a vault created in this run, kept until the owner
    /// has saved or printed it, then wiped.
    emergency_kit: Option<Zeroizing<String>>,
}

/// The error the UI gets when a command needs the shop but it is locked.
fn locked() -> IpcError {
    IpcError {
        code: "locked".into(),
        field: None,
        message: "Shopkeeper is locked. Unlock it with your passphrase.".into(),
    }
}

impl AppState {
    /// State for the vault at `vault_path`, locked.
    pub fn new(vault_path: PathBuf) -> Self {
        AppState {
            vault_path,
            session: Mutex::new(Session::default()),
        }
    }

    fn session(&self) -> MutexGuard<'_, Session> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` with the unlocked shop, or says that it is locked.
    pub fn with_shop<T>(
        &self,
        f: impl FnOnce(&mut Shop) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        let mut session = self.session();
        let shop = session.shop.as_mut().ok_or_else(locked)?;
        Ok(f(shop)?)
    }

    /// Whether the shop is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.session().shop.is_some()
    }

    /// Keeps `shop` open (after create or unlock).
    pub fn set_unlocked(&self, shop: Shop) {
        self.session().shop = Some(shop);
    }

    /// Closes the shop and wipes its keys, and any unsaved emergency kit.
    pub fn lock(&self) {
        let mut session = self.session();
        session.shop = None;
        session.emergency_kit = None;
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
