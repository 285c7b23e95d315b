//! SQLite's `PRAGMA integrity_check`, spread over one connection per core.
//!
//! The whole-database check is single-threaded and, on a large shop, the
//! slowest step of a restore. It does three things: checks every table with
//! its indexes, checks the freelist, and accounts for every page (each one
//! used exactly once). Here the first is SQLite's own partial check
//! (`PRAGMA integrity_check(TABLE)`), one job per table; the page accounting
//! is one job per b-tree (its pages, from SQLite's `dbstat`) and one for the
//! freelist, each marking pages in its connection's own bitmap; the bitmaps
//! are then merged (a page marked twice is a second reference, one marked
//! nowhere is never used). The jobs go largest first, by a size estimate
//! read from each b-tree's leftmost path. When the file cannot be split that
//! way (one core, an empty database, an auto-vacuum database with
//! pointer-map pages, a table whose name SQLite would read as a number), the
//! whole check runs on one connection.

use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension};

use crate::VaultError;

/// At most this many connections check at once (each has its own caches).
const MAX_THREADS: usize = 4;
/// At most this many problems are reported (SQLite's own default).
const MAX_MESSAGES: usize = 100;
/// SQLite's `PENDING_BYTE`: the page holding it is never used.
const LOCK_BYTE_OFFSET: u32 = 0x4000_0000;
/// How much more a table's check costs than walking its pages (measured:
/// about 2–4 times; only the order of the jobs depends on it).
const CHECK_COST: u64 = 3;

/// Opens one more connection to the database being checked.
pub(crate) type Opener<'a> = &'a (dyn Fn() -> Result<Connection, VaultError> + Sync);

/// A piece of the check.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Job {
    /// SQLite's partial check of one table and its indexes.
    Table(String),
    /// Mark the pages of one b-tree (table or index).
    Btree(String),
    /// Mark the freelist's pages.
    Freelist,
}

/// `["ok"]` when the database is healthy, else SQLite-style messages.
pub(crate) fn integrity_check(open: Opener<'_>) -> Result<Vec<String>, VaultError> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    check_on(open, cores.min(MAX_THREADS))
}

/// The check on `threads` connections at most.
fn check_on(open: Opener<'_>, threads: usize) -> Result<Vec<String>, VaultError> {
    let first = open()?;
    let auto_vacuum: i64 = first.query_row("PRAGMA main.auto_vacuum", [], |r| r.get(0))?;
    let page_count: u32 = first.query_row("PRAGMA main.page_count", [], |r| r.get(0))?;
    let page_size: u32 = first.query_row("PRAGMA main.page_size", [], |r| r.get(0))?;
    let schema = Schema::read(&first)?;
    let numeric_name = schema.tables.iter().any(|t| t.parse::<i64>().is_ok());
    if threads < 2 || page_count == 0 || auto_vacuum != 0 || numeric_name {
        return finish(whole(&first)?);
    }
    let queue = Mutex::new(plan(&first, &schema)?);
    let work = |conn: &Connection| work(conn, &queue, page_count, page_size);

    let parts =
        std::thread::scope(|s| {
            let others: Vec<_> = (1..threads).map(|_| s.spawn(|| work(&open()?))).collect();
            let mut parts = vec![work(&first)];
            for other in others {
                parts.push(other.join().unwrap_or_else(|_| {
                    Err(VaultError::Io(std::io::Error::other("check failed")))
                }));
            }
            parts.into_iter().collect::<Result<Vec<_>, _>>()
        })?;

    let mut all = Accounts::new(page_count);
    for part in parts {
        all.merge(part);
    }
    let lock_page = LOCK_BYTE_OFFSET / page_size + 1;
    if lock_page <= page_count {
        all.mark(lock_page);
    }
    all.never_used();
    finish(all.problems)
}

/// `["ok"]` for no problems, else at most [`MAX_MESSAGES`] of them.
fn finish(mut found: Vec<String>) -> Result<Vec<String>, VaultError> {
    found.retain(|m| m != "ok");
    if found.is_empty() {
        return Ok(vec!["ok".to_string()]);
    }
    found.truncate(MAX_MESSAGES);
    Ok(found)
}

/// The database's tables and b-trees, from `sqlite_schema`.
struct Schema {
    /// Every table's name (virtual ones too: their check is their own).
    tables: Vec<String>,
    /// Every b-tree: (name, table it belongs to, root page).
    btrees: Vec<(String, String, u32)>,
}

