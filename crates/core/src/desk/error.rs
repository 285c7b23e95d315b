//! Why the desk refused: data, no sentences (the words are at the edges).

use crate::kiosk::{NotChosen, TooManyTries};
use crate::CoreError;

/// Why something asked of the [`Desk`](super::Desk) was refused.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// The shop is locked.
    #[error("the shop is locked")]
    Locked,
    /// Customer view is on: only its own commands run.
    #[error("Customer view is on")]
    InCustomerView,
    /// Customer view rests on the thank-you screen: the customer's turn is over.
    #[error("Customer view has ended")]
    CustomerViewEnded,
    /// Customer view is not on.
    #[error("Customer view is off")]
    CustomerViewOff,
    /// Neither the owner's PIN nor the vault passphrase.
    #[error("wrong PIN or passphrase")]
    WrongSecret,
    /// The demo shop has no PIN, so nothing could give the screen back.
    #[error("the demo shop has no owner PIN")]
    DemoWithoutPin,
    /// The suggestion is no longer among those last shown.
    #[error("that suggestion is no longer shown")]
    SuggestionGone,
    /// No backup was restored in this session.
    #[error("no restored copy")]
    NoRestoredCopy,
    /// A backup is already being made.
    #[error("a backup is already being made")]
    BackupBusy,
    /// A try at leaving Customer view during a wait after wrong tries.
    #[error(transparent)]
    TooManyTries(#[from] TooManyTries),
    /// A path the owner did not just choose in the save dialog.
    #[error(transparent)]
    NotChosen(#[from] NotChosen),
    /// The core refused.
    #[error(transparent)]
    Core(#[from] CoreError),
}

impl From<shopkeeper_vault::VaultError> for DeskError {
    fn from(e: shopkeeper_vault::VaultError) -> Self {
        DeskError::Core(e.into())
    }
}
