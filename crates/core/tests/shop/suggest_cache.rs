//! Suggestions are kept in memory and recomputed only for the customers
//! whose data changed: after any random single change, the incremental
//! answer equals recomputing everyone against the same shop-wide model, and
//! the facts kept up to date change by change equal the shop read afresh.

use chrono::{Datelike, Duration, NaiveDate};
use proptest::prelude::*;
use shopkeeper_core::{
    Channel, ConsentState, ContactFrequency, DayMonth, DismissReason, NewConsent, NewContact,
    NewLine, NewPreference, NewProduct, NewPurchase, PreferenceCategory, PurchasesOnErasure,
    Purpose, SaleChannel, Shop, Suggestion, SuggestionRefresh,
};

use super::follow_up_rules::{build, customer_spec};
use super::{noon, pounds, shop};

/// One change to one customer (by index among the live ones) or to the catalog.
#[derive(Debug, Clone)]
enum Change {
    Purchase {
        who: usize,
        day: i64,
        product: usize,
    },
    Consent {
        who: usize,
        channel: usize,
        purpose: usize,
        granted: bool,
    },
    Contact {
        who: usize,
        day: i64,
        by_email: bool,
    },
    Frequency {
        who: usize,
        max: u32,
        quiet: Option<i64>,
    },
    Allergy {
        who: usize,
    },
    Promise {
        who: usize,
        due: Option<i64>,
    },
    Act {
        who: usize,
        action: usize,
    },
    Rename {
        who: usize,
        birthday_in: i64,
    },
    Delete {
        who: usize,
    },
    Erase {
        who: usize,
    },
    Merge {
        keep: usize,
        absorb: usize,
    },
    NewArrival {
        days_ago: i64,
    },
}

fn change() -> impl Strategy<Value = Change> {
    let who = 0usize..8;
    prop_oneof![
        (who.clone(), 300i64..401, 0usize..3).prop_map(|(who, day, product)| Change::Purchase {
            who,
            day,
            product
        }),
        (who.clone(), 0usize..5, 0usize..4, any::<bool>()).prop_map(
            |(who, channel, purpose, granted)| Change::Consent {
                who,
                channel,
                purpose,
                granted
            }
        ),
        (who.clone(), 350i64..401, any::<bool>())
            .prop_map(|(who, day, by_email)| Change::Contact { who, day, by_email }),
        (who.clone(), 0u32..3, prop::option::of(-5i64..5))
            .prop_map(|(who, max, quiet)| Change::Frequency { who, max, quiet }),
        who.clone().prop_map(|who| Change::Allergy { who }),
        (who.clone(), prop::option::of(-5i64..10))
            .prop_map(|(who, due)| Change::Promise { who, due }),
        (who.clone(), 0usize..4).prop_map(|(who, action)| Change::Act { who, action }),
        (who.clone(), 0i64..25).prop_map(|(who, birthday_in)| Change::Rename { who, birthday_in }),
        who.clone().prop_map(|who| Change::Delete { who }),
        who.clone().prop_map(|who| Change::Erase { who }),
        (who.clone(), who).prop_map(|(keep, absorb)| Change::Merge { keep, absorb }),
        (0i64..30).prop_map(|days_ago| Change::NewArrival { days_ago }),
    ]
}