impl Schema {
    fn read(conn: &Connection) -> Result<Schema, VaultError> {
        let mut tables = vec!["sqlite_schema".to_string()];
        let mut btrees = vec![("sqlite_schema".to_string(), "sqlite_schema".to_string(), 1)];
        let mut stmt = conn.prepare(
            "SELECT type, name, tbl_name, rootpage FROM main.sqlite_schema \
             WHERE type IN ('table', 'index')",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (kind, name): (String, String) = (row.get(0)?, row.get(1)?);
            let root: Option<u32> = row.get(3)?;
            if kind == "table" {
                tables.push(name.clone());
            }
            if let Some(root) = root.filter(|r| *r > 0) {
                btrees.push((name, row.get(2)?, root));
            }
        }
        Ok(Schema { tables, btrees })
    }
}

/// Every job, ordered so that popping from the end takes the largest first.
fn plan(conn: &Connection, schema: &Schema) -> Result<Vec<Job>, VaultError> {
    let mut sized: Vec<(u64, Job)> = vec![(1, Job::Freelist)];
    let mut by_table: Vec<(String, u64)> = Vec::new();
    for (name, table, root) in &schema.btrees {
        let pages = estimate(conn, *root)?;
        sized.push((pages, Job::Btree(name.clone())));
        by_table.push((table.clone(), pages));
    }
    for table in &schema.tables {
        // A virtual table's data lives in tables named after it (FTS5's shadows).
        let prefix = format!("{table}_");
        let pages: u64 = by_table
            .iter()
            .filter(|(t, _)| t == table || t.starts_with(&prefix))
            .map(|(_, n)| n)
            .sum();
        sized.push((pages * CHECK_COST, Job::Table(table.clone())));
    }
    sized.sort_by_key(|(cost, _)| *cost);
    Ok(sized.into_iter().map(|(_, job)| job).collect())
}

/// Roughly how many pages the b-tree at `root` has: the fan-out of each
/// interior page along its leftmost path, multiplied. Only orders the jobs.
fn estimate(conn: &Connection, root: u32) -> Result<u64, VaultError> {
    let mut pages = 1u64;
    let mut pgno = root;
    // B-trees are far shallower than this; the bound guards against a loop.
    for _ in 0..32 {
        let Some(data) = page(conn, pgno)? else {
            break;
        };
        let at = if pgno == 1 { 100 } else { 0 };
        // Page types 2 and 5 are interior pages (index and table).
        if !matches!(data.get(at), Some(2 | 5)) {
            break;
        }
        pages = pages.saturating_mul(u64::from(be16(&data, at + 3)) + 1);
        pgno = be32(&data, usize::from(be16(&data, at + 12)));
    }
    Ok(pages)
}

/// Take jobs from the queue until it is empty; returns what this connection
/// found and the pages it accounted for.
fn work(
    conn: &Connection,
    queue: &Mutex<Vec<Job>>,
    page_count: u32,
    page_size: u32,
) -> Result<Accounts, VaultError> {
    let mut acc = Accounts::new(page_count);
    loop {
        let job = queue.lock().unwrap_or_else(|e| e.into_inner()).pop();
        match job {
            None => return Ok(acc),
            Some(Job::Table(name)) => acc.problems.extend(table(conn, &name)?),
            Some(Job::Btree(name)) => btree_pages(conn, &name, &mut acc)?,
            Some(Job::Freelist) => freelist(conn, page_size, &mut acc)?,
        }
    }
}

/// The whole check on one connection.
fn whole(conn: &Connection) -> Result<Vec<String>, VaultError> {
    rows(conn, "PRAGMA main.integrity_check")
}

/// SQLite's partial check of one table and its indexes.
fn table(conn: &Connection, name: &str) -> Result<Vec<String>, VaultError> {
    let quoted = name.replace('"', "\"\"");
    rows(conn, &format!("PRAGMA main.integrity_check(\"{quoted}\")"))
}

/// The check's rows, one problem each (SQLite may put several in a row, one
/// per line, under a "*** in database main ***" heading).
fn rows(conn: &Connection, sql: &str) -> Result<Vec<String>, VaultError> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut found = Vec::new();
    for row in rows {
        found.extend(
            row?.lines()
                .filter(|line| !line.starts_with("*** in database"))
                .map(str::to_string),
        );
    }
    Ok(found)
}

