//! Helpers shared by the test modules.

use std::path::{Path, PathBuf};

use secrecy::SecretString;
use shopkeeper_vault::{create, KdfParams, RecoveryKey};

pub fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

/// A fresh vault with the minimum KDF and one table.
pub fn new_vault(
    dir: &Path,
    name: &str,
    passphrase: &str,
) -> (rusqlite::Connection, RecoveryKey, PathBuf) {
    let path = dir.join(name);
    let (conn, rk) = create(&path, &pass(passphrase), KdfParams::minimum()).expect("create vault");
    (conn, rk, path)
}

/// Bytes of every file in a directory (sorted by name).
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
