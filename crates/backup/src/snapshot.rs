//! Reading a consistent page snapshot out of a connection, and writing pages
//! back into an empty one, through `sqlite_dbpage`.

use std::io::{Read, Write};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{BackupError, Result};
use crate::header::{new_header, read_full, read_header};
use crate::keys::{BackupKeys, BackupUnlock};
use crate::meta::{BackupFacts, BackupSummary, Metadata};
use crate::stream::{StreamReader, StreamWriter};

/// The first 16 bytes of every SQLite database.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// SQLite's `PENDING_BYTE`: the page that holds it is the unused lock-byte page.
const LOCK_BYTE_OFFSET: u32 = 0x4000_0000;

/// Write a backup of `conn`'s main database to `out` and return `out`.
pub(crate) fn write_backup<W: Write>(
    conn: &Connection,
    mut out: W,
    keys: &BackupKeys,
    facts: &BackupFacts,
) -> Result<(W, BackupSummary)> {
    // One read transaction for the whole snapshot: a writer elsewhere waits
    // (rollback journal) or is invisible to us (WAL); either way the pages agree.
    let tx = if conn.is_autocommit() {
        Some(conn.unchecked_transaction()?)
    } else {
        None
    };
    let page_size: u32 = conn.query_row("PRAGMA main.page_size", [], |r| r.get(0))?;
    let page_count: u32 = conn.query_row("PRAGMA main.page_count", [], |r| r.get(0))?;
    let meta = Metadata {
        facts: facts.clone(),
        page_size,
        page_count,
    };
    let json = meta.to_json()?;
    let (header, fk) = new_header(keys, (json.len() + crate::format::TAG_LEN) as u32);
    out.write_all(&header)?;
    out.write_all(&Metadata::seal(&json, &fk))?;

    let mut stream = StreamWriter::new(&fk.payload_key(), out);
    let mut stmt = conn.prepare("SELECT pgno, data FROM sqlite_dbpage('main')")?;
    let mut rows = stmt.query([])?;
    let mut expected: u32 = 1;
    while let Some(row) = rows.next()? {
        let pgno: u32 = row.get(0)?;
        let data = row.get_ref(1)?.as_blob().map_err(|_| BackupError::Busy)?;
        if pgno != expected || data.len() != page_size as usize || pgno > page_count {
            return Err(BackupError::Busy);
        }
        stream.write_all(data)?;
        expected += 1;
    }
    if expected - 1 != page_count {
        return Err(BackupError::Busy);
    }
    drop(rows);
    drop(stmt);
    let out = stream.finish()?;
    drop(tx); // read-only: rolling back just ends the read transaction
    Ok((
        out,
        BackupSummary {
            facts: meta.facts,
            page_size,
            page_count,
            file_bytes: 0,
            path: Default::default(),
        },
    ))
}

/// An opened backup: its metadata and the authenticated payload stream.
pub(crate) struct OpenBackup<R: Read> {
    pub(crate) meta: Metadata,
    stream: StreamReader<R>,
}

/// Read and authenticate the header and metadata of a backup.
pub(crate) fn open_backup<R: Read>(mut r: R, unlock: &BackupUnlock) -> Result<OpenBackup<R>> {
    let fk = read_header(&mut r, unlock)?;
    let mut sealed = vec![0u8; fk.meta_len as usize];
    read_full(&mut r, &mut sealed)?;
    let meta = Metadata::open(sealed, &fk)?;
    let stream = StreamReader::new(&fk.payload_key(), r);
    Ok(OpenBackup { meta, stream })
}

impl<R: Read> OpenBackup<R> {
    /// Feed the pages, in order, a chunk's worth of whole pages at a time, to
    /// `f(first_pgno, pages)`; fails unless the whole payload authenticates
    /// and holds exactly `page_count` pages.
    pub(crate) fn for_each_chunk(
        &mut self,
        mut f: impl FnMut(u32, &[u8]) -> Result<()>,
    ) -> Result<()> {
        let ps = self.meta.page_size as usize;
        let mut pages: u32 = 0;
        while let Some(chunk) = self.stream.next_chunk()? {
            // Page sizes are powers of two up to the chunk size, so chunks hold whole pages.
            if chunk.len() % ps != 0 {
                return Err(BackupError::Damaged);
            }
            if chunk.is_empty() {
                continue; // the final chunk of a stream may be empty
            }
            let first = pages.checked_add(1).ok_or(BackupError::Damaged)?;
            let n = u32::try_from(chunk.len() / ps).map_err(|_| BackupError::Damaged)?;
            pages = pages.checked_add(n).ok_or(BackupError::Damaged)?;
            if pages > self.meta.page_count || (first == 1 && &chunk[..16] != SQLITE_MAGIC) {
                return Err(BackupError::Damaged);
            }
            f(first, chunk)?;
        }
        if pages != self.meta.page_count {
            return Err(BackupError::Damaged);
        }
        Ok(())
    }

