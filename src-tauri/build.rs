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
            "list_customers",
            "add_customer",
            "search_customers",
            "customer_page",
            "tag_customers",
            "load_profile",
            "update_customer",
            "record_consent",
            "set_contact_frequency",
            "add_preference",
            "remove_preference",
            "log_contact",
            "link_customer",
            "export_customer_summary",
        ]),
    ))
    .expect("tauri-build failed");
}
