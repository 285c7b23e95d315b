//! Declares the app's commands so Tauri generates a permission for each;
//! `capabilities/` then grants exactly the ones the UI uses.

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "list_customers",
            "add_customer",
            "vault_location",
        ]),
    ))
    .expect("tauri-build failed");
}
