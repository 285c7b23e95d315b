//! The native file dialogs, opened by the shell (never by the window, which
//! has no permission for the dialog plugin). Run off the window's thread:
//! they wait for the owner.

use shopkeeper_l10n::msg;
use std::path::{Path, PathBuf};

use shopkeeper_ipc::{FileChoiceDto, IpcError};
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};

/// The dialog as the window asked for it: title, filters, starting point,
/// in front of the main window.
fn builder(app: &AppHandle, request: &FileChoiceDto) -> FileDialogBuilder<tauri::Wry> {
    let mut dialog = app.dialog().file().set_title(&request.title);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    for filter in &request.filters {
        let extensions: Vec<&str> = filter.extensions.iter().map(String::as_str).collect();
        dialog = dialog.add_filter(&filter.name, &extensions);
    }
    dialog
}

/// The save dialog; `default_path` is the file name offered.
pub fn save(app: &AppHandle, request: &FileChoiceDto) -> Result<Option<PathBuf>, IpcError> {
    let mut dialog = builder(app, request);
    if let Some(name) = &request.default_path {
        dialog = dialog.set_file_name(name);
    }
    dialog.blocking_save_file().map(into_path).transpose()
}

/// The open dialog, for a file or a folder; `default_path` is the folder
/// to start in.
pub fn open(app: &AppHandle, request: &FileChoiceDto) -> Result<Option<PathBuf>, IpcError> {
    let mut dialog = builder(app, request);
    if let Some(dir) = &request.default_path {
        dialog = dialog.set_directory(dir);
    }
    let picked = if request.folder {
        dialog.blocking_pick_folder()
    } else {
        dialog.blocking_pick_file()
    };
    picked.map(into_path).transpose()
}

/// The path the dialog answered (always a local path on the desktop).
fn into_path(picked: FilePath) -> Result<PathBuf, IpcError> {
    picked.into_path().map_err(|e| {
        IpcError::new(
            "location",
            None,
            msg!("error-place-unusable", reason = e.to_string()),
        )
    })
}

/// The path as the window shows it and gives it back.
pub fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}
