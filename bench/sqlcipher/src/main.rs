//! The vault benchmark's workload on SQLCipher: the same SQLite build without
//! a key (plain) and with one (encrypted), in alternating rounds, printed as
//! the same table as `vault-bench`.
//!
//! `CARGO_TARGET_DIR=/root/tgt-sqlcipher cargo run --release [-- page cache KiB]` (in this directory)

use rusqlite::Connection;

#[path = "../../../crates/vault/examples/bench/workload.rs"]
mod workload;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut plain = Connection::open(dir.path().join("plain.db")).unwrap();
    plain.execute_batch(workload::PRAGMAS).unwrap();
    let mut keyed = Connection::open(dir.path().join("keyed.db")).unwrap();
    // The key must come first; SQLCipher 4 defaults otherwise (AES-256-CBC,
    // HMAC-SHA512 per page, PBKDF2-HMAC-SHA512 with 256,000 iterations).
    keyed
        .execute_batch("PRAGMA key = 'bench passphrase';")
        .unwrap();
    keyed.execute_batch(workload::PRAGMAS).unwrap();
    let version: String = keyed
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .unwrap();
    let provider: String = keyed
        .query_row("PRAGMA cipher_provider", [], |r| r.get(0))
        .unwrap();
    println!("SQLCipher {version} ({provider})");
    // The first read derives the key (PBKDF2): do it outside the timings, as
    // the vault bench unlocks before its workload.
    keyed
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    workload::cache_from_args(&plain, &keyed);
    workload::compare(
        ("SQLCipher, no key", "SQLCipher, key"),
        &mut plain,
        &mut keyed,
    );
}
