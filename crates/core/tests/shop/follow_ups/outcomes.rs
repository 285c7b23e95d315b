//! Did the follow-ups help? Outcomes per kind on real vaults: customers who
//! came back within the horizon after a follow-up marked done, compared with
//! suggestions shown and not acted on; voids, corrections, erasure and
//! merges change the answer at once.

use chrono::{Duration, NaiveDate};
use shopkeeper_core::suggest::outcomes::THANK_YOU_HORIZON_DAYS;
use shopkeeper_core::{
    Correction, CustomerId, KindOutcome, NewContact, NewLine, NewPurchase, PurchaseId,
    PurchasesOnErasure, Purpose, SaleChannel, Shop, Suggestion, SuggestionKind,
};

use super::{days_ago, one, today};
use crate::{customer, noon, pounds, raw, shop};

fn sale(shop: &mut Shop, id: CustomerId, day: NaiveDate) -> PurchaseId {
    shop.add_purchase(
        id,
        &NewPurchase {
            at: Some(noon(day)),
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Cheese board", 1, pounds(1500))],
        },
    )
    .unwrap()
    .id
}

/// A new customer whose first purchase was `first` days ago, and the
/// thank-you suggested for it that day, shown to the owner then.
fn thanked(shop: &mut Shop, name: &str, first: i64) -> (CustomerId, Suggestion) {
    let c = customer(shop, name, None, None).id;
    sale(shop, c, days_ago(first));
    let s = one(shop, days_ago(first), c, SuggestionKind::ThankYou);
    shop.note_shown(std::slice::from_ref(&s), noon(days_ago(first)))
        .unwrap();
    (c, s)
}

/// Marks `s` done `ago` days ago (in person, as the counter would).
fn done(shop: &mut Shop, s: &Suggestion, ago: i64) {
    shop.log_contact(
        s.customer_id,
        &NewContact {
            at: Some(noon(days_ago(ago))),
            channel: None,
            purpose: Purpose::Service,
            summary: "Thanked them".into(),
            suggestion_ref: Some(s.key.clone()),
        },
    )
    .unwrap();
}

fn thank_yous(shop: &Shop) -> KindOutcome {
    let all = shop.suggestion_outcomes(today()).unwrap();
    assert!(
        all.iter().all(|o| o.kind == SuggestionKind::ThankYou),
        "{all:?}"
    );
    all.into_iter().next().expect("thank-you outcomes")
}

/// Counts as (done, came back, not contacted, came back, waiting, came back).
fn counts(o: &KindOutcome) -> [usize; 6] {
    [
        o.done,
        o.done_came_back,
        o.not_contacted,
        o.not_contacted_came_back,
        o.waiting,
        o.waiting_came_back,
    ]
}

/// Anna came back within 60 days of her thank-you, Ben only after; Cleo
/// and Dan were shown and not thanked, Cleo came back; Eve was thanked
/// lately and has come back already; Fay was shown lately. Returns them.
fn six(shop: &mut Shop) -> [(CustomerId, Suggestion); 6] {
    let anna = thanked(shop, "Anna Berg", 100);
    done(shop, &anna.1, 99);
    sale(shop, anna.0, days_ago(80));
    let ben = thanked(shop, "Ben Okafor", 100);
    done(shop, &ben.1, 99);
    sale(shop, ben.0, days_ago(30));
    let cleo = thanked(shop, "Cleo Lind", 100);
    sale(shop, cleo.0, days_ago(50));
    let dan = thanked(shop, "Dan Moe", 100);
    let eve = thanked(shop, "Eve Sato", 10);
    done(shop, &eve.1, 9);
    sale(shop, eve.0, days_ago(5));
    let fay = thanked(shop, "Fay Quist", 10);
    [anna, ben, cleo, dan, eve, fay]
}

#[test]
fn those_thanked_and_those_not_are_counted_once_their_horizon_has_passed() {
    let (_dir, mut shop) = shop();
    assert!(shop.suggestion_outcomes(today()).unwrap().is_empty());
    let [anna, ..] = six(&mut shop);
    let o = thank_yous(&shop);
    assert_eq!(o.horizon_days, THANK_YOU_HORIZON_DAYS);
    // Done: Anna came back, Ben did not; not contacted: Cleo did, Dan did
    // not; Eve's horizon is still running (she came back already) and Fay's
    // showing is not due yet, so neither counts.
    assert_eq!(counts(&o), [2, 1, 2, 1, 1, 1]);

    // Showing a suggestion again keeps its first time.
    shop.note_shown(std::slice::from_ref(&anna.1), noon(today()))
        .unwrap();
    assert_eq!(counts(&thank_yous(&shop)), [2, 1, 2, 1, 1, 1]);

    // Seen from 61 days after Eve's thank-you: her horizon has passed too.
    let later = shop
        .suggestion_outcomes(today() + Duration::days(60))
        .unwrap();
    assert_eq!(counts(&later[0])[..2], [3, 2]);
}

