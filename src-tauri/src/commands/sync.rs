//! Sync between the shop's computers through a shared folder: status, turning
//! it on (first computer) or joining, the pairing code, syncing now, the
//! conflicts resolved, and turning it off. Nothing here opens a network
//! connection; syncing reads and writes files, so it runs off the window's
//! thread.

use shopkeeper_l10n::msg;
use std::path::PathBuf;

use shopkeeper_core::{CoreError, SecretString};
use shopkeeper_ipc::{IpcError, SyncConflictDto, SyncReportDto, SyncStartedDto, SyncStatusDto};
use shopkeeper_sync::ShopSync;
use tauri::{AppHandle, State};

use super::off_main;
use crate::state::AppState;

/// The folder the owner typed or chose, or an error beside the folder field.
fn folder_of(folder: &str) -> Result<PathBuf, IpcError> {
    let folder = folder.trim();
    if folder.is_empty() {
        return Err(CoreError::invalid("folder", msg!("error-folder-choose-shared-folder")).into());
    }
    Ok(PathBuf::from(folder))
}

/// Whether sync is on, and how it is going.
#[tauri::command]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncStatusDto, IpcError> {
    state.with_shop(|shop| shop.sync_status()).map(Into::into)
}

/// Turns sync on, on the shop's first computer: writes the shop, encrypted,
/// to `folder` and returns the pairing code for the other computers.
#[tauri::command]
pub async fn sync_enable(
    app: AppHandle,
    folder: String,
    name: Option<String>,
) -> Result<SyncStartedDto, IpcError> {
    let folder = folder_of(&folder)?;
    off_main(app, move |state| {
        state.with_shop(|shop| shop.sync_enable(&folder, name.as_deref()))
    })
    .await
    .map(Into::into)
}

/// Joins the shop shared in `folder` with the pairing `code` shown on one of
/// its computers, and syncs.
#[tauri::command]
pub async fn sync_join(
    app: AppHandle,
    folder: String,
    code: String,
    name: Option<String>,
) -> Result<SyncReportDto, IpcError> {
    let folder = folder_of(&folder)?;
    off_main(app, move |state| {
        state.with_shop(|shop| shop.sync_join(&folder, &code, name.as_deref()))
    })
    .await
    .map(Into::into)
}

/// The pairing code, to show again while sync is on, given the vault
/// passphrase again (checked by the core, off the window's thread).
#[tauri::command]
pub async fn sync_pairing_code(app: AppHandle, passphrase: String) -> Result<String, IpcError> {
    off_main(app, move |state| {
        let (path, passphrase) = (state.vault_path.clone(), SecretString::from(passphrase));
        state.with_shop(|shop| shop.sync_pairing_code_for_owner(&path, &passphrase))
    })
    .await
    .map(|code| code.as_str().to_string())
}

/// Syncs now: applies the other computers' changes, writes this one's.
#[tauri::command]
pub async fn sync_now(app: AppHandle) -> Result<SyncReportDto, IpcError> {
    off_main(app, |state| state.with_shop(|shop| shop.sync_now()))
        .await
        .map(Into::into)
}

/// The conflicts resolved, newest first, at most `limit`.
#[tauri::command]
pub fn sync_conflicts(
    state: State<'_, AppState>,
    limit: u32,
) -> Result<Vec<SyncConflictDto>, IpcError> {
    state
        .with_shop(|shop| shop.sync_conflicts(limit as usize))
        .map(|all| all.into_iter().map(Into::into).collect())
}

/// Turns sync off on this computer; its files stay in the folder.
#[tauri::command]
pub fn sync_disable(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.with_shop(|shop| shop.sync_disable())
}
