//! Receipts, re-imports, refunds and unit prices in purchase imports (issue 18).

use serde_json::Value;
use shopkeeper_core::import::{ImportOptions, ImportReport};
use shopkeeper_core::*;

use super::{pounds, shop};

const HEADER: &str =
    "receipt,customer_ref,customer_name,date,sku,product,quantity,unit_price,line_total,refund_of\n";

fn import(shop: &mut Shop, body: &str) -> ImportReport {
    let csv = format!("{HEADER}{body}");
    shop.import_purchases(csv.as_bytes(), &ImportOptions::default(), &mut |_| {})
        .unwrap()
}

/// Receipt `n`: customer C(n % 7), two lines.
fn receipt(n: u32) -> String {
    let c = n % 7;
    format!(
        "R{n},C{c},Customer {c},2024-03-{:02} 10:{:02},TEA,Tea,2,1.50,3.00,\nR{n},C{c},Customer {c},2024-03-{:02} 10:{:02},,Gift wrap,1,,0.50,\n",
        1 + n % 28,
        n % 60,
        1 + n % 28,
        n % 60
    )
}

fn receipts(range: std::ops::RangeInclusive<u32>) -> String {
    range.map(receipt).collect()
}

/// The whole-shop export's tables, by table and then by record key.
fn tables(shop: &Shop) -> serde_json::Map<String, Value> {
    let doc: Value = serde_json::from_str(&shop.export_shop().unwrap()).unwrap();
    doc["tables"].as_object().unwrap().clone()
}

#[test]
fn rows_of_one_receipt_form_one_purchase_whatever_their_order() {
    let (_d, mut shop) = shop();
    let r = import(
        &mut shop,
        "1001,C1,Ann,2024-03-01 10:00,TEA,Tea,1,1.50,1.50,
1002,C2,Bob,2024-03-01 10:05,TEA,Tea,1,1.50,1.50,
1001,C1,Ann,2024-03-01 10:00,,Gift wrap,1,,0.50,
1001,C1,Ann,2024-03-01 10:01,,Card,1,,2.00,
",
    );
    assert_eq!(
        (r.purchases, r.lines, r.bad_count),
        (2, 4, 0),
        "{:?}",
        r.bad
    );
    let ann = shop.find_customer("C1").unwrap();
    let bought = shop.purchases(ann.id, 10).unwrap();
    assert_eq!(
        bought.len(),
        1,
        "one receipt, one purchase, though its times differ"
    );
    assert_eq!(bought[0].receipt.as_deref(), Some("1001"));
    assert_eq!(bought[0].lines.len(), 3);
    assert_eq!(bought[0].total, pounds(400));
}

/// Import file A, then a file overlapping A by half: exactly the new half is
/// added, and everything A brought is as it was (compared in whole-shop exports).
#[test]
fn a_second_import_of_an_overlapping_file_adds_only_what_is_new() {
    let (_d, mut shop) = shop();
    let a = import(&mut shop, &receipts(1..=20));
    assert_eq!((a.purchases, a.lines, a.already_imported), (20, 40, 0));
    let before = tables(&shop);
    let b = import(&mut shop, &receipts(11..=30));
    assert_eq!((b.purchases, b.lines), (10, 20), "only receipts 21 to 30");
    assert_eq!(b.already_imported, 10);
    assert_eq!((b.customers_created, b.products_created), (0, 0));
    let after = tables(&shop);
    for (table, rows) in &before {
        if table == "import_batch" {
            continue;
        }
        for row in rows.as_array().unwrap() {
            assert!(
                after[table].as_array().unwrap().contains(row),
                "{table} record changed or lost: {row}"
            );
        }
    }
    let purchases = |t: &serde_json::Map<String, Value>| t["purchase"].as_array().unwrap().len();
    assert_eq!(purchases(&after), purchases(&before) + 10);
    let again = import(&mut shop, &receipts(1..=30));
    assert_eq!((again.purchases, again.already_imported), (0, 30));
    assert_eq!(tables(&shop)["purchase"], after["purchase"]);
}

