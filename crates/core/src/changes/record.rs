//! One record's captured state: what core reads out for sync to send, and
//! what sync hands back after merging. Its field names are those of the
//! change file's JSON (docs/sync.md, "Change files").

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One record's state as a computer knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The table.
    pub t: String,
    /// The record's key: a JSON array of its key columns' values.
    pub k: String,
    /// Clock readings: `""` when the record was made, `"-"` when removed,
    /// and one per column changed since it was made.
    pub c: BTreeMap<String, String>,
    /// The record's values, column by column; absent when it was removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub v: Option<Map<String, Value>>,
}
