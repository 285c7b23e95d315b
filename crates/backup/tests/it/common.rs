//! Shared helpers: a small shop database, keys derived once per test binary.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rusqlite::Connection;
use secrecy::SecretString;
use shopkeeper_backup::{BackupFacts, BackupKeys, BackupUnlock};

pub const PASSPHRASE: &str = "Zoë's shop passphrase";
pub const RECOVERY: [u8; 20] = [0x42; 20];

/// Keys with the minimum Argon2id parameters and a recovery key; Argon2id runs once.
pub fn keys() -> &'static BackupKeys {
    static KEYS: OnceLock<BackupKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        BackupKeys::new(&SecretString::from(PASSPHRASE))
            .unwrap()
            .with_recovery_key(&RECOVERY)
            .unwrap()
    })
}

/// A passphrase unlock shared by the tests, so Argon2id runs once for all of them.
pub fn unlock() -> &'static BackupUnlock {
    static UNLOCK: OnceLock<BackupUnlock> = OnceLock::new();
    UNLOCK.get_or_init(|| BackupUnlock::passphrase(SecretString::from(PASSPHRASE)))
}

pub fn facts() -> BackupFacts {
    let mut f = BackupFacts::new(
        "Zoë's Corner — 李小龙",
        chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap(),
    );
    f.customer_count = Some(3);
    f.last_purchase = chrono::NaiveDate::from_ymd_opt(2026, 11, 20);
    f
}

/// A shop with Unicode names and `filler` extra rows (about 300 bytes each).
pub fn make_shop(path: &Path, filler: usize) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT);
         CREATE INDEX customer_name ON customer(name);
         INSERT INTO customer(name, note) VALUES ('Zoë Ødegård', 'likes tulips'), ('李小龙', '功夫'), ('Ana María', NULL);",
    )
    .unwrap();
    let tx = conn.unchecked_transaction().unwrap();
    {
        let mut stmt = tx
            .prepare("INSERT INTO customer(name, note) VALUES (?1, ?2)")
            .unwrap();
        for i in 0..filler {
            stmt.execute((format!("customer {i}"), format!("{i:0>300}")))
                .unwrap();
        }
    }
    tx.commit().unwrap();
    conn
}

/// All rows, in id order, for comparing databases.
pub fn rows(conn: &Connection) -> Vec<(i64, String, Option<String>)> {
    let mut stmt = conn
        .prepare("SELECT id, name, note FROM customer ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A shop of ~500 KB (several chunks) and its backup, made once per test binary.
pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub shop: PathBuf,
    pub backup: PathBuf,
    pub bytes: Vec<u8>,
}

pub fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| make_fixture(1500))
}

/// A smaller shop (3 chunks), for tests that verify thousands of variants.
pub fn small_fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| make_fixture(300))
}

fn make_fixture(filler: usize) -> Fixture {
    {
        let dir = tempfile::tempdir().unwrap();
        let shop = dir.path().join("shop.db");
        let conn = make_shop(&shop, filler);
        let backup = dir.path().join("fixture.skbackup");
        shopkeeper_backup::create(&conn, &backup, keys(), &facts()).unwrap();
        let bytes = std::fs::read(&backup).unwrap();
        Fixture {
            _dir: dir,
            shop,
            backup,
            bytes,
        }
    }
}

/// Where the payload starts and how long the header is, read from the bytes as the format doc says.
pub fn layout(bytes: &[u8]) -> (usize, usize) {
    let slots = u32::from_le_bytes(bytes[20..24].try_into().unwrap()) as usize;
    let meta = u32::from_le_bytes(bytes[24..28].try_into().unwrap()) as usize;
    let header = 60 + 96 * slots + 32;
    (header, header + meta)
}

pub const ENC_CHUNK: usize = 64 * 1024 + 16;
