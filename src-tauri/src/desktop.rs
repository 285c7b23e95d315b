//! The desktop's habits: one Shopkeeper at a time, and the window where the
//! owner left it. Both are Tauri's own plugins, used from here only (the
//! window holds no permission for either).

use tauri::{plugin::TauriPlugin, AppHandle, Manager, Wry};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// What of the window is kept: never whether it was full screen or hidden.
fn kept() -> StateFlags {
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}

/// One app per desktop session: a second launch (a double click on the
/// icon while the app runs, say) hands over to the running one, which comes
/// to the front, and exits, so two windows never work on one shop. The
/// running app is found over the session's D-Bus; without one, each launch
/// runs on its own (the vault's own locking still keeps the file whole).
/// Registered before every other plugin, as the plugin asks.
pub fn single_instance() -> TauriPlugin<Wry> {
    tauri_plugin_single_instance::init(|app, _args, _cwd| bring_to_front(app))
}

/// Shows the main window, out of the taskbar if it was minimised, focused.
fn bring_to_front(app: &AppHandle) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    for (what, result) in [
        ("show", window.unminimize()),
        ("show", window.show()),
        ("focus", window.set_focus()),
    ] {
        if let Err(e) = result {
            eprintln!("The running Shopkeeper could not {what} its window: {e}");
        }
    }
}

/// The window opens where it was closed, as big, and maximised if it was:
/// kept in `.window-state.json` in the app's configuration folder (sizes
/// and positions only, nothing of the shop). Not restored when the app
/// starts in Customer view (`kiosk_at_start`), whose window fills the
/// screen; whether it was full screen or hidden is never restored.
pub fn window_state(kiosk_at_start: bool) -> TauriPlugin<Wry> {
    let mut builder = tauri_plugin_window_state::Builder::new().with_state_flags(kept());
    if kiosk_at_start {
        builder = builder.skip_initial_state("main");
    }
    builder.build()
}

/// Keeps the window's place as the owner closes it, at once (the plugin
/// would keep it only when the app ends, after a backup on close, say).
pub fn keep_window_place(app: &AppHandle) {
    if let Err(e) = app.save_window_state(kept()) {
        eprintln!("The window's size and place could not be kept: {e}");
    }
}
