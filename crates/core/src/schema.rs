//! Versioned, forward-only schema migrations.
//!
//! The schema version is kept in `PRAGMA user_version`. Each migration runs in
//! the same transaction as the version bump, so a failed migration leaves the
//! file as it was.

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
];

/// The newest schema version this build knows.
pub(crate) const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`CURRENT_VERSION`], refusing a newer file.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > CURRENT_VERSION {
        return Err(CoreError::TooNew {
            found,
            supported: CURRENT_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
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
