//! Bulk writes that only make new records (imports): capture paused and
//! the capture triggers taken off the tables, the records stamped with one
//! reading when sync is on (docs/sync.md, "Bulk imports").

use rusqlite::Connection;

use super::capture::{self, SyncTable};
use super::{clock, local, Capture};
use crate::CoreError;
use crate::{Result, Shop};

impl Capture {
    /// Pauses the per-row capture triggers for a bulk write that only makes
    /// new records (an import). With `sync_on`, the caller stamps every
    /// record it made with [`BulkCapture::stamp`], in the same transaction,
    /// before committing: all of them get one clock reading, taken now.
    /// With sync off the records get no clock: turning sync on gives every
    /// record without one a fresh reading ([`capture::seed`]), which is all
    /// a clock taken now could have told (docs/sync.md, "Bulk imports").
    /// Capture resumes when the value is dropped.
    fn bulk(&self, sync_on: bool) -> BulkCapture {
        BulkCapture {
            _paused: self.clock.pause_capture(),
            reading: sync_on.then(|| self.clock.state().tick()),
            tables: self.tables.clone(),
        }
    }
}

impl Shop {
    /// Runs `f`, a bulk write that only makes new records, with capture
    /// paused (see [`Capture::bulk`]) and the capture triggers taken off the
    /// tables: even paused, each of them costs every row written a trigger
    /// program and a statement journal. They are put back afterwards,
    /// whatever `f` returned.
    pub(crate) fn bulk_capture<T>(
        &mut self,
        f: impl FnOnce(&mut Shop, &BulkCapture) -> Result<T>,
    ) -> Result<T> {
        let sync_on = local::get(self.conn(), local::KEY)?.is_some();
        let clocks = self.capture().bulk(sync_on);
        let out = capture::uninstall(self.conn(), &clocks.tables).and_then(|()| f(self, &clocks));
        let back = capture::reinstall(self.conn(), &clocks.tables);
        drop(clocks);
        let out = out?;
        back?;
        Ok(out)
    }
}

/// Capture paused for a bulk write; see [`Capture::bulk`].
pub(crate) struct BulkCapture {
    _paused: clock::CapturePaused,
    /// The one reading for every record made; `None` while sync is off.
    reading: Option<String>,
    tables: Vec<SyncTable>,
}

impl BulkCapture {
    /// Whether the records made need [`BulkCapture::stamp`] (sync is on).
    pub(crate) fn stamps(&self) -> bool {
        self.reading.is_some()
    }

    /// Records the creation of the new records of `table` whose keys (in the
    /// table's key order) are `keys`, with the bulk write's one reading:
    /// the clock row the insert trigger would have written. Keys given in
    /// order keep both of `sync_clock`'s b-trees growing at one end. Does
    /// nothing while sync is off.
    pub(crate) fn stamp<P: rusqlite::Params>(
        &self,
        conn: &Connection,
        table: &str,
        keys: impl IntoIterator<Item = P>,
    ) -> Result<()> {
        let Some(reading) = &self.reading else {
            return Ok(());
        };
        let t = capture::table(&self.tables, table).ok_or_else(|| {
            CoreError::invalid("sync", msg!("error-sync-unknown-table", table = table))
        })?;
        let params: Vec<String> = (1..=t.key.len()).map(|i| format!("?{i}")).collect();
        // The reading is our own clock's text (hexadecimal digits and dashes).
        let mut insert = conn.prepare(&format!(
            "INSERT INTO sync_clock (tbl, pk, col, hlc) VALUES ('{}', json_array({}), '', '{}')",
            t.name,
            params.join(", "),
            reading
        ))?;
        for key in keys {
            insert.execute(key)?;
        }
        Ok(())
    }
}
