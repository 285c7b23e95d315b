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

impl From<shopkeeper_core::desk::DeskError> for IpcError {
    fn from(e: shopkeeper_core::desk::DeskError) -> Self {
        use shopkeeper_core::desk::DeskError as D;
        let (code, field, message) = match e {
            D::Core(e) => return e.into(),
            D::TooManyTries(e) => return e.into(),
            D::NotChosen(e) => return e.into(),
            D::Locked => ("locked", None, "Shopkeeper is locked. Unlock it with your passphrase."),
            D::InCustomerView => (
                "customer-view",
                None,
                "The screen is in Customer view. The owner must unlock it first.",
            ),
            D::CustomerViewEnded => (
                "customer-view-ended",
                None,
                "Thank you. Please hand the screen back to the shop.",
            ),
            D::CustomerViewOff => ("not-found", None, "Customer view is not on."),
            D::WrongSecret => (
                "wrong-secret",
                Some("secret"),
                "That is not the owner's PIN or passphrase.",
            ),
            D::DemoWithoutPin => (
                "invalid",
                Some("pin"),
                "Only the owner's PIN or passphrase gives the screen back after Customer view, and the demo shop has neither. Try Customer view in your own shop.",
            ),
            D::SuggestionGone => (
                "not-found",
                None,
                "That suggestion is no longer on the list. Open Today again to see the current ones.",
            ),
            D::NoRestoredCopy => (
                "not-found",
                None,
                "There is no restored copy to switch to. Restore a backup first.",
            ),
            D::BackupBusy => (
                "busy",
                None,
                "A backup is already being made. It will be done in a moment.",
            ),
        };
        IpcError {
            code: code.into(),
            field: field.map(Into::into),
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shopkeeper_core::desk::DeskError;

    /// The UI tells the desk's refusals apart by these codes (Customer view
    /// by `customer-view` and `customer-view-ended`, a wrong PIN by
    /// `wrong-secret` on the `secret` field).
    #[test]
    fn the_desks_refusals_keep_their_codes_and_fields() {
        let cases = [
            (DeskError::Locked, "locked", None),
            (DeskError::InCustomerView, "customer-view", None),
            (DeskError::CustomerViewEnded, "customer-view-ended", None),
            (DeskError::CustomerViewOff, "not-found", None),
            (DeskError::WrongSecret, "wrong-secret", Some("secret")),
            (DeskError::DemoWithoutPin, "invalid", Some("pin")),
            (DeskError::SuggestionGone, "not-found", None),
            (DeskError::NoRestoredCopy, "not-found", None),
            (DeskError::BackupBusy, "busy", None),
        ];
        for (e, code, field) in cases {
            let ipc = IpcError::from(e);
            assert_eq!((ipc.code.as_str(), ipc.field.as_deref()), (code, field));
            assert!(!ipc.message.is_empty());
        }
    }
}
