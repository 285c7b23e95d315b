//! Issue 19: a vault whose header region is mutated (bit flips, bytes
//! inserted or cut, random bytes) never panics the reader, is never
//! written by a refused open, and never reads back wrong data.

use proptest::prelude::*;
use shopkeeper_testkit::hostile::bytes_like;
use shopkeeper_testkit::{check, fast_tempdir};
use shopkeeper_vault::testing::{open_with_dek, unlock_dek, valid_header_copies};
use shopkeeper_vault::{info, is_vault, Unlock};

use crate::common::new_vault;

/// The two header copies before the first block (vault-format.md).
const REGION: usize = 8192;

#[test]
fn a_vault_with_a_mutated_header_never_panics_and_a_refused_open_writes_nothing() {
    let dir = fast_tempdir();
    let (conn, rk, path) = new_vault(dir.path(), "good.vault", "never panics");
    conn.execute_batch("CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('Zoë Ødegård');")
        .unwrap();
    drop(conn);
    let good = std::fs::read(&path).unwrap();
    // The data key, once: each case then skips the key derivation.
    let dek = unlock_dek(&path, &Unlock::RecoveryKey(rk)).unwrap();
    let bad = dir.path().join("bad.vault");
    check(10_000, bytes_like(vec![good[..REGION].to_vec()]), |head| {
        let mut bytes = head;
        bytes.extend_from_slice(&good[REGION..]);
        std::fs::write(&bad, &bytes).unwrap();
        let _ = valid_header_copies(&bytes[..REGION.min(bytes.len())]);
        let _ = is_vault(&bad);
        let _ = info(&bad);
        match open_with_dek(&bad, &dek) {
            Err(_) => {
                prop_assert_eq!(std::fs::read(&bad).unwrap(), bytes, "a refused open wrote");
            }
            Ok(conn) => {
                // Read what is there: the one row, or an error; never other data.
                let read = conn.query_row("SELECT v FROM t", [], |r| r.get::<_, String>(0));
                if let Ok(v) = read {
                    prop_assert_eq!(v, "Zoë Ødegård");
                }
            }
        }
        Ok(())
    });
}
