//! Support for end-to-end tests that drive the real Shopkeeper window.
//!
//! Each test gets its own [`Session`]: a fresh X display (Xvfb, unless the
//! environment already has one), a `tauri-driver` on free ports in front of
//! WebKitWebDriver, and the real app binary, started with a vault path of the
//! test's choosing. Dropping the session closes the app and stops the driver.
#![deny(missing_docs)]

pub mod canary;
mod cli;
mod desktop;
mod display;
mod driver;
pub mod footprint;
pub mod language;
pub mod notifications;
mod process;
mod session;
pub mod x11;

pub use cli::cli;
pub use session::{app_binary, artifacts_dir, Session};
