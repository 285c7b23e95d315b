//! The rule that is never broken, checked end to end on random shops: no
//! suggestion from `Shop::suggestions` proposes a channel whose consent for
//! the kind's purpose is not granted, nor one over the frequency cap or
//! before quiet-until, nor one without an address.

use chrono::{Duration, NaiveDate, Utc};
use proptest::prelude::*;
use shopkeeper_core::{
    Channel, ConsentState, ContactFrequency, DayMonth, NewConsent, NewContact, NewCustomer,
    NewLine, NewPreference, NewProduct, NewPurchase, PreferenceCategory, Purpose, SaleChannel,
    Shop,
};

use super::{noon, pounds, shop};

/// One random customer and everything about them, as day offsets from the
/// start of the shop's history (the as-of day is offset 400).
#[derive(Debug, Clone)]
pub(super) struct CustomerSpec {
    email: bool,
    phone: bool,
    /// (channel, purpose, state, day)
    consents: Vec<(usize, usize, usize, i64)>,
    /// (max contacts, period days, quiet-until relative to as-of, preferred channel)
    frequency: Option<(u32, u32, Option<i64>, Option<usize>)>,
    /// (day, channel or in person)
    contacts: Vec<(i64, Option<usize>)>,
    /// (day, product, quantity)
    purchases: Vec<(i64, usize, i64)>,
    birthday_in: Option<i64>,
    likes_coffee: bool,
    promise_due_in: Option<Option<i64>>,
}

pub(super) fn customer_spec() -> impl Strategy<Value = CustomerSpec> {
    (
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec((0usize..5, 0usize..4, 0usize..3, 0i64..420), 0..10),
        prop::option::of((
            0u32..3,
            1u32..60,
            prop::option::of(-30i64..30),
            prop::option::of(0usize..5),
        )),
        prop::collection::vec((300i64..420, prop::option::of(0usize..5)), 0..4),
        prop::collection::vec((0i64..400, 0usize..3, 1i64..8), 0..8),
        prop::option::of(0i64..30),
        any::<bool>(),
        prop::option::of(prop::option::of(-5i64..10)),
    )
        .prop_map(
            |(
                email,
                phone,
                consents,
                frequency,
                contacts,
                purchases,
                birthday_in,
                likes_coffee,
                promise_due_in,
            )| CustomerSpec {
                email,
                phone,
                consents,
                frequency,
                contacts,
                purchases,
                birthday_in,
                likes_coffee,
                promise_due_in,
            },
        )
}

const STATES: [ConsentState; 3] = [
    ConsentState::Granted,
    ConsentState::Refused,
    ConsentState::NotAsked,
];
const NAMES: [&str; 4] = ["Zoë Ødegård", "李小龙", "Seán O'Brien", "Anna Berg"];

