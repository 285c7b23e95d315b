//! The errors the core reports, worded for the shop owner.

use std::path::PathBuf;

use shopkeeper_backup::BackupError;
pub use shopkeeper_l10n::{Arg, Message};
use shopkeeper_vault::VaultError;

/// Everything that can go wrong in the core.
///
/// Messages say what happened and what the owner can do; they never contain
/// SQL, key material or more customer data than the owner typed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CoreError {
    /// A value the owner entered is not acceptable; `field` names the input.
    #[error("{reason}")]
    Invalid {
        /// The input field the problem is about (e.g. `name`, `email`).
        field: &'static str,
        /// What is wrong, as a catalogue message with its facts.
        reason: Message,
    },
    /// The shop's data file could not be created or opened at that place.
    #[error("{}", self.message())]
    Location {
        /// The path that was tried.
        path: PathBuf,
        /// Why it failed, from the operating system.
        reason: String,
    },
    /// The data file was written by a newer version of Shopkeeper.
    #[error("{}", self.message())]
    TooNew {
        /// The schema version found in the file.
        found: i64,
        /// The newest schema version this build understands.
        supported: i64,
    },
    /// Bringing an older shop file up to this version's schema failed. The
    /// migrations run in one transaction, so the file was not changed.
    #[error("{}", self.message())]
    Migration {
        /// The schema version found in the file.
        from: i64,
        /// The schema version this build migrates to.
        to: i64,
        /// What SQLite reported (for diagnostics; never shown).
        #[source]
        source: rusqlite::Error,
    },
    /// Something was looked up that does not exist (the message says what).
    #[error("{0}")]
    NotFound(Message),
    /// There is no shop at this path (yet).
    #[error("{}", self.message())]
    NoShop {
        /// The path that was tried.
        path: PathBuf,
    },
    /// The owner must do something first; [`Step`] says what, so that each
    /// edge (the CLI, the app) can say how in its own words. The message
    /// names no command or flag.
    #[error("{reason}")]
    Needs {
        /// What must happen first.
        step: Step,
        /// What is wrong, as a catalogue message with its facts.
        reason: Message,
    },
    /// The person working may not do this; their role is too small (an
    /// owner can give them another role or do it themselves).
    #[error("{}", self.message())]
    NotAllowed {
        /// The role of the person working.
        role: crate::staff::Role,
        /// What was asked for.
        permission: crate::staff::Permission,
    },
    /// The database failed underneath us. The message stays general (no SQL);
    /// the cause is kept as the error's source for diagnostics.
    #[error("{}", self.message())]
    Storage(#[source] rusqlite::Error),
    /// The encrypted vault refused or failed: wrong passphrase, damaged or
    /// tampered file, a newer format, and so on (its message says which).
    #[error(transparent)]
    Vault(#[from] shopkeeper_vault::VaultError),
    /// A customer summary could not be rendered (e.g. a font is missing;
    /// its message says which package to install).
    #[error(transparent)]
    Summary(#[from] shopkeeper_summary::SummaryError),
    /// A backup could not be made, checked or restored: wrong passphrase,
    /// truncated or damaged file, and so on (its message says which).
    #[error(transparent)]
    Backup(#[from] BackupError),
}

/// What the owner must do before a refused request can go on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Step {
    /// Say which column of an imported file holds `field`.
    MapColumn {
        /// The field no column was found for (`date`, `quantity`, ...).
        field: String,
    },
    /// Say whether the file's dates are day-first or month-first.
    ChooseDateOrder,
    /// Turn sync on.
    TurnSyncOn,
    /// Turn sync off.
    TurnSyncOff,
    /// Join the shop already in the sync folder with its pairing code, or
    /// choose an empty folder.
    JoinOrChooseEmptyFolder,
}

impl Step {
    /// The input field the step is about.
    pub fn field(&self) -> &'static str {
        match self {
            Step::MapColumn { .. } => "header",
            Step::ChooseDateOrder => "date_order",
            Step::TurnSyncOn | Step::TurnSyncOff => "sync",
            Step::JoinOrChooseEmptyFolder => "folder",
        }
    }
}

impl From<rusqlite::Error> for CoreError {
    fn from(e: rusqlite::Error) -> Self {
        // A page that fails authentication, or a corrupt database, is damage
        // to the vault, not a passing storage hiccup: say so.
        match shopkeeper_vault::VaultError::from(e) {
            shopkeeper_vault::VaultError::Sqlite(e) => CoreError::Storage(e),
            other => CoreError::Vault(other),
        }
    }
}

impl CoreError {
    /// Builds a [`CoreError::Needs`].
    pub fn needs(step: Step, reason: Message) -> Self {
        CoreError::Needs { step, reason }
    }

    /// Builds an [`CoreError::Invalid`] for `field`.
    pub fn invalid(field: &'static str, reason: Message) -> Self {
        CoreError::Invalid { field, reason }
    }

    /// What went wrong, as a catalogue message: the edges say it in the
    /// owner's language (`Display` says it in English).
    pub fn message(&self) -> Message {
        match self {
            CoreError::Invalid { reason, .. } | CoreError::Needs { reason, .. } => reason.clone(),
            CoreError::NotFound(m) => m.clone(),
            CoreError::Location { path, reason } => {
                msg!(
                    "error-location",
                    path = path.display().to_string(),
                    reason = reason
                )
            }
            CoreError::TooNew { found, supported } => {
                msg!("error-too-new", found = *found, supported = *supported)
            }
            CoreError::Migration { from, to, .. } => {
                msg!("error-migration", from = *from, to = *to)
            }
            CoreError::NoShop { path } => msg!("error-no-shop", path = path.display().to_string()),
            CoreError::NotAllowed { role, permission } => msg!(
                "error-not-allowed",
                role = role.as_str(),
                permission = permission.as_str()
            ),
            CoreError::Storage(_) => msg!("error-storage"),
            CoreError::Vault(e) => e.message(),
            CoreError::Summary(e) => e.message(),
            CoreError::Backup(e) => e.message(),
        }
    }

    /// A short stable code for the UI (`invalid`, `location`, `too-new`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::Invalid { .. } => "invalid",
            CoreError::Location { .. } => "location",
            CoreError::TooNew { .. } => "too-new",
            CoreError::Migration { .. } => "migration",
            CoreError::NotFound(_) | CoreError::NoShop { .. } => "not-found",
            CoreError::Needs { .. } => "invalid",
            CoreError::NotAllowed { .. } => "not-allowed",
            CoreError::Storage(_) => "storage",
            CoreError::Vault(VaultError::WrongPassphrase) => "wrong-passphrase",
            CoreError::Vault(VaultError::RecoveryKeyTypo) => "recovery-key-typo",
            CoreError::Vault(VaultError::Damaged) => "damaged",
            CoreError::Vault(_) => "vault",
            CoreError::Summary(_) => "summary",
            CoreError::Backup(BackupError::WrongPassphrase) => "wrong-passphrase",
            CoreError::Backup(BackupError::WrongRecoveryKey) => "wrong-recovery-key",
            CoreError::Backup(BackupError::NotABackup) => "not-a-backup",
            CoreError::Backup(BackupError::Truncated) => "backup-truncated",
            CoreError::Backup(BackupError::Damaged) => "backup-damaged",
            CoreError::Backup(BackupError::AlreadyExists) => "already-exists",
            CoreError::Backup(_) => "backup",
        }
    }

    /// The input field the error is about, where there is one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            CoreError::Invalid { field, .. } => Some(field),
            CoreError::Needs { step, .. } => Some(step.field()),
            CoreError::Vault(VaultError::WrongPassphrase) => Some("passphrase"),
            CoreError::Vault(VaultError::RecoveryKeyTypo) => Some("recoveryKey"),
            CoreError::Backup(BackupError::WrongPassphrase) => Some("passphrase"),
            CoreError::Backup(BackupError::WrongRecoveryKey) => Some("recoveryKey"),
            _ => None,
        }
    }
}

/// The core's result type.
pub type Result<T, E = CoreError> = std::result::Result<T, E>;
