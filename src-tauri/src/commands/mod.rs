//! Tauri commands, one file per area of the app. Each command converts its
//! input, calls the core and converts the answer. Nothing else.

pub mod about;
pub mod backup;
pub mod catalog;
pub mod customer_view;
pub mod customers;
pub mod files;
pub mod import;
pub mod profile;
pub mod retention;
pub mod sale;
pub mod settings;
pub mod sync;
pub mod today;
pub mod vault;

use shopkeeper_ipc::IpcError;
use tauri::{AppHandle, Manager};

use crate::state::AppState;

/// Runs `f` on a blocking worker thread with the app's state, so long work
/// (backups, imports) never holds up the window.
pub(crate) async fn off_main<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .map_err(|e| IpcError {
            code: "unexpected".into(),
            field: None,
            message: format!("The work stopped unexpectedly: {e}"),
        })?
}

/// The owner's wall-clock time now.
pub(crate) fn local_now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}