/// Rows without receipt numbers: a purchase of the same customer at the
/// same time with the same lines, from an earlier import, is already there;
/// one with other lines is new; one recorded by hand never counts.
#[test]
fn rows_without_receipt_numbers_are_known_by_customer_time_and_lines() {
    let (_d, mut shop) = shop();
    let file = ",C1,Ann,2024-03-01 10:00,TEA,Tea,2,1.50,3.00,
,C1,Ann,2024-03-01 10:00,,Gift wrap,1,,0.50,
,C2,Bob,2024-03-02 11:00,TEA,Tea,1,1.50,1.50,
";
    let first = import(&mut shop, file);
    assert_eq!(first.purchases, 2);
    let again = import(&mut shop, file);
    assert_eq!(
        (again.purchases, again.lines, again.already_imported),
        (0, 0, 2)
    );
    let changed = import(
        &mut shop,
        ",C1,Ann,2024-03-01 10:00,TEA,Tea,3,1.50,4.50,
,C1,Ann,2024-03-01 10:00,,Gift wrap,1,,0.50,
",
    );
    assert_eq!((changed.purchases, changed.already_imported), (1, 0));
    let ann = shop.find_customer("C1").unwrap();
    assert_eq!(shop.purchases(ann.id, 10).unwrap().len(), 2);
}

#[test]
fn refund_rows_become_return_purchases_linked_to_their_receipt() {
    let (_d, mut shop) = shop();
    let r = import(
        &mut shop,
        "1001,C1,Ann,2024-03-01 10:00,TEA,Tea,2,1.50,3.00,
1001,C1,Ann,2024-03-01 10:00,,Gift wrap,1,,0.50,
1001,C1,Ann,2024-03-05 12:00,TEA,Tea,-1,1.50,-1.50,
R-7,C1,Ann,2024-03-06 12:00,TEA,Tea,1,1.50,1.50,0999
",
    );
    assert_eq!(
        (r.purchases, r.refunds, r.bad_count),
        (3, 2, 0),
        "{:?}",
        r.bad
    );
    let ann = shop.find_customer("C1").unwrap();
    let bought = shop.purchases(ann.id, 10).unwrap();
    let (refunds, sales): (Vec<_>, Vec<_>) = bought
        .iter()
        .partition(|p| p.lines.iter().all(|l| l.is_return));
    assert_eq!(sales.len(), 1);
    assert_eq!(sales[0].total, pounds(350));
    assert_eq!(refunds.len(), 2);
    let of_0999 = refunds
        .iter()
        .find(|p| p.receipt.as_deref() == Some("R-7"))
        .unwrap();
    assert_eq!(
        of_0999.refund_of.as_deref(),
        Some("0999"),
        "kept though 0999 is not in the shop"
    );
    assert_eq!(
        of_0999.lines[0].quantity,
        (-1).into(),
        "a refund row's positive numbers turned"
    );
    assert_eq!(of_0999.total, pounds(-150));
    let same = refunds
        .iter()
        .find(|p| p.receipt.as_deref() == Some("1001"))
        .unwrap();
    assert_eq!(same.total, pounds(-150));
    assert_eq!(shop.profile(ann.id).unwrap().stats.total_spent, pounds(50));
    // The refund is a receipt of its own: importing again adds nothing.
    let again = import(
        &mut shop,
        "1001,C1,Ann,2024-03-05 12:00,TEA,Tea,-1,1.50,-1.50,\n",
    );
    assert_eq!((again.purchases, again.already_imported), (0, 1));
}

#[test]
fn a_unit_price_and_a_total_that_disagree_are_a_bad_row_with_both_numbers() {
    let (_d, mut shop) = shop();
    let csv = format!(
        "{HEADER}1,C1,Ann,2024-03-01,,Tea,3,2.50,8.00,\n2,C1,Ann,2024-03-01,,Tea,3,2.50,7.50,\n"
    );
    let r = shop
        .import_purchases(csv.as_bytes(), &ImportOptions::default(), &mut |_| {})
        .unwrap();
    assert_eq!(r.bad.len(), 1);
    assert_eq!(r.bad[0].line, 2);
    let words = &r.bad[0].reason;
    assert!(
        words.contains("2.50 GBP") && words.contains("7.50 GBP") && words.contains("8.00 GBP"),
        "{words}"
    );
    assert!(!r.written);
}

#[test]
fn the_files_unit_price_is_the_one_stored() {
    let (_d, mut shop) = shop();
    let r = import(&mut shop, "1,C1,Ann,2024-03-01,,Tea,3,2.50,7.50,\n");
    assert_eq!(r.bad_count, 0);
    let ann = shop.find_customer("C1").unwrap();
    assert_eq!(
        shop.purchases(ann.id, 1).unwrap()[0].lines[0].unit_price,
        pounds(250).into()
    );
}
