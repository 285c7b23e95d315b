//! Choosing files and folders in the native dialog, opened here rather than
//! from the window: a file chosen to save to is remembered, and the commands
//! that write take only such a path (see [`AppState::chosen_path`]).

use shopkeeper_ipc::{FileChoiceDto, IpcError};
use tauri::AppHandle;

use super::off_main;
use crate::dialogs;
#[cfg(doc)]
use crate::state::AppState;

/// Asks the owner where to save; `None` if they cancelled. The next save
/// may write to the path answered (once, for a few minutes).
#[tauri::command]
pub async fn choose_save_path(
    app: AppHandle,
    request: FileChoiceDto,
) -> Result<Option<String>, IpcError> {
    let dialog_app = app.clone();
    off_main(app, move |state| {
        let chosen = dialogs::save(&dialog_app, &request)?;
        Ok(chosen.map(|path| dialogs::shown(&state.remember_chosen(path))))
    })
    .await
}

/// Asks the owner for a file (or a folder) to read from; `None` if they
/// cancelled. Nothing is remembered: only reading follows.
#[tauri::command]
pub async fn choose_open_path(
    app: AppHandle,
    request: FileChoiceDto,
) -> Result<Option<String>, IpcError> {
    let dialog_app = app.clone();
    off_main(app, move |_| {
        Ok(dialogs::open(&dialog_app, &request)?.map(|p| dialogs::shown(&p)))
    })
    .await
}
