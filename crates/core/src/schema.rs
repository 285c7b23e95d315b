//! Versioned, forward-only schema migrations.
//!
//! The schema version is kept in `PRAGMA user_version`. Every pending
//! migration runs in ONE transaction together with the version bump, with
//! SQLite's cache spilling turned off, so nothing reaches the file before
//! the commit: a failed migration leaves the file byte for byte as it was.
//! Before migrating an existing file, [`Shop::open`](crate::Shop::open)
//! keeps a copy of the encrypted file next to it ([`backup_before_migrating`]).

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::{CoreError, Result};

/// The migrations in order; the schema version is the number applied.
const MIGRATIONS: &[&str] = &[
    // 1: the shop's memory (customers, catalog, purchases, preferences,
    //    consent ledger, contact frequency and log, search index)
    include_str!("migrations/001_shop.sql"),
    // 2: follow-up outcomes (done, snoozed, dismissed, kinds not wanted),
    //    promises, message templates; in-person contacts have no channel
    include_str!("migrations/002_follow_ups.sql"),
    // 3: recorded erasures, consent deletion
    //    only through an erasure, retention decisions
    include_str!("migrations/003_erasure.sql"),
    // 4: sync between the shop's computers (clocks of every synced record,
    //    this computer's sync settings, peers, applied files, conflicts)
    include_str!("migrations/004_sync.sql"),
    // 5: import batches (undo an import), receipt numbers and refunds on
    //    purchases, the consent ledger's entries of an undone import
    include_str!("migrations/005_import_batch.sql"),
    // 6: exact decimal quantities and unit prices; voided purchases keep a
    //    reason, and every void and correction is in `purchase_change`
    include_str!("migrations/006_purchase_corrections.sql"),
    // 7: when each follow-up suggestion was first shown on this computer
    //    (the comparison group of follow-up outcomes; not synced)
    include_str!("migrations/007_suggestion_shown.sql"),
    // 8: the language of the words a customer was shown, in the consent ledger
    include_str!("migrations/008_consent_language.sql"),
    // 9: staff, their PINs, who recorded what, and the activity log
    include_str!("migrations/009_staff.sql"),
];

/// The newest schema version this build knows.
pub(crate) const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// The schema version of the open database, refusing one newer than this build.
pub(crate) fn version(conn: &Connection) -> Result<i64> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > CURRENT_VERSION {
        return Err(CoreError::TooNew {
            found,
            supported: CURRENT_VERSION,
        });
    }
    Ok(found)
}

/// Where the copy of `vault` made before migrating it to schema version
/// `to` goes: next to it, named `<file name>.before-v<to>` (for example
/// `shop.vault.before-v4`).
pub fn migration_backup_path(vault: &Path, to: i64) -> PathBuf {
    let mut name = vault.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".before-v{to}"));
    vault.with_file_name(name)
}

/// If the shop at `vault` (open on `conn`) has data from an older schema
/// version, copies the encrypted file, byte for byte, to
/// [`migration_backup_path`] before anything is migrated, and returns that
/// path. The copy opens with the passphrase and recovery key the shop had
/// when it was made. A new, empty file (version 0) needs no copy.
pub(crate) fn backup_before_migrating(conn: &Connection, vault: &Path) -> Result<Option<PathBuf>> {
    let found = version(conn)?;
    if found == 0 || found == CURRENT_VERSION {
        return Ok(None);
    }
    // Reading the version rolled back any interrupted transaction, so the
    // file on disk is the shop as it was last committed.
    let bytes = std::fs::read(vault).map_err(|e| CoreError::Location {
        path: vault.to_path_buf(),
        reason: e.to_string(),
    })?;
    let copy = migration_backup_path(vault, CURRENT_VERSION);
    crate::book::write_private_file(&copy, &bytes)?;
    Ok(Some(copy))
}

/// Brings the database up to [`CURRENT_VERSION`] in one transaction,
/// refusing a newer file. On failure nothing is written.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let found = version(conn)?;
    if found == CURRENT_VERSION {
        return Ok(());
    }
    // Dirty pages stay in memory until the commit (the file is untouched
    // if any migration fails), however big the shop.
    conn.pragma_update(None, "cache_spill", false)?;
    let result = apply(conn, found);
    conn.pragma_update(None, "cache_spill", true)?;
    result.map_err(|e| match e {
        CoreError::Storage(source) => CoreError::Migration {
            from: found,
            to: CURRENT_VERSION,
            source,
        },
        other => other,
    })
}

/// Runs the migrations after `found` and the version bump as one transaction.
fn apply(conn: &mut Connection, found: i64) -> Result<()> {
    let tx = conn.transaction()?;
    for sql in MIGRATIONS.iter().skip(found as usize) {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", CURRENT_VERSION)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_reaches_the_current_version_and_stays_there() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, CURRENT_VERSION);
    }

    #[test]
    fn a_database_from_a_newer_version_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", CURRENT_VERSION + 1)
            .unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(matches!(err, CoreError::TooNew { .. }), "{err}");
        assert!(err.to_string().contains("newer version"));
    }
}
