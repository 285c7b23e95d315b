//! Backup and restore throughput on a synthetic shop, against `cat` on the same file.
//!
//! `cargo run -p shopkeeper-backup --release --example bench [SIZE_MB]` (default 1024).
//! Prints a Markdown table; peak memory is VmHWM from /proc/self/status, reset
//! (via /proc/self/clear_refs) after Argon2id ran, so it is the backup's own peak.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use rusqlite::Connection;
use secrecy::SecretString;
use shopkeeper_backup::{BackupFacts, BackupKeys, BackupUnlock};

fn vm(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let v = f();
    (v, start.elapsed().as_secs_f64())
}

fn cat(path: &Path) -> f64 {
    time(|| {
        let ok = Command::new("sh")
            .arg("-c")
            .arg(format!("cat '{}' > /dev/null", path.display()))
            .status()
            .unwrap();
        assert!(ok.success());
    })
    .1
}

fn make_db(path: &Path, size_mb: u64) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
         CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT, email TEXT, note TEXT);
         CREATE INDEX customer_name ON customer(name);",
    )
    .unwrap();
    let rows = size_mb * 1024 * 1024 / 700;
    let tx = conn.unchecked_transaction().unwrap();
    {
        let mut stmt = tx
            .prepare("INSERT INTO customer(name, email, note) VALUES (?1, ?2, ?3)")
            .unwrap();
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for i in 0..rows {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let note: String = (0..8)
                .map(|k| format!("{:016x}", x.rotate_left(k * 8)))
                .collect::<Vec<_>>()
                .join(" ");
            stmt.execute((
                format!("Customer {x:x} {i}"),
                format!("c{i}@example.org"),
                note.repeat(4),
            ))
            .unwrap();
        }
    }
    tx.commit().unwrap();
}

fn main() {
    let size_mb: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1024);
    let dir =
        tempfile::tempdir_in(std::env::var("BENCH_DIR").unwrap_or_else(|_| "/tmp".into())).unwrap();
    let db = dir.path().join("shop.db");
    let (_, t_make) = time(|| make_db(&db, size_mb));
    let db_bytes = std::fs::metadata(&db).unwrap().len();
    let mb = db_bytes as f64 / 1e6;
    eprintln!("made {mb:.0} MB database in {t_make:.1} s");

    let pass = SecretString::from("benchmark passphrase");
    let keys = BackupKeys::new(&pass).unwrap();
    let unlock = BackupUnlock::passphrase(pass);
    let conn = Connection::open(&db).unwrap();

    cat(&db); // warm the page cache, as the backup will find it
    let t_cat = cat(&db);

    let file = dir.path().join("shop.skbackup");
    reset_peak();
    let (_, t_backup) = time(|| {
        shopkeeper_backup::create(
            &conn,
            &file,
            &keys,
            &BackupFacts::new("Bench", chrono::Utc::now()),
        )
        .unwrap()
    });
    let peak_backup = vm("VmHWM");
    let file_bytes = std::fs::metadata(&file).unwrap().len();

    shopkeeper_backup::read_facts(&file, &unlock).unwrap(); // Argon2id once, outside the measurement
    let t_cat_backup = cat(&file);
    reset_peak();
    let (_, t_verify) = time(|| shopkeeper_backup::verify(&file, &unlock).unwrap());
    let peak_verify = vm("VmHWM");

    let restored = dir.path().join("restored.db");
    let target = Connection::open(&restored).unwrap();
    reset_peak();
    let (_, t_restore) = time(|| shopkeeper_backup::restore(&file, &unlock, &target).unwrap());
    let peak_restore = vm("VmHWM");
    // The restore's integrity check on its own, to split the figure.
    let (_, t_check) = time(|| {
        let _: String = target
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
    });

    let rate = |t: f64| mb / t;
    println!("| what | time (s) | MB/s | ratio to `cat` | peak memory (VmHWM) |");
    println!("|---|---|---|---|---|");
    println!(
        "| `cat` database ({mb:.0} MB, warm cache) | {t_cat:.2} | {:.0} | 1.00 | |",
        rate(t_cat)
    );
    println!(
        "| backup (create, fsync, rename) | {t_backup:.2} | {:.0} | {:.2} | {} MiB |",
        rate(t_backup),
        t_cat / t_backup,
        peak_backup / 1024
    );
    println!(
        "| verify (`cat` of the backup: {t_cat_backup:.2} s) | {t_verify:.2} | {:.0} | {:.2} | {} MiB |",
        rate(t_verify),
        t_cat_backup / t_verify,
        peak_verify / 1024
    );
    println!(
        "| restore (incl. integrity_check) | {t_restore:.2} | {:.0} | {:.2} | {} MiB |",
        rate(t_restore),
        t_cat / t_restore,
        peak_restore / 1024
    );
    println!("| of which integrity_check alone (second run) | {t_check:.2} | | | |");
    println!();
    println!(
        "Database {db_bytes} bytes, backup file {file_bytes} bytes ({} bytes of overhead).",
        file_bytes - db_bytes
    );
}