/// Which pages are accounted for, one bit each, and what was wrong.
struct Accounts {
    used: Vec<u64>,
    page_count: u32,
    problems: Vec<String>,
}

impl Accounts {
    fn new(page_count: u32) -> Self {
        Accounts {
            used: vec![0; (page_count / 64 + 1) as usize],
            page_count,
            problems: Vec::new(),
        }
    }

    fn is_used(&self, p: u32) -> bool {
        self.used[(p / 64) as usize] & (1 << (p % 64)) != 0
    }

    /// Account for page `p`; false (and a problem noted) if it is outside
    /// the database or was accounted for already.
    fn mark(&mut self, p: u32) -> bool {
        if p == 0 || p > self.page_count {
            self.problems
                .push(format!("Page {p}: beyond the end of the database"));
            return false;
        }
        if self.is_used(p) {
            self.problems.push(format!("2nd reference to page {p}"));
            return false;
        }
        self.used[(p / 64) as usize] |= 1 << (p % 64);
        true
    }

    /// Take in another connection's accounts: its problems, and its pages
    /// (a page both marked is a second reference).
    fn merge(&mut self, other: Accounts) {
        self.problems.extend(other.problems);
        for (i, (mine, theirs)) in self.used.iter_mut().zip(other.used).enumerate() {
            let mut both = *mine & theirs;
            while both != 0 && self.problems.len() < MAX_MESSAGES {
                let p = i as u32 * 64 + both.trailing_zeros();
                self.problems.push(format!("2nd reference to page {p}"));
                both &= both - 1;
            }
            *mine |= theirs;
        }
    }

    /// Note every page nothing accounted for.
    fn never_used(&mut self) {
        for p in 1..=self.page_count {
            if self.full() {
                break;
            }
            if !self.is_used(p) {
                self.problems.push(format!("Page {p}: never used"));
            }
        }
    }

    fn full(&self) -> bool {
        self.problems.len() >= MAX_MESSAGES
    }
}

/// Accounts for every page of the b-tree `name` (interior, leaf, overflow).
fn btree_pages(conn: &Connection, name: &str, acc: &mut Accounts) -> Result<(), VaultError> {
    let mut stmt = conn.prepare_cached("SELECT pageno FROM dbstat('main') WHERE name = ?1")?;
    let mut rows = stmt.query([name])?;
    while let Some(row) = rows.next()? {
        acc.mark(row.get(0)?);
    }
    Ok(())
}

/// Accounts for the freelist: trunk pages from page 1's header on, each
/// listing leaf pages, against the count page 1 gives.
fn freelist(conn: &Connection, page_size: u32, acc: &mut Accounts) -> Result<(), VaultError> {
    let header = page(conn, 1)?.ok_or(VaultError::Damaged)?;
    let expected = be32(&header, 36);
    let max_leaves = page_size / 4 - 2;
    let mut trunk = be32(&header, 32);
    let mut counted = 0u32;
    while trunk != 0 && counted <= expected && !acc.full() {
        if !acc.mark(trunk) {
            break;
        }
        counted += 1;
        let data = page(conn, trunk)?.ok_or(VaultError::Damaged)?;
        let leaves = be32(&data, 4);
        if leaves > max_leaves {
            acc.problems
                .push(format!("freelist leaf count too big on page {trunk}"));
            break;
        }
        for i in 0..leaves as usize {
            acc.mark(be32(&data, 8 + 4 * i));
            counted = counted.saturating_add(1);
        }
        trunk = be32(&data, 0);
    }
    if counted != expected {
        acc.problems.push(format!(
            "Freelist: size is {counted} but should be {expected}"
        ));
    }
    Ok(())
}

/// Page `pgno`'s bytes, read through SQLite (`sqlite_dbpage`); `None` past the end.
fn page(conn: &Connection, pgno: u32) -> Result<Option<Vec<u8>>, VaultError> {
    Ok(conn
        .prepare_cached("SELECT data FROM sqlite_dbpage('main') WHERE pgno = ?1")?
        .query_row([pgno], |r| r.get(0))
        .optional()?)
}

fn be16(data: &[u8], at: usize) -> u16 {
    data.get(at..at + 2)
        .map_or(0, |b| u16::from_be_bytes([b[0], b[1]]))
}