#[test]
fn a_voided_purchase_stops_counting_and_a_corrected_one_counts_by_its_new_date() {
    let (_dir, mut shop) = shop();
    let anna = thanked(&mut shop, "Anna Berg", 100);
    done(&mut shop, &anna.1, 99);
    let back = sale(&mut shop, anna.0, days_ago(80));
    let late = sale(&mut shop, anna.0, days_ago(20));
    assert_eq!(counts(&thank_yous(&shop))[..2], [1, 1]);

    shop.void_purchase(back, "rung up twice").unwrap();
    assert_eq!(counts(&thank_yous(&shop))[..2], [1, 0]);

    shop.correct_purchase(
        late,
        &Correction {
            at: Some(noon(days_ago(70))),
            customer: None,
            lines: None,
            reason: Some("wrong day".into()),
        },
    )
    .unwrap();
    assert_eq!(counts(&thank_yous(&shop))[..2], [1, 1]);
}

#[test]
fn an_erased_customer_leaves_no_outcome_and_no_record_of_what_was_shown() {
    let dir = tempfile::tempdir().unwrap();
    let (dir, mut shop) = crate::shop_in(dir);
    let [anna, _, cleo, ..] = six(&mut shop);
    for (who, handling) in [
        (anna.0, PurchasesOnErasure::KeepAnonymized),
        (cleo.0, PurchasesOnErasure::Delete),
    ] {
        shop.erase_customer(who, handling).unwrap();
    }
    // Anna was the one thanked who came back, Cleo the one not contacted
    // who did: their purchases, kept anonymously or not, count for nobody.
    assert_eq!(counts(&thank_yous(&shop)), [1, 0, 1, 0, 1, 1]);
    assert!(!shop.follow_up_days(today()).unwrap().contains_key(&anna.0));
    drop(shop);

    let conn = raw(&dir.path().join("shop.vault"));
    for who in [anna.0, cleo.0] {
        let rows: i64 = conn
            .query_row(
                "SELECT count(*) FROM suggestion_shown WHERE customer_id = ?1 OR suggestion_key LIKE ?2",
                rusqlite::params![who, format!("%{who}%")],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(rows, 0, "no showing of an erased customer stays");
    }
    let others: i64 = conn
        .query_row("SELECT count(*) FROM suggestion_shown", [], |r| r.get(0))
        .unwrap();
    assert_eq!(others, 4);
}

#[test]
fn after_a_merge_the_record_kept_carries_both_records_purchases_and_follow_ups() {
    let (_dir, mut shop) = shop();
    // Cleo was shown a thank-you and not thanked; she came back, but the
    // sale was rung up on a second record of her.
    let cleo = thanked(&mut shop, "Cleo Lind", 100);
    let twin = customer(&mut shop, "Cleo Lind (2)", None, None).id;
    sale(&mut shop, twin, days_ago(50));
    // Anna was thanked on one record and came back on another.
    let anna = thanked(&mut shop, "Anna Berg", 100);
    done(&mut shop, &anna.1, 99);
    let anna2 = customer(&mut shop, "Anna B.", None, None).id;
    sale(&mut shop, anna2, days_ago(80));
    assert_eq!(counts(&thank_yous(&shop))[..4], [1, 0, 1, 0]);

    // Cleo's showing stays on the record absorbed and is followed to the
    // one kept; Anna's contact moves with her.
    shop.merge_customers(twin, cleo.0).unwrap();
    shop.merge_customers(anna.0, anna2).unwrap();
    assert_eq!(counts(&thank_yous(&shop))[..4], [1, 1, 1, 1]);
}

#[test]
fn follow_up_days_are_each_customers_done_follow_ups_up_to_the_day() {
    let (_dir, mut shop) = shop();
    let [anna, ben, cleo, ..] = six(&mut shop);
    let now = shop.follow_up_days(today()).unwrap();
    assert_eq!(now.get(&anna.0), Some(&vec![days_ago(99)]));
    assert_eq!(now.get(&ben.0), Some(&vec![days_ago(99)]));
    assert!(!now.contains_key(&cleo.0), "shown, never done");
    assert_eq!(now.len(), 3, "Anna, Ben and Eve");
    let before = shop.follow_up_days(days_ago(100)).unwrap();
    assert!(before.is_empty(), "{before:?}");
    let between = shop.follow_up_days(days_ago(50)).unwrap();
    assert_eq!(between.len(), 2);
}
