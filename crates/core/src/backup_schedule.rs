//! Automatic backups: the folder they go to, when they run (on close, once a
//! day), the reminder when the last one is old, and the keys they are locked
//! with.
//!
//! Nothing here stores the vault's passphrase. An automatic backup is locked
//! like any other backup: with the passphrase (whose Argon2id result the app
//! holds in memory while the shop is unlocked, see [`Shop::backup_keys`]) and
//! with a secret derived from the recovery key, which the vault keeps inside
//! its encrypted data (setting `backup_recovery_secret`). Either the shop's
//! passphrase or its recovery key therefore opens every backup, on any
//! computer. See `docs/backup-format.md`, "Keys of automatic backups".
//!
//! The rotation (7 daily, 4 weekly, 12 monthly) is `shopkeeper-backup`'s
//! [`crate::backup::rotate`]; the pure rules of *when* are here.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use secrecy::SecretString;
use shopkeeper_backup::{BackupKeys, BackupSummary, KdfParams, RotationPolicy};
use shopkeeper_vault::RecoveryKey;

use crate::time::now_stamp;
use crate::{CoreError, Result, Shop};

/// The purpose a recovery key's backup secret is derived for (see
/// [`RecoveryKey::derive_secret`]); fixed, or old backups stop opening.
const RECOVERY_CONTEXT: &str = "shopkeeper backup recovery v1";

/// Remind the owner when the last backup is older than this, unless they chose otherwise.
pub const DEFAULT_REMIND_AFTER_DAYS: u32 = 7;

/// Where and when automatic backups run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSchedule {
    /// The folder automatic backups go to (a USB stick, a synced folder);
    /// `None` until the owner chooses one.
    pub folder: Option<PathBuf>,
    /// Back up when the app closes.
    pub on_close: bool,
    /// Back up once a day while the app is open.
    pub daily: bool,
    /// Remind the owner when the last backup is older than this many days (1 to 365).
    pub remind_after_days: u32,
}

impl BackupSchedule {
    /// Whether closing the app makes a backup: the owner wants one on close
    /// and has chosen a folder for it.
    pub fn backs_up_on_close(&self) -> bool {
        self.on_close && self.folder.is_some()
    }
}

impl Default for BackupSchedule {
    fn default() -> Self {
        BackupSchedule {
            folder: None,
            on_close: true,
            daily: true,
            remind_after_days: DEFAULT_REMIND_AFTER_DAYS,
        }
    }
}

/// When the shop was last backed up, and what went wrong with the last
/// automatic backup if it failed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BackupStatus {
    /// When the latest backup (of any kind) was made.
    pub last_backup_at: Option<DateTime<Utc>>,
    /// Why the latest automatic backup failed, if it did (cleared by the next good one).
    pub problem: Option<String>,
    /// Whether backups also open with the recovery key (false for a vault
    /// made before automatic backups, until the owner makes a new emergency kit).
    pub recovery_key_opens_backups: bool,
}

/// What a backup into the backup folder did.
#[derive(Debug)]
pub struct FolderBackup {
    /// The new backup.
    pub summary: BackupSummary,
    /// Old backups the rotation removed.
    pub removed: Vec<PathBuf>,
}

/// Which automatic backup [`Shop::automatic_backup`] is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutoBackup {
    /// The once-a-day backup while the app is open.
    Daily,
    /// The backup when the app closes.
    OnClose,
}

/// Whether the daily automatic backup should run now: it is switched on, a
/// folder is chosen, and no backup was made yet on `now`'s (local) day.
pub fn daily_backup_due(
    schedule: &BackupSchedule,
    last: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> bool {
    schedule.daily && schedule.folder.is_some() && last.is_none_or(|l| l.date() < now.date())
}

/// Whether to remind the owner to back up: never backed up, or the last
/// backup is more than `remind_after_days` days old.
pub fn reminder_due(
    last: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    remind_after_days: u32,
) -> bool {
    last.is_none_or(|l| now.signed_duration_since(l).num_days() >= i64::from(remind_after_days))
}

/// `path` with `-suffix` added to its file stem (`shop.vault` → `shop-suffix.vault`).
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "shop".into());
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{suffix}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{suffix}"),
    };
    path.with_file_name(name)
}

/// Where a backup is restored to: a new file next to the current vault,
/// named with the time (`shop-restored-2026-03-10-1830.vault`), never an
/// existing one.
pub fn restored_vault_path(current: &Path, now: NaiveDateTime) -> PathBuf {
    let stamp = now.format("%Y-%m-%d-%H%M").to_string();
    let mut path = beside(current, &format!("restored-{stamp}"));
    let mut n = 2;
    while path.exists() {
        path = beside(current, &format!("restored-{stamp}-{n}"));
        n += 1;
    }
    path
}

