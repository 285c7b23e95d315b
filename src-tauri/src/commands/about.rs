//! The About window.

use shopkeeper_ipc::AboutDto;
use tauri::State;

use crate::state::AppState;

/// Which Shopkeeper this is, where the data lives, and the format versions.
/// Works locked or unlocked.
#[tauri::command]
pub fn about(state: State<'_, AppState>) -> AboutDto {
    AboutDto::new(
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_LICENSE"),
        &state.vault_path,
        // Sync is not built yet: Shopkeeper never uses the network.
        false,
    )
}
