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

#[test]
fn the_labelled_pairs_are_found_with_high_precision_and_recall() {
    let (_dir, mut shop) = shop();
    let mut labels = Vec::new();
    let mut by_ref = HashMap::new();
    let mut file = csv::Reader::from_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/duplicate_pairs.csv"
    ))
    .unwrap();
    for (n, row) in file.records().enumerate() {
        let r = row.unwrap();
        for (side, at) in [("a", 0), ("b", 3)] {
            let c = shop
                .add_customer(&new_customer(
                    &r[at],
                    &r[at + 1],
                    &r[at + 2],
                    format!("{n}{side}"),
                ))
                .unwrap();
            by_ref.insert(c.id, n);
        }
        labels.push(Labelled {
            same: &r[6] == "1",
            note: r[7].to_string(),
        });
    }
    let found: HashSet<usize> = shop
        .possible_duplicates()
        .unwrap()
        .into_iter()
        .filter(|p| by_ref[&p.first.id] == by_ref[&p.second.id])
        .map(|p| by_ref[&p.first.id])
        .collect();
    let (mut tp, mut fp, mut missed, mut wrong) = (0, 0, Vec::new(), Vec::new());
    for (n, l) in labels.iter().enumerate() {
        match (l.same, found.contains(&n)) {
            (true, true) => tp += 1,
            (false, true) => {
                fp += 1;
                wrong.push(format!("{n}: {}", l.note));
            }
            (true, false) => missed.push(format!("{n}: {}", l.note)),
            (false, false) => {}
        }
    }
    let positives = labels.iter().filter(|l| l.same).count();
    let precision = f64::from(tp) / f64::from(tp + fp).max(1.0);
    let recall = f64::from(tp) / positives as f64;
    println!(
        "duplicates: {} labelled pairs, {positives} positive; found {tp} of them and {fp} false; precision {precision:.3}, recall {recall:.3}; missed: {missed:?}; listed wrongly: {wrong:?}",
        labels.len()
    );
    assert!(labels.len() >= 200);
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.9, "recall {recall:.3}: missed {missed:?}");
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
