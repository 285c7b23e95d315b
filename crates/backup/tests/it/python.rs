//! The independent Python decryptor (written from docs/backup-format.md only) restores our backups.

use std::path::PathBuf;
use std::process::Command;

use rusqlite::Connection;

use crate::common::*;

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/backup_decrypt/decrypt.py")
}

/// The Python to run: `$SHOPKEEPER_PYTHON` (set by `make test` to a venv
/// with the requirements), else `python3`.
fn python() -> String {
    std::env::var("SHOPKEEPER_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Whether Python with `cryptography` and `argon2-cffi` is available; prints
/// why not. When `SHOPKEEPER_PYTHON` is set (as `make test` does) the test
/// is required, and a missing module fails it instead of skipping.
fn python_ready() -> bool {
    let ok = Command::new(python())
        .args(["-c", "import cryptography, argon2.low_level"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        assert!(
            std::env::var_os("SHOPKEEPER_PYTHON").is_none(),
            "SHOPKEEPER_PYTHON is set but cannot import `cryptography` and `argon2.low_level`"
        );
        println!(
            "SKIPPED python decryptor test: python3 with the modules `cryptography` and `argon2-cffi` is missing \
             (pip install -r tests/backup_decrypt/requirements.txt)"
        );
    }
    ok
}

#[test]
fn python_decryptor_restores_our_backup() {
    if !python_ready() {
        return;
    }
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("from-python.db");
    let o = Command::new(python())
        .arg(script())
        .arg(&f.backup)
        .arg(PASSPHRASE)
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "decrypt.py failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(meta["shop_name"], facts().shop_name);
    assert_eq!(meta["customer_count"], 3);
    assert_eq!(meta["last_purchase"], "2026-11-20");
    let restored = Connection::open(&out).unwrap();
    let ok: String = restored
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    assert_eq!(rows(&restored), rows(&Connection::open(&f.shop).unwrap()));

    // The recovery key works too.
    let out2 = dir.path().join("from-python-recovery.db");
    let hex: String = RECOVERY.iter().map(|b| format!("{b:02x}")).collect();
    let o = Command::new(python())
        .arg(script())
        .arg(&f.backup)
        .args(["--recovery-hex", &hex])
        .arg(&out2)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "decrypt.py --recovery-hex failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&out2).unwrap());
}

#[test]
fn python_decryptor_rejects_tampering() {
    if !python_ready() {
        return;
    }
    let f = small_fixture();
    let dir = tempfile::tempdir().unwrap();
    let (_, payload) = layout(&f.bytes);
    let mut flipped = f.bytes.clone();
    flipped[payload + 70_000] ^= 1;
    let cut = f.bytes[..payload + ENC_CHUNK].to_vec();
    for (name, bytes) in [("flipped", flipped), ("cut", cut)] {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = dir.path().join(format!("{name}.db"));
        let o = Command::new(python())
            .arg(script())
            .arg(&file)
            .arg(PASSPHRASE)
            .arg(&out)
            .output()
            .unwrap();
        assert!(!o.status.success(), "{name}: decrypt.py accepted it");
        assert!(!out.exists(), "{name}: decrypt.py wrote a database");
    }
}
