//! Change capture: triggers record a clock reading for every record made,
//! every column changed and every record removed, in the same transaction
//! as the change (table `sync_clock`). They are TEMP triggers, written at
//! every open from the schema as it is, so a column added by a later
//! migration is captured without anyone remembering to.
//!
//! The synced tables are the export's tables (`export::tables::TABLES`) and
//! the synced-only secrets (`SYNC_ONLY`: staff PINs);
//! derived tables (search index, matching keys) are rebuilt, not synced, and
//! settings that are secrets or about this computer alone
//! (`settings::LOCAL_SETTINGS`: backups, the owner's PIN) stay on it.

use std::collections::BTreeMap;

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension};
use serde_json::{Map, Value};

use super::record::Record;
use crate::export::tables::{SYNC_ONLY, TABLES};
use crate::Result;

/// One synced table as the schema declares it.
#[derive(Debug, Clone)]
pub struct SyncTable {
    /// Its name.
    pub name: &'static str,
    /// Every column, in schema order.
    pub columns: Vec<String>,
    /// The key columns.
    pub key: &'static [&'static str],
}

impl SyncTable {
    /// SQL for the record's key as JSON text, from `row` (`NEW`, `OLD` or a table alias).
    fn key_json(&self, row: &str) -> String {
        let parts: Vec<String> = self.key.iter().map(|k| format!("{row}.\"{k}\"")).collect();
        format!("json_array({})", parts.join(", "))
    }

    /// SQL condition matching the record whose key is parameters `?1`, `?2`…
    pub fn key_match(&self) -> String {
        let parts: Vec<String> = self
            .key
            .iter()
            .enumerate()
            .map(|(i, k)| format!("\"{k}\" = ?{}", i + 1))
            .collect();
        parts.join(" AND ")
    }

    /// SQL condition leaving out rows that stay on this computer (`row`: `NEW`/`OLD`/alias).
    fn shared(&self, row: &str) -> String {
        crate::export::tables::shared_rows(self.name, row).unwrap_or_else(|| "1".into())
    }
}

/// The synced tables, parents before children.
pub(crate) fn tables(conn: &Connection) -> Result<Vec<SyncTable>> {
    TABLES
        .iter()
        .chain(SYNC_ONLY)
        .map(|t| {
            Ok(SyncTable {
                name: t.name,
                columns: crate::export::columns(conn, t.name)?,
                key: t.key,
            })
        })
        .collect()
}

/// The synced table called `name`.
pub fn table<'a>(tables: &'a [SyncTable], name: &str) -> Option<&'a SyncTable> {
    tables.iter().find(|t| t.name == name)
}

/// Creates the capture triggers on this connection.
pub(crate) fn install(conn: &Connection, tables: &[SyncTable]) -> Result<()> {
    let mut sql = String::new();
    for t in tables {
        let name = t.name;
        let new_key = t.key_json("NEW");
        let old_key = t.key_json("OLD");
        let upsert = "ON CONFLICT (tbl, pk, col) DO UPDATE SET hlc = excluded.hlc";
        sql.push_str(&format!(
            "CREATE TEMP TRIGGER sync_{name}_insert AFTER INSERT ON main.{name}
             WHEN sync_capture() AND {shared} BEGIN
                DELETE FROM sync_clock WHERE tbl = '{name}' AND pk = {new_key};
                INSERT INTO sync_clock (tbl, pk, col, hlc) VALUES ('{name}', {new_key}, '', sync_tick());
             END;
             CREATE TEMP TRIGGER sync_{name}_delete AFTER DELETE ON main.{name}
             WHEN sync_capture() AND {shared_old} BEGIN
                DELETE FROM sync_clock WHERE tbl = '{name}' AND pk = {old_key};
                INSERT INTO sync_clock (tbl, pk, col, hlc) VALUES ('{name}', {old_key}, '-', sync_tick());
             END;
             CREATE TEMP TRIGGER sync_{name}_update AFTER UPDATE ON main.{name}
             WHEN sync_capture() AND {shared} BEGIN
                INSERT INTO sync_clock (tbl, pk, col, hlc)
                    SELECT '{name}', {old_key}, '-', sync_tick() WHERE {old_key} IS NOT {new_key} {upsert};
                INSERT INTO sync_clock (tbl, pk, col, hlc)
                    SELECT '{name}', {new_key}, '', sync_tick() WHERE {old_key} IS NOT {new_key} {upsert};\n",
            shared = t.shared("NEW"),
            shared_old = t.shared("OLD"),
        ));
        for c in &t.columns {
            sql.push_str(&format!(
                "INSERT INTO sync_clock (tbl, pk, col, hlc)
                    SELECT '{name}', {new_key}, '{c}', sync_tick() WHERE OLD.\"{c}\" IS NOT NEW.\"{c}\" {upsert};\n"
            ));
        }
        sql.push_str("END;\n");
    }
    conn.execute_batch(&sql)?;
    Ok(())
}

/// Takes the capture triggers off `tables` (for a bulk write, until
/// [`reinstall`]).
pub(crate) fn uninstall(conn: &Connection, tables: &[SyncTable]) -> Result<()> {
    let mut sql = String::new();
    for t in tables {
        for what in ["insert", "delete", "update"] {
            sql.push_str(&format!(
                "DROP TRIGGER IF EXISTS temp.sync_{}_{what};\n",
                t.name
            ));
        }
    }
    conn.execute_batch(&sql)?;
    Ok(())
}

