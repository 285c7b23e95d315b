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

#[test]
fn the_shop_journey_from_demo_to_consent_history() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let ok = |args: &[&str]| {
        let o = shopkeeper(&vault, args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        stdout(&o)
    };
    ok(&[
        "demo",
        "--customers",
        "30",
        "--years",
        "1",
        "--seed",
        "5",
        "--until",
        "2025-12-31",
    ]);
    ok(&[
        "customer",
        "add",
        "--name",
        "Zoë Ødegård",
        "--phone",
        "+47 912 34 567",
        "--ref",
        "Z1",
        "--tag",
        "regular",
    ]);
    ok(&[
        "customer",
        "edit",
        "Z1",
        "--add-email",
        "zoe@example.no",
        "--notes",
        "ask about Porto",
    ]);
    ok(&[
        "pref",
        "add",
        "--customer",
        "Z1",
        "--category",
        "allergy",
        "--value",
        "nuts",
    ]);
    ok(&[
        "purchase",
        "add",
        "--customer",
        "Z1",
        "--item",
        "2x COF-YIR",
        "--item",
        "Gift wrap @ 2.50",
    ]);
    ok(&[
        "consent",
        "set",
        "--customer",
        "zoe@example.no",
        "--channel",
        "email",
        "--purpose",
        "promotions",
        "--state",
        "granted",
        "--method",
        "in person",
    ]);
    ok(&[
        "contact",
        "log",
        "--customer",
        "Z1",
        "--channel",
        "email",
        "--purpose",
        "service",
        "--summary",
        "Beans are in",
    ]);

    let found: serde_json::Value =
        serde_json::from_str(&ok(&["search", "odegard porto", "--format", "json"])).unwrap();
    assert_eq!(found[0]["name"], "Zoë Ødegård");
    assert!(ok(&["search", "912 34 567"]).contains("Zoë"));
    let show = ok(&["customer", "show", "Z1", "--format", "csv"]);
    assert!(
        show.contains("allergy,nuts") && show.contains("Yirgacheffe"),
        "{show}"
    );
    let history = ok(&["consent", "history", "--customer", "Z1", "--format", "csv"]);
    assert_eq!(history.lines().count(), 2, "{history}");
    assert!(ok(&["consent", "show", "--customer", "Z1"]).contains("granted"));
    assert!(ok(&["purchase", "list", "--customer", "Z1", "--format", "csv"]).contains("Gift wrap"));
    assert!(ok(&["contact", "list", "--customer", "Z1"]).contains("Beans are in"));
    assert!(ok(&["product", "list", "--format", "csv"]).contains("COF-YIR"));

    let bad = shopkeeper(
        &vault,
        &["purchase", "add", "--customer", "Z1", "--item=-1x COF-YIR"],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("return"));
    let unknown = shopkeeper(&vault, &["pref", "list", "--customer", "Nobody At All"]);
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("No customer matches"));
}

#[test]
fn import_reports_bad_lines_and_writes_nothing_unless_told() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let file = dir.path().join("p.csv");
    std::fs::write(
        &file,
        "customer_ref,customer_name,date,sku,product,quantity,line_total\nC1,Anna,2024-03-01,,Tea,1,3.00\nC2,Bob,not a date,,Tea,1,3.00\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let refused = shopkeeper(&vault, &["import", "purchases", f]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("line 3:"));
    assert!(!stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Anna"));
    let dry = shopkeeper(
        &vault,
        &["import", "purchases", f, "--skip-bad", "--dry-run"],
    );
    assert!(
        stdout(&dry).starts_with("Would import 1 of 2 rows"),
        "{}",
        stdout(&dry)
    );
    assert!(
        shopkeeper(&vault, &["import", "purchases", f, "--skip-bad"])
            .status
            .success()
    );
    assert!(stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Anna"));
}
