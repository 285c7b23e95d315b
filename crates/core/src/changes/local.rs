//! This computer's own sync settings (table `sync_local`, never synced or
//! exported): whether sync is on, the folder, the shop's sync key, the
//! device id and name, this computer's signing key, and the bookkeeping of
//! what was sent; and which of the shop's settings (table `setting`) belong
//! to this computer alone.

use rusqlite::{Connection, OptionalExtension};

use crate::Result;

/// This computer's device id (16 hexadecimal digits: its signing key's fingerprint once sync is on, random before).
pub const DEVICE: &str = "device_id";
/// The name other computers see for this one.
pub const NAME: &str = "device_name";
/// The sync folder.
pub const FOLDER: &str = "folder";
/// The shop's sync key (hexadecimal); present exactly when sync is on.
pub const KEY: &str = "key";
/// This computer's signing key (hexadecimal Ed25519 secret); present when sync is on.
pub const SIGNING_KEY: &str = "signing_key";
/// The sequence number of this computer's next change file.
pub const NEXT_SEQ: &str = "next_seq";
/// The newest clock reading of this computer already sent.
pub const SENT_UP_TO: &str = "sent_up_to";
/// Set when the next change file must hold every record (after turning sync on).
pub const SEND_ALL: &str = "send_all";
/// When this computer last synced.
pub const LAST_SYNC: &str = "last_sync";

/// The value stored under `key`.
pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM sync_local WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// Stores `value` under `key`.
pub fn put(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_local (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, value])?;
    Ok(())
}

/// Forgets `key`.
pub fn remove(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM sync_local WHERE key = ?1", [key])?;
    Ok(())
}
