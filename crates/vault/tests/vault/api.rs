//! Public API behaviour: create/open, wrong keys, passphrase changes, info, canaries.

use shopkeeper_vault::{
    change_passphrase, info, is_vault, open, reset_passphrase, rotate_recovery_key, verify,
    KdfParams, RecoveryKey, Unlock, VaultError,
};

use crate::common::{contains, new_vault, pass, snapshot};

#[test]
fn create_write_reopen_with_passphrase_and_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, rk, path) = new_vault(dir.path(), "shop.vault", "correct horse");
    conn.execute_batch(
        "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t(v) VALUES ('hello');",
    )
    .unwrap();
    let page_size: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    assert_eq!(page_size, 4096);
    let jm: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(jm, "truncate");
    drop(conn);
    assert!(is_vault(&path));

    let conn = open(&path, &Unlock::Passphrase(pass("correct horse"))).unwrap();
    let v: String = conn.query_row("SELECT v FROM t", [], |r| r.get(0)).unwrap();
    assert_eq!(v, "hello");
    drop(conn);

    let rk2: RecoveryKey = rk.to_string().to_lowercase().parse().unwrap();
    let conn = open(&path, &Unlock::RecoveryKey(rk2)).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    drop(conn);

    let i = info(&path).unwrap();
    assert_eq!(i.kdf, KdfParams::minimum());
    assert_eq!(i.format_version, shopkeeper_vault::FORMAT_VERSION);
    assert_eq!(i.valid_header_copies, 2);
    assert!(i.page_count >= 2);
    assert!(!format!("{i:?}").contains("hello"));

    let report = verify(&path, &Unlock::Passphrase(pass("correct horse"))).unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.blocks_checked, i.page_count);
}

#[test]
fn wrong_passphrase_or_recovery_key_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, _rk, path) = new_vault(dir.path(), "shop.vault", "right one");
    conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(conn);
    let before = snapshot(dir.path());
    let e = open(&path, &Unlock::Passphrase(pass("wrong one"))).unwrap_err();
    assert!(matches!(e, VaultError::WrongPassphrase), "{e:?}");
    assert_eq!(
        e.to_string(),
        "The passphrase is not right. Nothing was changed."
    );
    let e = open(&path, &Unlock::RecoveryKey(RecoveryKey::generate())).unwrap_err();
    assert!(matches!(e, VaultError::WrongPassphrase));
    let e = change_passphrase(&path, &Unlock::Passphrase(pass("nope")), &pass("new")).unwrap_err();
    assert!(matches!(e, VaultError::WrongPassphrase));
    assert!(matches!(
        reset_passphrase(&path, &RecoveryKey::generate(), &pass("x")),
        Err(VaultError::WrongPassphrase)
    ));
    assert_eq!(
        snapshot(dir.path()),
        before,
        "files changed after a failed unlock"
    );
}

#[test]
fn change_and_reset_passphrase_rewrap_only() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, rk, path) = new_vault(dir.path(), "shop.vault", "first");
    conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (42);")
        .unwrap();
    drop(conn);
    let data_before = std::fs::read(&path).unwrap()[8192..].to_vec();
    change_passphrase(&path, &Unlock::Passphrase(pass("first")), &pass("second")).unwrap();
    assert_eq!(
        &std::fs::read(&path).unwrap()[8192..],
        &data_before[..],
        "data must not be re-encrypted"
    );
    assert!(matches!(
        open(&path, &Unlock::Passphrase(pass("first"))),
        Err(VaultError::WrongPassphrase)
    ));
    let conn = open(&path, &Unlock::Passphrase(pass("second"))).unwrap();
    let x: i64 = conn.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
    assert_eq!(x, 42);
    drop(conn);
    reset_passphrase(&path, &rk, &pass("third")).unwrap();
    assert!(open(&path, &Unlock::Passphrase(pass("third"))).is_ok());
    assert_eq!(info(&path).unwrap().generation, 3);
    // NFC: the same passphrase typed with a combining accent opens the vault.
    change_passphrase(
        &path,
        &Unlock::Passphrase(pass("third")),
        &pass("caf\u{e9}"),
    )
    .unwrap();
    assert!(open(&path, &Unlock::Passphrase(pass("cafe\u{301}"))).is_ok());
}

