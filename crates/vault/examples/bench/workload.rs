//! The benchmark workload, shared by the vault bench (`vault-bench`) and the
//! SQLCipher bench (`bench/sqlcipher`, which includes this file by path).
//!
//! Two connections run every step in alternating rounds (A B, B A, A B, ...),
//! so that load from other processes on a noisy machine hits both sides
//! alike: the bulk insert one 10,000-row transaction per round, the small
//! commits one commit per round, the reads five rounds each (median).

use std::time::{Duration, Instant};

use rusqlite::Connection;

/// The pragmas of a vault connection that matter for speed; the baseline
/// connections get the same (page size 4096 is SQLite's default already).
pub const PRAGMAS: &str = "PRAGMA journal_mode = TRUNCATE;
     PRAGMA synchronous = FULL;
     PRAGMA temp_store = MEMORY;
     PRAGMA secure_delete = ON;
     PRAGMA mmap_size = 0;
     PRAGMA cell_size_check = ON;
     PRAGMA cache_size = -8192;";

/// One timed step of the workload.
struct Step {
    name: &'static str,
    /// Alternating rounds per connection.
    rounds: u32,
    /// Report the sum of the rounds; otherwise the median round.
    total: bool,
    run: fn(&mut Connection, u32),
}

const ROWS: i64 = 100_000;

/// Rows per bulk-insert transaction (an import commits every 10,000 rows).
const BATCH: i64 = 10_000;

/// One 10,000-row transaction of the bulk insert (the first round makes
/// the tables): ten rounds, alternating with the other connection.
fn bulk_insert(conn: &mut Connection, round: u32) {
    if round == 0 {
        conn.execute_batch(
            "CREATE TABLE c(id INTEGER PRIMARY KEY, name TEXT, city TEXT, spent INTEGER);
             CREATE INDEX c_city ON c(city, spent);
             CREATE VIRTUAL TABLE f USING fts5(body);",
        )
        .unwrap();
    }
    let batch = i64::from(round);
    let tx = conn.transaction().unwrap();
    {
        let mut s = tx
            .prepare_cached("INSERT INTO c(name, city, spent) VALUES (?1, ?2, ?3)")
            .unwrap();
        let mut f = tx
            .prepare_cached("INSERT INTO f(body) VALUES (?1)")
            .unwrap();
        for i in batch * BATCH..(batch + 1) * BATCH {
            s.execute((
                format!("customer {i}"),
                format!("city{}", i % 50),
                i * 7 % 10_000,
            ))
            .unwrap();
            if i % 10 == 0 {
                f.execute([format!("note {i} likes tea linen brass {}", i % 97)])
                    .unwrap();
            }
        }
    }
    tx.commit().unwrap();
}

fn point_reads(conn: &mut Connection, round: u32) {
    let mut s = conn
        .prepare_cached("SELECT name FROM c WHERE id = ?1")
        .unwrap();
    for i in 0..10_000i64 {
        let id = (i * 7919 + i64::from(round) * 31) % ROWS + 1;
        let _: String = s.query_row([id], |r| r.get(0)).unwrap();
    }
}

fn range_scans(conn: &mut Connection, _: u32) {
    let mut s = conn
        .prepare_cached(
            "SELECT count(*), sum(spent) FROM c WHERE city = ?1 AND spent BETWEEN 1000 AND 5000",
        )
        .unwrap();
    for i in 0..200 {
        let _: i64 = s
            .query_row([format!("city{}", i % 50)], |r| r.get(0))
            .unwrap();
    }
}

fn fts_searches(conn: &mut Connection, _: u32) {
    let mut s = conn
        .prepare_cached("SELECT count(*) FROM f WHERE f MATCH ?1")
        .unwrap();
    for i in 0..500 {
        let _: i64 = s
            .query_row([format!("tea AND {}", i % 97)], |r| r.get(0))
            .unwrap();
    }
}

/// One small commit per round: the connections alternate commit by commit,
/// so the disk's swings (fsync latency varies tenfold within seconds on a
/// shared machine) hit both alike.
fn commits(conn: &mut Connection, round: u32) {
    let id = i64::from(round) * 97 % ROWS + 1;
    conn.execute("UPDATE c SET spent = spent + 1 WHERE id = ?1", [id])
        .unwrap();
}

const STEPS: &[Step] = &[
    Step {
        name: "bulk insert 100k rows (+10k FTS), 10k-row transactions",
        rounds: (ROWS / BATCH) as u32,
        total: true,
        run: bulk_insert,
    },
    Step {
        name: "10k point reads",
        rounds: 5,
        total: false,
        run: point_reads,
    },
    Step {
        name: "200 range scans",
        rounds: 5,
        total: false,
        run: range_scans,
    },
    Step {
        name: "500 FTS searches",
        rounds: 5,
        total: false,
        run: fts_searches,
    },
    Step {
        name: "1000 commits (synchronous=FULL)",
        rounds: 1000,
        total: true,
        run: commits,
    },
];

/// The optional first argument: a page cache size in KiB for both sides
/// instead of `PRAGMAS`' 8 MiB (the docs measure 2000, SQLite's own default,
/// and 262144, 256 MiB, where the whole database stays in the page cache).
pub fn cache_from_args(a: &Connection, b: &Connection) {
    if let Some(kib) = std::env::args().nth(1) {
        let kib: u32 = kib.parse().expect("page cache size in KiB");
        let pragma = format!("PRAGMA cache_size = -{kib}");
        a.execute_batch(&pragma).unwrap();
        b.execute_batch(&pragma).unwrap();
        println!("page cache: {kib} KiB on both sides");
    }
}

fn report(mut times: Vec<Duration>, total: bool) -> Duration {
    if total {
        return times.iter().sum();
    }
    times.sort();
    times[times.len() / 2]
}

/// Run the workload on two fresh, empty databases (alternating between them)
/// and print a markdown table of the times and the ratio `b / a`.
pub fn compare(names: (&str, &str), a: &mut Connection, b: &mut Connection) {
    println!(
        "\n| workload | {} | {} | ratio |\n|---|---|---|---|",
        names.0, names.1
    );
    for step in STEPS {
        let (mut ta, mut tb) = (Vec::new(), Vec::new());
        for round in 0..step.rounds {
            let mut order = [(&mut *a, &mut ta), (&mut *b, &mut tb)];
            if round % 2 == 1 {
                order.reverse();
            }
            for (conn, times) in order {
                let start = Instant::now();
                (step.run)(conn, round);
                times.push(start.elapsed());
            }
        }
        let (ta, tb) = (report(ta, step.total), report(tb, step.total));
        println!(
            "| {} | {:.1} ms | {:.1} ms | {:.2}x |",
            step.name,
            ta.as_secs_f64() * 1e3,
            tb.as_secs_f64() * 1e3,
            tb.as_secs_f64() / ta.as_secs_f64()
        );
    }
    let pages: i64 = a.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    println!(
        "\ndatabase size: {:.1} MiB",
        pages as f64 * 4096.0 / 1_048_576.0
    );
}
