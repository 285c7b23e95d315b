//! The `sync_*` methods of a shop ([`ShopSync`]): turning sync on, joining,
//! syncing now, status, conflicts and turning it off.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

use shopkeeper_core::changes::{self, local, Hlc};
use shopkeeper_core::{CoreError, Result, SecretString, Shop, Step};

use crate::file::{self, ChangeFile, FileProblem};
use crate::folder::{self, Found};
use crate::keys::{DeviceKey, SyncKey};
use crate::report::{
    Peer, RejectedFile, SyncConflict, SyncOn, SyncReport, SyncStarted, SyncStatus,
};
use crate::{check, merge, now_stamp, pairing, ShopSync};

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn sync_error(reason: shopkeeper_core::Message) -> CoreError {
    CoreError::invalid("sync", reason)
}

/// A name for this computer when the owner gives none.
fn default_device_name(device: &str) -> String {
    let host = std::env::var("COMPUTERNAME")
        .or_else(|_| std::env::var("HOSTNAME"))
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty());
    host.unwrap_or_else(|| format!("Computer {}", &device[..4]))
}

/// The configuration of sync when it is on.
struct Config {
    folder: PathBuf,
    key: SyncKey,
    signer: DeviceKey,
    device: String,
    name: String,
}

/// The configuration of sync, when it is on (`device`: this computer's id).
fn config(c: &Connection, device: &str) -> Result<Option<Config>> {
    let Some(hex) = local::get(c, local::KEY)?.map(Zeroizing::new) else {
        return Ok(None);
    };
    let key = SyncKey::from_hex(&hex).ok_or_else(|| sync_error(msg!("error-sync-key-damaged")))?;
    let signer = local::get(c, local::SIGNING_KEY)?
        .map(Zeroizing::new)
        .and_then(|hex| DeviceKey::from_hex(&hex))
        .ok_or_else(|| sync_error(msg!("error-sync-signing-key-damaged")))?;
    Ok(Some(Config {
        folder: PathBuf::from(local::get(c, local::FOLDER)?.unwrap_or_default()),
        key,
        signer,
        name: local::get(c, local::NAME)?.unwrap_or_else(|| default_device_name(device)),
        device: device.to_string(),
    }))
}

