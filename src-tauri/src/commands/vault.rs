//! Creating, unlocking and locking the shop's vault.

use shopkeeper_core::demo::{self, DemoOptions};
use shopkeeper_core::{access, SecretString, Shop, Unlock};
use shopkeeper_ipc::{CreatedVaultDto, IpcError, NewShopDto, StrengthDto, VaultStatusDto};
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
        demo: state.is_demo(),
    }
}

/// How guessable a passphrase is, with advice.
#[tauri::command]
pub fn passphrase_strength(passphrase: String) -> StrengthDto {
    access::passphrase_strength(&SecretString::from(passphrase)).into()
}

/// Creates the shop's vault with its name and currency and opens it;
/// returns the emergency kit once.
#[tauri::command]
pub fn create_vault(
    state: State<'_, AppState>,
    passphrase: String,
    confirmation: String,
    profile: NewShopDto,
) -> Result<CreatedVaultDto, IpcError> {
    let passphrase = SecretString::from(passphrase);
    let (shop, created) = Shop::create_with_settings(
        &state.vault_path,
        &passphrase,
        &SecretString::from(confirmation),
        &profile.to_settings()?,
    )?;
    let dto = CreatedVaultDto::from(&created);
    state.keep_emergency_kit(created.emergency_kit);
    state.set_unlocked(shop, &passphrase);
    Ok(dto)
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

/// Locks: closes the shop and wipes its keys from memory. Locking the demo
/// shop also deletes its file.
#[tauri::command]
pub fn lock(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.lock()
}

/// Customers in the demo shop.
const DEMO_CUSTOMERS: u32 = 300;
/// Years of history in the demo shop.
const DEMO_YEARS: u32 = 2;
/// The demo's seed: the same made-up shop every time (up to today's date).
const DEMO_SEED: u64 = 2024;

/// Makes a fresh demo shop beside the real vault (never in it) and opens it.
/// It is encrypted with a random passphrase held by nobody, and deleted on
/// lock; each visit makes a new one. Async: it takes a few seconds, and the
/// window stays responsive meanwhile.
#[tauri::command]
pub async fn open_demo(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.lock()?;
    // A demo left behind by a run that ended without leaving it.
    demo::remove_demo(&state.demo_path)?;
    let opts = DemoOptions::ending_today(DEMO_CUSTOMERS, DEMO_YEARS, DEMO_SEED);
    let shop = Shop::create_demo(&state.demo_path, &opts)?;
    state.set_demo(shop);
    Ok(())
}
