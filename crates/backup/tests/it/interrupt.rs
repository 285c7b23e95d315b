//! Interrupted backups (a failing disk, a killed process) never leave a file that looks valid,
//! and memory stays bounded.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;
use shopkeeper_backup::BackupError;

use crate::common::*;

/// A writer that fails (like a full disk) after `limit` bytes.
struct FailingWriter {
    written: usize,
    limit: usize,
}

impl Write for FailingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.written + buf.len() > self.limit {
            return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
        }
        self.written += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failing_writer_is_an_error() {
    let f = fixture();
    let conn = Connection::open(&f.shop).unwrap();
    for limit in [0, 100, 300, 70_000, f.bytes.len() - 1] {
        let w = FailingWriter { written: 0, limit };
        let err = shopkeeper_backup::create_to_writer(&conn, w, keys(), &facts()).unwrap_err();
        assert!(matches!(err, BackupError::Io(_)), "limit {limit}: {err:?}");
    }
    // The connection is usable afterwards (the read transaction ended).
    conn.execute("INSERT INTO customer(name) VALUES ('x')", [])
        .unwrap();
    conn.execute("DELETE FROM customer WHERE name = 'x'", [])
        .unwrap();
}

const CHILD_ENV: &str = "SHOPKEEPER_BACKUP_TEST_CHILD";

fn partials(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .contains(".partial-")
        })
        .collect()
}

/// Run one `#[ignore]`d test of this binary in a child process.
fn child(test: &str, args: &str) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args([
        "--exact",
        test,
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD_ENV, args)
    .stdout(Stdio::piped())
    .stderr(Stdio::inherit());
    cmd
}

/// The child side of [`killed_during_backup_leaves_no_backup`]: back up the shop given in the environment.
#[test]
#[ignore = "run by killed_during_backup_leaves_no_backup in a child process"]
fn child_makes_a_backup() {
    let Ok(args) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (shop, dest) = args.split_once('\n').unwrap();
    let conn = Connection::open(shop).unwrap();
    let keys = keys();
    shopkeeper_backup::create(&conn, Path::new(dest), keys, &facts()).unwrap();
}

#[test]
fn killed_during_backup_leaves_no_backup() {
    let dir = tempfile::tempdir().unwrap();
    let shop = dir.path().join("big.db");
    drop(make_shop(&shop, 60_000)); // about 22 MB: a backup takes long enough to be caught
    let out = tempfile::tempdir().unwrap();
    let dest = out.path().join("shop.skbackup");
    let mut c = child(
        "interrupt::child_makes_a_backup",
        &format!("{}\n{}", shop.display(), dest.display()),
    )
    .spawn()
    .unwrap();
    let start = Instant::now();
    loop {
        let p = partials(out.path());
        if p.iter().any(|p| {
            std::fs::metadata(p)
                .map(|m| m.len() > 1_000_000)
                .unwrap_or(false)
        }) {
            break;
        }
        assert!(
            !dest.exists(),
            "the backup finished before it could be interrupted"
        );
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the child never started writing"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    c.kill().unwrap(); // SIGKILL
    c.wait().unwrap();
    assert!(
        !dest.exists(),
        "a killed backup left a file under the final name"
    );
    let left = partials(out.path());
    assert_eq!(left.len(), 1);
    // The leftover is hidden from `list` and fails verification.
    assert!(shopkeeper_backup::list(out.path()).unwrap().is_empty());
    let err = shopkeeper_backup::verify(&left[0], unlock()).unwrap_err();
    assert!(
        matches!(err, BackupError::Truncated | BackupError::Damaged),
        "{err:?}"
    );
}

/// The child side of [`memory_stays_bounded`]: prints the peak memory used by backup, verify and restore.
#[test]
#[ignore = "run by memory_stays_bounded in a child process"]
fn child_measures_memory() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let dir = Path::new(&dir);
    let conn = Connection::open(dir.join("big.db")).unwrap();
    // Argon2id (64 MiB) runs before the measurement starts: it is not the backup's memory.
    let keys = keys();
    let dest = dir.join("big.skbackup");
    let tiny = dir.join("tiny.skbackup");
    shopkeeper_backup::create(
        &Connection::open_in_memory().unwrap(),
        &tiny,
        keys,
        &facts(),
    )
    .unwrap();
    shopkeeper_backup::read_facts(&tiny, unlock()).unwrap();
    // Reset the peak (VmHWM) to the current resident size.
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let before = vm("VmHWM");
    shopkeeper_backup::create(&conn, &dest, keys, &facts()).unwrap();
    shopkeeper_backup::verify(&dest, unlock()).unwrap();
    let target = Connection::open(dir.join("restored.db")).unwrap();
    shopkeeper_backup::restore(&dest, unlock(), &target).unwrap();
    println!("PEAK {before} {}", vm("VmHWM"));
}

fn vm(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn memory_stays_bounded() {
    if std::fs::write("/proc/self/clear_refs", "5").is_err() {
        println!("SKIPPED memory_stays_bounded: /proc/self/clear_refs is not writable here");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    drop(make_shop(&dir.path().join("big.db"), 60_000)); // about 22 MB
    let db_kib = std::fs::metadata(dir.path().join("big.db")).unwrap().len() / 1024;
    let out = child(
        "interrupt::child_measures_memory",
        dir.path().to_str().unwrap(),
    )
    .output()
    .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let at = text
        .find("PEAK ")
        .unwrap_or_else(|| panic!("the child printed no peak: {text}"));
    let v: Vec<u64> = text[at..]
        .split_whitespace()
        .skip(1)
        .take(2)
        .map(|x| x.parse().unwrap())
        .collect();
    let growth = v[1].saturating_sub(v[0]);
    println!("database {db_kib} KiB; peak grew by {growth} KiB during backup, verify and restore");
    assert!(
        growth < 16 * 1024,
        "peak memory grew by {growth} KiB for a {db_kib} KiB database"
    );
}