/// Makes the restored vault the shop's vault. The current vault (closed by
/// the caller) is kept, renamed with the date (`shop-before-2026-03-10-1830.vault`),
/// never deleted; its path is returned.
pub fn switch_to_restored(current: &Path, restored: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    if !restored.is_file() {
        return Err(CoreError::NotFound(msg!(
            "error-not-found-restored-copy-longer",
            restored = (restored.display()).to_string()
        )));
    }
    let stamp = now.format("%Y-%m-%d-%H%M").to_string();
    let mut kept = beside(current, &format!("before-{stamp}"));
    let mut n = 2;
    while kept.exists() {
        kept = beside(current, &format!("before-{stamp}-{n}"));
        n += 1;
    }
    let moved = |from: &Path, to: &Path| {
        std::fs::rename(from, to).map_err(|e| CoreError::Location {
            path: from.to_path_buf(),
            reason: e.to_string(),
        })
    };
    let journal = |p: &Path| {
        let mut s = p.as_os_str().to_owned();
        s.push("-journal");
        PathBuf::from(s)
    };
    if current.exists() {
        moved(current, &kept)?;
        if journal(current).exists() {
            moved(&journal(current), &journal(&kept))?;
        }
    }
    if let Err(e) = moved(restored, current) {
        // Put the old vault back rather than leave no vault at all.
        let _ = std::fs::rename(&kept, current);
        return Err(e);
    }
    if journal(restored).exists() {
        moved(&journal(restored), &journal(current))?;
    }
    Ok(kept)
}

/// One value of the `setting` table.
pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Sets (or with `None` removes) one value of the `setting` table.
pub(crate) fn put(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) => conn.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![key, v, now_stamp()],
        )?,
        None => conn.execute("DELETE FROM setting WHERE key = ?1", [key])?,
    };
    Ok(())
}

fn flag(v: Option<String>, default: bool) -> bool {
    v.map_or(default, |v| v == "1")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
        .collect()
}

/// Keeps the secret derived from `key` inside the vault, so backups made
/// without the owner also open with the recovery key.
pub(crate) fn keep_recovery_secret(conn: &Connection, key: &RecoveryKey) -> Result<()> {
    let secret = key.derive_secret(RECOVERY_CONTEXT)?;
    put(conn, "backup_recovery_secret", Some(&hex(secret.as_ref())))
}

/// What a typed recovery key opens a backup with.
pub(crate) fn recovery_unlock(key: &RecoveryKey) -> Result<shopkeeper_backup::BackupUnlock> {
    let secret = key.derive_secret(RECOVERY_CONTEXT)?;
    Ok(shopkeeper_backup::BackupUnlock::recovery_key(
        secret.as_ref(),
    )?)
}

impl Shop {
    /// Where and when automatic backups run.
    pub fn backup_schedule(&self) -> Result<BackupSchedule> {
        let c = self.conn();
        let d = BackupSchedule::default();
        Ok(BackupSchedule {
            folder: get(c, "backup_folder")?.map(PathBuf::from),
            on_close: flag(get(c, "backup_on_close")?, d.on_close),
            daily: flag(get(c, "backup_daily")?, d.daily),
            remind_after_days: get(c, "backup_remind_days")?
                .and_then(|v| v.parse().ok())
                .unwrap_or(d.remind_after_days),
        })
    }

    /// Changes where and when automatic backups run. The folder must exist.
    pub fn set_backup_schedule(&mut self, s: &BackupSchedule) -> Result<BackupSchedule> {
        self.require(crate::staff::Permission::Settings)?;
        if let Some(folder) = &s.folder {
            if !folder.is_dir() {
                return Err(CoreError::invalid(
                    "folder",
                    msg!(
                        "error-folder-there-folder-plug",
                        folder = (folder.display()).to_string()
                    ),
                ));
            }
        }
        if !(1..=365).contains(&s.remind_after_days) {
            return Err(CoreError::invalid(
                "remindAfterDays",
                msg!("error-reminder-must-come"),
            ));
        }
        let folder = s.folder.as_ref().map(|f| f.display().to_string());
        let bit = |b: bool| if b { "1" } else { "0" };
        let tx = self.conn().unchecked_transaction()?;
        put(&tx, "backup_folder", folder.as_deref())?;
        put(&tx, "backup_on_close", Some(bit(s.on_close)))?;
        put(&tx, "backup_daily", Some(bit(s.daily)))?;
        put(
            &tx,
            "backup_remind_days",
            Some(&s.remind_after_days.to_string()),
        )?;
        tx.commit()?;
        self.backup_schedule()
    }

