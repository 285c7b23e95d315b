//! Whole-shop JSON export and import: round trip, validation, refusals.

use chrono::NaiveDate;
use shopkeeper_core::{
    demo::DemoOptions, Channel, ConsentState, ContactFrequency, NewConsent, NewContact,
    NewPreference, PreferenceCategory, Purpose, Relation, Shop,
};

use super::{customer, raw, shop};

/// A small demo shop with every kind of record, including a merge tombstone.
pub fn rich_shop() -> (tempfile::TempDir, Shop) {
    let (dir, mut s) = shop();
    s.generate_demo(&DemoOptions {
        customers: 25,
        years: 2,
        seed: 7,
        lines: None,
        until: NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
    })
    .unwrap();
    let zoe = customer(
        &mut s,
        "Zoë Ødegård",
        Some("zoe@example.no"),
        Some("020 7946 0958"),
    );
    let li = customer(&mut s, "李小龙", Some("li@example.cn"), None);
    let dup = customer(&mut s, "Zoe Odegard", Some("zoe.o@example.no"), None);
    s.merge_customers(zoe.id, dup.id).unwrap();
    s.link_customers(zoe.id, li.id, Relation::Partner).unwrap();
    s.add_preference(
        zoe.id,
        &NewPreference::said(PreferenceCategory::Dislike, "goat cheese"),
    )
    .unwrap();
    s.set_contact_frequency(
        zoe.id,
        &ContactFrequency {
            max_contacts: 1,
            period_days: 30,
            ..ContactFrequency::default()
        },
    )
    .unwrap();
    s.log_contact(
        zoe.id,
        &NewContact {
            at: None,
            channel: Some(Channel::Email),
            purpose: Purpose::Service,
            summary: "Told her the Barolo arrived".into(),
            suggestion_ref: None,
        },
    )
    .unwrap();
    for state in [ConsentState::Granted, ConsentState::Refused] {
        s.record_consent(
            zoe.id,
            &NewConsent {
                channel: Channel::Email,
                purpose: Purpose::Recommendations,
                state,
                at: None,
                method: "in person".into(),
                wording_version: Some("v1".into()),
                note: None,
                recorded_by: Some("Marta".into()),
            },
        )
        .unwrap();
    }
    (dir, s)
}

#[test]
fn export_import_export_gives_the_same_document() {
    let (_d1, one) = rich_shop();
    let first = one.export_shop().unwrap();
    let (_d2, mut two) = shop();
    let report = two.import_shop(&first).unwrap();
    assert!(report.count("customer") >= 28, "{report:?}");
    let second = two.export_shop().unwrap();
    assert_eq!(first, second);

    // Spot checks through the Shop API: the same entities, derived tables rebuilt.
    let zoe = two.find_customer("zoe@example.no").unwrap();
    assert_eq!(zoe, one.find_customer("zoe@example.no").unwrap());
    assert_eq!(
        two.find_customer("zoe.o@example.no").unwrap().id,
        zoe.id,
        "merged email matches"
    );
    assert_eq!(
        two.search("odegard", 5).unwrap()[0].id,
        zoe.id,
        "search index rebuilt"
    );
    assert_eq!(two.profile(zoe.id).unwrap(), one.profile(zoe.id).unwrap());
    assert_eq!(
        two.consent_history(zoe.id).unwrap(),
        one.consent_history(zoe.id).unwrap()
    );
    assert_eq!(two.products().unwrap(), one.products().unwrap());
    assert_eq!(two.settings(), one.settings());
    for c in one.list_customers().unwrap() {
        assert_eq!(
            two.purchases(c.id, 1000).unwrap(),
            one.purchases(c.id, 1000).unwrap()
        );
    }
}

#[test]
fn the_document_is_versioned_and_lists_every_table() {
    let (_d, s) = rich_shop();
    let doc: serde_json::Value = serde_json::from_str(&s.export_shop().unwrap()).unwrap();
    assert_eq!(doc["format"], "shopkeeper-export");
    assert_eq!(doc["format_version"], 2);
    assert_eq!(doc["scope"], "shop");
    let tables = doc["tables"].as_object().unwrap();
    for t in [
        "setting",
        "product",
        "customer",
        "household_link",
        "preference",
        "purchase",
        "purchase_line",
        "consent_entry",
        "contact_frequency",
        "contact_log",
        "erasure",
        "retention_keep",
    ] {
        assert!(tables.contains_key(t), "{t} missing");
    }
    assert!(!tables.contains_key("customer_key") && !tables.contains_key("customer_search"));
    let zoe = tables["customer"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["display_name"] == "Zoë Ødegård")
        .unwrap();
    assert!(
        zoe["emails"].is_array(),
        "JSON columns are JSON values: {zoe}"
    );
    assert!(zoe["created_at"].as_str().unwrap().ends_with('Z'));
}

