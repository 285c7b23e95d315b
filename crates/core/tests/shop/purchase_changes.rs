//! Voiding and correcting a recorded purchase (issue 18): on real vault
//! files, with the history of each change, figures that leave a void out,
//! (sync carrying voids and corrections: `sync::purchase_changes`).

use shopkeeper_core::*;

use crate::purchases::{buy, line};
use crate::{customer, reopen, shop};

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
