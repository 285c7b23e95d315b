//! The JSON export document: written from the database (the whole shop, or
//! the records about one customer) and read back into an empty shop.
//!
//! The document's shape is in docs/export-format.md. Rows are exported
//! column by column with their stored values, so ids and timestamps survive a
//! round trip exactly; exporting, importing and exporting again gives the
//! same text.

use std::collections::{BTreeMap, HashSet};

use rusqlite::types::Value as Sql;
use rusqlite::Connection;
use serde::ser::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::tables::{self, Table, TABLES};
use crate::{customer, search, settings, CoreError, CustomerId, Result};

/// The `format` field of every export document.
pub const FORMAT: &str = "shopkeeper-export";

/// The version of the document this build writes and reads. Version 2 holds
/// quantities and unit prices as exact decimal text, voids' reasons and the
/// purchases' history (`purchase_change`).
pub const FORMAT_VERSION: u64 = 2;

/// The oldest version still read: version 1 held quantities and unit prices
/// as whole JSON numbers, which the schema's text columns take as the same
/// exact decimal.
const OLDEST_READ: u64 = 1;

/// Which records a document holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Scope {
    /// Everything the shop holds.
    Shop,
    /// Only the records about one customer.
    Customer(CustomerId),
}

/// How many records of each table an import wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShopImportReport {
    /// Table name and number of records, in import order.
    pub tables: Vec<(String, usize)>,
}

impl ShopImportReport {
    /// How many records of `table` were imported.
    pub fn count(&self, table: &str) -> usize {
        self.tables
            .iter()
            .find(|(t, _)| t == table)
            .map_or(0, |(_, n)| *n)
    }
}

/// The document as written: fields in a fixed order, rows with sorted keys.
#[derive(serde::Serialize)]
struct Document {
    format: &'static str,
    format_version: u64,
    scope: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_id: Option<String>,
    tables: OrderedTables,
}

/// Tables in import order (a JSON object keeps the order it is written in).
struct OrderedTables(Vec<(&'static str, Vec<BTreeMap<String, Value>>)>);

impl Serialize for OrderedTables {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(name, rows)| (name, rows)))
    }
}

/// Writes the document for `scope` as pretty-printed JSON (UTF-8, ending in a newline).
pub(crate) fn write(conn: &Connection, scope: Scope) -> Result<String> {
    let mut tables = Vec::new();
    for table in TABLES {
        let condition = match scope {
            Scope::Shop => None,
            Scope::Customer(_) => match table.of_customer {
                Some(c) => Some(c),
                None => continue,
            },
        };
        tables.push((table.name, rows(conn, table, condition, scope)?));
    }
    let (scope_name, customer_id) = match scope {
        Scope::Shop => ("shop", None),
        Scope::Customer(id) => ("customer", Some(id.to_string())),
    };
    let doc = Document {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        scope: scope_name,
        customer_id,
        tables: OrderedTables(tables),
    };
    let mut text = serde_json::to_string_pretty(&doc).expect("plain data serializes");
    text.push('\n');
    Ok(text)
}

/// The column names of `table`, as the schema declares them.
pub(crate) fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let names = conn
        .prepare(&format!(
            "SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
        ))?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

fn rows(
    conn: &Connection,
    table: &Table,
    condition: Option<&str>,
    scope: Scope,
) -> Result<Vec<BTreeMap<String, Value>>> {
    let cols = columns(conn, table.name)?;
    let quoted: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
    let conditions: Vec<String> = condition
        .map(str::to_string)
        .into_iter()
        .chain(tables::shared_rows(table.name, table.name))
        .map(|c| format!("({c})"))
        .collect();
    let sql = format!(
        "SELECT {} FROM {} {} ORDER BY {}",
        quoted.join(", "),
        table.name,
        if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        },
        table.key.join(", ")
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut query = match scope {
        Scope::Customer(id) if condition.is_some() => stmt.query([id])?,
        _ => stmt.query([])?,
    };
    let mut out = Vec::new();
    while let Some(r) = query.next()? {
        let mut row = BTreeMap::new();
        for (i, col) in cols.iter().enumerate() {
            let value = match r.get::<_, Sql>(i)? {
                Sql::Null => Value::Null,
                Sql::Integer(n) => Value::from(n),
                Sql::Real(x) => Value::from(x),
                Sql::Text(t) if table.json.contains(&col.as_str()) => {
                    serde_json::from_str(&t).map_err(|_| damaged(table.name, col))?
                }
                Sql::Text(t) => Value::String(t),
                Sql::Blob(_) => return Err(damaged(table.name, col)),
            };
            row.insert(col.clone(), value);
        }
        out.push(row);
    }
    Ok(out)
}

