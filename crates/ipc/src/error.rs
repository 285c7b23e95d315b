//! The one error shape the UI receives.

use serde::{Deserialize, Serialize};
use shopkeeper_core::CoreError;
use ts_rs::TS;

/// An error as shown to the owner: a stable code, the input field it is
/// about (so the UI can show it next to that field), and plain words.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct IpcError {
    /// Stable machine-readable code (`invalid`, `location`, ...).
    pub code: String,
    /// The form field the error is about, if any.
    pub field: Option<String>,
    /// What happened and what to do, in plain words.
    pub message: String,
}

impl From<CoreError> for IpcError {
    fn from(e: CoreError) -> Self {
        IpcError {
            code: e.code().to_string(),
            field: e.field().map(str::to_string),
            message: e.to_string(),
        }
    }
}

impl From<shopkeeper_core::kiosk::NotChosen> for IpcError {
    fn from(e: shopkeeper_core::kiosk::NotChosen) -> Self {
        IpcError {
            code: "not-chosen".into(),
            field: None,
            message: e.to_string(),
        }
    }
}

impl From<shopkeeper_core::kiosk::TooManyTries> for IpcError {
    fn from(e: shopkeeper_core::kiosk::TooManyTries) -> Self {
        IpcError {
            code: "wait".into(),
            field: Some("secret".into()),
            message: e.to_string(),
        }
    }
}
