//! Core's interface to sync: what every write must do for sync whether or
//! not sync is on, and what sync may read and write. The sync feature itself
//! (the change file, sealing and signing, the folder, pairing, the merge, the
//! `sync_*` API) is the crate `shopkeeper-sync`, which builds on this module
//! alone (docs/ARCHITECTURE.md, "core's interface to sync").
//!
//! - `clock`: the hybrid logical clock ([`Clock`], readings [`Hlc`]);
//! - `capture`: the TEMP triggers installed at every [`Shop::open`] that
//!   note every change with a clock reading, in the same transaction; the
//!   synced tables ([`SyncTable`], from the export's `TABLES`); the captured
//!   changes since a reading ([`changes_since`], [`record`]); a record's
//!   clocks and values ([`clocks`], [`values`]);
//! - `bulk`: imports that pause capture and stamp what they made;
//! - `record`: one record's captured state ([`Record`]);
//! - `settle`: what follows a merge ([`settle_touched`]: totals settled,
//!   erasures applied again);
//! - [`local`]: this computer's own sync settings (table `sync_local`).
//!
//! The `Shop` methods [`Shop::changes`], [`Shop::read_changes`],
//! [`Shop::write_changes`], [`Shop::apply_changes`] and
//! [`Shop::changes_applied`] hand sync the connection for sync's own tables
//! (`sync_*`) and for merging records, with capture on or paused.

mod bulk;
mod capture;
mod clock;
pub mod local;
mod record;
mod settle;

use rusqlite::{Connection, Transaction};

use crate::{Result, Shop};

pub(crate) use self::bulk::BulkCapture;
pub use self::capture::{
    clocks, is_local_record, key_values, pending as changes_since, record, seed, table, to_sql,
    values, SyncTable,
};
pub use self::clock::{device_of, is_device_id, wall_millis, Clock, Hlc, DEVICE_LEN};
pub use self::record::Record;
pub use self::settle::settle_touched;

/// Change capture for one open shop: its clock and the synced tables.
#[derive(Debug, Clone)]
pub struct Capture {
    clock: Clock,
    tables: Vec<SyncTable>,
}

impl Capture {
    /// Starts capturing changes on `conn` (whether or not sync is on, so
    /// that turning it on later sends the shop with its true history).
    pub(crate) fn install(conn: &Connection) -> Result<Capture> {
        let clock = Clock::install(conn)?;
        let tables = capture::tables(conn)?;
        capture::install(conn, &tables)?;
        Ok(Capture { clock, tables })
    }

    /// The shop's clock.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The synced tables, parents before children.
    pub fn tables(&self) -> &[SyncTable] {
        &self.tables
    }
}

impl Shop {
    /// Change capture: the clock and the synced tables.
    pub fn changes(&self) -> &Capture {
        self.capture()
    }

    /// Runs `f` on the connection, to read sync's own tables (`sync_*`) and
    /// the captured changes. Writes nothing of its own.
    pub fn read_changes<T>(&self, f: impl FnOnce(&Connection, &Capture) -> Result<T>) -> Result<T> {
        f(self.conn(), self.capture())
    }

    /// Runs `f` in one transaction with capture on: sync's own bookkeeping
    /// (`sync_local`, `sync_applied` …) and seeding the clocks.
    pub fn write_changes<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &Capture) -> Result<T>,
    ) -> Result<T> {
        let capture = self.capture().clone();
        self.write(|tx, _| f(tx, &capture))
    }

    /// Runs `f`, which applies records merged from another computer, in one
    /// transaction with capture paused (they are not echoed back) and
    /// foreign keys unchecked (a record may arrive before the one it refers
    /// to). Then call [`Shop::changes_applied`].
    pub fn apply_changes<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &Capture) -> Result<T>,
    ) -> Result<T> {
        let capture = self.capture().clone();
        self.without_foreign_keys(|shop| {
            let _paused = capture.clock.pause_capture();
            shop.write(|tx, _| f(tx, &capture))
        })
    }

    /// After changes were applied: reads the shop's settings again if
    /// `settings` changed, and compacts the database if a customer was
    /// `erased` (so their data does not linger in free pages).
    pub fn changes_applied(&mut self, settings: bool, erased: bool) -> Result<()> {
        if settings {
            self.reload_settings()?;
        }
        if erased {
            self.conn().execute_batch("VACUUM")?;
        }
        Ok(())
    }
}
