//! Native notifications (Tauri's notification plugin; on Linux a D-Bus
//! `org.freedesktop.Notifications` server): the morning digest, and what a
//! click on it does (the window comes forward and shows Today).
//!
//! A notification may show on the lock screen: only counts go in it, never
//! a customer's name (`core::digest`). Showing one never waits for the
//! notification server (the plugin sends on a worker thread), and without
//! one (no D-Bus session at all) nothing is shown and the app goes on.

use std::sync::Once;

use shopkeeper_core::digest::Digest;
use shopkeeper_l10n::Words;
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

/// The DOM event the window's shell listens for to show Today (a plain DOM
/// event, so the window needs no permission to listen to Tauri's events).
const OPEN_TODAY: &str = "shopkeeper-open-today";

/// Clicks are reported only for notifications shown after a handler exists:
/// it is registered once, before the first one.
static ON_CLICK: Once = Once::new();

/// Shows `digest` as a notification in `language`; nothing when it has
/// nothing to say. A failure is only written to standard error.
pub fn show_digest(app: &AppHandle, digest: &Digest, language: &str) {
    let Some(body) = digest.body() else {
        return;
    };
    ON_CLICK.call_once(|| open_today_on_click(app));
    let words = Words::for_language(language);
    let shown = app
        .notification()
        .builder()
        .title(words.say(&digest.title()))
        .body(words.say(&body))
        .show();
    if let Err(e) = shown {
        eprintln!("The morning digest could not be shown: {e}");
    }
}

/// A click on the notification itself brings the main window forward and
/// tells its shell to show Today.
fn open_today_on_click(app: &AppHandle) {
    let app = app.clone();
    let registered = app.clone().notification().on_action(move |performed| {
        if performed.action_id() != "tap" {
            return;
        }
        let Some(window) = app.get_webview_window("main") else {
            return;
        };
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        let _ = window.eval(format!("window.dispatchEvent(new Event('{OPEN_TODAY}'))"));
    });
    if let Err(e) = registered {
        eprintln!("Clicks on notifications will not open Today: {e}");
    }
}