    /// When the shop was last backed up, and any problem with the last automatic backup.
    pub fn backup_status(&self) -> Result<BackupStatus> {
        let c = self.conn();
        Ok(BackupStatus {
            last_backup_at: get(c, "last_backup_at")?
                .and_then(|v| DateTime::parse_from_rfc3339(&v).ok())
                .map(|t| t.with_timezone(&Utc)),
            problem: get(c, "last_backup_problem")?,
            recovery_key_opens_backups: get(c, "backup_recovery_secret")?.is_some(),
        })
    }

    /// Remembers that an automatic backup failed, to tell the owner next time.
    pub fn note_backup_problem(&self, problem: &str) -> Result<()> {
        put(self.conn(), "last_backup_problem", Some(problem))
    }

    /// The keys backups of this shop are locked with: `passphrase` (the
    /// vault's own; Argon2id runs once, here, at the vault's own calibrated
    /// cost and with a salt this shop keeps for its backups) and, if the
    /// vault keeps one, the secret derived from its recovery key. Keep the
    /// result for the session to back up later without asking for the
    /// passphrase again. With the same salt and cost every time, rotation
    /// tells this shop's backups from any other file without Argon2id.
    pub fn backup_keys(&self, passphrase: &SecretString) -> Result<BackupKeys> {
        let keys =
            BackupKeys::with_params_and_salt(passphrase, self.vault_kdf(), self.backup_salt()?)?;
        match get(self.conn(), "backup_recovery_secret")?.and_then(|h| unhex(&h)) {
            Some(secret) => Ok(keys.with_recovery_key(&secret)?),
            None => Ok(keys),
        }
    }

    /// The vault's calibrated key-derivation cost (the floor for a shop in
    /// memory, or a vault whose cost backups would refuse).
    fn vault_kdf(&self) -> KdfParams {
        self.file_path()
            .and_then(|p| shopkeeper_vault::info(&p).ok())
            .map(|i| i.kdf)
            .filter(|k| k.check().is_ok())
            .unwrap_or(KdfParams::MIN)
    }

