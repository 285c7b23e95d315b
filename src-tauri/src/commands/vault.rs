//! Creating, unlocking and locking the shop's vault.

use shopkeeper_core::{access, SecretString};
use shopkeeper_ipc::{CreatedVaultDto, IpcError, NewShopDto, StrengthDto, VaultStatusDto};
use tauri::{AppHandle, State};

use super::off_main;

use crate::state::AppState;

/// Where the vault is, whether it exists and whether it is unlocked.
#[tauri::command]
pub fn vault_status(state: State<'_, AppState>) -> VaultStatusDto {
    VaultStatusDto {
        path: state.vault_path.display().to_string(),
        exists: access::vault_exists(&state.vault_path),
        unlocked: state.is_unlocked(),
        auto_lock_minutes: state
            .with_shop(|shop| Ok(shop.settings().auto_lock_minutes))
            .unwrap_or(access::DEFAULT_AUTO_LOCK_MINUTES),
        demo: state.is_demo(),
    }
}

/// How guessable a passphrase is, with advice.
#[tauri::command]
pub fn passphrase_strength(passphrase: String) -> StrengthDto {
    access::passphrase_strength(&SecretString::from(passphrase)).into()
}

/// Creates the shop's vault with its name and currency and opens it;
/// returns the emergency kit once. Off the window's thread (Argon2id).
#[tauri::command]
pub async fn create_vault(
    app: AppHandle,
    passphrase: String,
    confirmation: String,
    profile: NewShopDto,
) -> Result<CreatedVaultDto, IpcError> {
    let settings = profile.to_settings()?;
    let [passphrase, confirmation] = [passphrase, confirmation].map(SecretString::from);
    off_main(app, move |state| {
        let created = state.create_vault(&passphrase, &confirmation, &settings)?;
        Ok(CreatedVaultDto::from(&created))
    })
    .await
}

/// Writes the emergency kit of the vault just created to `path` (chosen in
/// the save dialog just now).
#[tauri::command]
pub fn save_emergency_kit(state: State<'_, AppState>, path: String) -> Result<(), IpcError> {
    let path = state.chosen_path(&path)?;
    state.with_emergency_kit(|kit| access::save_emergency_kit(&path, kit))?;
    Ok(())
}

/// Wipes the emergency kit from memory.
#[tauri::command]
pub fn forget_emergency_kit(state: State<'_, AppState>) {
    state.forget_emergency_kit();
}

/// Unlocks the vault with the passphrase, off the window's thread (Argon2id).
#[tauri::command]
pub async fn unlock(app: AppHandle, passphrase: String) -> Result<(), IpcError> {
    off_main(app, move |state| {
        Ok(state.unlock(&SecretString::from(passphrase))?)
    })
    .await
}

/// Unlocks with the recovery key and sets a new passphrase, off the
/// window's thread (Argon2id, and every page sealed again).
#[tauri::command]
pub async fn unlock_with_recovery_key(
    app: AppHandle,
    recovery_key: String,
    passphrase: String,
    confirmation: String,
) -> Result<(), IpcError> {
    off_main(app, move |state| {
        let [key, passphrase, confirmation] =
            [recovery_key, passphrase, confirmation].map(SecretString::from);
        Ok(state.unlock_with_recovery_key(&key, &passphrase, &confirmation)?)
    })
    .await
}

/// Locks: closes the shop and wipes its keys from memory. Locking the demo
/// shop also deletes its file.
#[tauri::command]
pub fn lock(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.lock()
}

/// Makes a fresh demo shop beside the real vault (never in it) and opens it,
/// deleted on lock. It takes a few seconds, off the window's thread.
#[tauri::command]
pub async fn open_demo(app: AppHandle) -> Result<(), IpcError> {
    off_main(app, |state| Ok(state.open_demo()?)).await
}