#[test]
fn a_new_recovery_key_replaces_the_old_one_and_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, old, path) = new_vault(dir.path(), "shop.vault", "Zoë Ødegård's kettle");
    conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (7);")
        .unwrap();
    drop(conn);
    let data_before = std::fs::read(&path).unwrap()[8192..].to_vec();
    assert!(matches!(
        rotate_recovery_key(&path, &Unlock::Passphrase(pass("wrong"))),
        Err(VaultError::WrongPassphrase)
    ));
    let new =
        rotate_recovery_key(&path, &Unlock::Passphrase(pass("Zoë Ødegård's kettle"))).unwrap();
    assert_ne!(new, old);
    assert_eq!(&std::fs::read(&path).unwrap()[8192..], &data_before[..]);
    assert!(matches!(
        open(&path, &Unlock::RecoveryKey(old.clone())),
        Err(VaultError::WrongPassphrase)
    ));
    let conn = open(&path, &Unlock::RecoveryKey(new.clone())).unwrap();
    let x: i64 = conn.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
    assert_eq!(x, 7);
    drop(conn);
    assert!(open(&path, &Unlock::Passphrase(pass("Zoë Ødegård's kettle"))).is_ok());
    assert_eq!(info(&path).unwrap().generation, 2);
    assert_eq!(info(&path).unwrap().valid_header_copies, 2);
    // Derived secrets depend on the key and the purpose, and are stable.
    let a = new.derive_secret("backup").unwrap();
    assert_eq!(*a, *new.derive_secret("backup").unwrap());
    assert_ne!(*a, *new.derive_secret("other").unwrap());
    assert_ne!(*a, *old.derive_secret("backup").unwrap());
}

#[test]
fn not_a_vault_and_newer_version() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.db");
    rusqlite::Connection::open(&plain)
        .unwrap()
        .execute_batch("CREATE TABLE t(x)")
        .unwrap();
    assert!(!is_vault(&plain));
    assert!(matches!(
        open(&plain, &Unlock::Passphrase(pass("x"))),
        Err(VaultError::NotAVault)
    ));
    assert!(matches!(info(&plain), Err(VaultError::NotAVault)));

    let (conn, _, path) = new_vault(dir.path(), "v", "p");
    drop(conn);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[8] = 9;
    bytes[4096 + 8] = 9;
    std::fs::write(&path, &bytes).unwrap();
    let e = open(&path, &Unlock::Passphrase(pass("p"))).unwrap_err();
    assert!(matches!(e, VaultError::NewerVersion), "{e:?}");
    assert!(matches!(
        shopkeeper_vault::create(&path, &pass("p"), KdfParams::minimum()),
        Err(VaultError::AlreadyExists)
    ));
}

