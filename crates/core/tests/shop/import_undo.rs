//! Import batches and undoing an import (issue 18): exactly what the import
//! added goes, checked against whole-shop exports.

use serde_json::Value;
use shopkeeper_core::import::{ImportOptions, ImportReport};
use shopkeeper_core::*;

use super::{customer, pounds, raw, shop};

const FILE: &str = "receipt,customer_ref,customer_name,email,date,sku,product,quantity,line_total
1001,,Anna,anna@example.com,2024-03-01 10:00,TEA,Tea,2,3.00
1001,,Anna,anna@example.com,2024-03-01 10:00,NEW-1,Teapot,1,20.00
1002,C2,Bob,,2024-03-02 11:00,NEW-2,Cups,4,8.00
1003,C3,Cid,,2024-03-03 12:00,TEA,Tea,-1,-1.50
";

fn import(shop: &mut Shop, csv: &str) -> ImportReport {
    let opts = ImportOptions {
        file_name: Some("/home/marta/exports/march.csv".into()),
        ..ImportOptions::default()
    };
    shop.import_purchases(csv.as_bytes(), &opts, &mut |_| {})
        .unwrap()
}

/// The whole-shop export without the import log (`import_batch`, which
/// keeps a record of every import, undone or not) and without the export's
/// own time.
fn export(shop: &Shop) -> Value {
    let mut doc: Value = serde_json::from_str(&shop.export_shop().unwrap()).unwrap();
    doc["tables"]
        .as_object_mut()
        .unwrap()
        .remove("import_batch");
    doc.as_object_mut().unwrap().remove("exported_at");
    doc
}

/// A shop with a customer, a product and a purchase recorded by hand.
fn shop_with_history() -> (tempfile::TempDir, Shop, Customer) {
    let (d, mut shop) = shop();
    let anna = customer(&mut shop, "Anna", Some("anna@example.com"), None);
    shop.add_product(&NewProduct {
        sku: "TEA".into(),
        name: "Tea".into(),
        price: Some(pounds(150)),
        ..NewProduct::default()
    })
    .unwrap();
    shop.add_purchase(
        anna.id,
        &NewPurchase {
            at: None,
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Scone", 1, pounds(250))],
        },
    )
    .unwrap();
    (d, shop, anna)
}

#[test]
fn undoing_an_import_restores_the_shop_exactly() {
    let (_d, mut shop, anna) = shop_with_history();
    let before = export(&shop);
    let r = import(&mut shop, FILE);
    assert_eq!(
        (r.purchases, r.customers_created, r.products_created),
        (3, 2, 2)
    );
    assert_eq!(shop.search("teapot", 5).unwrap().len(), 1);
    let id = r.batch.expect("a written import has a batch");
    let listed = shop.imports().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, id);
    assert_eq!(
        listed[0].file_name.as_deref(),
        Some("march.csv"),
        "never the folder"
    );
    assert_eq!(
        (listed[0].source.as_str(), listed[0].purchases),
        ("shopkeeper", 3)
    );
    assert_ne!(export(&shop), before);

    let undone = shop.undo_import(id).unwrap();
    assert_eq!(
        (
            undone.purchases,
            undone.lines,
            undone.customers,
            undone.products,
            undone.products_kept
        ),
        (3, 4, 2, 2, 0)
    );
    assert_eq!(export(&shop), before);
    assert!(
        shop.search("teapot", 5).unwrap().is_empty(),
        "search entries follow"
    );
    assert_eq!(shop.purchases(anna.id, 10).unwrap().len(), 1);
    assert!(shop.imports().unwrap()[0].undone_at.is_some());
    let again = shop.undo_import(id).unwrap_err();
    assert!(again.to_string().contains("already undone"), "{again}");
    // The same file can come in again after its undo.
    assert_eq!(import(&mut shop, FILE).purchases, 3);
}

#[test]
fn undo_is_refused_when_a_customer_it_made_was_given_something_by_hand() {
    let (_d, mut shop, _) = shop_with_history();
    let r = import(&mut shop, FILE);
    let bob = shop.find_customer("C2").unwrap();
    let cid = shop.find_customer("C3").unwrap();
    shop.add_preference(
        bob.id,
        &NewPreference::said(PreferenceCategory::Taste, "oolong"),
    )
    .unwrap();
    let mut edit = cid.edit();
    edit.notes = Some("Prefers the morning".into());
    shop.update_customer(cid.id, &edit).unwrap();
    let before = export(&shop);
    let err = shop.undo_import(r.batch.unwrap()).unwrap_err();
    let words = err.to_string();
    assert!(words.contains("2 customers this import added"), "{words}");
    assert_eq!(export(&shop), before, "nothing written on refusal");
    assert!(shop.imports().unwrap()[0].undone_at.is_none());
}

