use chrono::NaiveDate;
use shopkeeper_core::*;

use super::{customer, pounds, shop};

#[test]
fn a_customer_keeps_every_field_and_edits_replace_lists() {
    let (_d, mut shop) = shop();
    let mut new = NewCustomer::new("Mrs Okafor");
    new.given_name = Some("Adaeze".into());
    new.birthday = Some(DayMonth::parse("04-23", "birthday").unwrap());
    new.tags = vec!["regular".into(), "regular".into(), " ".into()];
    new.customer_ref = Some("TILL-7".into());
    let c = shop.add_customer(&new).unwrap();
    assert_eq!(c.tags, ["regular"]);
    let mut edit = c.edit();
    edit.emails = vec!["ada@example.com".into(), "ADA@example.com".into()];
    edit.phones = vec!["020 7946 0958".into()];
    edit.important_dates.push(ImportantDate {
        label: "daughter's wedding".into(),
        date: DayMonth::parse("2027-06-12", "date").unwrap(),
    });
    let saved = shop.update_customer(c.id, &edit).unwrap();
    assert_eq!(saved.emails, ["ada@example.com"]);
    assert_eq!(saved.phones[0].e164.as_deref(), Some("+442079460958"));
    assert_eq!(saved.phones[0].typed, "020 7946 0958");
    assert_eq!(shop.customer(c.id).unwrap(), saved);
    assert!(saved.updated_at >= c.updated_at);
}

#[test]
fn preferences_purchases_contacts_and_frequency_show_in_the_profile() {
    let (_d, mut shop) = shop();
    let anna = customer(&mut shop, "Anna", Some("anna@example.com"), None);
    shop.add_product(&NewProduct {
        sku: "COF-YIR".into(),
        name: "Yirgacheffe 250g".into(),
        price: Some(pounds(1290)),
        use_up_days: Some(30),
        ..NewProduct::default()
    })
    .unwrap();
    shop.add_preference(
        anna.id,
        &NewPreference::said(PreferenceCategory::Taste, "light roast"),
    )
    .unwrap();
    let allergy = shop
        .add_preference(
            anna.id,
            &NewPreference::said(PreferenceCategory::Allergy, "nuts"),
        )
        .unwrap();
    let p = shop
        .add_purchase(
            anna.id,
            &NewPurchase {
                at: Some(parse_when("2024-05-01 10:30", None).unwrap()),
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![
                    NewLine {
                        sku: Some("COF-YIR".into()),
                        product_id: None,
                        description: None,
                        quantity: 2.into(),
                        unit_price: None,
                        discount: Some(pounds(100)),
                        total: None,
                        is_return: false,
                    },
                    NewLine::free_text("Gift wrap", 1, pounds(250)),
                ],
            },
        )
        .unwrap();
    assert_eq!(p.total, pounds(2 * 1290 - 100 + 250));
    let rule = ContactFrequency {
        max_contacts: 1,
        period_days: 90,
        quiet_until: NaiveDate::from_ymd_opt(2030, 1, 1),
        ..ContactFrequency::default()
    };
    shop.set_contact_frequency(anna.id, &rule).unwrap();
    shop.log_contact(
        anna.id,
        &NewContact {
            at: None,
            channel: Some(Channel::Email),
            purpose: Purpose::Service,
            summary: "Beans are in".into(),
            suggestion_ref: None,
        },
    )
    .unwrap();

    let profile = shop.profile(anna.id).unwrap();
    assert_eq!(
        profile.preferences[0].category,
        PreferenceCategory::Allergy,
        "allergies first"
    );
    assert_eq!(
        profile.recent_purchases[0].lines[0].description,
        "Yirgacheffe 250g"
    );
    assert_eq!(profile.stats.visits, 1);
    assert_eq!(profile.frequency.rule, rule);
    assert!(!profile.frequency.is_shop_default);
    assert_eq!(profile.recent_contacts.len(), 1);

    shop.remove_preference(allergy.id).unwrap();
    assert_eq!(shop.preferences(anna.id).unwrap().len(), 1);
    assert!(
        shop.remove_preference(allergy.id).is_err(),
        "already removed"
    );
}

