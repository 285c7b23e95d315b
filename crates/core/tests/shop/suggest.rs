//! Follow-up suggestions on real vaults: the consent, frequency-cap and
//! quiet-until rules, and the backtest on a demo shop.

use shopkeeper_core::demo::DemoOptions;
use shopkeeper_core::{
    Channel, ConsentState, ContactFrequency, CustomerId, NewConsent, NewContact, NewLine,
    NewProduct, NewPurchase, Purpose, SaleChannel, Shop, SuggestionKind,
};

use super::{customer, d, noon, pounds, shop};

const AS_OF: &str = "2025-05-14";

/// Anna buys Ethiopian beans every 34 days; the last time 31 days before
/// [`AS_OF`], so they are due in 3 days.
fn anna(shop: &mut Shop) -> CustomerId {
    shop.add_product(&NewProduct {
        sku: "COF-ETH".into(),
        name: "Ethiopian beans".into(),
        category: Some("coffee".into()),
        price: Some(pounds(1290)),
        use_up_days: Some(30),
        ..NewProduct::default()
    })
    .unwrap();
    let anna = customer(shop, "Anna Berg", Some("anna@example.com"), None);
    for day in ["2025-01-01", "2025-02-04", "2025-03-10", "2025-04-13"] {
        shop.add_purchase(
            anna.id,
            &NewPurchase {
                at: Some(noon(d(day))),
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![NewLine {
                    sku: Some("COF-ETH".into()),
                    product_id: None,
                    description: None,
                    quantity: 1.into(),
                    unit_price: None,
                    discount: None,
                    total: None,
                    is_return: false,
                }],
            },
        )
        .unwrap();
    }
    anna.id
}

fn consent(shop: &mut Shop, id: CustomerId, purpose: Purpose, state: ConsentState, on: &str) {
    shop.record_consent(
        id,
        &NewConsent {
            channel: Channel::Email,
            purpose,
            state,
            at: Some(noon(d(on))),
            method: "in person".into(),
            wording_version: None,
            note: None,
            recorded_by: None,
        },
    )
    .unwrap();
}

fn replenishment(shop: &Shop, as_of: &str) -> shopkeeper_core::Suggestion {
    let all = shop.suggestions(d(as_of), 50).unwrap();
    all.into_iter()
        .find(|s| s.kind == SuggestionKind::ReplenishmentDue)
        .expect("the coffee is due")
}

#[test]
fn due_coffee_is_suggested_by_email_only_with_granted_consent() {
    let (_dir, mut shop) = shop();
    let id = anna(&mut shop);

    // Never asked: shown, but only "mention in person".
    let s = replenishment(&shop, AS_OF);
    assert_eq!(s.customer_id, id);
    assert_eq!(s.channel, None);
    assert!(
        s.reason
            .to_string()
            .starts_with("Anna buys Ethiopian beans about every 34 days; last bought 31 days ago"),
        "{}",
        s.reason
    );
    assert!(
        s.reason
            .to_string()
            .contains("Mention in person next visit"),
        "{}",
        s.reason
    );
    assert!(s
        .inputs
        .iter()
        .any(|(k, v)| k == "interval_days" && v == "34.0"));
    assert!(!s.rule.is_empty());

    // Granted for another purpose only: still no channel.
    consent(
        &mut shop,
        id,
        Purpose::Promotions,
        ConsentState::Granted,
        "2025-01-01",
    );
    assert_eq!(replenishment(&shop, AS_OF).channel, None);

    // Granted after the as-of date: not yet.
    consent(
        &mut shop,
        id,
        Purpose::Recommendations,
        ConsentState::Granted,
        "2025-05-20",
    );
    assert_eq!(replenishment(&shop, AS_OF).channel, None);
    // On the day after it was granted, the coffee is still due: email.
    let s = replenishment(&shop, "2025-05-20");
    assert_eq!(s.channel, Some(Channel::Email), "{}", s.reason);

    // Refused later: none again.
    consent(
        &mut shop,
        id,
        Purpose::Recommendations,
        ConsentState::Refused,
        "2025-05-21",
    );
    assert_eq!(replenishment(&shop, "2025-05-21").channel, None);
}

#[test]
fn not_asked_over_the_cap_or_quiet_means_in_person() {
    let (_dir, mut shop) = shop();
    let id = anna(&mut shop);
    consent(
        &mut shop,
        id,
        Purpose::Recommendations,
        ConsentState::NotAsked,
        "2025-01-01",
    );
    assert_eq!(replenishment(&shop, AS_OF).channel, None);
    consent(
        &mut shop,
        id,
        Purpose::Recommendations,
        ConsentState::Granted,
        "2025-01-02",
    );
    assert_eq!(replenishment(&shop, AS_OF).channel, Some(Channel::Email));

    // The shop default allows one contact in 30 days: one on 1 May uses it up.
    shop.log_contact(
        id,
        &NewContact {
            at: Some(noon(d("2025-05-01"))),
            channel: Some(Channel::Phone),
            purpose: Purpose::Service,
            summary: "Called about the grinder".into(),
            suggestion_ref: None,
        },
    )
    .unwrap();
    let s = replenishment(&shop, AS_OF);
    assert_eq!(s.channel, None);
    assert!(
        s.reason
            .to_string()
            .contains("Mention in person next visit"),
        "{}",
        s.reason
    );
    assert!(
        s.reason.to_string().contains("already contacted 1 time(s)"),
        "{}",
        s.reason
    );
    // Two per 30 days: allowed again.
    shop.set_contact_frequency(
        id,
        &ContactFrequency {
            max_contacts: 2,
            period_days: 30,
            ..ContactFrequency::default()
        },
    )
    .unwrap();
    assert_eq!(replenishment(&shop, AS_OF).channel, Some(Channel::Email));

    // Quiet until after the as-of date: in person; from that day on, email.
    shop.set_contact_frequency(
        id,
        &ContactFrequency {
            max_contacts: 2,
            period_days: 30,
            quiet_until: Some(d("2025-05-16")),
            ..ContactFrequency::default()
        },
    )
    .unwrap();
    let s = replenishment(&shop, AS_OF);
    assert_eq!(s.channel, None);
    assert!(
        s.reason.to_string().contains("quiet until 2025-05-16"),
        "{}",
        s.reason
    );
    assert_eq!(
        replenishment(&shop, "2025-05-16").channel,
        Some(Channel::Email)
    );
}

