//! What sync tells the owner: its state, what one sync did, the conflicts
//! it resolved.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

use super::file::FileProblem;

/// Sync as this computer sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncStatus {
    /// Sync is off: nothing leaves this computer.
    Off,
    /// Sync is on.
    On(SyncOn),
}

/// The state of sync when it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncOn {
    /// The sync folder.
    pub folder: PathBuf,
    /// This computer's name, as the others see it.
    pub device_name: String,
    /// This computer's device id (the first part of its change files' names).
    pub device_id: String,
    /// When this computer last synced.
    pub last_sync: Option<DateTime<Utc>>,
    /// Records changed here and not yet written to the folder.
    pub pending_changes: usize,
    /// Change files from other computers waiting to be applied; `None` when
    /// the folder cannot be reached.
    pub waiting_files: Option<usize>,
    /// The other computers heard from.
    pub peers: Vec<Peer>,
    /// Conflicts resolved so far (see [`crate::ShopSync::sync_conflicts`]).
    pub conflicts: usize,
}

/// Another computer of the shop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    /// Its device id.
    pub device_id: String,
    /// Its name.
    pub name: String,
    /// When a change file of it was last applied here.
    pub last_applied: DateTime<Utc>,
    /// How many of its change files were applied here.
    pub files: u64,
}

/// A change file that was not applied, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedFile {
    /// The file's name in the sync folder.
    pub file: String,
    /// Why.
    pub problem: FileProblem,
}

impl std::fmt::Display for RejectedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "The change file {} was skipped: {}.",
            self.file, self.problem
        )
    }
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Change files from other computers applied.
    pub files_applied: usize,
    /// Records new, changed or removed here by them.
    pub changes_received: usize,
    /// Conflicts resolved while applying them.
    pub conflicts: usize,
    /// Files that were not applied (the rest were).
    pub rejected: Vec<RejectedFile>,
    /// Single changes that could not be applied, in words.
    pub skipped: Vec<String>,
    /// The change file written for the others, if there was anything to send.
    pub sent_file: Option<String>,
    /// Records in it.
    pub changes_sent: usize,
}

/// Sync turned on, on the shop's first computer.
#[derive(Debug)]
pub struct SyncStarted {
    /// The pairing code to type on the shop's other computers.
    pub code: Zeroizing<String>,
    /// The first sync (this computer's whole shop, written to the folder).
    pub report: SyncReport,
}

/// A conflict resolved: the same detail changed on two computers before
/// either had seen the other's change. The later change was kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncConflict {
    /// When it was resolved here.
    pub at: DateTime<Utc>,
    /// What kind of record, in plain words ("customer", "product").
    pub record: String,
    /// The customer it is about (their name), if any.
    pub customer: Option<String>,
    /// The detail, in plain words ("display name", "emails").
    pub detail: String,
    /// The value kept (as stored, JSON), and the computer it came from.
    pub kept: Option<String>,
    /// The computer whose value was kept.
    pub kept_from: String,
    /// The value not kept, and the computer it came from.
    pub lost: Option<String>,
    /// The computer whose value was not kept.
    pub lost_from: String,
}
