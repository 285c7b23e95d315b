//! The Shopkeeper desktop shell: a thin layer that hands the web UI's
//! requests to `shopkeeper-core` and translates the answers with
//! `shopkeeper-ipc` types. No domain logic lives here.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod commands;
mod state;

use std::path::PathBuf;

use state::AppState;

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

/// Builds and runs the app until its window closes.
pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::new(vault_path_from_args()))
        .invoke_handler(tauri::generate_handler![
            // The vault
            commands::vault::vault_status,
            commands::vault::passphrase_strength,
            commands::vault::create_vault,
            commands::vault::save_emergency_kit,
            commands::vault::forget_emergency_kit,
            commands::vault::unlock,
            commands::vault::unlock_with_recovery_key,
            commands::vault::lock,
            // Customers
            commands::customers::list_customers,
            commands::customers::add_customer,
            commands::customers::search_customers,
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
            commands::profile::export_customer_summary,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Shopkeeper could not start: {e}");
            std::process::exit(1);
        });
}
