//! Creating, unlocking and locking the shop's vault.

use std::path::Path;

use shopkeeper_core::{access, SecretString, Shop, Unlock};
use shopkeeper_ipc::{CreatedVaultDto, IpcError, StrengthDto, VaultStatusDto};
use tauri::State;

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
    }
}

/// How guessable a passphrase is, with advice.
#[tauri::command]
pub fn passphrase_strength(passphrase: String) -> StrengthDto {
    access::passphrase_strength(&SecretString::from(passphrase)).into()
}

/// Creates the shop's vault and opens it; returns the emergency kit once.
#[tauri::command]
pub fn create_vault(
    state: State<'_, AppState>,
    passphrase: String,
    confirmation: String,
) -> Result<CreatedVaultDto, IpcError> {
    let passphrase = SecretString::from(passphrase);
    let (shop, created) = Shop::create(
        &state.vault_path,
        &passphrase,
        &SecretString::from(confirmation),
    )?;
    let dto = CreatedVaultDto::from(&created);
    state.keep_emergency_kit(created.emergency_kit);
    state.set_unlocked(shop, &passphrase);
    Ok(dto)
}

/// Writes the emergency kit of the vault just created to `path`.
#[tauri::command]
pub fn save_emergency_kit(state: State<'_, AppState>, path: String) -> Result<(), IpcError> {
    state.with_emergency_kit(|kit| access::save_emergency_kit(Path::new(&path), kit))?;
    Ok(())
}

/// Wipes the emergency kit from memory.
#[tauri::command]
pub fn forget_emergency_kit(state: State<'_, AppState>) {
    state.forget_emergency_kit();
}

/// Unlocks the vault with the passphrase.
#[tauri::command]
pub fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<(), IpcError> {
    let passphrase = SecretString::from(passphrase);
    let shop = Shop::open(&state.vault_path, &Unlock::Passphrase(passphrase.clone()))?;
    state.set_unlocked(shop, &passphrase);
    Ok(())
}

/// Unlocks with the recovery key and sets a new passphrase.
#[tauri::command]
pub fn unlock_with_recovery_key(
    state: State<'_, AppState>,
    recovery_key: String,
    passphrase: String,
    confirmation: String,
) -> Result<(), IpcError> {
    let passphrase = SecretString::from(passphrase);
    let shop = Shop::reset_passphrase(
        &state.vault_path,
        &SecretString::from(recovery_key),
        &passphrase,
        &SecretString::from(confirmation),
    )?;
    state.set_unlocked(shop, &passphrase);
    Ok(())
}

/// Locks: closes the shop and wipes its keys from memory.
#[tauri::command]
pub fn lock(state: State<'_, AppState>) {
    state.lock();
}
