//! Merging another computer's records into this one. Deterministic, so every
//! computer that has applied the same change files holds the same shop,
//! whatever the order they came in:
//!
//! - a record is here when its creation reading (`""`) is newer than its
//!   removal reading (`"-"`); both only ever move forward;
//! - each column holds the value with the newest reading (its own, or the
//!   record's creation when it was not changed since): last writer wins per
//!   field, the device id breaking ties;
//! - a deleted customer (`deleted_at`) stays deleted when someone else edits
//!   them at the same time: an edit never clears `deleted_at`, only a restore does;
//! - the consent ledger and contact log are never changed once written, so
//!   merging them is a union; purchases change only by a void or a
//!   correction (last writer wins per field, like any record), after which
//!   the totals of every purchase the file touched are settled from its
//!   merged lines (`purchase_change::settle_totals`);
//! - an erasure wins over everything: after each file, every erased customer
//!   the file touched is wiped again (`erase::wipe`), with the erasure's own
//!   time, so older changes about them from any computer never bring their
//!   data back.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::types::Value as Sql;
use rusqlite::Connection;
use serde_json::Value;

use super::file::ChangeFile;
use crate::now_stamp;
use shopkeeper_core::changes::{
    self, device_of, key_values, settle_touched, to_sql, Clock, Record, SyncTable,
};
use shopkeeper_core::{CoreError, CustomerId, Result};

/// What applying one file did.
#[derive(Debug, Default)]
pub(crate) struct Applied {
    /// Records taken (new, changed or removed here).
    pub changed: usize,
    /// Conflicts resolved.
    pub conflicts: usize,
    /// Whether the shop's settings changed.
    pub settings: bool,
    /// Whether an erasure was applied (the database is compacted afterwards).
    pub erased: bool,
    /// Records that could not be applied, in words.
    pub skipped: Vec<String>,
}

/// What the receiving side needs to know while merging.
pub(crate) struct Context<'a> {
    /// The synced tables.
    pub tables: &'a [SyncTable],
    /// The clock (this device's id; readings seen are noted).
    pub clock: &'a Clock,
    /// Per device, the newest reading applied here before this file.
    pub seen: BTreeMap<String, String>,
    /// The sender's and this computer's names, for the conflict list.
    pub names: (String, String),
}

/// Applies one change file (in the caller's transaction, capture paused).
pub(crate) fn apply(conn: &Connection, file: &ChangeFile, ctx: &Context<'_>) -> Result<Applied> {
    let me = ctx.clock.device();
    let theirs_seen_mine = file.seen.get(&me).cloned().unwrap_or_default();
    let mut out = Applied::default();
    let mut touched: BTreeSet<CustomerId> = BTreeSet::new();
    let mut purchases: BTreeSet<String> = BTreeSet::new();
    let mut newest: BTreeMap<String, String> = BTreeMap::new();
    // Parents before children, erasures first (so their wipe sees everything).
    let order = |r: &Record| {
        if r.t == "erasure" {
            return 0;
        }
        ctx.tables
            .iter()
            .position(|t| t.name == r.t)
            .map_or(usize::MAX, |i| i + 1)
    };
    let mut records: Vec<&Record> = file.records.iter().collect();
    records.sort_by_key(|r| order(r));
    for rec in records {
        for h in rec.c.values() {
            let d = device_of(h).to_string();
            let slot = newest.entry(d).or_default();
            if h > slot {
                *slot = h.clone();
            }
        }
        let Some(t) = changes::table(ctx.tables, &rec.t) else {
            out.skipped.push(format!(
                "A change to \"{}\" is from a newer version of Shopkeeper; update Shopkeeper on this computer to receive it.",
                rec.t
            ));
            continue;
        };
        conn.execute_batch("SAVEPOINT sync_record")?;
        match merge_record(conn, t, rec, ctx, &me, &theirs_seen_mine, &mut out) {
            Ok(changed) => {
                conn.execute_batch("RELEASE sync_record")?;
                if changed {
                    out.changed += 1;
                    note_touched(t, rec, &mut touched, &mut purchases);
                    if t.name == "setting" {
                        out.settings = true;
                    }
                    if t.name == "erasure" {
                        out.erased = true;
                    }
                }
            }
            Err(e) => {
                conn.execute_batch("ROLLBACK TO sync_record; RELEASE sync_record")?;
                out.skipped.push(e.to_string());
            }
        }
    }
    settle_touched(conn, &touched, &purchases)?;
    for (device, h) in newest {
        conn.prepare_cached(
            "INSERT INTO sync_seen (device, hlc) VALUES (?1, ?2)
             ON CONFLICT (device) DO UPDATE SET hlc = max(hlc, excluded.hlc)",
        )?
        .execute([&device, &h])?;
        ctx.clock.observe(&h);
    }
    Ok(out)
}

