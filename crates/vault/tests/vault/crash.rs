//! Crash safety: a child process commits in a loop and acknowledges each
//! commit on stdout; the parent SIGKILLs it at random moments. Reopening must
//! always work and no acknowledged commit may be lost.
//!
//! The child is this test binary re-executed with `SHOPKEEPER_CRASH_CHILD`
//! set. It unlocks with the recovery key (cheap KDF) so a round costs a few
//! tens of milliseconds. Default: 300 rounds; `SHOPKEEPER_LONG=1`: 5000.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use shopkeeper_vault::{open, Unlock};

use crate::common::new_vault;

fn payload(id: i64) -> String {
    format!("{id}:{}", "p".repeat((id as usize * 131) % 2500))
}

/// The child's body; does nothing unless run as a crash child.
#[test]
fn crash_child() {
    let (Some(path), Ok(rk)) = (
        std::env::var_os("SHOPKEEPER_CRASH_CHILD"),
        std::env::var("SHOPKEEPER_CRASH_KEY"),
    ) else {
        return;
    };
    let conn = open(
        std::path::Path::new(&path),
        &Unlock::RecoveryKey(rk.parse().unwrap()),
    )
    .unwrap();
    conn.execute_batch("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT)")
        .unwrap();
    let (count, max): (i64, i64) = conn
        .query_row("SELECT count(*), coalesce(max(id), 0) FROM t", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    if count != max {
        println!("BAD count {count} max {max}");
        return;
    }
    if std::env::var_os("SHOPKEEPER_CRASH_CHECK").is_some() {
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        let bad: i64 = conn
            .query_row("SELECT count(*) FROM t WHERE v != (id || ':' || substr(printf('%.*c', 2500, 'p'), 1, (id * 131) % 2500))", [], |r| r.get(0))
            .unwrap();
        if ok != "ok" || bad != 0 {
            println!("BAD integrity {ok} bad rows {bad}");
            return;
        }
    }
    println!("START {max}");
    std::io::stdout().flush().unwrap();
    let mut next = max;
    let mut rng = rand::thread_rng();
    loop {
        let k = rng.gen_range(1..4);
        let tx = conn.unchecked_transaction().unwrap();
        for id in next + 1..=next + k {
            tx.execute("INSERT INTO t(id, v) VALUES (?1, ?2)", (id, payload(id)))
                .unwrap();
        }
        tx.commit().unwrap();
        next += k;
        println!("ACK {next}");
        std::io::stdout().flush().unwrap();
    }
}

#[test]
fn sigkill_at_random_moments_never_loses_an_acknowledged_commit() {
    let rounds = if std::env::var_os("SHOPKEEPER_LONG").is_some() {
        5000
    } else {
        300
    };
    let dir = tempfile::tempdir().unwrap();
    let (conn, rk, path) = new_vault(dir.path(), "crash.vault", "crash");
    drop(conn);
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let mut acked = 0i64;
    let start = Instant::now();
    let mut kills_before_start = 0;
    for round in 0..rounds {
        let mut cmd = Command::new(&exe);
        cmd.args([
            "--exact",
            "crash::crash_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("SHOPKEEPER_CRASH_CHILD", &path)
        .env("SHOPKEEPER_CRASH_KEY", rk.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(
            std::fs::File::create(dir.path().join("child-stderr")).unwrap(),
        ));
        if round % 50 == 49 {
            cmd.env("SHOPKEEPER_CRASH_CHECK", "1");
        }
        let mut child = cmd.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Sometimes kill during open, usually after a burst of commits.
        let kill_early = rng.gen_bool(0.1);
        let mut started = false;
        let handle = |line: String, acked: &mut i64, started: &mut bool| {
            // libtest prints "test crash::crash_child ... " without a newline first.
            let line = match line.find("START ") {
                Some(i) => line[i..].to_string(),
                None => line,
            };
            if let Some(n) = line.strip_prefix("START ") {
                let n: i64 = n.parse().unwrap();
                assert!(
                    n >= *acked,
                    "round {round}: acknowledged commit {acked} lost, found {n}"
                );
                *acked = n;
                *started = true;
            } else if let Some(n) = line.strip_prefix("ACK ") {
                *acked = n.parse().unwrap();
            } else if line.starts_with("BAD") {
                panic!("round {round}: {line}");
            }
        };
        if kill_early {
            std::thread::sleep(Duration::from_millis(rng.gen_range(0..15)));
        } else {
            let deadline = Instant::now() + Duration::from_secs(30);
            while !started {
                let line = rx
                    .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                    .unwrap_or_else(|_| {
                        panic!(
                            "round {round}: child never started: {}",
                            std::fs::read_to_string(dir.path().join("child-stderr"))
                                .unwrap_or_default()
                        )
                    });
                handle(line, &mut acked, &mut started);
            }
            std::thread::sleep(Duration::from_millis(rng.gen_range(1..30)));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        for line in rx.try_iter() {
            handle(line, &mut acked, &mut started);
        }
        if !started {
            kills_before_start += 1;
        }
    }
    let conn = open(&path, &Unlock::RecoveryKey(rk)).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let max: i64 = conn
        .query_row("SELECT coalesce(max(id), 0) FROM t", [], |r| r.get(0))
        .unwrap();
    assert!(max >= acked);
    eprintln!(
        "crash test: {rounds} rounds ({kills_before_start} killed before start), {acked} commits acknowledged, {:.1}s",
        start.elapsed().as_secs_f64()
    );
}
