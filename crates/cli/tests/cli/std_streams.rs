//! `-` for standard input and output: imports read a pipe, exports write
//! into one, and the plaintext reminder goes to standard error, never into
//! the data.

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use crate::common::*;

/// Runs `shopkeeper ARGS` with `input` piped into its standard input.
fn piped(vault: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = command(vault, args, &[("SHOPKEEPER_PASSPHRASE", PASSPHRASE)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn customers_exported_to_a_pipe_import_from_one() {
    let (_dir, vault) = new_shop();
    for (name, email) in [
        ("Zoë Ødegård", "zoe@example.no"),
        ("李小龙", "lee@example.cn"),
    ] {
        ok(
            &vault,
            &["customer", "add", "--name", name, "--email", email],
        );
    }
    let export = shopkeeper(&vault, &["export", "customers", "-o", "-"]);
    assert!(export.status.success(), "{export:?}");
    let csv = stdout(&export);
    assert!(csv.starts_with("id,"), "the data comes first: {csv}");
    assert!(
        !csv.contains("not encrypted"),
        "the reminder is not in the data"
    );
    assert!(stderr(&export).contains("not encrypted"), "{export:?}");

    let (_dir2, other) = new_shop();
    let import = piped(&other, &["import", "customers", "-"], csv.as_bytes());
    assert!(import.status.success(), "{import:?}");
    let list = ok(&other, &["customer", "list"]);
    assert!(
        list.contains("Zoë Ødegård") && list.contains("李小龙"),
        "{list}"
    );
}

#[test]
fn purchases_import_from_standard_input() {
    let (_dir, vault) = new_shop();
    let till = std::fs::read(format!(
        "{}/../core/tests/fixtures/import/shopify_orders.csv",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let out = piped(&vault, &["import", "purchases", "-"], &till);
    assert!(out.status.success(), "{out:?}");
    assert!(stdout(&out).starts_with("Recognised a Shopify orders export"));
    assert!(ok(&vault, &["customer", "list"]).contains("Zoë Ødegård"));
    let imports = ok(&vault, &["import", "list", "--format", "csv"]);
    assert!(imports.contains("standard input"), "{imports}");
}

#[test]
fn the_whole_shop_exported_to_standard_output_is_json_alone() {
    let (_dir, vault) = new_shop();
    ok(&vault, &["customer", "add", "--name", "Ada Lovelace"]);
    let out = shopkeeper(&vault, &["export", "shop", "-o", "-"]);
    assert!(out.status.success(), "{out:?}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON alone");
    assert!(doc.to_string().contains("Ada Lovelace"));
    assert!(stderr(&out).contains("not encrypted"));
    assert!(!Path::new("-").exists(), "no file named -");
}
