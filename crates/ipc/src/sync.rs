//! Sync between the shop's computers as the app sees it: whether it is on,
//! how it is going, what a sync did and the conflicts it resolved.

use serde::{Deserialize, Serialize};
use shopkeeper_sync::{Peer, SyncConflict, SyncReport, SyncStarted, SyncStatus};
use ts_rs::TS;

/// Whether sync is on, and how it is going.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusDto {
    /// How sync is going; `None` when sync is off (nothing leaves this computer).
    pub on: Option<SyncOnDto>,
}

/// The state of sync when it is on.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncOnDto {
    /// The sync folder.
    pub folder: String,
    /// This computer's name, as the others see it.
    pub device_name: String,
    /// When this computer last synced (RFC 3339), if ever.
    pub last_sync: Option<String>,
    /// Records changed here and not yet written to the folder.
    pub pending_changes: u32,
    /// Change files from other computers waiting to be applied; `None` when
    /// the folder cannot be reached.
    pub waiting_files: Option<u32>,
    /// The other computers heard from.
    pub peers: Vec<SyncPeerDto>,
    /// Conflicts resolved so far.
    pub conflicts: u32,
}

/// Another computer of the shop.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncPeerDto {
    /// Its name.
    pub name: String,
    /// When a change file of it was last applied here (RFC 3339).
    pub last_applied: String,
    /// How many of its change files were applied here.
    pub files: u32,
}

/// A change file that was not applied, and why, in plain words.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncRejectedDto {
    /// The file's name in the sync folder.
    pub file: String,
    /// Why it was not applied.
    pub message: String,
}

/// What one sync did.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncReportDto {
    /// Change files from other computers applied.
    pub files_applied: u32,
    /// Records new, changed or removed here by them.
    pub changes_received: u32,
    /// Conflicts resolved while applying them.
    pub conflicts: u32,
    /// Files that were not applied (the rest were).
    pub rejected: Vec<SyncRejectedDto>,
    /// Single changes that could not be applied, in words.
    pub skipped: Vec<String>,
    /// The change file written for the others, if there was anything to send.
    pub sent_file: Option<String>,
    /// Records in it.
    pub changes_sent: u32,
}

/// Sync just turned on, on the shop's first computer.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStartedDto {
    /// The pairing code to type on the shop's other computers.
    pub code: String,
    /// The first sync.
    pub report: SyncReportDto,
}

/// A conflict resolved: the same detail changed on two computers; the later
/// change was kept.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncConflictDto {
    /// When it was resolved here (RFC 3339).
    pub at: String,
    /// What kind of record, in plain words.
    pub record: String,
    /// The customer it is about, if any.
    pub customer: Option<String>,
    /// The detail, in plain words.
    pub detail: String,
    /// The value kept (as stored, JSON).
    pub kept: Option<String>,
    /// The computer whose value was kept.
    pub kept_from: String,
    /// The value not kept (as stored, JSON).
    pub lost: Option<String>,
    /// The computer whose value was not kept.
    pub lost_from: String,
}

fn count(n: impl TryInto<u32>) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

impl From<SyncStatus> for SyncStatusDto {
    fn from(s: SyncStatus) -> Self {
        let on = match s {
            SyncStatus::Off => None,
            SyncStatus::On(on) => Some(SyncOnDto {
                folder: on.folder.display().to_string(),
                device_name: on.device_name,
                last_sync: on.last_sync.map(|t| t.to_rfc3339()),
                pending_changes: count(on.pending_changes),
                waiting_files: on.waiting_files.map(count),
                peers: on.peers.into_iter().map(Into::into).collect(),
                conflicts: count(on.conflicts),
            }),
        };
        SyncStatusDto { on }
    }
}

impl From<Peer> for SyncPeerDto {
    fn from(p: Peer) -> Self {
        SyncPeerDto {
            name: p.name,
            last_applied: p.last_applied.to_rfc3339(),
            files: count(p.files),
        }
    }
}

impl From<SyncReport> for SyncReportDto {
    fn from(r: SyncReport) -> Self {
        SyncReportDto {
            files_applied: count(r.files_applied),
            changes_received: count(r.changes_received),
            conflicts: count(r.conflicts),
            rejected: r
                .rejected
                .iter()
                .map(|f| SyncRejectedDto {
                    file: f.file.clone(),
                    message: f.to_string(),
                })
                .collect(),
            skipped: r.skipped,
            sent_file: r.sent_file,
            changes_sent: count(r.changes_sent),
        }
    }
}

impl From<SyncStarted> for SyncStartedDto {
    fn from(s: SyncStarted) -> Self {
        SyncStartedDto {
            code: s.code.as_str().to_string(),
            report: s.report.into(),
        }
    }
}

impl From<SyncConflict> for SyncConflictDto {
    fn from(c: SyncConflict) -> Self {
        SyncConflictDto {
            at: c.at.to_rfc3339(),
            record: c.record,
            customer: c.customer,
            detail: c.detail,
            kept: c.kept,
            kept_from: c.kept_from,
            lost: c.lost,
            lost_from: c.lost_from,
        }
    }
}
