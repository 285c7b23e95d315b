//! The Shopkeeper desktop shell: a thin layer that hands the web UI's
//! requests to `shopkeeper-core` and translates the answers with
//! `shopkeeper-ipc` types. No domain logic lives here.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod commands;
mod dialogs;
mod kiosk_window;
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

/// Wraps the command handler with the kiosk guard: while Customer view is
/// on, the app state refuses every command but Customer view's own.
fn guarded(
    handler: impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    move |invoke| {
        let webview = invoke.message.webview();
        let allowed = webview.state::<AppState>().guard(
            invoke.message.command(),
            commands::customer_view::KIOSK_COMMANDS,
        );
        if let Err(e) = allowed {
            invoke.resolver.reject(e);
            return true;
        }
        handler(invoke)
    }
}

/// Builds and runs the app until its window closes.
pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(AppState::new(vault_path_from_args()))
        .manage(kiosk_window::Saved::default())
        .invoke_handler(guarded(tauri::generate_handler![
            // About
            commands::about::about,
            // The vault
            commands::vault::vault_status,
            commands::vault::passphrase_strength,
            commands::vault::create_vault,
            commands::vault::save_emergency_kit,
            commands::vault::forget_emergency_kit,
            commands::vault::unlock,
            commands::vault::unlock_with_recovery_key,
            commands::vault::lock,
            commands::vault::open_demo,
            // Customers
            commands::customers::list_customers,
            commands::customers::add_customer,
            commands::customers::search_customers,
            // Catalog and money
            commands::catalog::list_products,
            commands::catalog::add_product,
            commands::catalog::update_product,
            commands::catalog::archive_product,
            commands::catalog::shop_currency,
            commands::catalog::parse_money,
            // New sale
            commands::sale::record_sale,
            commands::sale::void_purchase,
            commands::sale::correct_purchase,
            commands::sale::purchase_history,
            // Settings, backups and the import wizard
            commands::settings::get_settings,
            commands::settings::save_settings,
            commands::settings::consent_wordings,
            commands::settings::save_consent_wording,
            commands::settings::message_templates,
            commands::settings::save_message_template,
            commands::settings::reset_message_template,
            commands::settings::change_passphrase,
            commands::settings::new_emergency_kit,
            commands::backup::backup_status,
            commands::backup::backup_schedule,
            commands::backup::save_backup_schedule,
            commands::backup::backup_now,
            commands::backup::backup_to_file,
            commands::backup::backup_if_due,
            commands::backup::restore_backup,
            commands::backup::switch_to_restored,
            commands::import::preview_import,
            commands::import::run_import,
            // Sync between the shop's computers (not for Customer view)
            commands::sync::sync_status,
            commands::sync::sync_enable,
            commands::sync::sync_join,
            commands::sync::sync_pairing_code,
            commands::sync::sync_now,
            commands::sync::sync_conflicts,
            commands::sync::sync_disable,
            // Today
            commands::today::today_suggestions,
            commands::today::suggestion_draft,
            commands::today::complete_suggestion,
            commands::today::snooze_suggestion,
            commands::today::dismiss_suggestion,
            commands::today::recent_contacts,
            commands::today::open_mailto,
            // Today: how good are the suggestions
            commands::today::suggestion_quality,
            commands::customers::customer_page,
            commands::customers::tag_customers,
            // Customer profile
            commands::profile::load_profile,
            commands::profile::update_customer,
            commands::profile::record_consent,
            commands::profile::set_contact_frequency,
            commands::profile::add_preference,
            commands::profile::remove_preference,
            commands::profile::log_contact,
            commands::profile::link_customer,
            commands::profile::unlink_customer,
            commands::profile::export_customer_summary,
            commands::profile::export_customer_data,
            commands::profile::erasure_preview,
            commands::profile::erase_customer,
            // Keeping data
            commands::retention::retention_review,
            commands::retention::set_retention_years,
            commands::retention::keep_customer,
            // Customer view (the kiosk guard lets only its own commands through while it is on)
            commands::customer_view::customer_view_status,
            commands::customer_view::open_customer_view,
            commands::customer_view::customer_view_load,
            commands::customer_view::customer_view_update_details,
            commands::customer_view::customer_view_add_preference,
            commands::customer_view::customer_view_remove_preference,
            commands::customer_view::customer_view_set_consent,
            commands::customer_view::customer_view_set_frequency,
            commands::customer_view::customer_view_touch,
            commands::customer_view::customer_view_rest,
            commands::customer_view::leave_customer_view,
            commands::customer_view::set_owner_pin,
            commands::customer_view::clear_owner_pin,
            commands::customer_view::export_consent_form,
            commands::customer_view::record_signed_form,
            // Files and folders chosen in the native dialog
            commands::files::choose_save_path,
            commands::files::choose_open_path,
        ]))
        // Customer view was on when the app stopped: it starts in it again.
        .setup(|app| {
            if app.state::<AppState>().mode() != state::Mode::Owner {
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