#[test]
fn crafted_kdf_parameters_are_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, _, path) = new_vault(dir.path(), "v", "p");
    drop(conn);
    let mut bytes = std::fs::read(&path).unwrap();
    for copy in [0usize, 4096] {
        // m = 100 GiB in KiB, then fix the CRC so only the bounds check can stop it.
        bytes[copy + 40..copy + 44].copy_from_slice(&(100u32 * 1024 * 1024).to_le_bytes());
        let crc = crc32(&bytes[copy..copy + 4092]);
        bytes[copy + 4092..copy + 4096].copy_from_slice(&crc.to_le_bytes());
    }
    std::fs::write(&path, &bytes).unwrap();
    let t = std::time::Instant::now();
    let e = open(&path, &Unlock::Passphrase(pass("p"))).unwrap_err();
    assert!(matches!(e, VaultError::KdfOutOfBounds), "{e:?}");
    assert!(t.elapsed().as_secs() < 2);
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[test]
fn canaries_never_reach_the_disk_in_plaintext() {
    let start = std::time::SystemTime::now();
    let dir = tempfile::tempdir().unwrap();
    let (mut conn, _, path) = new_vault(dir.path(), "shop.vault", "canary pass");
    let canaries = [
        "CANARY-Zebulon-Quixote-4711",
        "canary.customer@example.invalid",
        "Mrs Canary Featherstonehaugh",
    ];
    conn.execute_batch(
        "CREATE TABLE c(id INTEGER PRIMARY KEY, name TEXT, email TEXT);
                        CREATE VIRTUAL TABLE f USING fts5(body);
                        CREATE INDEX c_name ON c(name);",
    )
    .unwrap();
    for round in 0..30 {
        let tx = conn.transaction().unwrap();
        for (i, c) in canaries.iter().enumerate() {
            tx.execute(
                "INSERT INTO c(name, email) VALUES (?1, ?2)",
                (format!("{c} {round} {i}"), c),
            )
            .unwrap();
            tx.execute(
                "INSERT INTO f(body) VALUES (?1)",
                [format!("{c} notes {}", "x".repeat(round * 100))],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    // Big sort and temp b-tree: would spill to temp files if temp_store were not MEMORY.
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM (SELECT name FROM c ORDER BY email, name DESC)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 90);
    conn.execute_batch("UPDATE c SET name = 'gone'; DELETE FROM f; VACUUM;")
        .unwrap();
    // Keep a transaction open so a journal exists while we look.
    conn.execute_batch(
        "BEGIN; INSERT INTO c(name) VALUES ('CANARY-Zebulon-Quixote-4711 open tx');",
    )
    .unwrap();
    let mut checked = 0;
    let mut scan = |d: &std::path::Path, only_new: bool| {
        for e in walk(d) {
            let meta = match std::fs::metadata(&e) {
                Ok(m) => m,
                Err(_) => continue,
            };
            if only_new && meta.modified().map(|m| m < start).unwrap_or(true)
                || meta.len() > 64 << 20
            {
                continue;
            }
            let Ok(bytes) = std::fs::read(&e) else {
                continue;
            };
            for c in canaries {
                assert!(
                    !contains(&bytes, c.as_bytes()),
                    "canary found in {}",
                    e.display()
                );
            }
            checked += 1;
        }
    };
    scan(dir.path(), false);
    scan(&std::env::temp_dir(), true);
    assert!(checked >= 2);
    conn.execute_batch("COMMIT").unwrap();
    drop(conn);
    assert!(std::fs::read(&path).unwrap().len() > 8192);
}

fn walk(d: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(d) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        match e.file_type() {
            Ok(t) if t.is_dir() && p.starts_with(std::env::temp_dir()) => out.extend(walk(&p)),
            Ok(t) if t.is_file() => out.push(p),
            _ => {}
        }
    }
    out
}

#[test]
fn many_threads_share_the_vfs() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, rk, path) = new_vault(dir.path(), "shop.vault", "threads");
    conn.execute_batch("CREATE TABLE t(thread INTEGER, i INTEGER)")
        .unwrap();
    drop(conn);
    let rk = rk.to_string();
    let handles: Vec<_> = (0..4)
        .map(|th| {
            let path = path.clone();
            let rk = rk.clone();
            std::thread::spawn(move || {
                let conn = open(&path, &Unlock::RecoveryKey(rk.parse().unwrap())).unwrap();
                conn.busy_timeout(std::time::Duration::from_secs(30))
                    .unwrap();
                for i in 0..25 {
                    conn.execute("INSERT INTO t VALUES (?1, ?2)", (th, i))
                        .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let conn = open(&path, &Unlock::RecoveryKey(rk.parse().unwrap())).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 100);
}

#[cfg(unix)]
#[test]
fn a_new_vault_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    // Whatever the umask (022 usually, which would give 0644).
    let dir = tempfile::tempdir().unwrap();
    let (conn, _rk, path) = new_vault(dir.path(), "shop.vault", "private");
    drop(conn);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{mode:o}");
}

#[test]
fn synchronous_cannot_be_turned_off() {
    // A journal's last bytes reach the disk when SQLite syncs the journal
    // before writing the database, which it skips at OFF.
    let dir = tempfile::tempdir().unwrap();
    let (conn, _, _) = new_vault(dir.path(), "shop.vault", "keep it synced");
    let level = || -> i64 {
        conn.query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(level(), 2, "FULL");
    for off in ["OFF", "0", "no", "false", "'off'", "8", "0x0", "whatever"] {
        let err = conn
            .execute_batch(&format!("PRAGMA synchronous = {off}"))
            .expect_err(off);
        assert!(err.to_string().contains("NORMAL or above"), "{off}: {err}");
        assert_eq!(level(), 2, "{off} left it as it was");
    }
    for (on, want) in [("NORMAL", 1), ("extra", 3), ("2", 2), ("on", 1)] {
        conn.execute_batch(&format!("PRAGMA synchronous = {on}"))
            .unwrap();
        assert_eq!(level(), want, "{on}");
    }
}
