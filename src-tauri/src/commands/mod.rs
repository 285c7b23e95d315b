//! Tauri commands, one file per area of the app. Each command converts its
//! input, calls the core and converts the answer. Nothing else.

pub mod catalog;
pub mod customers;
pub mod sale;
pub mod vault;
