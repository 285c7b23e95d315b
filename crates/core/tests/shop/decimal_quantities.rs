//! Exact decimal quantities (issue 18): 0.125 kg, 2.75 m, 3 and a return of
//! -0.5 recorded, read back from the vault file, carried through the
//! whole-shop export and through sync, each exactly; unit price × quantity
//! rounded half to even; a line total that disagrees is refused in words.

use shopkeeper_core::*;

use crate::purchases::{expected, line, record, seen};
use crate::{create, pounds, reopen, shop};

#[test]
fn decimal_quantities_round_trip_exactly_through_the_vault_file() {
    let (dir, mut shop) = shop();
    let anna = super::customer(&mut shop, "Anna Łukasiewicz", None, None);
    let p = record(&mut shop, anna.id);
    assert_eq!(seen(&p), expected());
    assert_eq!(p.total.minor, 361 + 4950 + 1950 - 1100);
    drop(shop);
    let shop = reopen(&dir.path().join("shop.vault")).unwrap();
    let back = shop.purchase(p.id).unwrap();
    assert_eq!(back, p, "read back from the encrypted file exactly");
    assert_eq!(
        shop.profile(anna.id).unwrap().stats.total_spent.minor,
        p.total.minor
    );
}

#[test]
fn a_line_total_is_unit_price_times_quantity_rounded_half_to_even() {
    let (_d, mut shop) = shop();
    let who = super::customer(&mut shop, "Bo", None, None).id;
    let mut half = |pence: i64| {
        shop.add_purchase(
            who,
            &NewPurchase {
                at: None,
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![line("Thread, per m", "0.5", pence)],
            },
        )
        .unwrap()
        .total
        .minor
    };
    assert_eq!(half(1299), 650, "649.5 → 650 (even)");
    assert_eq!(half(1301), 650, "650.5 → 650 (even)");
    assert_eq!(half(1303), 652, "651.5 → 652 (even)");
}

#[test]
fn a_unit_price_and_a_line_total_that_disagree_are_refused_in_words() {
    let (_d, mut shop) = shop();
    let who = super::customer(&mut shop, "Cy", None, None).id;
    let buy = |shop: &mut Shop, total: i64| {
        shop.add_purchase(
            who,
            &NewPurchase {
                at: None,
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![NewLine {
                    total: Some(pounds(total)),
                    ..line("Comté, per kg", "0.5", 2890)
                }],
            },
        )
    };
    let err = buy(&mut shop, 1500).unwrap_err();
    assert_eq!(err.field(), Some("line_total"));
    assert!(
        err.to_string()
            .contains("15.00 GBP does not match 0.5 × 28.90 GBP = 14.45 GBP"),
        "{err}"
    );
    assert_eq!(buy(&mut shop, 1445).unwrap().total.minor, 1445);
    // A total alone gives the unit price, exactly.
    let p = shop
        .add_purchase(
            who,
            &NewPurchase {
                at: None,
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![NewLine {
                    unit_price: None,
                    total: Some(pounds(333)),
                    ..line("Olives, per kg", "0.3", 0)
                }],
            },
        )
        .unwrap();
    assert_eq!(p.lines[0].unit_price.to_string(), "11.10 GBP");
}