    /// Feed every page, in order, to `f(pgno, page)` (a copy it may change),
    /// with the checks of [`OpenBackup::for_each_chunk`].
    pub(crate) fn for_each_page(
        &mut self,
        mut f: impl FnMut(u32, &mut [u8]) -> Result<()>,
    ) -> Result<()> {
        let ps = self.meta.page_size as usize;
        let mut page = zeroize::Zeroizing::new(vec![0u8; ps]);
        self.for_each_chunk(|first, pages| {
            for (pgno, p) in (first..).zip(pages.chunks_exact(ps)) {
                page.copy_from_slice(p);
                f(pgno, &mut page)?;
            }
            Ok(())
        })
    }
}

/// Write the pages of `backup` into the empty database of `target`, then check it.
pub(crate) fn restore_into<R: Read>(mut backup: OpenBackup<R>, target: &Connection) -> Result<()> {
    if !target.is_autocommit() {
        return Err(BackupError::Busy);
    }
    if backup.meta.page_count == 0 {
        // An empty database: nothing to write, but the stream must still authenticate.
        return backup.for_each_chunk(|_, _| Ok(()));
    }
    let ps = backup.meta.page_size;
    let pages: u32 = target.query_row("PRAGMA main.page_count", [], |r| r.get(0))?;
    let tables: u32 =
        target.query_row("SELECT count(*) FROM main.sqlite_schema", [], |r| r.get(0))?;
    if pages > 1 || tables > 0 {
        return Err(BackupError::TargetNotEmpty);
    }
    if pages == 0 {
        target.pragma_update(Some("main"), "page_size", ps)?;
    }
    let target_ps: u32 = target.query_row("PRAGMA main.page_size", [], |r| r.get(0))?;
    if target_ps != ps {
        return Err(BackupError::PageSizeMismatch);
    }
    let journal: String = target.query_row("PRAGMA main.journal_mode", [], |r| r.get(0))?;
    let wal = journal.eq_ignore_ascii_case("wal");

    // sqlite_dbpage refuses writes on a "defensive" connection; lift that for
    // the restore only and put it back afterwards.
    let defensive = target.db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE)?;
    if defensive {
        target.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, false)?;
    }
    let mut result = write_pages(&mut backup, target, wal);
    if result.is_ok() {
        // sqlite_dbpage writes under the b-tree layer, and starting the write
        // transaction on the empty database made the b-tree parse a fresh, empty
        // page 1, which it keeps cached. Checking just the schema table makes it
        // parse page 1 again; then reload the schema. (Should a later SQLite
        // behave otherwise, the full integrity check below fails loudly.)
        result = target
            .query_row("PRAGMA main.integrity_check(sqlite_schema)", [], |_| Ok(()))
            .and_then(|()| target.execute_batch("PRAGMA writable_schema = RESET"))
            .map_err(Into::into);
    }
    if defensive {
        target.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    }
    result?;

    let check: Vec<String> = {
        let mut stmt = target.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let pages_after: u32 = target.query_row("PRAGMA main.page_count", [], |r| r.get(0))?;
    if check != ["ok"] || pages_after != backup.meta.page_count {
        return Err(BackupError::RestoreCheckFailed);
    }
    Ok(())
}

fn write_pages<R: Read>(backup: &mut OpenBackup<R>, target: &Connection, wal: bool) -> Result<()> {
    // Everything in one transaction: if any chunk fails to authenticate, the
    // transaction rolls back on drop and the target stays empty.
    let tx = Transaction::new_unchecked(target, TransactionBehavior::Immediate)?;
    {
        let mut stmt =
            tx.prepare("INSERT INTO sqlite_dbpage(pgno, data, schema) VALUES (?1, ?2, 'main')")?;
        // The page holding byte offset 1 GiB (SQLite's lock-byte page) is never
        // used; sqlite_dbpage reads it as zeros and refuses to write it.
        let lock_page = LOCK_BYTE_OFFSET / backup.meta.page_size + 1;
        backup.for_each_page(|pgno, page| {
            if pgno == lock_page {
                return Ok(());
            }
            if pgno == 1 {
                // Bytes 18 and 19 select the journal mode (1 rollback, 2 WAL):
                // keep the target's, whatever the source used.
                let mode = if wal { 2 } else { 1 };
                page[18] = mode;
                page[19] = mode;
            }
            stmt.execute(rusqlite::params![pgno, &page[..]])?;
            Ok(())
        })?;
    }
    tx.commit()?;
    Ok(())
}

/// Read a backup fully without restoring it.
pub(crate) fn verify_all<R: Read>(mut backup: OpenBackup<R>) -> Result<Metadata> {
    backup.for_each_chunk(|_, _| Ok(()))?;
    Ok(backup.meta)
}

/// Just the header and metadata.
pub(crate) fn read_meta<R: Read>(r: R, unlock: &BackupUnlock) -> Result<Metadata> {
    Ok(open_backup(r, unlock)?.meta)
}
