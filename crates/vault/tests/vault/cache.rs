//! The block cache across connections: each connection's vault file keeps
//! decrypted blocks while SQLite holds a lock; when another connection has
//! committed in between, it must read the new data, never stale blocks.

use rand::{Rng, SeedableRng};
use rusqlite::Connection;
use shopkeeper_vault::testing::{open_with_dek, unlock_dek};
use shopkeeper_vault::Unlock;

use crate::common::{new_vault, pass};

fn rows(conn: &Connection) -> Vec<(i64, String)> {
    let mut s = conn.prepare("SELECT id, v FROM t ORDER BY id").unwrap();
    let r = s.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    r.map(|x| x.unwrap()).collect()
}

#[test]
fn a_reader_sees_every_commit_of_another_connection() {
    let dir = tempfile::tempdir().unwrap();
    let (writer, _, path) = new_vault(dir.path(), "shared.vault", "two connections");
    let dek = unlock_dek(&path, &Unlock::Passphrase(pass("two connections"))).unwrap();
    // Tiny page caches so every read reaches the VFS (and its block cache).
    writer
        .execute_batch(
            "PRAGMA cache_size = 2;
             CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);",
        )
        .unwrap();
    let reader = open_with_dek(&path, &dek).unwrap();
    reader.execute_batch("PRAGMA cache_size = 2;").unwrap();
    let mut model: Vec<(i64, String)> = Vec::new();
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    for round in 0..150 {
        // Rewrite existing rows in place (same pages, same file size), grow,
        // or shrink the table, so both changed pages and changed sizes occur.
        match rng.gen_range(0..4) {
            0 | 1 if !model.is_empty() => {
                let tx = writer.unchecked_transaction().unwrap();
                for _ in 0..rng.gen_range(1..20) {
                    let i = rng.gen_range(0..model.len());
                    let v = format!("r{round}-{}", "x".repeat(rng.gen_range(0..60)));
                    tx.execute("UPDATE t SET v = ?1 WHERE id = ?2", (&v, model[i].0))
                        .unwrap();
                    model[i].1 = v;
                }
                tx.commit().unwrap();
            }
            2 if model.len() > 50 => {
                let cut = model[model.len() / 2].0;
                writer
                    .execute("DELETE FROM t WHERE id >= ?1", [cut])
                    .unwrap();
                model.retain(|(id, _)| *id < cut);
                if round % 3 == 0 {
                    writer.execute_batch("VACUUM").unwrap();
                }
            }
            _ => {
                let tx = writer.unchecked_transaction().unwrap();
                let start = model.last().map_or(1, |(id, _)| id + 1);
                for id in start..start + rng.gen_range(1..200) {
                    let v = format!("n{round}-{}", "y".repeat(rng.gen_range(0..300)));
                    tx.execute("INSERT INTO t(id, v) VALUES (?1, ?2)", (id, &v))
                        .unwrap();
                    model.push((id, v));
                }
                tx.commit().unwrap();
            }
        }
        assert_eq!(rows(&reader), model, "round {round}: stale read");
        if round % 10 == 0 {
            // And the other way round: the writer must see the reader's commit.
            reader
                .execute("UPDATE t SET v = v WHERE id = (SELECT min(id) FROM t)", [])
                .unwrap();
            assert_eq!(
                rows(&writer),
                model,
                "round {round}: writer read stale data"
            );
        }
    }
    let ok: String = reader
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

/// The writer process of the test below; does nothing unless run as one.
#[test]
fn cache_writer_child() {
    let (Some(path), Ok(rk)) = (
        std::env::var_os("SHOPKEEPER_CACHE_WRITER"),
        std::env::var("SHOPKEEPER_CACHE_KEY"),
    ) else {
        return;
    };
    let conn = shopkeeper_vault::open(
        std::path::Path::new(&path),
        &Unlock::RecoveryKey(rk.parse().unwrap()),
    )
    .unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(30))
        .unwrap();
    for gen in 1..=COMMITS {
        // Every commit rewrites every row (many pages) and adds one.
        let tx = conn.unchecked_transaction().unwrap();
        tx.execute("UPDATE t SET gen = ?1, pad = ?2", (gen, pad(gen)))
            .unwrap();
        tx.execute("INSERT INTO t(gen, pad) VALUES (?1, ?2)", (gen, pad(gen)))
            .unwrap();
        tx.commit().unwrap();
    }
}

const COMMITS: i64 = 150;
const ROWS: i64 = 200;

fn pad(gen: i64) -> String {
    format!("{gen}-{}", "p".repeat(300 + (gen as usize * 37) % 400))
}

/// Another process commits while this one reads: every read transaction must
/// see one consistent generation, never older than the last one it saw.
#[test]
fn a_reader_process_never_sees_stale_blocks_of_a_writer_process() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, rk, path) = new_vault(dir.path(), "procs.vault", "two processes");
    conn.execute_batch("CREATE TABLE t(id INTEGER PRIMARY KEY, gen INTEGER, pad TEXT)")
        .unwrap();
    for _ in 0..ROWS {
        conn.execute("INSERT INTO t(gen, pad) VALUES (0, ?1)", [pad(0)])
            .unwrap();
    }
    drop(conn);
    let dek = unlock_dek(&path, &Unlock::RecoveryKey(rk.to_string().parse().unwrap())).unwrap();
    let reader = open_with_dek(&path, &dek).unwrap();
    reader.execute_batch("PRAGMA cache_size = 2;").unwrap();
    reader
        .busy_timeout(std::time::Duration::from_secs(30))
        .unwrap();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "cache::cache_writer_child", "--test-threads=1"])
        .env("SHOPKEEPER_CACHE_WRITER", &path)
        .env("SHOPKEEPER_CACHE_KEY", rk.to_string())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let (mut last, mut reads) = (0i64, 0u32);
    loop {
        let done = child.try_wait().unwrap().is_some();
        let (lo, hi, n, bad): (i64, i64, i64, i64) = reader
            .query_row(
                "SELECT min(gen), max(gen), count(*), sum(pad != gen || '-' || substr(printf('%.*c', 700, 'p'), 1, 300 + (gen * 37) % 400)) FROM t",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!((lo, bad), (hi, 0), "read {reads}: mixed generations");
        assert!(lo >= last, "read {reads}: generation {lo} after {last}");
        assert_eq!(n, ROWS + lo, "read {reads}: row count");
        (last, reads) = (lo, reads + 1);
        if done {
            break;
        }
    }
    assert!(child.wait().unwrap().success());
    assert_eq!(last, COMMITS, "the last read saw the last commit");
    assert!(reads > 1);
}
