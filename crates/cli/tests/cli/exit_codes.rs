//! Each documented exit code, provoked through the real binary on a real
//! vault, and the table `--help` documents, pinned.

use std::path::Path;

use crate::common::*;

/// The exit code of a command that ran to its end.
fn code(out: &std::process::Output) -> i32 {
    out.status.code().expect("the command exited, not killed")
}

#[test]
fn success_is_0_and_a_usage_error_is_2() {
    let (_dir, vault) = new_shop();
    assert_eq!(code(&shopkeeper(&vault, &["customer", "list"])), 0);
    assert_eq!(code(&shopkeeper(&vault, &["customer", "no-such-cmd"])), 2);
    assert_eq!(code(&shopkeeper(&vault, &["customer", "add"])), 2);
}

#[test]
fn not_found_is_3() {
    let (_dir, vault) = new_shop();
    let out = shopkeeper(&vault, &["customer", "show", "Nobody Here"]);
    assert_eq!(code(&out), 3, "{out:?}");
    let out = shopkeeper(&vault, &["import", "purchases", "/nonexistent/till.csv"]);
    assert_eq!(code(&out), 3, "{out:?}");
    let nobody = "0195a3b2-0000-7000-8000-000000000000";
    let out = shopkeeper(&vault, &["purchase", "void", nobody, "--reason", "test"]);
    assert_eq!(code(&out), 3, "{out:?}");
    let out = shopkeeper(&vault, &["import", "undo", nobody, "--yes"]);
    assert_eq!(code(&out), 3, "{out:?}");
    let missing = vault.with_file_name("missing.vault");
    assert_eq!(code(&shopkeeper(&missing, &["customer", "list"])), 3);
}

#[test]
fn a_wrong_passphrase_is_4() {
    let (_dir, vault) = new_shop();
    let out = shopkeeper_with(
        &vault,
        &["customer", "list"],
        &[("SHOPKEEPER_PASSPHRASE", "not the passphrase")],
    );
    assert_eq!(code(&out), 4, "{out:?}");
}

#[test]
fn another_shops_recovery_key_is_4() {
    let (_dir, vault) = new_shop();
    let (other_dir, _other) = new_shop();
    let kit = std::fs::read_to_string(other_dir.path().join("kit.txt")).unwrap();
    let key = kit
        .lines()
        .map(str::trim)
        .find(|l| l.split('-').count() == 9)
        .expect("the kit holds the recovery key");
    let out = shopkeeper_with(
        &vault,
        &["vault", "reset-passphrase"],
        &[
            ("SHOPKEEPER_RECOVERY_KEY", key),
            (
                "SHOPKEEPER_NEW_PASSPHRASE",
                "a third passphrase nobody will guess",
            ),
        ],
    );
    assert_eq!(code(&out), 4, "{out:?}");
}

#[test]
fn a_vault_with_flipped_bytes_is_6() {
    let (_dir, vault) = new_shop();
    ok(&vault, &["customer", "add", "--name", "Zoë Ødegård"]);
    flip(&vault, 2 * 4096 + 100);
    let out = shopkeeper(&vault, &["customer", "list"]);
    assert_eq!(code(&out), 6, "{out:?}");
}

#[test]
fn a_file_that_is_not_a_backup_is_6() {
    let (dir, vault) = new_shop();
    let fake = dir.path().join("fake.skbackup");
    std::fs::write(&fake, "not a backup at all, just some words\n".repeat(50)).unwrap();
    let out = shopkeeper(&vault, &["backup", "verify", fake.to_str().unwrap()]);
    assert_eq!(code(&out), 6, "{out:?}");
}

#[test]
fn a_bad_date_or_amount_is_7() {
    let (_dir, vault) = new_shop();
    ok(&vault, &["customer", "add", "--name", "Ada Lovelace"]);
    let out = shopkeeper(&vault, &["score", "--as-of", "31/02/2026"]);
    assert_eq!(code(&out), 7, "{out:?}");
    let args = ["purchase", "add", "--customer", "Ada Lovelace"];
    let out = shopkeeper(&vault, &[&args[..], &["--item", "Tea @ twelve"]].concat());
    assert_eq!(code(&out), 7, "{out:?}");
}

#[test]
fn the_exit_code_table_is_in_the_help() {
    let dir = tempfile::tempdir().unwrap();
    let help = ok(&dir.path().join("none.vault"), &["--help"]);
    let table: String = help
        .lines()
        .skip_while(|l| !l.starts_with("Exit codes:"))
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!("exit-codes", table);
}

/// Flips the bits of one byte of `file` at `offset`.
fn flip(file: &Path, offset: usize) {
    let mut bytes = std::fs::read(file).unwrap();
    assert!(bytes.len() > offset, "the vault has {} bytes", bytes.len());
    bytes[offset] ^= 0xff;
    std::fs::write(file, bytes).unwrap();
}
