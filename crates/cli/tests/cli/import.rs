//! `shopkeeper import purchases FILE` on real exports: it says which
//! layout it recognised and what it will do, shows the first lines as they
//! will be stored on a dry run, and takes `--layout` and `--date-order`.

use crate::common::*;

fn fixture(name: &str) -> String {
    format!(
        "{}/../core/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_shopify_export_is_recognised_and_previewed_on_a_dry_run() {
    let (_dir, vault) = new_shop();
    let f = fixture("shopify_orders.csv");
    let dry = shopkeeper(&vault, &["import", "purchases", &f, "--dry-run"]);
    let out = stdout(&dry);
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(
        out.starts_with("Recognised a Shopify orders export: 7 rows, 3 orders, currency EUR"),
        "{out}"
    );
    assert!(out.contains("Name → receipt"), "{out}");
    // The first lines as they will be stored: date, customer, product,
    // quantity, unit price, total, receipt.
    let first = out
        .lines()
        .find(|l| l.contains("#1001"))
        .unwrap_or_else(|| panic!("{out}"));
    for part in [
        "2024-03-01 09:15",
        "Zoë Ødegård",
        "Yirgacheffe 250g",
        "12.90 EUR",
        "25.80 EUR",
    ] {
        assert!(first.contains(part), "{first}");
    }
    assert!(out.contains("Would import"), "{out}");
    assert!(out.contains("1 sales without a customer"), "{out}");
    assert!(!stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Zoë"));

    let done = shopkeeper(&vault, &["import", "purchases", &f]);
    assert!(done.status.success(), "{}", stderr(&done));
    let out = stdout(&done);
    assert!(out.contains("2 marketing-consent answers"), "{out}");
    assert!(stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Zoë Ødegård"));
}

#[test]
fn an_unknown_layout_lists_the_known_ones() {
    let (_dir, vault) = new_shop();
    let f = fixture("shopify_orders.csv");
    let out = shopkeeper(&vault, &["import", "purchases", &f, "--layout", "clover"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("shopify") && err.contains("square-items"),
        "{err}"
    );
}

#[test]
fn dates_that_read_both_ways_ask_for_date_order() {
    let (dir, vault) = new_shop();
    let file = dir.path().join("p.csv");
    std::fs::write(
        &file,
        "customer_ref,date,product,quantity,line_total\nC1,03/04/2024,Tea,1,3.00\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let refused = shopkeeper(&vault, &["import", "purchases", f]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("--date-order"),
        "{}",
        stderr(&refused)
    );
    let ok = shopkeeper(&vault, &["import", "purchases", f, "--date-order", "dmy"]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("dates dmy"), "{}", stdout(&ok));
}