#[test]
fn a_product_the_import_made_stays_while_another_purchase_uses_it() {
    let (_d, mut shop, anna) = shop_with_history();
    let r = import(&mut shop, FILE);
    shop.add_purchase(
        anna.id,
        &NewPurchase {
            at: None,
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine {
                sku: Some("NEW-2".into()),
                product_id: None,
                description: None,
                quantity: 1.into(),
                unit_price: Some(pounds(200).into()),
                discount: None,
                total: None,
                is_return: false,
            }],
        },
    )
    .unwrap();
    let undone = shop.undo_import(r.batch.unwrap()).unwrap();
    assert_eq!((undone.products, undone.products_kept), (1, 1));
    assert!(shop.product_by_sku("NEW-2").unwrap().is_some());
    assert_eq!(shop.purchases(anna.id, 10).unwrap().len(), 2);
}

/// The consent ledger lets go of exactly the entries of an undone import:
/// an entry recorded by hand cannot be deleted, even by someone who goes
/// around the core with a raw connection, and even after an undo.
#[test]
fn undo_removes_the_imports_consent_entries_and_no_other() {
    let (dir, mut shop, anna) = shop_with_history();
    let r = import(&mut shop, FILE);
    let batch = r.batch.unwrap();
    let bob = shop.find_customer("C2").unwrap();
    let hand = shop
        .record_consent(
            anna.id,
            &NewConsent {
                channel: Channel::Email,
                purpose: Purpose::Promotions,
                state: ConsentState::Granted,
                at: None,
                method: "in person".into(),
                wording_version: None,
                note: None,
                recorded_by: None,
            },
        )
        .unwrap();
    let path = dir.path().join("shop.vault");
    drop(shop);
    {
        // What the import of a file with a consent column writes.
        let conn = raw(&path);
        conn.execute(
            "INSERT INTO consent_entry (id, customer_id, channel, purpose, state, at, method, created_at, batch_id)
             VALUES ('0190a000-0000-7000-8000-000000000001', ?1, 'email', 'promotions', 'granted',
                     '2024-03-02T11:00:00.000Z', 'imported from shopkeeper', '2024-03-02T11:00:00.000Z', ?2)",
            rusqlite::params![bob.id.to_string(), batch.to_string()],
        )
        .unwrap();
        let early = conn.execute("DELETE FROM consent_entry WHERE batch_id IS NOT NULL", []);
        assert!(early.is_err(), "not before the import is undone");
    }
    let mut shop = super::reopen(&path).unwrap();
    let undone = shop.undo_import(batch).unwrap();
    assert_eq!((undone.consents, undone.customers), (1, 2));
    assert_eq!(shop.consent_history(anna.id).unwrap(), vec![hand.clone()]);
    drop(shop);
    let conn = raw(&path);
    let attack = conn.execute(
        "DELETE FROM consent_entry WHERE id = ?1",
        [hand.id.to_string()],
    );
    assert!(attack.is_err(), "a hand entry stays after an undo");
    let n: i64 = conn
        .query_row("SELECT count(*) FROM consent_entry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}

/// A customer the import made and the owner deleted since is removed with
/// the import (their tombstone too), so the shop is as before the import.
#[test]
fn a_customer_deleted_since_goes_with_the_import() {
    let (_d, mut shop, _) = shop_with_history();
    let before = export(&shop);
    let r = import(&mut shop, FILE);
    let bob = shop.find_customer("C2").unwrap();
    shop.delete_customer(bob.id).unwrap();
    let undone = shop.undo_import(r.batch.unwrap()).unwrap();
    assert_eq!(undone.customers, 2);
    assert_eq!(export(&shop), before);
}

#[test]
fn undoing_an_import_with_consent_columns_restores_the_shop_exactly() {
    // A shop in the file's currency (the check made in the app's import test).
    let (_d, mut shop) = super::import_layouts::shop_in("EUR");
    let before = export(&shop);
    let file = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/shopify_orders.csv"
    ))
    .unwrap();
    let r = shop
        .import_purchases(&file[..], &ImportOptions::default(), &mut |_| {})
        .unwrap();
    assert!(r.consents > 0, "the file's consent column was recorded");
    let undone = shop.undo_import(r.batch.unwrap()).unwrap();
    assert_eq!((undone.purchases, undone.customers), (3, 2));
    // The consent entries the file's "Accepts Marketing" column made went
    // with the import (they were once written without it, and the undo
    // refused, taking them for the owner's own).
    assert_eq!(export(&shop), before);
}

#[test]
fn suggestions_shown_about_its_customers_do_not_hold_an_undo_back() {
    let dir = tempfile::tempdir().unwrap();
    let (dir, mut shop) = crate::shop_in(dir);
    let r = import(&mut shop, FILE);
    let shown = shop.suggestions(crate::d("2024-03-04"), 50).unwrap();
    assert!(shown.iter().any(|s| s.kind == SuggestionKind::ThankYou));
    shop.note_shown(&shown, chrono::Utc::now()).unwrap();
    let undone = shop.undo_import(r.batch.unwrap()).unwrap();
    assert_eq!(undone.customers, 3);
    drop(shop);
    let left: i64 = raw(&dir.path().join("shop.vault"))
        .query_row("SELECT count(*) FROM suggestion_shown", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0, "the showings go with the customers");
}
