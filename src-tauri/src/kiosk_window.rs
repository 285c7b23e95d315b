//! Customer view at the window level: while it is on, the window fills the
//! screen and stays on top, its close and minimise buttons are gone, a
//! request to close it is refused (the view rests on the thank-you screen),
//! and a window that loses the screen anyway is brought back.
//!
//! What the window's own code could do about it is refused elsewhere: the
//! window has no permission for any of Tauri's window commands (nor any
//! other plugin command: see the capability `build.rs` generates).

use std::sync::Mutex;

use tauri::{
    AppHandle, Manager, PhysicalPosition, PhysicalSize, WebviewWindow, Window, WindowEvent,
};

use shopkeeper_core::desk::Mode;

use crate::state::AppState;

/// Logs a window call that failed (the guard in the state stays in force).
fn logged(what: &str, result: tauri::Result<()>) {
    if let Err(e) = result {
        eprintln!("Customer view could not {what}: {e}");
    }
}

/// The main window.
fn main_window(app: &AppHandle) -> Option<WebviewWindow> {
    app.get_webview_window("main")
}

/// Where the window was and how big, before Customer view filled the screen.
#[derive(Default)]
pub struct Saved(Mutex<Option<(PhysicalPosition<i32>, PhysicalSize<u32>)>>);

/// Holds the main window for Customer view, or lets it go (back where and
/// as big as it was).
pub fn hold(app: &AppHandle, on: bool) {
    let Some(window) = main_window(app) else {
        return;
    };
    logged("set the window's buttons", window.set_closable(!on));
    logged("set the window's buttons", window.set_minimizable(!on));
    logged("keep the window on top", window.set_always_on_top(on));
    logged("fill the screen", window.set_fullscreen(on));
    let state = app.state::<Saved>();
    let mut saved = state.0.lock().unwrap_or_else(|p| p.into_inner());
    if on {
        if let (Ok(at), Ok(size)) = (window.outer_position(), window.inner_size()) {
            saved.get_or_insert((at, size));
        }
        // Also by size, for a desktop whose window manager (or none) does
        // not honour the request to fill the screen.
        if let Ok(Some(screen)) = window.current_monitor() {
            logged("fill the screen", window.set_position(*screen.position()));
            logged("fill the screen", window.set_size(*screen.size()));
        }
        logged("focus the window", window.set_focus());
    } else if let Some((at, size)) = saved.take() {
        logged("give the window back", window.set_size(size));
        logged("give the window back", window.set_position(at));
    }
}

/// Handles a window event during Customer view; true if it was one of
/// Customer view's (then nothing else may act on it).
pub fn on_event(window: &Window, event: &WindowEvent) -> bool {
    let app = window.app_handle();
    if app.state::<AppState>().mode() == Mode::Owner {
        return false;
    }
    match event {
        WindowEvent::CloseRequested { api, .. } => {
            api.prevent_close();
            app.state::<AppState>().rest_customer_view();
            if let Some(window) = main_window(app) {
                // The window asks the state again and lands on the thank-you screen.
                logged("show the thank-you screen", window.reload());
            }
            true
        }
        WindowEvent::Focused(false) => {
            logged("bring the window back", window.unminimize());
            logged("bring the window back", window.set_focus());
            true
        }
        _ => false,
    }
}
