//! The shop's journey from demo data to consent history, and imports.

use crate::common::*;

#[test]
fn the_shop_journey_from_demo_to_consent_history() {
    let (_dir, vault) = new_shop();
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
    let (dir, vault) = new_shop();
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
        stdout(&dry).contains("\nWould import 1 of 2 rows"),
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
