//! The About window.

use shopkeeper_ipc::AboutDto;
use shopkeeper_sync::{ShopSync, SyncStatus};
use tauri::State;

use crate::state::AppState;

/// Which Shopkeeper this is, where the data lives, and the format versions.
/// Works locked or unlocked (locked, sync counts as off: its settings are
/// inside the vault).
#[tauri::command]
pub fn about(state: State<'_, AppState>) -> AboutDto {
    AboutDto::new(
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_LICENSE"),
        &state.vault_path,
        state
            .with_shop(|shop| shop.sync_status())
            .is_ok_and(|s| !matches!(s, SyncStatus::Off)),
    )
}