fn damaged(table: &str, column: &str) -> CoreError {
    CoreError::invalid(
        "export",
        msg!(
            "error-export-stored-value-damaged",
            table = table.to_string(),
            column = column.to_string()
        ),
    )
}

/// An import refused because of the file; says what and that nothing was imported.
fn refused(message: impl std::fmt::Display) -> CoreError {
    CoreError::invalid(
        "file",
        msg!(
            "error-file-nothing-was-imported",
            message = message.to_string()
        ),
    )
}

/// The rows of every table in a document that was checked to be a
/// whole-shop export in this format version.
struct Parsed {
    tables: Vec<(&'static Table, Vec<Map<String, Value>>)>,
}

fn parse(text: &str) -> Result<Parsed> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        refused(format!(
            "This file is not a Shopkeeper export: it is not valid JSON ({e}). Try another copy."
        ))
    })?;
    let not_export = || {
        refused("This file is not a Shopkeeper export (it has no \"format\": \"shopkeeper-export\"). Choose a whole-shop export written by Shopkeeper.")
    };
    let obj = doc.as_object().ok_or_else(not_export)?;
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(not_export());
    }
    match obj.get("format_version").and_then(Value::as_u64) {
        Some(OLDEST_READ..=FORMAT_VERSION) => {}
        Some(v) => {
            return Err(refused(format!(
                "This export is in format version {v}, but this version of Shopkeeper reads version {FORMAT_VERSION}. Update Shopkeeper, or export again with the version that reads it."
            )))
        }
        None => return Err(refused("This export has no format version; the file may be damaged. Try another copy.")),
    }
    if obj.get("scope").and_then(Value::as_str) != Some("shop") {
        return Err(refused(
            "This export holds one customer's records, not a whole shop; only a whole-shop export can be imported.",
        ));
    }
    let given = obj
        .get("tables")
        .and_then(Value::as_object)
        .ok_or_else(|| {
            refused("This export has no \"tables\"; the file may be damaged. Try another copy.")
        })?;
    if let Some(unknown) = given.keys().find(|k| super::tables::find(k).is_none()) {
        return Err(refused(format!(
            "This export has a table \"{unknown}\" that this version of Shopkeeper does not know. Update Shopkeeper."
        )));
    }
    let mut tables = Vec::new();
    for table in TABLES {
        let mut rows = Vec::new();
        for (i, row) in given
            .get(table.name)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            let row = row.as_object().ok_or_else(|| {
                refused(format!(
                    "Record {} of \"{}\" is not a JSON object; the file may be damaged.",
                    i + 1,
                    table.name
                ))
            })?;
            rows.push(row.clone());
        }
        tables.push((table, rows));
    }
    Ok(Parsed { tables })
}

/// How a record is named in messages: `purchase 0190…` or
/// `purchase_line (purchase_id 0190…, position 2)`.
fn record_name(table: &Table, row: &Map<String, Value>) -> String {
    let shown = |v: Option<&Value>| match v {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => "?".into(),
    };
    match table.key {
        [one] => format!("{} {}", table.name, shown(row.get(*one))),
        keys => {
            let parts: Vec<String> = keys
                .iter()
                .map(|k| format!("{k} {}", shown(row.get(*k))))
                .collect();
            format!("{} ({})", table.name, parts.join(", "))
        }
    }
}

