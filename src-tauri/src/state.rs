//! The app's shared state: where the shop lives and, once opened, the shop.

use std::path::PathBuf;
use std::sync::Mutex;

use shopkeeper_core::Shop;
use shopkeeper_ipc::IpcError;

/// State shared by all commands.
pub struct AppState {
    /// The shop's data file.
    pub vault_path: PathBuf,
    shop: Mutex<Option<Shop>>,
}

impl AppState {
    /// State for the shop at `vault_path`, not opened yet.
    pub fn new(vault_path: PathBuf) -> Self {
        AppState {
            vault_path,
            shop: Mutex::new(None),
        }
    }

    /// Runs `f` with the open shop, opening it on first use.
    pub fn with_shop<T>(
        &self,
        f: impl FnOnce(&mut Shop) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        let mut guard = self
            .shop
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if guard.is_none() {
            *guard = Some(Shop::open(&self.vault_path)?);
        }
        let shop = guard.as_mut().expect("opened just above");
        Ok(f(shop)?)
    }
}
