//! Tauri commands, one file per area of the app. Each command converts its
//! input, calls the core and converts the answer. Nothing else.

pub mod customers;
pub mod profile;
pub mod vault;