#[test]
fn occasions_and_thank_yous_need_their_own_purpose() {
    let (_dir, mut shop) = shop();
    let id = anna(&mut shop);
    let mut edit = shop.customer(id).unwrap().edit();
    edit.birthday = Some(shopkeeper_core::DayMonth {
        day: 24,
        month: 5,
        year: None,
    });
    shop.update_customer(id, &edit).unwrap();
    consent(
        &mut shop,
        id,
        Purpose::Recommendations,
        ConsentState::Granted,
        "2025-01-01",
    );
    let all = shop.suggestions(d(AS_OF), 10).unwrap();
    let occasion = all
        .iter()
        .find(|s| s.kind == SuggestionKind::Occasion)
        .expect("birthday in 10 days");
    assert!(
        occasion
            .reason
            .to_string()
            .contains("birthday is in 10 days"),
        "{}",
        occasion.reason
    );
    assert_eq!(occasion.channel, None, "no occasions consent");
    consent(
        &mut shop,
        id,
        Purpose::Occasions,
        ConsentState::Granted,
        "2025-01-01",
    );
    let all = shop.suggestions(d(AS_OF), 10).unwrap();
    let occasion = all
        .iter()
        .find(|s| s.kind == SuggestionKind::Occasion)
        .unwrap();
    assert_eq!(occasion.channel, Some(Channel::Email));

    // A new customer: thank-you within a week of the first purchase only.
    let tom = customer(&mut shop, "Tom Field", Some("tom@example.com"), None);
    shop.add_purchase(
        tom.id,
        &NewPurchase {
            at: Some(noon(d("2025-05-12"))),
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Gift box", 1, pounds(3500))],
        },
    )
    .unwrap();
    let thanks = |as_of: &str| {
        shop.suggestions(d(as_of), 10)
            .unwrap()
            .into_iter()
            .find(|s| s.kind == SuggestionKind::ThankYou)
    };
    let t = thanks(AS_OF).expect("first purchase 2 days ago");
    assert_eq!(t.customer_id, tom.id);
    assert_eq!(t.channel, None, "service consent is not asked: in person");
    assert!(thanks("2025-05-11").is_none(), "not before the purchase");
    assert!(thanks("2025-05-25").is_none(), "not weeks later");
}

#[test]
fn demo_shop_backtest_beats_recency_and_never_breaks_consent() {
    let (_dir, mut shop) = shop();
    let until = d("2025-12-31");
    shop.generate_demo(&DemoOptions {
        customers: 1500,
        years: 3,
        seed: 11,
        lines: None,
        until,
    })
    .unwrap();
    let as_of = d("2025-09-30");
    let r = shop.backtest(as_of, 60).unwrap();
    println!(
        "demo backtest (1500 customers, as of {as_of}, 60 days): customers {} base rate {:.3} \
         AUC {:.3} (BG/NBD {:.3}, recency {:.3}); top 10% precision {:.3} lift {:.2} \
         (BG/NBD {:.3}, recency {:.3})",
        r.customers,
        r.base_rate,
        r.auc,
        r.auc_bgnbd,
        r.auc_recency,
        r.precision_top10,
        r.lift_top10,
        r.precision_top10_bgnbd,
        r.precision_top10_recency
    );
    for (i, b) in r.calibration.iter().enumerate() {
        println!(
            "  decile {}: expected {:.3} actual {:.3}",
            i + 1,
            b.mean_predicted,
            b.mean_actual
        );
    }
    assert!(r.auc > 0.5);
    assert!(r.auc > r.auc_recency, "{r:?}");
    assert!(r.auc >= r.auc_bgnbd - 0.01, "{r:?}");
    assert_eq!(r.calibration.len(), 10);

    let scores = shop.scores(as_of, 60).unwrap();
    assert_eq!(scores.len(), 1500);
    for s in &scores {
        for p in [s.p_purchase, s.p_alive].into_iter().flatten() {
            assert!((0.0..=1.0).contains(&p));
        }
    }

    let all = shop.suggestions(as_of, usize::MAX).unwrap();
    assert!(all
        .iter()
        .any(|s| s.kind == SuggestionKind::ReplenishmentDue));
    assert!(all.iter().any(|s| s.kind == SuggestionKind::LapsingRegular));
    let with_channel = all.iter().filter(|s| s.channel.is_some()).count();
    println!(
        "demo suggestions as of {as_of}: {} ({} with a channel)",
        all.len(),
        with_channel
    );
    for s in all.iter().take(5) {
        println!(
            "  {:.3} {} {}: {}",
            s.score, s.kind, s.customer_name, s.reason
        );
    }
    for s in &all {
        if let Some(ch) = s.channel {
            // Demo consents are all recorded at the start of the history.
            let granted = shop.consent(s.customer_id).unwrap().iter().any(|c| {
                c.channel == ch && c.purpose == s.kind.purpose() && c.state == ConsentState::Granted
            });
            assert!(granted, "{s:?}");
        }
    }
}
