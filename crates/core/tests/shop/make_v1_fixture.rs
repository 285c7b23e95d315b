//! Writes `tests/fixtures/shop-v1.vault` with the schema-1 code. Run once
//! with `cargo test -p shopkeeper-core --test shop make_v1_fixture -- --ignored`
//! before migration 2 existed; kept out of normal runs.

use chrono::{NaiveDate, TimeZone, Utc};
use shopkeeper_core::{
    Channel, ConsentState, ContactFrequency, DayMonth, NewConsent, NewContact, NewCustomer,
    NewLine, NewPreference, NewProduct, NewPurchase, PreferenceCategory, Purpose, Relation,
    SaleChannel, Settings, SCHEMA_VERSION,
};

use super::{create, gbp, pounds};

fn at(day: &str) -> chrono::DateTime<Utc> {
    let d: NaiveDate = day.parse().unwrap();
    Utc.from_utc_datetime(&d.and_hms_opt(11, 30, 0).unwrap())
}

fn line(sku: &str, quantity: i64) -> NewLine {
    NewLine {
        sku: Some(sku.into()),
        description: None,
        quantity,
        unit_price: None,
        discount: None,
        is_return: false,
    }
}

#[test]
#[ignore = "writes the committed v1 fixture; only for the schema-1 code"]
fn make_v1_fixture() {
    assert_eq!(SCHEMA_VERSION, 1);
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/shop-v1.vault");
    let _ = std::fs::remove_file(&path);
    let mut shop = create(&path);
    shop.update_settings(&Settings {
        shop_name: "Marta's Cheese & Wine".into(),
        currency: gbp(),
        phone_region: Some("GB".into()),
        ..Settings::default()
    })
    .unwrap();
    shop.add_product(&NewProduct {
        sku: "COF-ETH".into(),
        name: "Yirgacheffe beans".into(),
        category: Some("coffee".into()),
        tags: vec!["ethiopian".into(), "light roast".into()],
        price: Some(pounds(1290)),
        use_up_days: Some(30),
        arrival_date: Some("2025-11-12".parse().unwrap()),
        ..NewProduct::default()
    })
    .unwrap();
    shop.add_product(&NewProduct {
        sku: "BIKE-SVC".into(),
        name: "Bike service".into(),
        category: Some("workshop".into()),
        price: Some(pounds(4500)),
        service_days: Some(180),
        ..NewProduct::default()
    })
    .unwrap();

    let mut zoe = NewCustomer::new("Zoë Ødegård");
    zoe.email = Some("zoe@example.com".into());
    zoe.phone = Some("07700 900123".into());
    zoe.language = Some("nb".into());
    zoe.birthday = Some(DayMonth {
        day: 29,
        month: 2,
        year: None,
    });
    let zoe = shop.add_customer(&zoe).unwrap();
    let mut li = NewCustomer::new("李小龙");
    li.email = Some("li@example.com".into());
    let li = shop.add_customer(&li).unwrap();
    let mut sean = NewCustomer::new("Seán O'Brien");
    sean.phone = Some("+44 7700 900456".into());
    sean.notes = Some("Ask about the trip to Porto".into());
    let sean = shop.add_customer(&sean).unwrap();

    for (who, day, lines) in [
        (zoe.id, "2025-08-01", vec![line("COF-ETH", 1)]),
        (zoe.id, "2025-09-02", vec![line("COF-ETH", 2)]),
        (zoe.id, "2025-10-03", vec![line("COF-ETH", 1)]),
        (li.id, "2025-10-20", vec![line("COF-ETH", 1)]),
        (sean.id, "2025-05-10", vec![line("BIKE-SVC", 1)]),
    ] {
        shop.add_purchase(
            who,
            &NewPurchase {
                at: Some(at(day)),
                channel: SaleChannel::InShop,
                note: None,
                lines,
            },
        )
        .unwrap();
    }
    for (who, channel, purpose, state, day) in [
        (
            zoe.id,
            Channel::Email,
            Purpose::Recommendations,
            ConsentState::Granted,
            "2025-08-01",
        ),
        (
            zoe.id,
            Channel::Email,
            Purpose::Occasions,
            ConsentState::Granted,
            "2025-08-01",
        ),
        (
            zoe.id,
            Channel::Sms,
            Purpose::Promotions,
            ConsentState::Refused,
            "2025-08-01",
        ),
        (
            li.id,
            Channel::Email,
            Purpose::Service,
            ConsentState::Granted,
            "2025-10-20",
        ),
        (
            sean.id,
            Channel::Sms,
            Purpose::Service,
            ConsentState::Granted,
            "2025-05-10",
        ),
        (
            sean.id,
            Channel::Sms,
            Purpose::Service,
            ConsentState::Refused,
            "2025-06-01",
        ),
    ] {
        shop.record_consent(
            who,
            &NewConsent {
                channel,
                purpose,
                state,
                at: Some(at(day)),
                method: "in person".into(),
                wording_version: Some("2025-01".into()),
                note: None,
                recorded_by: Some("Marta".into()),
            },
        )
        .unwrap();
    }
    shop.add_preference(
        zoe.id,
        &NewPreference::said(PreferenceCategory::Taste, "Ethiopian coffee"),
    )
    .unwrap();
    shop.add_preference(
        zoe.id,
        &NewPreference::said(PreferenceCategory::Allergy, "hazelnut"),
    )
    .unwrap();
    shop.set_contact_frequency(
        zoe.id,
        &ContactFrequency {
            max_contacts: 2,
            period_days: 30,
            preferred_channel: Some(Channel::Email),
            ..ContactFrequency::default()
        },
    )
    .unwrap();
    shop.log_contact(
        zoe.id,
        &NewContact {
            at: Some(at("2025-10-10")),
            channel: Channel::Email,
            purpose: Purpose::Recommendations,
            summary: "Told her the new Yirgacheffe is in".into(),
            suggestion_ref: Some("replenishment-due".into()),
        },
    )
    .unwrap();
    shop.link_customers(zoe.id, li.id, Relation::Partner)
        .unwrap();
}
