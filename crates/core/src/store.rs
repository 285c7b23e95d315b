//! Opening the shop's data file. This is the one place that knows how the
//! file is opened; the encrypted vault replaces what happens in [`open`].

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::{CoreError, Result};

/// Opens (creating if needed) the database at `path` with Shopkeeper's
/// settings: foreign keys on, full fsync on commit, temp data in memory.
pub(crate) fn open(path: &Path) -> Result<Connection> {
    let location = |reason: String| CoreError::Location {
        path: path.to_path_buf(),
        reason,
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| location(e.to_string()))?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| location(e.to_string()))?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA synchronous = FULL;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;",
    )
    .map_err(|e| location(e.to_string()))?;
    // Touch the file so an unwritable location is reported now, not at the first save.
    conn.execute_batch("BEGIN IMMEDIATE; COMMIT;")
        .map_err(|e| location(e.to_string()))?;
    Ok(conn)
}