#[test]
fn decimal_quantities_round_trip_exactly_through_the_whole_shop_export() {
    let (_d, mut shop) = shop();
    let anna = super::customer(&mut shop, "Anna", None, None);
    let p = record(&mut shop, anna.id);
    let json = shop.export_shop().unwrap();
    for text in ["\"0.125\"", "\"2.75\"", "\"3\"", "\"-0.5\""] {
        assert!(
            json.contains(&format!("\"quantity\": {text}")),
            "{text} in {json}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let mut copy = create(&dir.path().join("copy.vault"));
    copy.import_shop(&json).unwrap();
    assert_eq!(seen(&copy.purchase(p.id).unwrap()), expected());
    assert_eq!(copy.export_shop().unwrap(), json);
}

#[test]
fn an_export_of_an_older_version_with_whole_quantities_imports_as_the_same_decimals() {
    let (_d, mut shop) = shop();
    let anna = super::customer(&mut shop, "Anna", None, None);
    let p = record(&mut shop, anna.id);
    // Format 1 exports (schema 4) wrote quantities and unit prices as JSON
    // numbers, and had no void reasons and no purchase history.
    let mut doc: serde_json::Value = serde_json::from_str(&shop.export_shop().unwrap()).unwrap();
    doc["format_version"] = 1.into();
    let tables = doc["tables"].as_object_mut().unwrap();
    tables.remove("purchase_change");
    for p in tables["purchase"].as_array_mut().unwrap() {
        p.as_object_mut().unwrap().remove("void_reason");
    }
    for l in tables["purchase_line"].as_array_mut().unwrap() {
        if l["quantity"] == "3" {
            l["quantity"] = 3.into();
            l["unit_minor"] = 650.into();
        }
    }
    let json = serde_json::to_string_pretty(&doc).unwrap();
    assert!(json.contains("\"quantity\": 3,"), "{json}");
    let dir = tempfile::tempdir().unwrap();
    let mut copy = create(&dir.path().join("copy.vault"));
    copy.import_shop(&json).unwrap();
    assert_eq!(copy.purchase(p.id).unwrap(), p);
}

#[test]
fn a_till_file_with_decimal_commas_imports_its_quantities_exactly() {
    let (_d, mut shop) = shop();
    let csv = "customer_ref;customer_name;date;product;quantity;line_total
C1;Anna;2024-03-01;Comté, per kg;0,125;3,61
C1;Anna;2024-03-01;Linen, per m;2,75;49,50
C1;Anna;2024-03-01;Mug;3;19,50
C1;Anna;2024-03-01;Brie, per kg;-0,5;-11,00
";
    let report = shop
        .import_purchases(
            csv.as_bytes(),
            &import::ImportOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    assert!(report.bad.is_empty(), "{:?}", report.bad);
    let anna = shop.find_customer("C1").unwrap();
    // The sale and, apart, the return (an import keeps returns as their
    // own purchase).
    let bought = shop.purchases(anna.id, 10).unwrap();
    let (returns, sales): (Vec<_>, Vec<_>) = bought.iter().partition(|p| p.total.minor < 0);
    let ([returned], [p]) = (&returns[..], &sales[..]) else {
        panic!("a sale and a return: {bought:?}")
    };
    let mut lines = seen(p);
    lines.extend(seen(returned));
    assert_eq!(lines, expected());
    // The unit price is worked out exactly from the line total.
    assert_eq!(p.lines[0].unit_price.to_string(), "28.88 GBP");
    assert_eq!(p.lines[1].unit_price.to_string(), "18.00 GBP");
    let doc = shop.summary_doc(anna.id, SummaryVariant::ForShop).unwrap();
    let quantities: Vec<&str> = doc
        .recent_purchases
        .iter()
        .map(|l| l.quantity.as_str())
        .collect();
    assert!(
        quantities.contains(&"0.125") && quantities.contains(&"-0.5"),
        "{quantities:?}"
    );
}

#[test]
fn an_export_whose_quantity_is_not_a_decimal_is_refused_and_nothing_is_written() {
    let (_d, mut shop) = shop();
    let anna = super::customer(&mut shop, "Anna", None, None);
    record(&mut shop, anna.id);
    let json = shop.export_shop().unwrap();
    for bad in ["\"abc\"", "\"1.2.3\"", "\"1e9\"", "\".5\""] {
        let forged = json.replacen(
            "\"quantity\": \"0.125\"",
            &format!("\"quantity\": {bad}"),
            1,
        );
        assert_ne!(forged, json);
        let dir = tempfile::tempdir().unwrap();
        let mut copy = create(&dir.path().join("copy.vault"));
        assert!(copy.import_shop(&forged).is_err(), "{bad}");
        assert!(
            copy.list_customers().unwrap().is_empty(),
            "nothing written for {bad}"
        );
    }
}
