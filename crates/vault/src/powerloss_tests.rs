//! Simulated power loss under SQLite: an in-memory file system drops,
//! keeps, or tears (at 512-byte sectors) every write not yet synced when the
//! "power" goes, at a random point in a workload.

use std::sync::OnceLock;

use rand::{Rng, SeedableRng};
use rusqlite::Connection;

use crate::header::{Header, Slot};
use crate::raw::MemFs;
use crate::KdfParams;

const VFS: &str = "shopkeeper-vault-powerloss-test";
const DB: &str = "/shopkeeper-powerloss-test/shop.vault";

fn memfs() -> &'static MemFs {
    static FS: OnceLock<MemFs> = OnceLock::new();
    FS.get_or_init(|| {
        let fs = MemFs::default();
        fs.set_budget(-1);
        crate::vfs::register(VFS, std::sync::Arc::new(fs.clone())).unwrap();
        fs
    })
}

fn payload(id: i64) -> Vec<u8> {
    let len = (id * 977 % 1500) as usize;
    (0..len).map(|i| (i as i64 * 31 + id) as u8).collect()
}

fn check(conn: &Connection) -> i64 {
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let last: i64 = conn
        .query_row("SELECT last FROM meta", [], |r| r.get(0))
        .unwrap();
    let (count, max): (i64, Option<i64>) = conn
        .query_row("SELECT count(*), max(id) FROM t", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(count, last);
    assert_eq!(max.unwrap_or(0), last);
    let mut stmt = conn.prepare("SELECT id, v FROM t").unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))
        .unwrap();
    for row in rows {
        let (id, v) = row.unwrap();
        assert_eq!(v, payload(id), "row {id} has wrong contents");
    }
    last
}

#[test]
fn power_loss_never_loses_a_synced_commit_or_corrupts() {
    let fs = memfs();
    let dek = [0x5a; 32];
    let db_id = [0x17; 16];
    let h = Header {
        version: crate::header::FORMAT_VERSION,
        epoch: 0,
        digest: [0; 16],
        generation: 1,
        db_id,
        kdf: KdfParams::MIN,
        pass: Slot {
            salt: [0; 32],
            nonce: [0; 24],
            wrapped: [0; 48],
        },
        recovery: Slot {
            salt: [0; 32],
            nonce: [0; 24],
            wrapped: [0; 48],
        },
        mac_nonce: [0; 24],
        mac_tag: [0; 16],
    };
    let mut h = h;
    h.seal(&dek);
    let mut region = h.encode();
    region.extend(h.encode());
    fs.put(DB, region);
    let path = std::path::Path::new(DB);
    let rounds: u64 = if std::env::var_os("SHOPKEEPER_LONG").is_some() {
        2000
    } else {
        60
    };
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5eed);
    let mut acked = 0i64;
    let mut crashes_mid_commit = 0;
    for round in 0..rounds {
        fs.set_budget(-1);
        let mut conn =
            match crate::connect_with_vfs(path, crate::block::Keys::new(&dek, db_id), VFS) {
                Ok(c) => c,
                Err(e) => {
                    diagnose(fs, &dek, db_id);
                    panic!("round {round}: {e}")
                }
            };
        conn.execute_batch(
            "PRAGMA cache_size = 2;
             CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v BLOB);
             CREATE TABLE IF NOT EXISTS meta(last INTEGER);
             INSERT INTO meta SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM meta);",
        )
        .unwrap();
        let last = check(&conn);
        assert!(
            last >= acked,
            "round {round}: acknowledged commit {acked} lost (found {last})"
        );
        acked = last;
        // Cut the power after a random number of mutating operations.
        fs.set_budget(rng.gen_range(0..120));
        let mut next = last;
        loop {
            let k = rng.gen_range(1..15);
            let res = (|| -> rusqlite::Result<()> {
                let tx = conn.transaction()?;
                for id in next + 1..=next + k {
                    tx.execute("INSERT INTO t(id, v) VALUES (?1, ?2)", (id, payload(id)))?;
                }
                if rng.gen_bool(0.3) && next > 10 {
                    let victim = rng.gen_range(1..next);
                    tx.execute("UPDATE t SET v = v WHERE id = ?1", [victim])?;
                }
                tx.execute("UPDATE meta SET last = ?1", [next + k])?;
                tx.commit()
            })();
            match res {
                Ok(()) => {
                    next += k;
                    acked = next;
                }
                Err(_) => {
                    crashes_mid_commit += 1;
                    break;
                }
            }
        }
        drop(conn);
        fs.crash(&mut rng);
    }
    assert!(crashes_mid_commit as u64 >= rounds / 2);
    fs.set_budget(-1);
    let conn = crate::connect_with_vfs(path, crate::block::Keys::new(&dek, db_id), VFS).unwrap();
    assert!(check(&conn) >= acked);
}

fn diagnose(fs: &MemFs, dek: &[u8; 32], db_id: [u8; 16]) {
    use crate::block::{BlockFile, Keys};
    use crate::raw::MemFile;
    let keys = std::sync::Arc::new(Keys::new(dek, db_id));
    let main = fs.get(DB).unwrap_or_default();
    let mut f = MemFile::default();
    crate::raw::RawIo::write_at(&mut f, &main, 0).unwrap();
    let mut bf = BlockFile::main(f, keys.clone());
    eprintln!(
        "main phys {} logical {} bad {:?}",
        main.len(),
        bf.size().unwrap(),
        bf.check_all().unwrap()
    );
    let j = fs.get(&format!("{DB}-journal")).unwrap_or_default();
    let mut f = MemFile::default();
    crate::raw::RawIo::write_at(&mut f, &j, 0).unwrap();
    let mut jf = BlockFile::journal(f, keys)
        .unwrap()
        .with_auth_failure_error();
    eprintln!(
        "journal phys {} logical {} bad {:?}",
        j.len(),
        jf.size().unwrap(),
        jf.check_all().unwrap()
    );
    let k2 = std::sync::Arc::new(Keys::new(dek, db_id));
    let h = crate::vfs::register_keys(&k2);
    let uri = crate::uri_for(std::path::Path::new(DB), &h).unwrap();
    let c = Connection::open_with_flags_and_vfs(
        &uri,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_URI,
        VFS,
    )
    .unwrap();
    for q in [
        "PRAGMA page_size",
        "PRAGMA journal_mode",
        "SELECT count(*) FROM sqlite_master",
        "PRAGMA journal_mode=TRUNCATE",
        "SELECT count(*) FROM sqlite_master",
    ] {
        eprintln!(
            "{q}: {:?}",
            c.query_row(q, [], |r| r.get::<_, rusqlite::types::Value>(0))
        );
    }
    drop(c);
    let mut hdr = [0u8; 28];
    let _ = jf.read(&mut hdr, 0);
    eprintln!("journal hdr {:02x?}", hdr);
}