/// Puts the capture triggers back on `tables`, whichever of them are there.
pub(crate) fn reinstall(conn: &Connection, tables: &[SyncTable]) -> Result<()> {
    uninstall(conn, tables)?;
    install(conn, tables)
}

/// Gives every record without a clock one: a new reading of this computer's
/// clock, or `fixed` (a joining computer's existing records).
pub fn seed(conn: &Connection, tables: &[SyncTable], fixed: Option<&str>) -> Result<()> {
    for t in tables {
        let reading = match fixed {
            Some(_) => "?1",
            None => "sync_tick()",
        };
        let sql = format!(
            "INSERT OR IGNORE INTO sync_clock (tbl, pk, col, hlc)
             SELECT '{name}', {key}, '', {reading} FROM main.{name} AS r WHERE {shared}",
            name = t.name,
            key = t.key_json("r"),
            shared = t.shared("r"),
        );
        match fixed {
            Some(h) => conn.execute(&sql, [h])?,
            None => conn.execute(&sql, [])?,
        };
    }
    Ok(())
}

/// The records to send: those with a change made on `device` after
/// `after`, or, with `all`, every record with a clock.
pub fn pending(
    conn: &Connection,
    device: &str,
    after: &str,
    all: bool,
) -> Result<Vec<(String, String)>> {
    let pair = |r: &rusqlite::Row<'_>| Ok((r.get(0)?, r.get(1)?));
    let rows = if all {
        conn.prepare("SELECT DISTINCT tbl, pk FROM sync_clock ORDER BY tbl, pk")?
            .query_map([], pair)?
            .collect::<rusqlite::Result<_>>()?
    } else {
        conn.prepare(
            "SELECT DISTINCT tbl, pk FROM sync_clock WHERE hlc > ?1 AND substr(hlc, -16) = ?2
             ORDER BY tbl, pk",
        )?
        .query_map([after, device], pair)?
        .collect::<rusqlite::Result<_>>()?
    };
    Ok(rows)
}

/// The clock readings of one record.
pub fn clocks(conn: &Connection, table: &str, key: &str) -> Result<BTreeMap<String, String>> {
    let rows = conn
        .prepare_cached("SELECT col, hlc FROM sync_clock WHERE tbl = ?1 AND pk = ?2")?
        .query_map([table, key], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The key parameters of a record from its JSON key.
pub fn key_values(t: &SyncTable, key: &str) -> Option<Vec<Sql>> {
    let parts: Vec<Value> = serde_json::from_str(key).ok()?;
    if parts.len() != t.key.len() {
        return None;
    }
    parts.iter().map(to_sql).collect()
}

/// The record's current values, if it is here.
pub fn values(conn: &Connection, t: &SyncTable, key: &[Sql]) -> Result<Option<Map<String, Value>>> {
    let quoted: Vec<String> = t.columns.iter().map(|c| format!("\"{c}\"")).collect();
    let sql = format!(
        "SELECT {} FROM main.{} WHERE {}",
        quoted.join(", "),
        t.name,
        t.key_match()
    );
    let row = conn
        .prepare_cached(&sql)?
        .query_row(rusqlite::params_from_iter(key), |r| {
            let mut map = Map::new();
            for (i, c) in t.columns.iter().enumerate() {
                map.insert(c.clone(), from_sql(r.get::<_, Sql>(i)?));
            }
            Ok(map)
        })
        .optional()?;
    Ok(row)
}

/// Whether the record of table `t` whose key is `key` (as JSON) stays on
/// this computer: a setting of [`crate::settings::LOCAL_SETTINGS`].
pub fn is_local_record(t: &SyncTable, key: &str) -> bool {
    let setting = (t.name == "setting")
        .then(|| serde_json::from_str::<Vec<String>>(key).ok())
        .flatten()
        .and_then(|k| k.into_iter().next());
    crate::export::tables::is_local_row(t.name, setting.as_deref())
}

/// The record as this computer knows it, to send.
pub fn record(conn: &Connection, t: &SyncTable, key: &str) -> Result<Option<Record>> {
    let Some(params) = key_values(t, key) else {
        return Ok(None);
    };
    if is_local_record(t, key) {
        return Ok(None);
    }
    let v = values(conn, t, &params)?;
    Ok(Some(Record {
        t: t.name.to_string(),
        k: key.to_string(),
        c: clocks(conn, t.name, key)?,
        v,
    }))
}

/// A stored value as JSON.
pub(crate) fn from_sql(v: Sql) -> Value {
    match v {
        Sql::Null => Value::Null,
        Sql::Integer(n) => Value::from(n),
        Sql::Real(x) => Value::from(x),
        Sql::Text(t) => Value::String(t),
        // No synced column holds bytes; were one to, it would travel as hex.
        Sql::Blob(b) => Value::String(b.iter().map(|x| format!("{x:02x}")).collect()),
    }
}

/// A JSON value from a change file as a value to store; `None` if it cannot be one.
pub fn to_sql(v: &Value) -> Option<Sql> {
    Some(match v {
        Value::Null => Sql::Null,
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(n.as_f64()?),
        },
        Value::String(s) => Sql::Text(s.clone()),
        _ => return None,
    })
}
