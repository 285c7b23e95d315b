//! Retention review: dormant customers listed, kept with a reason, erased.

use chrono::{Duration, Utc};
use shopkeeper_core::{
    Channel, NewContact, NewLine, NewPurchase, PurchasesOnErasure, Purpose, SaleChannel,
};

use super::{customer, pounds, raw, reopen, shop};

#[test]
fn dormant_customers_are_reviewed_kept_or_erased() {
    let (dir, mut s) = shop();
    let path = dir.path().join("shop.vault");
    assert_eq!(s.retention_years().unwrap(), None, "off by default");
    assert!(s.retention_review(Utc::now()).unwrap().is_empty());
    let now = Utc::now();
    let quiet = customer(&mut s, "Quiet Quentin", None, None);
    let old_buyer = customer(&mut s, "Old Olga", None, None);
    let buyer = customer(&mut s, "Recent Rita", None, None);
    let contacted = customer(&mut s, "Called Carl", None, None);
    let kept = customer(&mut s, "Kept Kim", None, None);
    let purchase = |at| NewPurchase {
        at: Some(at),
        channel: SaleChannel::InShop,
        note: None,
        lines: vec![NewLine::free_text("Cheese", 1, pounds(500))],
    };
    s.add_purchase(old_buyer.id, &purchase(now - Duration::days(5 * 365)))
        .unwrap();
    s.add_purchase(buyer.id, &purchase(now - Duration::days(30)))
        .unwrap();
    s.log_contact(
        contacted.id,
        &NewContact {
            at: Some(now - Duration::days(200)),
            channel: Some(Channel::Phone),
            purpose: Purpose::Service,
            summary: "Part arrived".into(),
            suggestion_ref: None,
        },
    )
    .unwrap();
    drop(s);
    raw(&path)
        .execute(
            "UPDATE customer SET created_at = '2015-01-01T00:00:00.000Z'",
            [],
        )
        .unwrap();
    let mut s = reopen(&path).unwrap();

    assert!(
        s.keep_customer(kept.id, "wedding suit").is_err(),
        "the rule is off"
    );
    assert!(s.set_retention_years(Some(0)).is_err());
    s.set_retention_years(Some(2)).unwrap();
    assert_eq!(s.retention_years().unwrap(), Some(2));
    let names = |s: &shopkeeper_core::Shop, at| -> Vec<String> {
        s.retention_review(at)
            .unwrap()
            .into_iter()
            .map(|i| i.name)
            .collect()
    };
    assert_eq!(
        names(&s, now),
        vec!["Kept Kim", "Quiet Quentin", "Old Olga"]
    );
    let items = s.retention_review(now).unwrap();
    let olga = items.iter().find(|i| i.customer == old_buyer.id).unwrap();
    assert_eq!(olga.last_purchase, Some(olga.last_activity));
    assert!(
        s.keep_customer(kept.id, "  ").is_err(),
        "a reason is required"
    );
    let decision = s
        .keep_customer(kept.id, "wedding suit next spring")
        .unwrap();
    assert!(decision.keep_until > now + Duration::days(365 * 2 - 2));
    assert!(!names(&s, now).contains(&"Kept Kim".to_string()));
    assert!(
        names(&s, now + Duration::days(365 * 2 + 2)).contains(&"Kept Kim".to_string()),
        "back in the review after N years"
    );

    s.erase_customer(quiet.id, PurchasesOnErasure::Delete)
        .unwrap();
    assert!(!names(&s, now).contains(&"Quiet Quentin".to_string()));
    s.erase_customer(kept.id, PurchasesOnErasure::Delete)
        .unwrap();
    let left: i64 = s.export_shop().unwrap().matches("wedding suit").count() as i64;
    assert_eq!(left, 0, "the keep decision's reason went with the erasure");
    s.set_retention_years(None).unwrap();
    assert!(s.retention_review(now).unwrap().is_empty());
}

#[test]
fn an_imported_customer_with_only_old_purchases_is_reviewed_at_once() {
    let (_dir, mut s) = shop();
    let now = Utc::now();
    // Added today (as an import does), but their last visit was long ago.
    let olga = customer(&mut s, "Ольга Łukasiewicz", None, None);
    let fresh = customer(&mut s, "Zoë Ødegård", None, None);
    s.add_purchase(
        olga.id,
        &NewPurchase {
            at: Some(now - Duration::days(4 * 365)),
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Cheese", 1, pounds(500))],
        },
    )
    .unwrap();
    s.set_retention_years(Some(3)).unwrap();
    let review = s.retention_review(now).unwrap();
    assert_eq!(review.len(), 1, "{review:?}");
    assert_eq!(review[0].customer, olga.id);
    assert!(review[0].last_activity < now - Duration::days(3 * 365));
    assert!(
        review.iter().all(|i| i.customer != fresh.id),
        "someone just added, with no purchase, is not reviewed"
    );
}
