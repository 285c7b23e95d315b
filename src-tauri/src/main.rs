//! The Shopkeeper desktop app's entry point.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    shopkeeper_desktop::run();
}