#[test]
fn a_deleted_customer_is_a_tombstone_and_merging_moves_everything() {
    let (_d, mut shop) = shop();
    let a = customer(&mut shop, "Tom Smith", Some("tom@example.com"), None);
    let b = customer(&mut shop, "T. Smith", None, Some("07700 900123"));
    shop.add_purchase(
        b.id,
        &NewPurchase {
            at: None,
            channel: SaleChannel::Phone,
            note: None,
            lines: vec![NewLine::free_text("Bike check", 1, pounds(4500))],
        },
    )
    .unwrap();
    shop.record_consent(
        b.id,
        &NewConsent {
            channel: Channel::Sms,
            purpose: Purpose::Service,
            state: ConsentState::Granted,
            at: None,
            method: "in person".into(),
            wording_version: None,
            note: None,
            recorded_by: None,
        },
    )
    .unwrap();
    let merged = shop.merge_customers(a.id, b.id).unwrap();
    assert_eq!(merged.phones.len(), 1);
    assert_eq!(shop.purchases(a.id, 10).unwrap().len(), 1);
    assert!(shop
        .consent(a.id)
        .unwrap()
        .iter()
        .any(|s| s.channel == Channel::Sms && s.state == ConsentState::Granted));
    assert!(shop.customer(b.id).is_err());
    assert_eq!(shop.search("bike", 5).unwrap()[0].id, a.id);

    shop.delete_customer(a.id).unwrap();
    assert!(shop.list_customers().unwrap().is_empty());
    assert!(shop.search("smith", 5).unwrap().is_empty());
    assert!(matches!(
        shop.find_customer("tom@example.com"),
        Err(CoreError::NotFound(_))
    ));
}

#[test]
fn household_links_connect_two_customers() {
    let (_d, mut shop) = shop();
    let a = customer(&mut shop, "Aiko", None, None);
    let b = customer(&mut shop, "Ken", None, None);
    shop.link_customers(a.id, b.id, Relation::Partner).unwrap();
    assert_eq!(shop.profile(b.id).unwrap().household[0].customer_id, a.id);
    assert!(shop.link_customers(a.id, a.id, Relation::Child).is_err());
}

#[test]
fn a_household_link_is_removed_from_both_customers() {
    let (_d, mut shop) = shop();
    let a = customer(&mut shop, "Zoë Ødegård", None, None);
    let b = customer(&mut shop, "李小龙", None, None);
    let c = customer(&mut shop, "O'Brien", None, None);
    let ab = shop.link_customers(a.id, b.id, Relation::Partner).unwrap();
    shop.link_customers(a.id, c.id, Relation::BuysFor).unwrap();

    assert!(
        matches!(
            shop.unlink_customers(c.id, ab.id),
            Err(CoreError::NotFound(_))
        ),
        "a link between two other customers is not O'Brien's to remove"
    );
    assert_eq!(shop.profile(b.id).unwrap().household.len(), 1);
    shop.unlink_customers(b.id, ab.id).unwrap();

    assert!(shop.profile(b.id).unwrap().household.is_empty());
    let left = shop.profile(a.id).unwrap().household;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].other_id, c.id);
    assert!(matches!(
        shop.unlink_customers(a.id, ab.id),
        Err(CoreError::NotFound(_))
    ));
}

#[test]
fn the_demo_shop_is_the_same_for_the_same_seed() {
    let opts = demo::DemoOptions {
        customers: 50,
        years: 2,
        seed: 42,
        lines: None,
        until: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
    };
    let (_d1, mut one) = shop();
    let (_d2, mut two) = shop();
    let s1 = one.generate_demo(&opts).unwrap();
    assert_eq!(s1, two.generate_demo(&opts).unwrap());
    assert!(s1.lines > 100 && s1.consents > 0 && s1.preferences > 0);
    let names = |s: &Shop| {
        s.list_customers()
            .unwrap()
            .into_iter()
            .map(|c| c.display_name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&one), names(&two));
    assert!(
        one.generate_demo(&opts).is_err(),
        "refused on a shop with customers"
    );
}
