//! The Shopkeeper desktop shell: a thin layer that hands the web UI's
//! requests to `shopkeeper-core` and translates the answers with
//! `shopkeeper-ipc` types. No domain logic lives here.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[macro_use]
mod command_list;
mod commands;
mod desktop;
mod dialogs;
mod kiosk_window;
mod notify;
mod state;

use std::path::PathBuf;

use state::AppState;
use tauri::Manager;

/// Where the shop's data file is: `--vault PATH` on the command line,
/// else `SHOPKEEPER_VAULT`, else the default location.
fn vault_path_from_args() -> PathBuf {
    let mut args = std::env::args_os().skip(1);
    let mut explicit = None;
    while let Some(arg) = args.next() {
        if arg == "--vault" {
            explicit = args.next().map(PathBuf::from);
        }
    }
    shopkeeper_core::resolve_vault_path(explicit.as_deref())
}

/// The command handler of every command in the one list.
macro_rules! handler {
    (owner: [$($om:ident::$on:ident),* $(,)?] kiosk: [$($km:ident::$kn:ident),* $(,)?]) => {
        tauri::generate_handler![$(commands::$om::$on,)* $(commands::$km::$kn,)*]
    };
}

/// Wraps the command handler with the kiosk guard: while Customer view is
/// on, the app state refuses every command but Customer view's own.
fn guarded(
    handler: impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    move |invoke| {
        let webview = invoke.message.webview();
        let allowed = webview
            .state::<AppState>()
            .guard(invoke.message.command(), commands::KIOSK_COMMANDS);
        if let Err(e) = allowed {
            invoke.resolver.reject(e);
            return true;
        }
        handler(invoke)
    }
}

/// Builds and runs the app until its window closes.
pub fn run() {
    let state = AppState::new(vault_path_from_args());
    let kiosk_at_start = state.mode() != shopkeeper_core::desk::Mode::Owner;
    tauri::Builder::default()
        .plugin(desktop::single_instance())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(desktop::window_state(kiosk_at_start))
        .plugin(tauri_plugin_notification::init())
        .manage(state)
        .manage(kiosk_window::Saved::default())
        .invoke_handler(guarded(with_command_list!(handler)))
        // Customer view was on when the app stopped: it starts in it again.
        .setup(move |app| {
            if kiosk_at_start {
                kiosk_window::hold(app.handle(), true);
            }
            Ok(())
        })
        // Customer view refuses to close (and to lose the screen); otherwise
        // the backup on close (if the owner chose it) runs before the window
        // goes; closing the demo shop deletes it, as leaving it does.
        .on_window_event(|window, event| {
            if kiosk_window::on_event(window, event) {
                return;
            }
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                desktop::keep_window_place(window.app_handle());
                let state = window.app_handle().state::<AppState>();
                if state.is_demo() {
                    if let Err(e) = state.lock() {
                        eprintln!("The demo shop could not be deleted: {}", e.message);
                    }
                }
                if commands::backup::backup_on_close(window.app_handle()) {
                    api.prevent_close();
                }
            }
        })
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Shopkeeper could not start: {e}");
            std::process::exit(1);
        });
}