/// Builds the shop; returns it with the as-of day.
pub(super) fn build(shop: &mut Shop, specs: &[CustomerSpec]) -> NaiveDate {
    let as_of = Utc::now().date_naive();
    let start = as_of - Duration::days(400);
    let on = |day: i64| noon(start + Duration::days(day));
    for (sku, name, category, use_up, service, arrived) in [
        ("COF", "Ethiopian beans", "coffee", Some(30), None, Some(3)),
        ("BIKE", "Bike service", "workshop", None, Some(180), None),
        ("CHE", "Comté", "cheese", Some(14), None, Some(10)),
    ] {
        shop.add_product(&NewProduct {
            sku: sku.into(),
            name: name.into(),
            category: Some(category.into()),
            tags: vec!["ethiopian".into()],
            price: Some(pounds(1250)),
            use_up_days: use_up,
            service_days: service,
            arrival_date: arrived.map(|a| as_of - Duration::days(a)),
        })
        .unwrap();
    }
    for (i, spec) in specs.iter().enumerate() {
        let mut c = NewCustomer::new(NAMES[i % NAMES.len()]);
        c.email = spec.email.then(|| format!("c{i}@example.com"));
        c.phone = spec.phone.then(|| format!("07700 90012{i}"));
        c.birthday = spec.birthday_in.map(|d| {
            let b = as_of + Duration::days(d);
            DayMonth {
                day: chrono::Datelike::day(&b) as u8,
                month: chrono::Datelike::month(&b) as u8,
                year: None,
            }
        });
        let id = shop.add_customer(&c).unwrap().id;
        for &(ch, p, st, day) in &spec.consents {
            shop.record_consent(
                id,
                &NewConsent {
                    channel: Channel::ALL[ch],
                    purpose: Purpose::ALL[p],
                    state: STATES[st],
                    at: Some(on(day)),
                    method: "in person".into(),
                    wording_version: None,
                    note: None,
                    recorded_by: None,
                },
            )
            .unwrap();
        }
        if let Some((max, period, quiet, preferred)) = spec.frequency {
            shop.set_contact_frequency(
                id,
                &ContactFrequency {
                    max_contacts: max,
                    period_days: period,
                    quiet_until: quiet.map(|q| as_of + Duration::days(q)),
                    preferred_channel: preferred.map(|p| Channel::ALL[p]),
                    ..ContactFrequency::default()
                },
            )
            .unwrap();
        }
        for &(day, ch) in &spec.contacts {
            shop.log_contact(
                id,
                &NewContact {
                    at: Some(on(day)),
                    channel: ch.map(|c| Channel::ALL[c]),
                    purpose: Purpose::Service,
                    summary: "Spoke about the order".into(),
                    suggestion_ref: None,
                },
            )
            .unwrap();
        }
        for &(day, product, quantity) in &spec.purchases {
            shop.add_purchase(
                id,
                &NewPurchase {
                    at: Some(on(day)),
                    channel: SaleChannel::InShop,
                    note: None,
                    lines: vec![NewLine {
                        sku: Some(["COF", "BIKE", "CHE"][product].into()),
                        product_id: None,
                        description: None,
                        quantity: quantity.into(),
                        unit_price: None,
                        discount: None,
                        total: None,
                        is_return: false,
                    }],
                },
            )
            .unwrap();
        }
        if spec.likes_coffee {
            shop.add_preference(
                id,
                &NewPreference::said(PreferenceCategory::Taste, "Ethiopian coffee"),
            )
            .unwrap();
        }
        if let Some(due) = spec.promise_due_in {
            shop.add_promise(
                id,
                "Ring when the new roast is in",
                due.map(|d| as_of + Duration::days(d)),
            )
            .unwrap();
        }
    }
    as_of
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]

    #[test]
    fn no_suggestion_breaks_consent_the_cap_or_quiet_until(
        specs in prop::collection::vec(customer_spec(), 1..5),
    ) {
        let (_dir, mut shop) = shop();
        let as_of = build(&mut shop, &specs);
        let end = noon(as_of) + Duration::hours(12);
        for s in shop.suggestions(as_of, 1000).unwrap() {
            let Some(channel) = s.channel else { continue };
            let purpose = s.kind.purpose();
            // Consent: the latest ledger entry by the end of as-of is "granted".
            let latest = shop
                .consent_history(s.customer_id)
                .unwrap()
                .into_iter()
                .rfind(|e| e.at < end && e.channel == channel && e.purpose == purpose);
            prop_assert_eq!(latest.map(|e| e.state), Some(ConsentState::Granted), "{:?}", s);
            // Frequency cap and quiet-until.
            let rule = shop.contact_frequency(s.customer_id).unwrap().rule;
            let from = as_of - Duration::days(i64::from(rule.period_days));
            let in_period = shop
                .contacts(s.customer_id, 1000)
                .unwrap()
                .into_iter()
                .filter(|c| c.channel.is_some())
                .filter(|c| c.at.date_naive() > from && c.at.date_naive() <= as_of)
                .count();
            prop_assert!((in_period as u32) < rule.max_contacts, "{:?}", s);
            prop_assert!(rule.quiet_until.is_none_or(|q| as_of >= q), "{:?}", s);
            // And an address for it.
            let c = shop.customer(s.customer_id).unwrap();
            let reachable = match channel {
                Channel::Email => !c.emails.is_empty(),
                Channel::Post => c.address.is_some(),
                _ => !c.phones.is_empty(),
            };
            prop_assert!(reachable, "{:?}", s);
        }
    }
}
