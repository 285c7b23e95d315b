//! Backups as the app sees them: the schedule, the last backup, a restore.

use serde::{Deserialize, Serialize};
use shopkeeper_core::backup_schedule::{BackupSchedule, BackupStatus};
use shopkeeper_core::RestoreReport;
use ts_rs::TS;

/// Where and when automatic backups run.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupScheduleDto {
    /// The folder automatic backups go to, if chosen.
    pub folder: Option<String>,
    /// Back up when the app closes.
    pub on_close: bool,
    /// Back up once a day while the app is open.
    pub daily: bool,
    /// Remind the owner when the last backup is older than this many days.
    pub remind_after_days: u32,
}

impl From<BackupSchedule> for BackupScheduleDto {
    fn from(s: BackupSchedule) -> Self {
        BackupScheduleDto {
            folder: s.folder.map(|f| f.display().to_string()),
            on_close: s.on_close,
            daily: s.daily,
            remind_after_days: s.remind_after_days,
        }
    }
}

impl From<BackupScheduleDto> for BackupSchedule {
    fn from(d: BackupScheduleDto) -> Self {
        BackupSchedule {
            folder: d
                .folder
                .as_deref()
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map(Into::into),
            on_close: d.on_close,
            daily: d.daily,
            remind_after_days: d.remind_after_days,
        }
    }
}

/// The last backup, whether to remind the owner, and whether one is running.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupStatusDto {
    /// When the latest backup was made (RFC 3339), if ever.
    pub last_backup_at: Option<String>,
    /// Why the latest automatic backup failed, if it did.
    pub problem: Option<String>,
    /// Whether backups also open with the recovery key.
    pub recovery_key_opens_backups: bool,
    /// Whether the last backup is old enough (or missing) to remind the owner.
    pub reminder_due: bool,
    /// Whether a backup is being made right now.
    pub busy: bool,
}

impl BackupStatusDto {
    /// The status as shown, with the reminder rule applied and whether one runs now.
    pub fn new(s: BackupStatus, reminder_due: bool, busy: bool) -> Self {
        BackupStatusDto {
            last_backup_at: s.last_backup_at.map(|t| t.to_rfc3339()),
            problem: s.problem,
            recovery_key_opens_backups: s.recovery_key_opens_backups,
            reminder_due,
            busy,
        }
    }
}

/// A backup just made.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupMadeDto {
    /// The new backup file.
    pub path: String,
    /// How many old backups the rotation removed.
    pub removed: u32,
}

/// What a restore put into the new vault.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoredDto {
    /// The new vault file, next to the current one.
    pub vault: String,
    /// The shop's name in the backup.
    pub shop_name: String,
    /// When the backup was made (RFC 3339).
    pub made_at: String,
    /// Customers in it.
    pub customers: u32,
    /// Purchases in it.
    pub purchases: u32,
    /// The day of its latest purchase (YYYY-MM-DD), if any.
    pub last_purchase: Option<String>,
    /// Customers erased in the current shop since the backup was made, and
    /// erased from the copy too.
    pub erasures_applied: u32,
    /// The new vault's recovery key (it has its own).
    pub recovery_key: String,
    /// The new vault's emergency kit, to print or save.
    pub emergency_kit: String,
}

fn small(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<&RestoreReport> for RestoredDto {
    fn from(r: &RestoreReport) -> Self {
        RestoredDto {
            vault: r.vault.display().to_string(),
            shop_name: r.shop_name.clone(),
            made_at: r.backup.facts.created_at.to_rfc3339(),
            customers: small(r.customers),
            purchases: small(r.purchases),
            last_purchase: r.last_purchase.map(|d| d.to_string()),
            erasures_applied: u32::try_from(r.erasures_applied).unwrap_or(u32::MAX),
            recovery_key: r.created.recovery_key.to_string(),
            emergency_kit: r.created.emergency_kit.to_string(),
        }
    }
}
