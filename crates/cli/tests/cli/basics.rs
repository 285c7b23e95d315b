//! Customers in and out in every format, and the basics every command shares.

use crate::common::*;

#[test]
fn add_then_list_in_every_format() {
    let (_dir, vault) = new_shop();
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
    assert_eq!(
        csv.lines().next(),
        Some("id,name,email,phone,customer_ref,tags,created_at")
    );
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
    let (_dir, vault) = new_shop();
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
    let out = shopkeeper_with(
        &file.join("shop.vault"),
        &["vault", "init"],
        &[("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE)],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not open its data file"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"x");
}

/// A customer's name (typed in, or from an imported file) cannot become a
/// spreadsheet formula in CSV or an escape sequence on the owner's terminal.
#[test]
fn listings_neutralise_formulas_and_control_characters() {
    let (_dir, vault) = new_shop();
    let formula = "=HYPERLINK(\"http://x\",\"y\")";
    let escape = "\x1b]0;pwn\x07Zoë";
    for name in [
        formula,
        escape,
        "-12.50",
        "Zoë Ødegård",
        "李小龙",
        "O'Brien",
    ] {
        let out = shopkeeper(&vault, &["customer", "add", &format!("--name={name}")]);
        assert!(out.status.success(), "{out:?}");
        assert!(!out.stdout.contains(&0x1b), "{out:?}");
    }
    for who in ["O'Brien", formula] {
        let out = shopkeeper(
            &vault,
            &[
                "purchase",
                "add",
                "--customer",
                who,
                "--item",
                &format!("{who} @ 12.50"),
                "--return",
            ],
        );
        assert!(out.status.success(), "{out:?}");
    }

    let csv = stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "csv"],
    ));
    let names: Vec<String> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap()[1].to_string())
        .collect();
    for expected in [
        format!("'{formula}"),
        escape.to_string(),
        "-12.50".into(),
        "Zoë Ødegård".into(),
        "李小龙".into(),
        "O'Brien".into(),
    ] {
        assert!(names.contains(&expected), "{expected:?} in {names:?}");
    }
    let bought = stdout(&shopkeeper(&vault, &["export", "purchases"]));
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(bought.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 2, "{bought}");
    assert!(
        rows.iter().all(|r| r.iter().any(|c| c == "-12.50 EUR")),
        "returns stay amounts: {bought}"
    );
    assert!(
        rows.iter()
            .any(|r| r.iter().any(|c| c == format!("'{formula}"))),
        "{bought}"
    );
    assert!(
        rows.iter().flatten().all(|c| !c.starts_with('=')),
        "{bought}"
    );

    let table = stdout(&shopkeeper(&vault, &["customer", "list"]));
    assert!(
        !table.contains('\x1b') && !table.contains('\x07'),
        "{table:?}"
    );
    assert!(table.contains("\u{FFFD}]0;pwn\u{FFFD}Zoë"), "{table}");
    for name in [formula, "-12.50", "Zoë Ødegård", "李小龙", "O'Brien"] {
        assert!(table.contains(name), "{name} in {table}");
    }
}