/// Applies `change` through the core's own API (as the app would).
fn apply(shop: &mut Shop, as_of: NaiveDate, change: &Change) {
    let ids: Vec<_> = shop
        .list_customers()
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    if ids.is_empty() {
        return;
    }
    let pick = |i: usize| ids[i % ids.len()];
    let start = as_of - Duration::days(400);
    match *change {
        Change::Purchase { who, day, product } => {
            shop.add_purchase(
                pick(who),
                &NewPurchase {
                    at: Some(noon(start + Duration::days(day))),
                    channel: SaleChannel::InShop,
                    note: None,
                    lines: vec![NewLine {
                        sku: Some(["COF", "BIKE", "CHE"][product].into()),
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
        Change::Consent {
            who,
            channel,
            purpose,
            granted,
        } => {
            shop.record_consent(
                pick(who),
                &NewConsent {
                    channel: Channel::ALL[channel],
                    purpose: Purpose::ALL[purpose],
                    state: if granted {
                        ConsentState::Granted
                    } else {
                        ConsentState::Refused
                    },
                    at: None,
                    method: "in person".into(),
                    wording_version: None,
                    note: None,
                    recorded_by: None,
                },
            )
            .unwrap();
        }
        Change::Contact { who, day, by_email } => {
            shop.log_contact(
                pick(who),
                &NewContact {
                    at: Some(noon(start + Duration::days(day))),
                    channel: by_email.then_some(Channel::Email),
                    purpose: Purpose::Service,
                    summary: "Rang about the order".into(),
                    suggestion_ref: None,
                },
            )
            .unwrap();
        }
        Change::Frequency { who, max, quiet } => {
            shop.set_contact_frequency(
                pick(who),
                &ContactFrequency {
                    max_contacts: max,
                    period_days: 30,
                    quiet_until: quiet.map(|q| as_of + Duration::days(q)),
                    ..ContactFrequency::default()
                },
            )
            .unwrap();
        }
        Change::Allergy { who } => {
            shop.add_preference(
                pick(who),
                &NewPreference::said(PreferenceCategory::Allergy, "coffee"),
            )
            .unwrap();
        }
        Change::Promise { who, due } => {
            shop.add_promise(
                pick(who),
                "Ring when size 40 arrives",
                due.map(|d| as_of + Duration::days(d)),
            )
            .unwrap();
        }
        Change::Act { who, action } => {
            let id = pick(who);
            let mine = shop
                .suggestions(as_of, 1000)
                .unwrap()
                .into_iter()
                .find(|s| s.customer_id == id);
            if let Some(s) = mine {
                match action {
                    0 => drop(shop.complete_suggestion(&s.key, id, s.channel, "").unwrap()),
                    1 => shop
                        .snooze_suggestion(&s.key, id, as_of + Duration::days(3))
                        .unwrap(),
                    2 => shop
                        .dismiss_suggestion(&s.key, id, s.kind, DismissReason::NotRelevant, None)
                        .unwrap(),
                    _ => shop
                        .dismiss_suggestion(
                            &s.key,
                            id,
                            s.kind,
                            DismissReason::NotInterestedInKind,
                            None,
                        )
                        .unwrap(),
                }
            }
        }
        Change::Rename { who, birthday_in } => {
            let id = pick(who);
            let mut edit = shop.customer(id).unwrap().edit();
            edit.display_name = format!("Zoë {}", edit.display_name);
            let b = as_of + Duration::days(birthday_in);
            edit.birthday = Some(DayMonth {
                day: b.day() as u8,
                month: b.month() as u8,
                year: None,
            });
            shop.update_customer(id, &edit).unwrap();
        }
        Change::Delete { who } => shop.delete_customer(pick(who)).unwrap(),
        Change::Erase { who } => {
            shop.erase_customer(pick(who), PurchasesOnErasure::Delete)
                .unwrap();
        }
        Change::Merge { keep, absorb } => {
            if pick(keep) != pick(absorb) {
                shop.merge_customers(pick(keep), pick(absorb)).unwrap();
            }
        }
        Change::NewArrival { days_ago } => {
            shop.add_product(&NewProduct {
                sku: format!("NEW{days_ago}-{}", shop.products().unwrap().len()),
                name: "Ethiopian coffee, new roast".into(),
                category: Some("coffee".into()),
                tags: vec![],
                price: Some(pounds(1400)),
                use_up_days: Some(30),
                service_days: None,
                arrival_date: Some(as_of - Duration::days(days_ago)),
            })
            .unwrap();
        }
    }
}

/// Recomputes everyone against the kept model.
fn everyone(shop: &Shop, as_of: NaiveDate) -> Vec<Suggestion> {
    shop.refresh_suggestions(SuggestionRefresh::Everyone)
        .unwrap();
    shop.suggestions(as_of, 1000).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn incremental_refresh_equals_a_full_one_after_any_single_change(
        specs in prop::collection::vec(customer_spec(), 2..6),
        changes in prop::collection::vec(change(), 1..8),
    ) {
        let (_dir, mut shop) = shop();
        let as_of = build(&mut shop, &specs);
        shop.suggestions(as_of, 1000).unwrap();
        for c in &changes {
            apply(&mut shop, as_of, c);
            let incremental = shop.suggestions(as_of, 1000).unwrap();
            prop_assert_eq!(&incremental, &everyone(&shop, as_of), "after {:?}", c);
            // The top of the list is the top of the whole list.
            let top = shop.suggestions(as_of, 2).unwrap();
            prop_assert_eq!(&top[..], &incremental[..incremental.len().min(2)]);
        }
        // The facts kept change by change equal the shop read afresh.
        shop.refresh_suggestions(SuggestionRefresh::Refit).unwrap();
        let kept = shop.suggestions(as_of, 1000).unwrap();
        shop.refresh_suggestions(SuggestionRefresh::Reload).unwrap();
        prop_assert_eq!(kept, shop.suggestions(as_of, 1000).unwrap());
    }
}

#[test]
fn a_write_that_rolls_back_changes_nothing_and_a_new_day_is_a_cold_read_of_that_day() {
    let (_dir, mut shop) = shop();
    let as_of = chrono::Utc::now().date_naive();
    shop.add_product(&NewProduct {
        sku: "COF".into(),
        name: "Ethiopian beans".into(),
        category: Some("coffee".into()),
        tags: vec![],
        price: Some(pounds(1250)),
        use_up_days: Some(30),
        service_days: None,
        arrival_date: None,
    })
    .unwrap();
    let coffee = |days_ago: i64| NewPurchase {
        at: Some(noon(as_of - Duration::days(days_ago))),
        channel: SaleChannel::InShop,
        note: None,
        lines: vec![NewLine {
            sku: Some("COF".into()),
            product_id: None,
            description: None,
            quantity: 1.into(),
            unit_price: None,
            discount: None,
            total: None,
            is_return: false,
        }],
    };
    for name in ["Zoë Ødegård", "李小龙", "Seán O'Brien"] {
        let id = super::customer(&mut shop, name, None, None).id;
        for days_ago in [90, 60, 30] {
            shop.add_purchase(id, &coffee(days_ago)).unwrap();
        }
    }
    let before = shop.suggestions(as_of, 100).unwrap();
    assert_eq!(before.len(), 3, "{before:?}");
    // A purchase refused for a bad line writes nothing, suggestions included.
    let id = before[0].customer_id;
    let mut bad = coffee(0);
    bad.lines[0].sku = Some("NO-SUCH-SKU".into());
    assert!(shop.add_purchase(id, &bad).is_err());
    assert_eq!(shop.suggestions(as_of, 100).unwrap(), before);
    // A good one today: that customer's coffee is no longer due.
    shop.add_purchase(id, &coffee(0)).unwrap();
    let after = shop.suggestions(as_of, 100).unwrap();
    assert_eq!(after.len(), 2);
    assert!(after.iter().all(|s| s.customer_id != id));
    // Another day gets its own answer, equal to a cold read of that day.
    let later = as_of + Duration::days(20);
    let kept = shop.suggestions(later, 100).unwrap();
    shop.refresh_suggestions(SuggestionRefresh::Reload).unwrap();
    assert_eq!(shop.suggestions(later, 100).unwrap(), kept);
}
