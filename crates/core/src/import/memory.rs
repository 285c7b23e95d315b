//! The column fixes the owner confirmed for a header, remembered for the
//! next file with the same header.
//!
//! Kept in the shop's settings (`import_map.<hash>`), so shop-wide: they are
//! exported, restored and synced with the shop. A mapping is about the
//! shop's till and its export, not about this computer, and it holds only
//! column and field names, never a customer's data or a secret: the owner
//! who fixed a file on the counter's computer should not fix it again on the
//! office one.

use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use super::layouts::{normalised, FileKind};
use crate::Result;

/// The setting key of a header's fixes: its normalised column names
/// hashed, with the file's kind.
fn key(header: &csv::StringRecord, kind: FileKind) -> String {
    let mut h = Sha256::new();
    h.update(match kind {
        FileKind::Purchases => b"purchases".as_slice(),
        FileKind::Customers => b"customers".as_slice(),
    });
    for name in header {
        h.update([0x1f]);
        h.update(normalised(name).as_bytes());
    }
    let digest = h.finalize();
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("import_map.{hex}")
}

/// The fixes remembered for `header`, if any.
pub(super) fn recall(
    conn: &Connection,
    header: &csv::StringRecord,
    kind: FileKind,
) -> Result<Option<Vec<(String, String)>>> {
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [key(header, kind)],
            |r| r.get(0),
        )
        .optional()?;
    Ok(value.and_then(|v| serde_json::from_str(&v).ok()))
}

/// Remembers `map` as the fixes for `header`.
pub(super) fn remember(
    conn: &Connection,
    header: &csv::StringRecord,
    kind: FileKind,
    map: &[(String, String)],
) -> Result<()> {
    let value = serde_json::to_string(map).expect("pairs of strings serialize");
    crate::backup_schedule::put(conn, &key(header, kind), Some(&value))
}
