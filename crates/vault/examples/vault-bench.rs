//! Compare plain SQLite with the vault on the same workload and print ratios.
//!
//! `cargo run --release -p shopkeeper-vault --example vault-bench`

use std::time::{Duration, Instant};

use rusqlite::Connection;
use secrecy::SecretString;
use shopkeeper_vault::{create, open, KdfParams, Unlock};

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let s = Instant::now();
    let r = f();
    (r, s.elapsed())
}

fn workload(conn: &mut Connection) -> Vec<(&'static str, Duration)> {
    let mut out = Vec::new();
    conn.execute_batch(
        "CREATE TABLE c(id INTEGER PRIMARY KEY, name TEXT, city TEXT, spent INTEGER);
         CREATE INDEX c_city ON c(city, spent);
         CREATE VIRTUAL TABLE f USING fts5(body);",
    )
    .unwrap();
    let (_, d) = time(|| {
        let tx = conn.transaction().unwrap();
        {
            let mut s = tx
                .prepare("INSERT INTO c(name, city, spent) VALUES (?1, ?2, ?3)")
                .unwrap();
            let mut f = tx.prepare("INSERT INTO f(body) VALUES (?1)").unwrap();
            for i in 0..100_000i64 {
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
    });
    out.push(("bulk insert 100k rows (+10k FTS)", d));
    let (_, d) = time(|| {
        let mut s = conn
            .prepare_cached("SELECT name FROM c WHERE id = ?1")
            .unwrap();
        for i in 0..10_000i64 {
            let _: String = s
                .query_row([(i * 7919) % 100_000 + 1], |r| r.get(0))
                .unwrap();
        }
    });
    out.push(("10k point reads", d));
    let (_, d) = time(|| {
        let mut s = conn.prepare_cached("SELECT count(*), sum(spent) FROM c WHERE city = ?1 AND spent BETWEEN 1000 AND 5000").unwrap();
        for i in 0..200 {
            let _: i64 = s
                .query_row([format!("city{}", i % 50)], |r| r.get(0))
                .unwrap();
        }
    });
    out.push(("200 range scans", d));
    let (_, d) = time(|| {
        let mut s = conn
            .prepare_cached("SELECT count(*) FROM f WHERE f MATCH ?1")
            .unwrap();
        for i in 0..500 {
            let _: i64 = s
                .query_row([format!("tea AND {}", i % 97)], |r| r.get(0))
                .unwrap();
        }
    });
    out.push(("500 FTS searches", d));
    let (_, d) = time(|| {
        for i in 0..1000i64 {
            conn.execute(
                "UPDATE c SET spent = spent + 1 WHERE id = ?1",
                [i * 97 % 100_000 + 1],
            )
            .unwrap();
        }
    });
    out.push(("1000 commits (synchronous=FULL)", d));
    out
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let (params, d) = time(|| KdfParams::calibrate(Duration::from_millis(700)));
    println!(
        "calibrated KDF for 0.7 s: m = {} MiB, t = {}, p = {} (calibration took {:.2} s)",
        params.m_kib / 1024,
        params.t,
        params.p,
        d.as_secs_f64()
    );
    let pass = SecretString::from("bench passphrase".to_string());
    let path = dir.path().join("bench.vault");
    let ((conn, _rk), d) = time(|| create(&path, &pass, params).unwrap());
    println!("create with calibrated KDF: {:.2} s", d.as_secs_f64());
    drop(conn);
    let (conn, d) = time(|| open(&path, &Unlock::Passphrase(pass.clone())).unwrap());
    println!("unlock with calibrated KDF: {:.2} s", d.as_secs_f64());
    drop(conn);
    let p2 = dir.path().join("min.vault");
    let ((c, _), _) = time(|| create(&p2, &pass, KdfParams::minimum()).unwrap());
    drop(c);
    let (c, d) = time(|| open(&p2, &Unlock::Passphrase(pass.clone())).unwrap());
    println!(
        "unlock with minimum KDF (64 MiB, t=3, p=4): {:.2} s",
        d.as_secs_f64()
    );
    drop(c);
    std::fs::remove_file(&path).unwrap();
    let (mut vault, _) = create(&path, &pass, KdfParams::minimum()).unwrap();
    let mut plain = Connection::open(dir.path().join("plain.db")).unwrap();
    plain
        .execute_batch("PRAGMA journal_mode=TRUNCATE; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY; PRAGMA secure_delete=ON;")
        .unwrap();
    let p = workload(&mut plain);
    let v = workload(&mut vault);
    println!("\n| workload | plain SQLite | vault | ratio |\n|---|---|---|---|");
    for ((name, a), (_, b)) in p.iter().zip(v.iter()) {
        println!(
            "| {name} | {:.1} ms | {:.1} ms | {:.2}x |",
            a.as_secs_f64() * 1e3,
            b.as_secs_f64() * 1e3,
            b.as_secs_f64() / a.as_secs_f64()
        );
    }
}
