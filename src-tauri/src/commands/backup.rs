//! Backups: now, into the chosen folder or a file; once a day; on close;
//! and a restore into a new vault next to the current one.
//!
//! Backups and restores run on a blocking worker thread, never on the
//! window's thread, so the UI stays responsive and shows a busy state.

use shopkeeper_l10n::msg;
use std::path::{Path, PathBuf};
use std::time::Duration;

use shopkeeper_core::backup_schedule::{AutoBackup, FolderBackup};
use shopkeeper_core::desk::WithRecoveryKey;
use shopkeeper_core::{CoreError, SecretString, Shop};
use shopkeeper_ipc::{BackupMadeDto, BackupScheduleDto, BackupStatusDto, IpcError, RestoredDto};
use tauri::{AppHandle, Manager, State};

use super::{local_now, off_main};
use crate::state::AppState;

/// How long closing the window waits for the backup on close.
const CLOSE_BACKUP_LIMIT: Duration = Duration::from_secs(60);

fn made(f: FolderBackup) -> BackupMadeDto {
    BackupMadeDto {
        path: f.summary.path.display().to_string(),
        removed: u32::try_from(f.removed.len()).unwrap_or(u32::MAX),
    }
}

/// The folder automatic backups go to, or an error about the `folder` field.
fn folder_of(shop: &Shop) -> shopkeeper_core::Result<PathBuf> {
    shop.backup_schedule()?
        .folder
        .ok_or_else(|| CoreError::invalid("folder", msg!("error-folder-choose-folder-backups")))
}

/// When the shop was last backed up, and whether to remind the owner.
#[tauri::command]
pub fn backup_status(state: State<'_, AppState>) -> Result<BackupStatusDto, IpcError> {
    let busy = state.backup_busy();
    state.with_shop(|shop| {
        let remind = shop.backup_reminder_due(chrono::Utc::now())?;
        Ok(BackupStatusDto::new(shop.backup_status()?, remind, busy))
    })
}

/// Where and when automatic backups run.
#[tauri::command]
pub fn backup_schedule(state: State<'_, AppState>) -> Result<BackupScheduleDto, IpcError> {
    state
        .with_shop(|shop| shop.backup_schedule())
        .map(Into::into)
}

/// Changes where and when automatic backups run.
#[tauri::command]
pub fn save_backup_schedule(
    state: State<'_, AppState>,
    input: BackupScheduleDto,
) -> Result<BackupScheduleDto, IpcError> {
    state
        .with_shop(|shop| shop.set_backup_schedule(&input.into()))
        .map(Into::into)
}

/// Backs up now into the backup folder (dated name, old ones thinned out).
#[tauri::command]
pub async fn backup_now(app: AppHandle) -> Result<BackupMadeDto, IpcError> {
    off_main(app, |state| {
        state
            .with_backup(|shop, keys| shop.backup_into_folder(&folder_of(shop)?, keys, local_now()))
    })
    .await
    .map(made)
}

/// Backs up to a file the owner chose in the save dialog just now.
#[tauri::command]
pub async fn backup_to_file(app: AppHandle, path: String) -> Result<BackupMadeDto, IpcError> {
    off_main(app, move |state| {
        let path = state.chosen_path(&path)?;
        Ok(state.backup_copy(&path)?)
    })
    .await
    .map(|summary| BackupMadeDto {
        path: summary.path.display().to_string(),
        removed: 0,
    })
}

/// Makes the daily backup if it is due; `None` if it was not.
#[tauri::command]
pub async fn backup_if_due(app: AppHandle) -> Result<Option<BackupMadeDto>, IpcError> {
    off_main(app, |state| {
        state.with_backup(|shop, keys| shop.automatic_backup(AutoBackup::Daily, keys, local_now()))
    })
    .await
    .map(|m| m.map(made))
}

/// Restores the backup at `path` into a new vault next to the current one;
/// the current vault is not touched, but its erasures are applied to the
/// copy. Opened with `passphrase`, which also protects the restored copy; or,
/// when `recovery_key` is given, with the recovery key, and the copy gets
/// `passphrase` (typed twice: `confirmation`) as its new passphrase.
#[tauri::command]
pub async fn restore_backup(
    app: AppHandle,
    path: String,
    passphrase: String,
    recovery_key: Option<String>,
    confirmation: Option<String>,
) -> Result<RestoredDto, IpcError> {
    let with_key = WithRecoveryKey::typed(recovery_key, confirmation);
    let passphrase = SecretString::from(passphrase);
    off_main(app, move |state| {
        let report = state.restore_backup(Path::new(&path), &passphrase, with_key, local_now())?;
        Ok(RestoredDto::from(&report))
    })
    .await
}

/// Makes the restored copy the shop's vault: locks, keeps the current vault
/// renamed with the date, and moves the copy into its place. Returns where
/// the old vault was kept. Refused if a customer was erased since the
/// restore (the copy would bring them back).
#[tauri::command]
pub fn switch_to_restored(state: State<'_, AppState>) -> Result<String, IpcError> {
    let kept = state.switch_to_restored(local_now())?;
    Ok(kept.display().to_string())
}

/// Called when the window is asked to close: if a backup on close is due,
/// keeps the window open while it runs on a worker thread (at most
/// [`CLOSE_BACKUP_LIMIT`]), then closes. A failed backup is noted in the
/// vault and shown next time. Returns whether the close was held back.
pub fn backup_on_close(app: &AppHandle) -> bool {
    if !app.state::<AppState>().hold_close_for_backup() {
        return false;
    }
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    let worker = app.clone();
    std::thread::spawn(move || {
        let state = worker.state::<AppState>();
        let _ = state.with_backup(|shop, keys| {
            shop.automatic_backup(AutoBackup::OnClose, keys, local_now())
        });
        let _ = done_tx.send(());
    });
    let closer = app.clone();
    std::thread::spawn(move || {
        let _ = done_rx.recv_timeout(CLOSE_BACKUP_LIMIT);
        closer.exit(0);
    });
    true
}