/// The customers a record is about (and purchases whose owner to look up).
fn note_touched(
    t: &SyncTable,
    rec: &Record,
    touched: &mut BTreeSet<CustomerId>,
    purchases: &mut BTreeSet<String>,
) {
    let text = |col: &str| {
        rec.v
            .as_ref()
            .and_then(|v| v.get(col))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let key: Vec<Value> = serde_json::from_str(&rec.k).unwrap_or_default();
    let key_text = key.first().and_then(Value::as_str).map(str::to_string);
    let ids: Vec<Option<String>> = match t.name {
        "customer" => vec![key_text],
        "purchase_line" => {
            purchases.extend(key_text);
            vec![]
        }
        "purchase" => {
            purchases.extend(key_text);
            vec![text("customer_id")]
        }
        "household_link" => vec![text("customer_id"), text("other_id")],
        "contact_frequency" => vec![key_text],
        _ => vec![text("customer_id")],
    };
    touched.extend(
        ids.into_iter()
            .flatten()
            .filter_map(|s| s.parse::<CustomerId>().ok()),
    );
}

fn newer(a: Option<&String>, b: Option<&String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a > b,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// The newest of two optional readings.
fn max_of(a: Option<&String>, b: Option<&String>) -> Option<String> {
    if newer(a, b) {
        a.cloned()
    } else {
        b.cloned()
    }
}

/// The reading that holds a column's value: its own or the record's creation.
fn field_clock(c: &BTreeMap<String, String>, col: &str) -> Option<String> {
    max_of(c.get(col), c.get(""))
}

/// Merges one record; returns whether anything here changed.
fn merge_record(
    conn: &Connection,
    t: &SyncTable,
    rec: &Record,
    ctx: &Context<'_>,
    me: &str,
    theirs_seen_mine: &str,
    out: &mut Applied,
) -> Result<bool> {
    let key = key_values(t, &rec.k).ok_or_else(|| unreadable(t.name))?;
    if changes::is_local_record(t, &rec.k) {
        return Ok(false);
    }
    let local = changes::clocks(conn, t.name, &rec.k)?;
    let here = changes::values(conn, t, &key)?;
    let created = max_of(local.get(""), rec.c.get(""));
    let removed = max_of(local.get("-"), rec.c.get("-"));
    let present = newer(created.as_ref(), removed.as_ref());
    let mut changed = false;
    if !present {
        if here.is_some() {
            conn.prepare_cached(&format!(
                "DELETE FROM main.{} WHERE {}",
                t.name,
                t.key_match()
            ))?
            .execute(rusqlite::params_from_iter(&key))?;
            changed = true;
        }
        set_clock(conn, t.name, &rec.k, "", created.as_ref())?;
        set_clock(conn, t.name, &rec.k, "-", removed.as_ref())?;
        conn.prepare_cached(
            "DELETE FROM sync_clock WHERE tbl = ?1 AND pk = ?2 AND col NOT IN ('', '-')",
        )?
        .execute([t.name, rec.k.as_str()])?;
        return Ok(changed);
    }
    let Some(theirs) = rec.v.as_ref() else {
        // They no longer have it, but it was made again here after they removed it.
        set_clock(conn, t.name, &rec.k, "-", removed.as_ref())?;
        return Ok(false);
    };
    match here {
        None => {
            let cols: Vec<&String> = t
                .columns
                .iter()
                .filter(|c| theirs.contains_key(*c))
                .collect();
            let values = cols
                .iter()
                .map(|c| to_sql(&theirs[c.as_str()]))
                .collect::<Option<Vec<Sql>>>()
                .ok_or_else(|| unreadable(t.name))?;
            let quoted: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
            let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
            conn.prepare_cached(&format!(
                "INSERT INTO main.{} ({}) VALUES ({})",
                t.name,
                quoted.join(", "),
                marks.join(", ")
            ))?
            .execute(rusqlite::params_from_iter(&values))?;
            conn.prepare_cached("DELETE FROM sync_clock WHERE tbl = ?1 AND pk = ?2")?
                .execute([t.name, rec.k.as_str()])?;
            for (col, h) in &rec.c {
                set_clock(conn, t.name, &rec.k, col, Some(h))?;
            }
            set_clock(conn, t.name, &rec.k, "-", removed.as_ref())?;
            Ok(true)
        }
        Some(ours) => {
            let mut updates: Vec<(&String, Sql)> = Vec::new();
            for col in &t.columns {
                let Some(value) = theirs.get(col) else {
                    continue;
                };
                let (mine, their) = (field_clock(&local, col), field_clock(&rec.c, col));
                let theirs_win = newer(their.as_ref(), mine.as_ref());
                if ours.get(col) != Some(value) {
                    note_conflict(
                        conn,
                        t,
                        rec,
                        col,
                        (&ours, theirs),
                        (&mine, &their),
                        ctx,
                        me,
                        theirs_seen_mine,
                        theirs_win,
                        out,
                    )?;
                    if theirs_win {
                        updates.push((col, to_sql(value).ok_or_else(|| unreadable(t.name))?));
                    }
                }
                if theirs_win {
                    set_clock(conn, t.name, &rec.k, col, their.as_ref())?;
                }
            }
            set_clock(conn, t.name, &rec.k, "", created.as_ref())?;
            set_clock(conn, t.name, &rec.k, "-", removed.as_ref())?;
            if updates.is_empty() {
                return Ok(false);
            }
            let sets: Vec<String> = updates
                .iter()
                .enumerate()
                .map(|(i, (c, _))| format!("\"{c}\" = ?{}", i + 1 + t.key.len()))
                .collect();
            let mut params: Vec<Sql> = key.clone();
            params.extend(updates.into_iter().map(|(_, v)| v));
            conn.prepare_cached(&format!(
                "UPDATE main.{} SET {} WHERE {}",
                t.name,
                sets.join(", "),
                t.key_match()
            ))?
            .execute(rusqlite::params_from_iter(&params))?;
            Ok(true)
        }
    }
}

/// Stores a reading, keeping the newer one already there.
fn set_clock(
    conn: &Connection,
    table: &str,
    key: &str,
    col: &str,
    h: Option<&String>,
) -> Result<()> {
    if let Some(h) = h {
        conn.prepare_cached(
            "INSERT INTO sync_clock (tbl, pk, col, hlc) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (tbl, pk, col) DO UPDATE SET hlc = max(hlc, excluded.hlc)",
        )?
        .execute([table, key, col, h.as_str()])?;
    }
    Ok(())
}

/// Records a conflict: the same column changed here and there, each without
/// having seen the other's change. Housekeeping columns are not the owner's
/// concern and are left out.
#[allow(clippy::too_many_arguments)]
fn note_conflict(
    conn: &Connection,
    t: &SyncTable,
    rec: &Record,
    col: &str,
    (ours, theirs): (
        &serde_json::Map<String, Value>,
        &serde_json::Map<String, Value>,
    ),
    (mine, their): (&Option<String>, &Option<String>),
    ctx: &Context<'_>,
    me: &str,
    theirs_seen_mine: &str,
    they_win: bool,
    out: &mut Applied,
) -> Result<()> {
    if matches!(col, "updated_at" | "created_at") {
        return Ok(());
    }
    let (Some(mine), Some(their)) = (mine, their) else {
        return Ok(());
    };
    let their_device = device_of(their);
    let mine_unseen = device_of(mine) == me && mine.as_str() > theirs_seen_mine;
    let theirs_new = their_device != me
        && ctx
            .seen
            .get(their_device)
            .is_none_or(|seen| their.as_str() > seen.as_str());
    if !(mine_unseen && theirs_new) {
        return Ok(());
    }
    let customer_id = match t.name {
        "customer" => serde_json::from_str::<Vec<String>>(&rec.k)
            .ok()
            .and_then(|k| k.into_iter().next()),
        _ => ours
            .get("customer_id")
            .and_then(Value::as_str)
            .map(str::to_string),
    };
    let text = |v: Option<&Value>| v.map(|v| v.to_string());
    let (ours_v, theirs_v) = (text(ours.get(col)), text(theirs.get(col)));
    let (sender, here) = &ctx.names;
    let (kept, kept_from, lost, lost_from) = if they_win {
        (theirs_v, sender, ours_v, here)
    } else {
        (ours_v, here, theirs_v, sender)
    };
    conn.prepare_cached(
        "INSERT INTO sync_conflict (id, at, tbl, pk, col, customer_id, kept, kept_from, lost, lost_from)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(rusqlite::params![
        uuid::Uuid::now_v7().to_string(),
        now_stamp(),
        t.name,
        rec.k,
        col,
        customer_id,
        kept,
        kept_from,
        lost,
        lost_from
    ])?;
    out.conflicts += 1;
    Ok(())
}

/// A record whose key or values cannot be stored here.
fn unreadable(table: &str) -> CoreError {
    CoreError::invalid(
        "sync",
        msg!("error-sync-change-could-read", table = table.to_string()),
    )
}