    /// The random salt of this shop's backup passphrase slots, made and
    /// kept in the vault the first time.
    fn backup_salt(&self) -> Result<[u8; 32]> {
        let kept = get(self.conn(), "backup_slot_salt")?
            .and_then(|h| unhex(&h))
            .and_then(|b| <[u8; 32]>::try_from(b).ok());
        if let Some(salt) = kept {
            return Ok(salt);
        }
        let mut salt = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut salt);
        put(self.conn(), "backup_slot_salt", Some(&hex(&salt)))?;
        Ok(salt)
    }

    /// Backs up the shop to a new file at `dest` with `keys`, and remembers
    /// the time as the last backup. An existing file is never replaced.
    pub fn backup_with_keys(&self, dest: &Path, keys: &BackupKeys) -> Result<BackupSummary> {
        let facts = self.backup_facts()?;
        let summary = shopkeeper_backup::create(self.conn(), dest, keys, &facts)?;
        let tx = self.conn().unchecked_transaction()?;
        put(
            &tx,
            "last_backup_at",
            Some(&summary.facts.created_at.to_rfc3339()),
        )?;
        put(&tx, "last_backup_problem", None)?;
        tx.commit()?;
        Ok(summary)
    }

    /// Backs up into `folder` under a dated name (see
    /// [`crate::backup::backup_file_name`]; `now` is the local time), then
    /// thins out older backups there: 7 daily, 4 weekly, 12 monthly. Only
    /// files that authenticate under `keys` are ever deleted.
    pub fn backup_into_folder(
        &self,
        folder: &Path,
        keys: &BackupKeys,
        now: NaiveDateTime,
    ) -> Result<FolderBackup> {
        if !folder.is_dir() {
            return Err(CoreError::invalid(
                "folder",
                msg!(
                    "error-folder-there-folder-plug",
                    folder = (folder.display()).to_string()
                ),
            ));
        }
        let name = &self.settings().shop_name;
        // Two backups in the same minute: the second takes the next free minute.
        let (dest, when) = (0..60)
            .map(|m| now + chrono::Duration::minutes(m))
            .map(|t| (folder.join(shopkeeper_backup::backup_file_name(name, t)), t))
            .find(|(p, _)| !p.exists())
            .ok_or_else(|| CoreError::invalid("folder", msg!("error-folder-there-are-already")))?;
        let summary = self.backup_with_keys(&dest, keys)?;
        let removed = shopkeeper_backup::rotate(folder, &RotationPolicy::default(), when, keys)?;
        Ok(FolderBackup { summary, removed })
    }

    /// Whether to remind the owner to back up (see [`reminder_due`]).
    pub fn backup_reminder_due(&self, now: DateTime<Utc>) -> Result<bool> {
        Ok(reminder_due(
            self.backup_status()?.last_backup_at,
            now,
            self.backup_schedule()?.remind_after_days,
        ))
    }

    /// The automatic backup for `when` (`now` is the local time): into the
    /// backup folder if it is switched on and, for the daily one, not made
    /// yet today. `None` if none was due. A failure is noted for the owner
    /// ([`BackupStatus::problem`]) and returned.
    pub fn automatic_backup(
        &self,
        when: AutoBackup,
        keys: &BackupKeys,
        now: NaiveDateTime,
    ) -> Result<Option<FolderBackup>> {
        let s = self.backup_schedule()?;
        let last = self
            .backup_status()?
            .last_backup_at
            .map(|t| t.with_timezone(&chrono::Local).naive_local());
        let due = match when {
            AutoBackup::Daily => daily_backup_due(&s, last, now),
            AutoBackup::OnClose => s.on_close,
        };
        let Some(folder) = s.folder.filter(|_| due) else {
            return Ok(None);
        };
        match self.backup_into_folder(&folder, keys, now) {
            Ok(made) => Ok(Some(made)),
            Err(e) => {
                let what = match when {
                    AutoBackup::Daily => "The daily backup",
                    AutoBackup::OnClose => "The backup on closing",
                };
                self.note_backup_problem(&format!("{what} failed: {e}"))?;
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate, TimeZone};

    fn at(d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    #[test]
    fn a_backup_on_close_needs_the_wish_and_a_folder() {
        let mut s = with_folder();
        assert!(s.backs_up_on_close());
        s.on_close = false;
        assert!(!s.backs_up_on_close());
        assert!(!BackupSchedule::default().backs_up_on_close());
    }

    fn with_folder() -> BackupSchedule {
        BackupSchedule {
            folder: Some(PathBuf::from("/media/usb")),
            ..BackupSchedule::default()
        }
    }

    #[test]
    fn the_daily_backup_runs_once_a_calendar_day() {
        let s = with_folder();
        assert!(daily_backup_due(&s, None, at(10, 9)));
        assert!(!daily_backup_due(&s, Some(at(10, 8)), at(10, 23)));
        // Late yesterday still leaves today's backup to do.
        assert!(daily_backup_due(&s, Some(at(9, 23)), at(10, 0)));
        // A clock that went backwards does not cause a backup storm.
        assert!(!daily_backup_due(&s, Some(at(11, 9)), at(10, 9)));
    }

    #[test]
    fn no_daily_backup_without_a_folder_or_when_switched_off() {
        assert!(!daily_backup_due(
            &BackupSchedule::default(),
            None,
            at(10, 9)
        ));
        let off = BackupSchedule {
            daily: false,
            ..with_folder()
        };
        assert!(!daily_backup_due(&off, None, at(10, 9)));
    }

    #[test]
    fn the_reminder_comes_when_the_last_backup_is_old_or_missing() {
        let now = Utc.with_ymd_and_hms(2026, 3, 10, 12, 0, 0).unwrap();
        assert!(reminder_due(None, now, 7));
        assert!(!reminder_due(Some(now - Duration::days(6)), now, 7));
        assert!(reminder_due(Some(now - Duration::days(7)), now, 7));
        assert!(!reminder_due(Some(now - Duration::hours(23)), now, 1));
        assert!(reminder_due(Some(now - Duration::hours(25)), now, 1));
    }

    #[test]
    fn switching_keeps_the_old_vault_under_a_dated_name() {
        let dir = tempfile::tempdir().unwrap();
        let current = dir.path().join("shop.vault");
        std::fs::write(&current, "old").unwrap();
        let restored = restored_vault_path(&current, at(10, 18));
        assert_eq!(
            restored.file_name().unwrap(),
            "shop-restored-2026-03-10-1800.vault"
        );
        std::fs::write(&restored, "new").unwrap();
        assert_eq!(
            restored_vault_path(&current, at(10, 18))
                .file_name()
                .unwrap(),
            "shop-restored-2026-03-10-1800-2.vault"
        );
        let kept = switch_to_restored(&current, &restored, at(10, 18)).unwrap();
        assert_eq!(
            kept.file_name().unwrap(),
            "shop-before-2026-03-10-1800.vault"
        );
        assert_eq!(std::fs::read_to_string(&current).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "old");
        assert!(!restored.exists());
        // A copy that vanished changes nothing.
        assert!(switch_to_restored(&current, &restored, at(10, 19)).is_err());
        assert_eq!(std::fs::read_to_string(&current).unwrap(), "new");
    }

    #[test]
    fn secrets_are_stored_as_hex_and_read_back() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(hex(&bytes), "0001abff");
        assert_eq!(unhex("0001abff").unwrap(), bytes);
        assert_eq!(unhex("zz"), None);
    }
}
