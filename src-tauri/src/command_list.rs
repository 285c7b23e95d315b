// The one list of the app's commands: the only place a command is named.
//
// From it come the command handler (`lib.rs`), the kiosk guard's allow-list
// (`commands::KIOSK_COMMANDS`), the permission per command and the main
// window's capability (`build.rs`, which includes this file), and the
// command names the UI may call (`ui/src/lib/commands.ts`, checked by the
// test `commands_ts_is_up_to_date`). A new command: write its function in
// `commands/<area>.rs`, add `area::name` below (under `kiosk` only if
// Customer view may call it), then run
// `UPDATE_BINDINGS=1 cargo test -p shopkeeper-desktop commands_ts`.

/// Calls the macro `$then` with every command as `module::function`, the
/// owner's first, then (after `kiosk:`) the ones Customer view may call.
macro_rules! with_command_list {
    ($then:ident) => {
        $then! {
            owner: [
                // About
                about::about,
                // The vault
                vault::vault_status,
                vault::passphrase_strength,
                vault::create_vault,
                vault::save_emergency_kit,
                vault::forget_emergency_kit,
                vault::unlock,
                vault::unlock_with_recovery_key,
                vault::lock,
                vault::open_demo,
                // Customers
                customers::list_customers,
                customers::add_customer,
                customers::search_customers,
                customers::customer_page,
                customers::tag_customers,
                // Possible duplicates
                duplicates::possible_duplicates,
                duplicates::customers_like,
                duplicates::merge_customers,
                // Catalog and money
                catalog::list_products,
                catalog::add_product,
                catalog::update_product,
                catalog::archive_product,
                catalog::shop_currency,
                catalog::parse_money,
                // New sale
                sale::record_sale,
                sale::void_purchase,
                sale::correct_purchase,
                sale::purchase_history,
                // Settings
                settings::get_settings,
                settings::save_settings,
                settings::consent_wordings,
                settings::save_consent_wording,
                settings::message_templates,
                settings::save_message_template,
                settings::reset_message_template,
                settings::change_passphrase,
                settings::new_emergency_kit,
                // Backups
                backup::backup_status,
                backup::backup_schedule,
                backup::save_backup_schedule,
                backup::backup_now,
                backup::backup_to_file,
                backup::backup_if_due,
                backup::restore_backup,
                backup::switch_to_restored,
                // The import wizard
                import::preview_import,
                import::run_import,
                import::undo_import,
                import::import_vcards,
                // Sync between the shop's computers (never for Customer view)
                sync::sync_status,
                sync::sync_enable,
                sync::sync_join,
                sync::sync_pairing_code,
                sync::sync_now,
                sync::sync_conflicts,
                sync::sync_disable,
                // Today
                today::today_suggestions,
                today::suggestion_draft,
                today::complete_suggestion,
                today::snooze_suggestion,
                today::dismiss_suggestion,
                today::recent_contacts,
                today::open_draft,
                today::undo_suggestion_action,
                today::save_day_sheet,
                today::suggestion_quality,
                today::suggestion_outcomes,
                // The morning digest
                digest::show_morning_digest,
                digest::digest_on,
                digest::set_digest_on,
                // Customer profile
                profile::load_profile,
                profile::update_customer,
                profile::record_consent,
                profile::set_contact_frequency,
                profile::add_preference,
                profile::remove_preference,
                profile::log_contact,
                profile::link_customer,
                profile::unlink_customer,
                profile::export_customer_summary,
                profile::export_customer_data,
                profile::erasure_preview,
                profile::erase_customer,
                // Keeping data
                retention::retention_review,
                retention::set_retention_years,
                retention::keep_customer,
                // Customer view: turning the screen, the owner's PIN, the paper form
                customer_view::open_customer_view,
                customer_view::set_owner_pin,
                customer_view::clear_owner_pin,
                customer_view::export_consent_form,
                customer_view::record_signed_form,
                // Staff at the counter: people, roles, switching person, who did what
                staff::list_staff,
                staff::add_staff,
                staff::remove_staff,
                staff::set_staff_role,
                staff::set_staff_pin,
                staff::who_is_working,
                staff::sign_in_staff,
                staff::take_counter_back,
                staff::set_ask_who_minutes,
                staff::staff_activity,
                // Files and folders chosen in the native dialog
                files::choose_save_path,
                files::choose_open_path,
            ]
            kiosk: [
                // Customer view itself: the only commands allowed while it is on
                customer_view::customer_view_status,
                customer_view::customer_view_load,
                customer_view::customer_view_update_details,
                customer_view::customer_view_add_preference,
                customer_view::customer_view_remove_preference,
                customer_view::customer_view_set_consent,
                customer_view::customer_view_set_frequency,
                customer_view::customer_view_touch,
                customer_view::customer_view_rest,
                customer_view::leave_customer_view,
            ]
        }
    };
}

/// Every command's name, as the UI invokes it (for build.rs and the tests).
#[allow(unused_macros)]
macro_rules! command_names {
    (owner: [$($om:ident::$on:ident),* $(,)?] kiosk: [$($km:ident::$kn:ident),* $(,)?]) => {
        &[$(stringify!($on),)* $(stringify!($kn),)*]
    };
}

/// The names of the commands Customer view may call (for the kiosk guard).
#[allow(unused_macros)]
macro_rules! kiosk_command_names {
    (owner: [$($om:ident::$on:ident),* $(,)?] kiosk: [$($km:ident::$kn:ident),* $(,)?]) => {
        &[$(stringify!($kn),)*]
    };
}
