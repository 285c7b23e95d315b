//! Declares the app's commands so Tauri generates a permission for each;
//! `capabilities/` then grants exactly the ones the UI uses.

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "vault_status",
            "passphrase_strength",
            "create_vault",
            "save_emergency_kit",
            "forget_emergency_kit",
            "unlock",
            "unlock_with_recovery_key",
            "lock",
            "open_demo",
            "list_customers",
            "add_customer",
            "search_customers",
            "list_products",
            "add_product",
            "update_product",
            "archive_product",
            "shop_currency",
            "parse_money",
            "record_sale",
            "get_settings",
            "save_settings",
            "consent_wordings",
            "save_consent_wording",
            "change_passphrase",
            "new_emergency_kit",
            "backup_status",
            "backup_schedule",
            "save_backup_schedule",
            "backup_now",
            "backup_to_file",
            "backup_if_due",
            "restore_backup",
            "switch_to_restored",
            "preview_import",
            "run_import",
        ]),
    ))
    .expect("tauri-build failed");
}
