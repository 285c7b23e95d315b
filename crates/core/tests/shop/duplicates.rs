//! The duplicate finder on a real vault: a labelled set of 300 pairs (150 of
//! them one person written twice, 150 two people who look alike: one family,
//! one given name, a household sharing a landline, namesakes), each record a
//! real customer; the finder must list the first kind and not the second.

use std::collections::{HashMap, HashSet};

use shopkeeper_core::duplicates::{Probe, Reason};
use shopkeeper_core::NewCustomer;

use crate::{customer, shop};

/// One labelled pair from `fixtures/duplicate_pairs.csv`.
struct Labelled {
    same: bool,
    note: String,
}

fn new_customer(name: &str, email: &str, phone: &str, reference: String) -> NewCustomer {
    let mut c = NewCustomer::new(name);
    c.email = (!email.is_empty()).then(|| email.to_string());
    c.phone = (!phone.is_empty()).then(|| phone.to_string());
    c.customer_ref = Some(reference);
    c
}

/// Forty customers with names of their own, the shop each pair is put in.
fn background(shop: &mut shopkeeper_core::Shop) {
    for first in ["Ada", "Bea", "Cleo", "Dov", "Ezra"] {
        for last in [
            "Quill", "Rook", "Sable", "Thorn", "Umber", "Vale", "Wren", "Yarrow",
        ] {
            customer(shop, &format!("{first} {last}"), None, None);
        }
    }
}

#[test]
fn the_labelled_pairs_are_found_with_high_precision_and_recall() {
    let (_dir, mut shop) = shop();
    background(&mut shop);
    let mut file = csv::Reader::from_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/duplicate_pairs.csv"
    ))
    .unwrap();
    let (mut labels, mut tp, mut fp, mut missed, mut wrong) = (0, 0, 0, Vec::new(), Vec::new());
    let mut positives = 0;
    // Each pair in turn, in a real vault beside the same forty customers
    // (the fixture repeats its thirty people, which no shop would).
    for (n, row) in file.records().enumerate() {
        let r = row.unwrap();
        let label = Labelled {
            same: &r[6] == "1",
            note: r[7].to_string(),
        };
        let a = shop
            .add_customer(&new_customer(&r[0], &r[1], &r[2], format!("{n}a")))
            .unwrap();
        let b = shop
            .add_customer(&new_customer(&r[3], &r[4], &r[5], format!("{n}b")))
            .unwrap();
        let listed = shop.possible_duplicates().unwrap().iter().any(|p| {
            (p.first.id == a.id && p.second.id == b.id)
                || (p.first.id == b.id && p.second.id == a.id)
        });
        labels += 1;
        positives += usize::from(label.same);
        match (label.same, listed) {
            (true, true) => tp += 1,
            (false, true) => {
                fp += 1;
                wrong.push(format!("{n}: {}", label.note));
            }
            (true, false) => missed.push(format!("{n}: {}", label.note)),
            (false, false) => {}
        }
        shop.delete_customer(a.id).unwrap();
        shop.delete_customer(b.id).unwrap();
    }
    let precision = f64::from(tp) / f64::from(tp + fp).max(1.0);
    let recall = f64::from(tp) / positives as f64;
    println!(
        "duplicates: {labels} labelled pairs, {positives} positive; found {tp} of them and {fp} false; precision {precision:.3}, recall {recall:.3}; missed: {missed:?}; listed wrongly: {wrong:?}"
    );
    assert!(labels >= 200);
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.9, "recall {recall:.3}: missed {missed:?}");
}

#[test]
fn a_shop_full_of_namesakes_lists_only_the_pairs_something_else_links() {
    let (_dir, mut shop) = shop();
    // Three of every name, as in a village of Hansens: one name says little.
    for round in 0..3 {
        for first in ["Ada", "Bea", "Cleo", "Dov"] {
            for last in ["Hansen", "Berg", "Lund"] {
                let email = format!("{first}.{last}.{round}@example.com").to_lowercase();
                let email = (round != 1).then_some(email);
                customer(
                    &mut shop,
                    &format!("{first} {last}"),
                    email.as_deref(),
                    None,
                );
            }
        }
    }
    assert!(shop.possible_duplicates().unwrap().is_empty());
    // But the same email under one of those names is found.
    customer(
        &mut shop,
        "Ada Hansen",
        Some("ADA.HANSEN.0@example.com"),
        None,
    );
    let found = shop.possible_duplicates().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0]
        .reasons
        .contains(&Reason::SameEmail("ada.hansen.0@example.com".into())));
}

#[test]
fn a_new_customer_who_looks_like_one_already_there_is_pointed_out() {
    let (_dir, mut shop) = shop();
    let zoe = customer(&mut shop, "Zoë Ødegård", Some("zoe@example.no"), None);
    customer(&mut shop, "李小龙", None, Some("+44 7700 900123"));
    customer(&mut shop, "Seán O'Brien", None, None);
    let probe = Probe {
        name: "Odegard, Zoe".into(),
        ..Probe::default()
    };
    let like = shop.customers_like(&probe, 5).unwrap();
    assert_eq!(like.len(), 1, "{like:?}");
    assert_eq!(like[0].0.id, zoe.id);
    assert_eq!(like[0].2, [Reason::SameNameReordered]);
    // The same phone in another format, under another spelling.
    let probe = Probe {
        name: "Li Xiaolong".into(),
        phones: vec!["07700 900123".into()],
        ..Probe::default()
    };
    let like = shop.customers_like(&probe, 5).unwrap();
    assert!(
        like.is_empty(),
        "a shared phone alone is a household, not a duplicate: {like:?}"
    );
    let probe = Probe {
        name: "Sean OBrien".into(),
        ..Probe::default()
    };
    assert_eq!(shop.customers_like(&probe, 5).unwrap().len(), 1);
    assert!(shop
        .customers_like(
            &Probe {
                name: "Ada Lovelace".into(),
                ..Probe::default()
            },
            5
        )
        .unwrap()
        .is_empty());
}

#[test]
fn the_demo_shop_shows_its_three_people_written_twice() {
    let (_dir, mut shop) = shop();
    shop.generate_demo(&shopkeeper_core::demo::DemoOptions {
        customers: 60,
        years: 1,
        seed: 3,
        lines: None,
        until: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
    })
    .unwrap();
    let customers = shop.list_customers().unwrap();
    assert_eq!(customers.len(), 60);
    let refs: HashMap<_, _> = customers
        .iter()
        .map(|c| (c.id, c.customer_ref.clone().unwrap()))
        .collect();
    let found: HashSet<(String, String)> = shop
        .possible_duplicates()
        .unwrap()
        .into_iter()
        .map(|p| (refs[&p.first.id].clone(), refs[&p.second.id].clone()))
        .collect();
    for (early, late) in [
        ("D000000", "D000057"),
        ("D000001", "D000058"),
        ("D000002", "D000059"),
    ] {
        assert!(
            found.contains(&(early.to_string(), late.to_string()))
                || found.contains(&(late.to_string(), early.to_string())),
            "{early} and {late} should be listed: {found:?}"
        );
    }
}