#[test]
fn a_customer_export_holds_only_their_records() {
    let (_d, s) = rich_shop();
    let zoe = s.find_customer("zoe@example.no").unwrap();
    let doc: serde_json::Value =
        serde_json::from_str(&s.export_customer_data(zoe.id).unwrap()).unwrap();
    assert_eq!(doc["scope"], "customer");
    assert_eq!(doc["customer_id"], zoe.id.to_string());
    let t = &doc["tables"];
    assert_eq!(t["customer"].as_array().unwrap().len(), 1);
    assert_eq!(t["consent_entry"].as_array().unwrap().len(), 2);
    assert_eq!(t["household_link"].as_array().unwrap().len(), 1);
    assert!(t.get("setting").is_none() && t.get("erasure").is_none());
    let text = doc.to_string();
    assert!(!text.contains("li@example.cn") || text.matches("li@example.cn").count() == 0);
}

#[test]
fn a_customers_data_is_saved_as_json_and_their_summary_beside_it() {
    let (dir, s) = rich_shop();
    let zoe = s.find_customer("zoe@example.no").unwrap();
    let (json, pdf) = s
        .save_customer_data(zoe.id, &dir.path().join("Zoë Ødegård data"))
        .unwrap();
    assert_eq!(json, dir.path().join("Zoë Ødegård data.json"));
    assert_eq!(pdf, dir.path().join("Zoë Ødegård data.pdf"));
    let text = std::fs::read_to_string(&json).unwrap();
    assert!(text.contains("zoe@example.no"), "{text}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));

    // An unknown customer writes nothing.
    let nobody: shopkeeper_core::CustomerId =
        "0190a0c0-0000-7000-8000-000000000000".parse().unwrap();
    let missing = dir.path().join("nobody.json");
    assert!(s.save_customer_data(nobody, &missing).is_err());
    assert!(!missing.exists() && !missing.with_extension("pdf").exists());
}

#[test]
fn import_refuses_a_shop_that_is_not_empty_and_writes_nothing() {
    let (_d1, one) = rich_shop();
    let text = one.export_shop().unwrap();
    let (_d2, mut two) = shop();
    customer(&mut two, "Anna", None, None);
    let err = two.import_shop(&text).unwrap_err();
    assert!(err.to_string().contains("not empty"), "{err}");
    assert_eq!(two.list_customers().unwrap().len(), 1);
}

fn edited(text: &str, f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(text).unwrap();
    f(&mut doc);
    doc.to_string()
}

#[test]
fn import_refuses_bad_files_with_a_clear_message_and_writes_nothing() {
    let (_d1, one) = rich_shop();
    let text = one.export_shop().unwrap();
    let some_purchase = {
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        doc["tables"]["purchase"][0]["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let cases = [
        ("not json".to_string(), "not valid JSON"),
        ("{\"hello\": 1}".to_string(), "not a Shopkeeper export"),
        (
            edited(&text, |d| d["format_version"] = 99.into()),
            "format version 99",
        ),
        (
            edited(&text, |d| d["scope"] = "customer".into()),
            "one customer's records",
        ),
        (
            edited(&text, |d| d["tables"]["gadgets"] = serde_json::json!([])),
            "\"gadgets\"",
        ),
        (
            edited(&text, |d| {
                d["tables"]["purchase"][0]["customer_id"] =
                    "0190aaaa-0000-7000-8000-000000000000".into()
            }),
            &format!(
                "purchase {some_purchase} refers to customer 0190aaaa-0000-7000-8000-000000000000"
            ),
        ),
        (
            edited(&text, |d| {
                d["tables"]["purchase"][0]["colour"] = "red".into()
            }),
            "\"colour\"",
        ),
        (
            edited(&text, |d| {
                d["tables"]["purchase"][0]["at"] = serde_json::Value::Null
            }),
            &format!("purchase {some_purchase} could not be imported"),
        ),
    ];
    for (bad, expected) in cases {
        let (dir, mut two) = shop();
        let err = two.import_shop(&bad).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains(expected),
            "{message} (expected {expected})"
        );
        assert!(message.contains("Nothing was imported"), "{message}");
        assert!(two.list_customers().unwrap().is_empty());
        assert!(two.products().unwrap().is_empty());
        let n: i64 = raw(&dir.path().join("shop.vault"))
            .query_row("SELECT count(*) FROM purchase", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
        assert_eq!(two.settings().shop_name, "Marta's", "settings untouched");
    }
}