/// Refuses a document with a reference to a record that is not in it,
/// naming the record (references are the schema's foreign keys).
fn check_references(conn: &Connection, parsed: &Parsed) -> Result<()> {
    for (table, rows) in &parsed.tables {
        let keys: Vec<(String, String, String)> = conn
            .prepare(&format!(
                "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('{}')",
                table.name
            ))?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (parent, from, to) in keys {
            let Some((_, parent_rows)) = parsed.tables.iter().find(|(t, _)| t.name == parent)
            else {
                continue;
            };
            let known: HashSet<&Value> = parent_rows.iter().filter_map(|r| r.get(&to)).collect();
            for row in rows {
                match row.get(&from) {
                    None | Some(Value::Null) => {}
                    Some(v) if known.contains(v) => {}
                    Some(v) => {
                        let missing = v.as_str().map_or_else(|| v.to_string(), str::to_string);
                        return Err(refused(format!(
                            "The {} refers to {parent} {missing}, which is not in the file; the file may be damaged or edited.",
                            record_name(table, row)
                        )));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Refuses a shop that already holds records (settings aside).
fn check_empty(conn: &Connection) -> Result<()> {
    for table in TABLES.iter().filter(|t| t.name != "setting") {
        let any: bool = conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {})", table.name),
            [],
            |r| r.get(0),
        )?;
        if any {
            return Err(refused(
                "This shop is not empty (it already has customers, products or other records). A whole-shop export can only be imported into a new, empty shop: create one and import into it.",
            ));
        }
    }
    Ok(())
}

fn to_sql(table: &Table, column: &str, row: &Map<String, Value>, v: &Value) -> Result<Sql> {
    if table.json.contains(&column) {
        return Ok(match v {
            Value::Null => Sql::Null,
            other => Sql::Text(other.to_string()),
        });
    }
    Ok(match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Sql::Text(s.clone()),
        Value::Array(_) | Value::Object(_) => {
            return Err(refused(format!(
                "In the {}, \"{column}\" should be text or a number; the file may be damaged or edited.",
                record_name(table, row)
            )))
        }
    })
}

/// Reads a whole-shop document into the (empty) shop inside the caller's
/// transaction, then rebuilds the derived tables (matching keys, search).
pub(crate) fn import(conn: &Connection, text: &str) -> Result<ShopImportReport> {
    let parsed = parse(text)?;
    check_empty(conn)?;
    check_references(conn, &parsed)?;
    // Rows of one table may refer to each other (merged_into) in any order;
    // references were checked above and are checked again at commit.
    // The file's settings replace this shop's, except the ones that stay in
    // this vault (its backup secret, the owner's PIN, this computer's
    // backups): an export never carries them, and an older one that does
    // is not allowed to swap them in.
    conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    conn.execute(
        &format!("DELETE FROM setting WHERE {}", settings::shared_sql("key")),
        [],
    )?;
    let mut report = ShopImportReport::default();
    for (table, rows) in &parsed.tables {
        let cols = columns(conn, table.name)?;
        let rows: Vec<&Map<String, Value>> = rows
            .iter()
            .filter(|row| !tables::is_local_row(table.name, row.get("key").and_then(Value::as_str)))
            .collect();
        for row in &rows {
            if let Some(unknown) = row.keys().find(|k| !cols.contains(k)) {
                return Err(refused(format!(
                    "The {} has a field \"{unknown}\" that this version of Shopkeeper does not know; the file may be damaged or from a newer version.",
                    record_name(table, row)
                )));
            }
            let names: Vec<String> = row.keys().map(|k| format!("\"{k}\"")).collect();
            let marks: Vec<String> = (1..=row.len()).map(|i| format!("?{i}")).collect();
            let values = row
                .iter()
                .map(|(k, v)| to_sql(table, k, row, v))
                .collect::<Result<Vec<_>>>()?;
            conn.prepare_cached(&format!(
                "INSERT INTO {} ({}) VALUES ({})",
                table.name,
                names.join(", "),
                marks.join(", ")
            ))?
            .execute(rusqlite::params_from_iter(values))
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(_, Some(reason)) => refused(format!(
                    "The {} could not be imported ({reason}); the file may be damaged or edited.",
                    record_name(table, row)
                )),
                other => other.into(),
            })?;
        }
        report.tables.push((table.name.to_string(), rows.len()));
    }
    let live: Vec<CustomerId> = conn
        .prepare("SELECT id FROM customer WHERE deleted_at IS NULL")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in live {
        customer::write_keys(conn, &customer::get(conn, id)?)?;
        search::reindex(conn, id)?;
    }
    Ok(report)
}