/// How sync is going, read from `c` (`cfg`: sync is on).
fn status(c: &Connection, cfg: Config) -> Result<SyncStatus> {
    let all = local::get(c, local::SEND_ALL)?.is_some();
    let after = local::get(c, local::SENT_UP_TO)?.unwrap_or_default();
    let pending_changes = changes::changes_since(c, &cfg.device, &after, all)?.len();
    let waiting_files = match folder::list(&cfg.folder) {
        Ok(found) => Some(unapplied(c, &found, &cfg.device)?.len()),
        Err(_) => None,
    };
    let peers = c
        .prepare(
            "SELECT device, name, last_applied_at, files FROM sync_peer ORDER BY name, device",
        )?
        .query_map([], |r| {
            Ok(Peer {
                device_id: r.get(0)?,
                name: r.get(1)?,
                last_applied: parse_time(&r.get::<_, String>(2)?).unwrap_or_default(),
                files: r.get::<_, i64>(3)? as u64,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let conflicts: i64 = c.query_row("SELECT count(*) FROM sync_conflict", [], |r| r.get(0))?;
    Ok(SyncStatus::On(SyncOn {
        folder: cfg.folder,
        device_name: cfg.name,
        device_id: cfg.device,
        last_sync: local::get(c, local::LAST_SYNC)?
            .as_deref()
            .and_then(parse_time),
        pending_changes,
        waiting_files,
        peers,
        conflicts: conflicts as usize,
    }))
}

/// The change files of other computers not applied here yet.
fn unapplied(c: &Connection, found: &[Found], me: &str) -> Result<Vec<Found>> {
    let mut stmt = c.prepare_cached("SELECT 1 FROM sync_applied WHERE device = ?1 AND seq = ?2")?;
    let mut out = Vec::new();
    for f in found.iter().filter(|f| f.device != me) {
        if stmt
            .query_row(rusqlite::params![f.device, f.seq as i64], |_| Ok(()))
            .optional()?
            .is_none()
        {
            out.push(f.clone());
        }
    }
    Ok(out)
}

impl ShopSync for Shop {
    fn sync_status(&self) -> Result<SyncStatus> {
        let Some(cfg) = sync_config(self)? else {
            return Ok(SyncStatus::Off);
        };
        self.read_changes(|c, _| status(c, cfg))
    }

    fn sync_enable(&mut self, folder: &Path, name: Option<&str>) -> Result<SyncStarted> {
        self.require(shopkeeper_core::Permission::Sync)?;
        refuse_if_on(self)?;
        if !folder::list(folder)?.is_empty() {
            return Err(CoreError::needs(
                Step::JoinOrChooseEmptyFolder,
                msg!(
                    "error-sync-folder-has-shop",
                    folder = folder.display().to_string()
                ),
            ));
        }
        let key = SyncKey::generate();
        start_sync(self, folder, &key, name, false)?;
        let report = self.sync_now()?;
        Ok(SyncStarted {
            code: pairing::encode(&key),
            report,
        })
    }

    fn sync_join(&mut self, folder: &Path, code: &str, name: Option<&str>) -> Result<SyncReport> {
        self.require(shopkeeper_core::Permission::Sync)?;
        refuse_if_on(self)?;
        let key = pairing::decode(code)?;
        let found = folder::list(folder)?;
        if found.is_empty() {
            return Err(CoreError::invalid(
                "folder",
                msg!(
                    "error-folder-shop-shared-yet",
                    folder = (folder.display()).to_string()
                ),
            ));
        }
        let opens = found.iter().any(|f| {
            folder::read(&f.path)
                .and_then(|b| file::open(b, &key, &f.stem()))
                .is_ok()
        });
        if !opens {
            return Err(CoreError::invalid(
                "code",
                msg!("error-code-pairing-code-does"),
            ));
        }
        start_sync(self, folder, &key, name, true)?;
        self.sync_now()
    }

    fn sync_pairing_code(&self) -> Result<Zeroizing<String>> {
        self.require(shopkeeper_core::Permission::Sync)?;
        match sync_config(self)? {
            Some(cfg) => Ok(pairing::encode(&cfg.key)),
            None => Err(sync_error(msg!("error-sync-off-no-code"))),
        }
    }

    fn sync_pairing_code_for_owner(
        &self,
        path: &Path,
        passphrase: &SecretString,
    ) -> Result<Zeroizing<String>> {
        self.require(shopkeeper_core::Permission::Sync)?;
        shopkeeper_core::owner_pin::check_passphrase(path, passphrase)?;
        self.sync_pairing_code()
    }

    fn sync_disable(&mut self) -> Result<()> {
        self.require(shopkeeper_core::Permission::Sync)?;
        self.write_changes(|tx, _| {
            for key in [
                local::KEY,
                local::SIGNING_KEY,
                local::FOLDER,
                local::NEXT_SEQ,
                local::SENT_UP_TO,
                local::SEND_ALL,
                local::LAST_SYNC,
            ] {
                local::remove(tx, key)?;
            }
            tx.execute_batch(
                "DELETE FROM sync_applied; DELETE FROM sync_peer; DELETE FROM sync_seen;",
            )?;
            Ok(())
        })
    }

    fn sync_now(&mut self) -> Result<SyncReport> {
        let cfg = sync_config(self)?
            .ok_or_else(|| CoreError::needs(Step::TurnSyncOn, msg!("error-sync-off")))?;
        let found = folder::list(&cfg.folder)?;
        let mut report = SyncReport::default();
        let (mut settings, mut erased) = (false, false);
        let waiting = self.read_changes(|c, _| unapplied(c, &found, &cfg.device))?;
        for f in waiting {
            let name = f
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let opened = folder::read(&f.path)
                .and_then(|bytes| file::open(bytes, &cfg.key, &f.stem()))
                .and_then(|cf| match cf.device == f.device && cf.seq == f.seq {
                    true => Ok(cf),
                    false => Err(FileProblem::WrongKeyOrDamaged),
                })
                .and_then(|cf| check::readings(&cf, changes::wall_millis()).map(|()| cf));
            let cf = match opened {
                Ok(cf) => cf,
                Err(problem) => {
                    report.rejected.push(RejectedFile {
                        file: name,
                        problem,
                    });
                    continue;
                }
            };
            let applied = apply_file(self, &cf, &cfg.name)?;
            report.files_applied += 1;
            report.changes_received += applied.changed;
            report.conflicts += applied.conflicts;
            report.skipped.extend(applied.skipped);
            settings |= applied.settings;
            erased |= applied.erased;
        }
        self.changes_applied(settings, erased)?;
        send(self, &cfg, &mut report)?;
        self.write_changes(|tx, _| local::put(tx, local::LAST_SYNC, &now_stamp()))?;
        Ok(report)
    }

    fn sync_conflicts(&self, limit: usize) -> Result<Vec<SyncConflict>> {
        self.read_changes(|c, _| conflicts(c, limit))
    }
}

/// The conflicts resolved, newest first, at most `limit`.
fn conflicts(c: &Connection, limit: usize) -> Result<Vec<SyncConflict>> {
    let rows = c
        .prepare(
            "SELECT k.at, k.tbl, c.display_name, k.col, k.kept, k.kept_from, k.lost, k.lost_from
                 FROM sync_conflict k LEFT JOIN customer c ON c.id = k.customer_id
                 ORDER BY k.at DESC, k.id DESC LIMIT ?1",
        )?
        .query_map([limit as i64], |r| {
            Ok(SyncConflict {
                at: parse_time(&r.get::<_, String>(0)?).unwrap_or_default(),
                record: r.get::<_, String>(1)?.replace('_', " "),
                customer: r.get(2)?,
                detail: r.get::<_, String>(3)?.replace('_', " "),
                kept: r.get(4)?,
                kept_from: r.get(5)?,
                lost: r.get(6)?,
                lost_from: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The configuration of sync on `shop`, when it is on.
fn sync_config(shop: &Shop) -> Result<Option<Config>> {
    shop.read_changes(|c, capture| config(c, &capture.clock().device()))
}

/// Refuses to turn sync on (or join) while it is already on.
fn refuse_if_on(shop: &Shop) -> Result<()> {
    match sync_config(shop)? {
        Some(cfg) => Err(CoreError::needs(
            Step::TurnSyncOff,
            msg!(
                "error-sync-already-on",
                folder = cfg.folder.display().to_string()
            ),
        )),
        None => Ok(()),
    }
}

/// Stores the configuration and gives every record a clock reading.
fn start_sync(
    shop: &mut Shop,
    folder: &Path,
    key: &SyncKey,
    name: Option<&str>,
    joining: bool,
) -> Result<()> {
    let folder = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    // Each computer that turns sync on takes a new signing key, and the
    // device id it stands for (a copy of another computer's shop file
    // would otherwise write under that one's id).
    let signer = DeviceKey::generate();
    let device = signer.device_id();
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| default_device_name(&device));
    shop.changes().clock().set_device(&device);
    shop.write_changes(|tx, capture| {
        let tables = capture.tables();
        if joining {
            // Everything here is older than anything in the shop joined.
            tx.execute("DELETE FROM sync_clock", [])?;
            changes::seed(tx, tables, Some(&Hlc::GENESIS.text(&device)))?;
        } else {
            changes::seed(tx, tables, None)?;
        }
        tx.execute_batch(
            "DELETE FROM sync_applied; DELETE FROM sync_peer; DELETE FROM sync_seen;",
        )?;
        local::put(tx, local::DEVICE, &device)?;
        local::put(tx, local::NAME, &name)?;
        local::put(tx, local::FOLDER, &folder.to_string_lossy())?;
        local::put(tx, local::KEY, &key.to_hex())?;
        local::put(tx, local::SIGNING_KEY, &signer.to_hex())?;
        local::put(tx, local::NEXT_SEQ, "1")?;
        // The first computer sends the whole shop; a joining one, the
        // records it had (everything with its own clock readings).
        if joining {
            local::remove(tx, local::SEND_ALL)?;
        } else {
            local::put(tx, local::SEND_ALL, "1")?;
        }
        local::remove(tx, local::SENT_UP_TO)?;
        Ok(())
    })
}

/// Applies one opened change file in one transaction, capture paused and
/// foreign keys unchecked (a record may arrive before the one it refers to).
pub(crate) fn apply_file(shop: &mut Shop, cf: &ChangeFile, here: &str) -> Result<merge::Applied> {
    shop.apply_changes(|tx, capture| {
        let seen: BTreeMap<String, String> = tx
            .prepare("SELECT device, hlc FROM sync_seen")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let ctx = merge::Context {
            tables: capture.tables(),
            clock: capture.clock(),
            seen,
            names: (cf.device_name.clone(), here.to_string()),
        };
        let applied = merge::apply(tx, cf, &ctx)?;
        let now = now_stamp();
        tx.execute(
            "INSERT INTO sync_applied (device, seq, applied_at) VALUES (?1, ?2, ?3)",
            rusqlite::params![cf.device, cf.seq as i64, now],
        )?;
        tx.execute(
            "INSERT INTO sync_peer (device, name, last_applied_at, files) VALUES (?1, ?2, ?3, 1)
                 ON CONFLICT (device) DO UPDATE SET name = excluded.name,
                    last_applied_at = excluded.last_applied_at, files = files + 1",
            rusqlite::params![cf.device, cf.device_name, now],
        )?;
        Ok(applied)
    })
}

/// Writes this computer's changes since its last file as a new file.
fn send(shop: &mut Shop, cfg: &Config, report: &mut SyncReport) -> Result<()> {
    let mut forged = Vec::new();
    let sent = shop.write_changes(|tx, capture| {
        let all = local::get(tx, local::SEND_ALL)?.is_some();
        let after = local::get(tx, local::SENT_UP_TO)?.unwrap_or_default();
        let mut records = Vec::new();
        for (table, key) in changes::changes_since(tx, &cfg.device, &after, all)? {
            if let Some(t) = changes::table(capture.tables(), &table) {
                records.extend(changes::record(tx, t, &key)?);
            }
        }
        let mut seq: u64 = local::get(tx, local::NEXT_SEQ)?
            .and_then(|s| s.parse().ok())
            .unwrap_or(1);
        // The first file is written even when empty: it tells the others
        // this computer's name, and shows a joining one the shop is here.
        if records.is_empty() && seq > 1 {
            return Ok(None);
        }
        // A name of ours taken by a file we did not sign (someone holding
        // the sync key posing as this computer) is passed over: the others
        // refuse that file, and this computer keeps writing its own.
        while let Some(problem) = folder::taken_by_another(&cfg.folder, &cfg.key, &cfg.device, seq)?
        {
            let file = folder::path_of(&cfg.folder, &cfg.device, seq);
            forged.push(RejectedFile {
                file: file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                problem,
            });
            seq += 1;
        }
        let newest: Option<String> = tx.query_row(
            "SELECT max(hlc) FROM sync_clock WHERE substr(hlc, -16) = ?1",
            [&cfg.device],
            |r| r.get(0),
        )?;
        let mut seen: BTreeMap<String, String> = tx
            .prepare("SELECT device, hlc FROM sync_seen")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if let Some(n) = &newest {
            seen.insert(cfg.device.clone(), n.clone());
        }
        let count = records.len();
        let cf = ChangeFile {
            device: cfg.device.clone(),
            device_name: cfg.name.clone(),
            seq,
            written_at: now_stamp(),
            seen,
            records,
        };
        let path = folder::path_of(&cfg.folder, &cfg.device, seq);
        let sealed = file::seal(&cf, &cfg.key, &cfg.signer, &folder::stem(&cfg.device, seq));
        if sealed.len() as u64 > file::MAX_FILE_LEN {
            return Err(sync_error(msg!(
                "error-sync-file-too-large",
                mib = file::MAX_FILE_LEN >> 20
            )));
        }
        folder::write_new(&path, &sealed)?;
        local::put(tx, local::NEXT_SEQ, &(seq + 1).to_string())?;
        if let Some(n) = &newest {
            local::put(tx, local::SENT_UP_TO, n)?;
        }
        local::remove(tx, local::SEND_ALL)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        Ok(name.map(|n| (n, count)))
    });
    report.rejected.extend(forged);
    let sent = sent?;
    if let Some((name, count)) = sent {
        report.sent_file = Some(name);
        report.changes_sent = count;
    }
    Ok(())
}
