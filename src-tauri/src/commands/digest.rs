//! The morning digest (`core::digest`): shown after unlocking, once a day,
//! and its switch in Settings.

use shopkeeper_ipc::IpcError;
use tauri::{AppHandle, State};

use super::{local_now, off_main};
use crate::state::AppState;

/// Shows the morning digest as a notification in `language` (the app's),
/// if it is on, not shown yet today and has something to say. Worked out
/// off the window's thread (Today's suggestions); the notification is sent
/// without waiting for the desktop.
#[tauri::command]
pub async fn show_morning_digest(app: AppHandle, language: String) -> Result<(), IpcError> {
    let now = local_now();
    let digest = off_main(app.clone(), move |state| {
        Ok(state.morning_digest(now.date(), chrono::Utc::now())?)
    })
    .await?;
    if let Some(digest) = digest {
        crate::notify::show_digest(&app, &digest, &language);
    }
    Ok(())
}

/// Whether this computer shows the morning digest.
#[tauri::command]
pub fn digest_on(state: State<'_, AppState>) -> Result<bool, IpcError> {
    state.with_shop(|shop| shop.digest_on())
}

/// Switches the morning digest on or off on this computer.
#[tauri::command]
pub fn set_digest_on(state: State<'_, AppState>, on: bool) -> Result<(), IpcError> {
    state.with_shop(|shop| shop.set_digest_on(on))
}
