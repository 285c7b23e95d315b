//! Compare plain SQLite with the vault on the same workload and print ratios.
//!
//! `cargo run --release -p shopkeeper-vault --example vault-bench [page cache KiB]`
//! (`vault-bench 2000` and `vault-bench 262144` are the two sizes docs/benchmarks.md reports)

use std::time::{Duration, Instant};

use rusqlite::Connection;
use secrecy::SecretString;
use shopkeeper_vault::{create, open, KdfParams, Unlock};

#[path = "bench/workload.rs"]
mod workload;

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let s = Instant::now();
    let r = f();
    (r, s.elapsed())
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
    plain.execute_batch(workload::PRAGMAS).unwrap();
    workload::cache_from_args(&plain, &vault);
    workload::compare(("plain SQLite", "vault"), &mut plain, &mut vault);
}
