//! Voiding and correcting a recorded purchase (issue 18): on real vault
//! files, with the history of each change, figures that leave a void out,
//! and sync carrying voids and corrections (two corrections at once resolve
//! like every other change: per field, the later one wins).

use std::path::Path;

use shopkeeper_core::*;

use super::{customer, pounds, reopen, shop};

fn q(text: &str) -> Quantity {
    Quantity::parse(text).unwrap()
}

fn line(what: &str, quantity: &str, pence: i64) -> NewLine {
    let quantity = q(quantity);
    NewLine {
        is_return: quantity.is_negative(),
        ..NewLine::free_text(what, quantity, pounds(pence))
    }
}

fn buy(shop: &mut Shop, who: CustomerId, lines: Vec<NewLine>) -> Purchase {
    shop.add_purchase(
        who,
        &NewPurchase {
            at: Some("2026-11-02T10:00:00Z".parse().unwrap()),
            channel: SaleChannel::InShop,
            note: None,
            lines,
        },
    )
    .unwrap()
}

#[test]
fn a_voided_purchase_stays_on_record_and_counts_nowhere() {
    let (dir, mut shop) = shop();
    let anna = customer(&mut shop, "Anna", None, None);
    let kept = buy(&mut shop, anna.id, vec![line("Mug", "1", 650)]);
    let wrong = buy(&mut shop, anna.id, vec![line("Comté, per kg", "0.5", 2890)]);
    assert_eq!(shop.profile(anna.id).unwrap().stats.visits, 2);

    let blank = shop.void_purchase(wrong.id, "  ").unwrap_err();
    assert_eq!(blank.field(), Some("reason"));
    let voided = shop.void_purchase(wrong.id, "rang up twice").unwrap();
    let void = voided.void.clone().unwrap();
    assert_eq!(void.reason.as_deref(), Some("rang up twice"));
    assert_eq!(voided.lines, wrong.lines, "the purchase stays as it was");
    let again = shop.void_purchase(wrong.id, "again").unwrap_err();
    assert!(again.to_string().contains("already void"), "{again}");
    assert!(shop
        .correct_purchase(
            wrong.id,
            &Correction {
                lines: Some(vec![line("Mug", "2", 650)]),
                ..Correction::default()
            },
        )
        .is_err());

    drop(shop);
    let shop = reopen(&dir.path().join("shop.vault")).unwrap();
    let profile = shop.profile(anna.id).unwrap();
    assert_eq!(profile.stats.visits, 1);
    assert_eq!(profile.stats.total_spent, kept.total);
    let listed = shop.purchases(anna.id, 10).unwrap();
    assert_eq!(listed.len(), 2, "still on record");
    assert!(listed.iter().any(|p| p.id == wrong.id && p.void.is_some()));
    let history = shop.purchase_history(wrong.id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].kind, ChangeKind::Void);
    assert_eq!(history[0].author, OWNER_AUTHOR);
    assert_eq!(history[0].reason.as_deref(), Some("rang up twice"));
    for variant in [SummaryVariant::ForCustomer, SummaryVariant::ForShop] {
        let doc = shop.summary_doc(anna.id, variant).unwrap();
        let lines: Vec<&str> = doc
            .recent_purchases
            .iter()
            .map(|l| l.description.as_str())
            .collect();
        assert_eq!(lines, ["Mug"], "a void is in no summary");
    }
    let export = shop.export_shop().unwrap();
    assert!(export.contains("rang up twice"), "a void is exported");
}

#[test]
fn a_correction_changes_lines_date_and_customer_and_is_kept_in_the_history() {
    let (dir, mut shop) = shop();
    let anna = customer(&mut shop, "Anna", None, None);
    let bo = customer(&mut shop, "Bo", None, None);
    let p = buy(
        &mut shop,
        anna.id,
        vec![
            line("Comté, per kg", "0.125", 2890),
            line("Linen, per m", "2.75", 1800),
            line("Mug", "3", 650),
        ],
    );
    let same = shop
        .correct_purchase(
            p.id,
            &Correction {
                customer: Some(anna.id),
                ..Correction::default()
            },
        )
        .unwrap_err();
    assert_eq!(same.field(), Some("correction"));
    let when: chrono::DateTime<chrono::Utc> = "2026-11-01T16:30:00Z".parse().unwrap();
    let corrected = shop
        .correct_purchase(
            p.id,
            &Correction {
                at: Some(when),
                customer: Some(bo.id),
                lines: Some(vec![
                    line("Comté, per kg", "0.25", 2890),
                    line("Brie, per kg", "-0.5", 2200),
                ]),
                reason: Some("weighed again; it was Bo".into()),
            },
        )
        .unwrap();
    assert_eq!(corrected.customer_id, bo.id);
    assert_eq!(corrected.at, when);
    // 0.25 × 28.90 = 7.225 → 7.22 (half to even).
    assert_eq!(corrected.total.minor, 722 - 1100);

    drop(shop);
    let shop = reopen(&dir.path().join("shop.vault")).unwrap();
    assert_eq!(shop.purchase(p.id).unwrap(), corrected);
    assert_eq!(shop.profile(anna.id).unwrap().stats.visits, 0);
    assert_eq!(shop.profile(bo.id).unwrap().stats.total_spent.minor, -378);
    let history = shop.purchase_history(p.id).unwrap();
    assert_eq!(history.len(), 1);
    let fields: Vec<&str> = history[0]
        .changes
        .iter()
        .map(|c| c.field.as_str())
        .collect();
    assert_eq!(fields, ["date", "customer", "line 1", "line 2", "line 3"]);
    assert_eq!(
        history[0].changes[2].after.as_deref(),
        Some("0.25 × Comté, per kg @ 28.90 GBP = 7.22 GBP")
    );
    assert_eq!(history[0].changes[4].after, None, "line 3 was removed");
    assert_eq!(
        history[0].reason.as_deref(),
        Some("weighed again; it was Bo")
    );
}

#[test]
fn erasing_a_customer_removes_the_history_of_their_purchases() {
    let (_d, mut shop) = shop();
    let anna = customer(&mut shop, "Anna", None, None);
    let p = buy(&mut shop, anna.id, vec![line("Mug", "1", 650)]);
    shop.void_purchase(p.id, "Anna asked to cancel").unwrap();
    shop.erase_customer(anna.id, PurchasesOnErasure::KeepAnonymized)
        .unwrap();
    assert!(shop.purchase_history(p.id).unwrap().is_empty());
    assert!(!shop.export_shop().unwrap().contains("Anna asked"));
    let (_d, mut shop) = super::shop();
    let anna = customer(&mut shop, "Anna", None, None);
    let p = buy(&mut shop, anna.id, vec![line("Mug", "1", 650)]);
    shop.void_purchase(p.id, "cancelled").unwrap();
    shop.erase_customer(anna.id, PurchasesOnErasure::Delete)
        .unwrap();
    assert!(shop.purchase(p.id).is_err());
}

/// Two computers on one folder, both real vaults: the first has Anna and
/// one purchase of three lines, which the second has received.
fn two_computers(dir: &Path) -> (Shop, Shop, CustomerId, Purchase) {
    let folder = dir.join("folder");
    std::fs::create_dir(&folder).unwrap();
    let mut a = super::create(&dir.join("a.vault"));
    a.update_settings(&Settings {
        currency: super::gbp(),
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
    let mut b = super::create(&dir.join("b.vault"));
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
