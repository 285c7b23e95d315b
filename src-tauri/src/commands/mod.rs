//! Tauri commands, one file per area of the app. Each command converts its
//! input, calls the core and converts the answer. Nothing else.

pub mod about;
pub mod backup;
pub mod catalog;
pub mod customer_view;
pub mod customers;
pub mod digest;
pub mod duplicates;
pub mod files;
pub mod import;
pub mod profile;
pub mod retention;
pub mod sale;
pub mod settings;
pub mod staff;
pub mod sync;
pub mod today;
pub mod vault;

use shopkeeper_ipc::IpcError;
use shopkeeper_l10n::msg;
use tauri::{AppHandle, Manager};

use crate::state::AppState;

/// Every command's name, as the UI invokes it (from the one list).
#[cfg(test)]
pub const COMMANDS: &[&str] = with_command_list!(command_names);

/// The only commands the UI may call while Customer view is on (the ones
/// under `kiosk:` in the one list).
pub const KIOSK_COMMANDS: &[&str] = with_command_list!(kiosk_command_names);

/// Runs `f` on a blocking worker thread with the app's state, so long work
/// (backups, imports) never holds up the window.
pub(crate) async fn off_main<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .map_err(|e| {
            IpcError::new(
                "unexpected",
                None,
                msg!("error-work-stopped", reason = e.to_string()),
            )
        })?
}

/// The owner's wall-clock time now.
pub(crate) fn local_now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

#[cfg(test)]
mod list_check;
