//! Voids and corrections carried by sync (issue 18): two corrections made at
//! once resolve like every other change: per field, the later one wins.

use std::path::Path;

use shopkeeper_core::*;
use shopkeeper_sync::*;

use crate::purchases::{buy, line};

/// Two computers on one folder, both real vaults: the first has Anna and
/// one purchase of three lines, which the second has received.
fn two_computers(dir: &Path) -> (Shop, Shop, CustomerId, Purchase) {
    let folder = dir.join("folder");
    std::fs::create_dir(&folder).unwrap();
    let mut a = crate::create(&dir.join("a.vault"));
    a.update_settings(&Settings {
        currency: crate::gbp(),
        ..a.settings().clone()
    })
    .unwrap();
    let code = a
        .sync_enable(&folder, Some("Counter"))
        .unwrap()
        .code
        .to_string();
    let anna = a.add_customer(&NewCustomer::new("Anna")).unwrap().id;
    let p = buy(
        &mut a,
        anna,
        vec![
            line("Comté, per kg", "0.125", 2890),
            line("Linen, per m", "2.75", 1800),
            line("Mug", "3", 650),
        ],
    );
    a.sync_now().unwrap();
    let mut b = crate::create(&dir.join("b.vault"));
    b.sync_join(&folder, &code, Some("Workshop")).unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    (a, b, anna, p)
}

#[test]
fn a_void_and_a_correction_reach_the_other_computer() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b, anna, p) = two_computers(dir.path());
    let corrected = b
        .correct_purchase(
            p.id,
            &Correction {
                lines: Some(vec![
                    line("Comté, per kg", "0.5", 2890),
                    line("Brie, per kg", "-0.5", 2200),
                ]),
                ..Correction::default()
            },
        )
        .unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert_eq!(a.purchase(p.id).unwrap(), corrected);
    assert_eq!(
        a.purchase_history(p.id).unwrap()[0].computer.as_deref(),
        Some("Workshop")
    );

    a.void_purchase(p.id, "customer returned everything")
        .unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    assert!(b.purchase(p.id).unwrap().void.is_some());
    assert_eq!(b.profile(anna).unwrap().stats.visits, 0);
    assert_eq!(b.purchase_history(p.id).unwrap().len(), 2);
    assert_eq!(a.export_shop().unwrap(), b.export_shop().unwrap());
}

#[test]
fn two_corrections_made_at_once_resolve_per_field_and_the_totals_add_up() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b, _anna, p) = two_computers(dir.path());
    let lines = |first: &str, second: &str| {
        vec![
            line("Comté, per kg", first, 2890),
            line("Linen, per m", second, 1800),
            line("Mug", "3", 650),
        ]
    };
    // Offline, the counter corrects the cheese and the workshop the linen.
    a.correct_purchase(
        p.id,
        &Correction {
            lines: Some(lines("0.5", "2.75")),
            ..Correction::default()
        },
    )
    .unwrap();
    b.correct_purchase(
        p.id,
        &Correction {
            lines: Some(lines("0.125", "3.5")),
            ..Correction::default()
        },
    )
    .unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    let (pa, pb) = (a.purchase(p.id).unwrap(), b.purchase(p.id).unwrap());
    assert_eq!(pa, pb);
    let quantities: Vec<String> = pa.lines.iter().map(|l| l.quantity.to_string()).collect();
    assert_eq!(
        quantities,
        ["0.5", "3.5", "3"],
        "each correction kept its own field"
    );
    let sum: i64 = pa.lines.iter().map(|l| l.total.minor).sum();
    assert_eq!(pa.total.minor, sum, "the total follows the merged lines");
    assert_eq!(pa.total.minor, 1445 + 6300 + 1950);
    assert_eq!(a.purchase_history(p.id).unwrap().len(), 2);
    assert_eq!(a.export_shop().unwrap(), b.export_shop().unwrap());
}
