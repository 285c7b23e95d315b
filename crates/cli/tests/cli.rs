//! The `shopkeeper` binary, run as a user would run it.

use std::path::Path;
use std::process::{Command, Output};

fn shopkeeper(vault: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_shopkeeper"))
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env_remove("SHOPKEEPER_VAULT")
        .output()
        .expect("the shopkeeper binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn add_then_list_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let added = shopkeeper(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "Zoë Ødegård",
            "--email",
            "zoe@example.no",
        ],
    );
    assert!(added.status.success(), "{added:?}");
    assert!(shopkeeper(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "李小龙",
            "--phone",
            "+86 10 1234 5678"
        ]
    )
    .status
    .success());

    let table = stdout(&shopkeeper(&vault, &["customer", "list"]));
    assert!(table.starts_with("ID"), "{table}");
    assert!(
        table.contains("Zoë Ødegård") && table.contains("李小龙"),
        "{table}"
    );

    let csv = stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "csv"],
    ));
    assert_eq!(csv.lines().next(), Some("id,name,email,phone,customer_ref,tags,created_at"));
    assert_eq!(csv.lines().count(), 3);

    let json: serde_json::Value = serde_json::from_str(&stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "json"],
    )))
    .unwrap();
    let names: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Zoë Ødegård", "李小龙"]);
}

#[test]
fn an_empty_name_fails_with_a_message_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let out = shopkeeper(&vault, &["customer", "add", "--name", "  "]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("A customer needs a name."));
    let list = stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "csv"],
    ));
    assert_eq!(list.lines().count(), 1, "only the header: {list}");
}

#[cfg(unix)]
#[test]
fn an_unwritable_location_fails_with_a_message() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
    if std::fs::write(locked.join("probe"), b"").is_ok() {
        eprintln!("running as a user who can write anywhere (root): permission check skipped");
        return;
    }
    let out = shopkeeper(
        &locked.join("shop.vault"),
        &["customer", "add", "--name", "Tom"],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not open its data file"), "{err}");
    assert!(!locked.join("shop.vault").exists());
}

#[test]
fn a_location_inside_a_file_fails_with_a_message_even_for_root() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, b"x").unwrap();
    let out = shopkeeper(
        &file.join("shop.vault"),
        &["customer", "add", "--name", "Tom"],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not open its data file"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"x");
}
