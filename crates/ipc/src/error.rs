//! The one error shape the UI receives.

use crate::message::{args_of, IpcArg};
use serde::{Deserialize, Serialize};
use shopkeeper_core::{CoreError, Message};
use shopkeeper_l10n::msg;
use std::collections::BTreeMap;
use ts_rs::TS;

/// An error as shown to the owner: a stable code, the input field it is
/// about (so the UI can show it next to that field), the catalogue message
/// (`key` and `args`, which the UI says in the owner's language), and the
/// same in English words (`message`) for logs and as a fallback.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct IpcError {
    /// Stable machine-readable code (`invalid`, `location`, ...).
    pub code: String,
    /// The form field the error is about, if any.
    pub field: Option<String>,
    /// What happened and what to do, in plain English words.
    pub message: String,
    /// The catalogue id of the message (`error-quantity-zero`).
    pub key: String,
    /// The message's arguments by name.
    pub args: BTreeMap<String, IpcArg>,
}

impl IpcError {
    /// An error with `code`, about `field`, saying `message`.
    pub fn new(code: &str, field: Option<&str>, message: Message) -> Self {
        IpcError {
            code: code.to_string(),
            field: field.map(str::to_string),
            message: message.to_string(),
            key: message.id().to_string(),
            args: args_of(&message),
        }
    }
}

impl From<CoreError> for IpcError {
    fn from(e: CoreError) -> Self {
        IpcError::new(e.code(), e.field(), e.message())
    }
}

impl From<shopkeeper_core::kiosk::NotChosen> for IpcError {
    fn from(_: shopkeeper_core::kiosk::NotChosen) -> Self {
        IpcError::new("not-chosen", None, msg!("error-not-chosen"))
    }
}

impl From<shopkeeper_core::kiosk::TooManyTries> for IpcError {
    fn from(e: shopkeeper_core::kiosk::TooManyTries) -> Self {
        IpcError::new(
            "wait",
            Some("secret"),
            msg!("error-too-many-tries", seconds = e.seconds()),
        )
    }
}

impl From<shopkeeper_core::desk::DeskError> for IpcError {
    fn from(e: shopkeeper_core::desk::DeskError) -> Self {
        use shopkeeper_core::desk::DeskError as D;
        let (code, field, message) = match e {
            D::Core(e) => return e.into(),
            D::TooManyTries(e) => return e.into(),
            D::NotChosen(e) => return e.into(),
            D::Locked => ("locked", None, msg!("error-desk-locked")),
            D::InCustomerView => ("customer-view", None, msg!("error-desk-in-customer-view")),
            D::CustomerViewEnded => (
                "customer-view-ended",
                None,
                msg!("error-desk-customer-view-ended"),
            ),
            D::CustomerViewOff => ("not-found", None, msg!("error-desk-customer-view-off")),
            D::WrongSecret => (
                "wrong-secret",
                Some("secret"),
                msg!("error-desk-wrong-secret"),
            ),
            D::DemoWithoutPin => ("invalid", Some("pin"), msg!("error-desk-demo-without-pin")),
            D::SuggestionGone => ("not-found", None, msg!("error-desk-suggestion-gone")),
            D::NoRestoredCopy => ("not-found", None, msg!("error-desk-no-restored-copy")),
            D::BackupBusy => ("busy", None, msg!("error-desk-backup-busy")),
        };
        IpcError::new(code, field, message)
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