fn be32(data: &[u8], at: usize) -> u32 {
    data.get(at..at + 4)
        .map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// A database with indexes, a full-text index, overflow pages, a
    /// freelist and Unicode text.
    fn shop(path: &Path) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(
            "PRAGMA page_size = 4096;
             CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT);
             CREATE INDEX customer_name ON customer(name);
             CREATE TABLE clock(tbl TEXT, pk TEXT, hlc TEXT, PRIMARY KEY (tbl, pk)) WITHOUT ROWID;
             CREATE INDEX clock_hlc ON clock(hlc);
             CREATE VIRTUAL TABLE search USING fts5(name);",
        )
        .unwrap();
        conn.execute_batch("BEGIN").unwrap();
        let names = ["Zoë Ødegård", "李小龙", "O'Brien"];
        for i in 0..3000 {
            let name = format!("{} {i}", names[i % 3]);
            let note = if i % 100 == 0 {
                "x".repeat(9000)
            } else {
                String::new()
            };
            conn.execute(
                "INSERT INTO customer(name, note) VALUES (?1, ?2)",
                (&name, &note),
            )
            .unwrap();
            conn.execute(
                "INSERT INTO clock VALUES ('customer', ?1, ?2)",
                (i.to_string(), format!("{:020}", 3000 - i)),
            )
            .unwrap();
            conn.execute("INSERT INTO search(name) VALUES (?1)", [&name])
                .unwrap();
        }
        conn.execute_batch("COMMIT").unwrap();
        conn.execute("DELETE FROM customer WHERE id BETWEEN 1000 AND 2000", [])
            .unwrap();
    }

    fn opener(path: &Path) -> impl Fn() -> Result<Connection, VaultError> + Sync + '_ {
        move || Ok(Connection::open(path)?)
    }

    /// Overwrite bytes `at..` of page 1 in the plain file.
    fn poke(path: &Path, at: usize, bytes: &[u8]) {
        let mut file = std::fs::read(path).unwrap();
        file[at..at + bytes.len()].copy_from_slice(bytes);
        std::fs::write(path, file).unwrap();
    }

    fn free_pages(path: &Path) -> u32 {
        Connection::open(path)
            .unwrap()
            .query_row("PRAGMA freelist_count", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_healthy_database_is_ok_on_any_number_of_connections() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.db");
        assert_eq!(check_on(&opener(&empty), 2).unwrap(), ["ok"]);
        let path = dir.path().join("shop.db");
        shop(&path);
        assert!(free_pages(&path) > 0, "the test needs a freelist");
        for threads in 1..=3 {
            assert_eq!(check_on(&opener(&path), threads).unwrap(), ["ok"]);
        }
    }

    #[test]
    fn pages_left_out_of_the_freelist_are_never_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        shop(&path);
        let free = free_pages(&path);
        poke(&path, 32, &[0; 8]); // no freelist trunk, a count of 0
        let whole = check_on(&opener(&path), 1).unwrap();
        let split = check_on(&opener(&path), 2).unwrap();
        let never = |found: &[String]| found.iter().filter(|m| m.ends_with("never used")).count();
        assert_eq!(never(&whole), free as usize, "{whole:?}");
        assert_eq!(never(&split), free as usize, "{split:?}");
    }

    #[test]
    fn a_page_both_in_a_table_and_on_the_freelist_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        shop(&path);
        let root: u32 = Connection::open(&path)
            .unwrap()
            .query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'customer'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        // A freelist of one trunk page: the customer table's root.
        let mut header = [0u8; 8];
        header[..4].copy_from_slice(&root.to_be_bytes());
        header[4..].copy_from_slice(&1u32.to_be_bytes());
        poke(&path, 32, &header);
        assert_ne!(check_on(&opener(&path), 1).unwrap(), ["ok"]);
        let split = check_on(&opener(&path), 2).unwrap();
        assert!(
            split.contains(&format!("2nd reference to page {root}")),
            "{split:?}"
        );
    }

    #[test]
    fn an_index_that_disagrees_with_its_table_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        shop(&path);
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_schema SET sql = 'CREATE INDEX customer_name ON customer(note)'
              WHERE name = 'customer_name';",
        )
        .unwrap();
        drop(conn);
        for threads in 1..=2 {
            let found = check_on(&opener(&path), threads).unwrap();
            assert!(
                found.iter().any(|m| m.contains("customer_name")),
                "{threads}: {found:?}"
            );
        }
    }
}
