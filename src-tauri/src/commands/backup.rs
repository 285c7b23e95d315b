//! Backups: now, into the chosen folder or a file; once a day; on close;
//! and a restore into a new vault next to the current one.
//!
//! Backups and restores run on a blocking worker thread, never on the
//! window's thread, so the UI stays responsive and shows a busy state.

use std::path::{Path, PathBuf};
use std::time::Duration;

use shopkeeper_core::backup::{self as core_backup, BackupSecret};
use shopkeeper_core::backup_schedule::{self as schedule, AutoBackup, FolderBackup};
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
    shop.backup_schedule()?.folder.ok_or_else(|| {
        CoreError::invalid(
            "folder",
            "Choose a folder for backups first (a USB stick or another drive is best).",
        )
    })
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
        state.with_backup(|shop, keys| shop.backup_with_keys(&path, keys))
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
    off_main(app, move |state| {
        let target = schedule::restored_vault_path(&state.vault_path, local_now());
        let passphrase = SecretString::from(passphrase);
        let kdf = shopkeeper_core::KdfChoice::Calibrated(shopkeeper_core::access::KDF_TARGET);
        let erasures = state.with_shop(|shop| shop.erasure_log())?;
        let report = match recovery_key {
            Some(key) => core_backup::restore_backup_with_recovery_key(
                Path::new(&path),
                &SecretString::from(key),
                &target,
                &passphrase,
                &SecretString::from(confirmation.unwrap_or_default()),
                kdf,
                &erasures,
            )?,
            None => core_backup::restore_backup_from(
                Path::new(&path),
                &BackupSecret::Passphrase(passphrase.clone()),
                &target,
                &passphrase,
                kdf,
                &erasures,
            )?,
        };
        state.keep_restored(report.vault.clone(), erasures);
        state.keep_emergency_kit(report.created.emergency_kit.clone());
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
    let (restored, erasures) = state.take_restored().ok_or_else(|| IpcError {
        code: "not-found".into(),
        field: None,
        message: "There is no restored copy to switch to. Restore a backup first.".into(),
    })?;
    state.with_shop(|shop| shop.check_erasures_carried(&erasures))?;
    state.lock()?;
    let kept = schedule::switch_to_restored(&state.vault_path, &restored, local_now())?;
    Ok(kept.display().to_string())
}

/// Called when the window is asked to close: if a backup on close is due,
/// keeps the window open while it runs on a worker thread (at most
/// [`CLOSE_BACKUP_LIMIT`]), then closes. A failed backup is noted in the
/// vault and shown next time. Returns whether the close was held back.
pub fn backup_on_close(app: &AppHandle) -> bool {
    let state = app.state::<AppState>();
    let wanted = state
        .with_shop(|shop| {
            let s = shop.backup_schedule()?;
            Ok(s.on_close && s.folder.is_some())
        })
        .unwrap_or(false);
    if !wanted || !state.start_closing() {
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
