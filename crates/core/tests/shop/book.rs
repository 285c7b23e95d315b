//! The customer list's pages (filters, sort, paging, counts) and the profile
//! screen's one-read view.

use chrono::{Duration, Utc};
use shopkeeper_core::*;

use super::{customer, pounds, shop};

fn consent(channel: Channel, purpose: Purpose, state: ConsentState) -> NewConsent {
    NewConsent {
        channel,
        purpose,
        state,
        at: None,
        method: "in person".into(),
        wording_version: Some("v1".into()),
        note: None,
        recorded_by: None,
    }
}

fn buy(shop: &mut Shop, who: CustomerId, pence: i64, days_ago: i64) {
    shop.add_purchase(
        who,
        &NewPurchase {
            at: Some(Utc::now() - Duration::days(days_ago)),
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Comté 200g", 1, pounds(pence))],
        },
    )
    .unwrap();
}

fn names(page: &CustomerPage) -> Vec<&str> {
    page.rows.iter().map(|r| r.display_name.as_str()).collect()
}

fn filter() -> CustomerFilter {
    CustomerFilter::default()
}

#[test]
fn filters_sorts_and_counts_with_unicode_names() {
    let (_d, mut shop) = shop();
    let zoe = customer(&mut shop, "Zoë Ødegård", Some("zoe@example.no"), None);
    let li = customer(&mut shop, "李小龙", None, Some("020 7946 0958"));
    let ob = customer(&mut shop, "O'Brien", None, None);
    let anna = customer(&mut shop, "anna", None, None);
    buy(&mut shop, zoe.id, 12_000, 3);
    buy(&mut shop, zoe.id, 500, 40);
    buy(&mut shop, li.id, 30_000, 200);
    buy(&mut shop, ob.id, 100, 10);
    shop.record_consent(
        zoe.id,
        &consent(
            Channel::Email,
            Purpose::Recommendations,
            ConsentState::Granted,
        ),
    )
    .unwrap();
    shop.record_consent(
        li.id,
        &consent(Channel::Sms, Purpose::Promotions, ConsentState::Granted),
    )
    .unwrap();
    // The latest entry counts: Li withdrew.
    shop.record_consent(
        li.id,
        &consent(Channel::Sms, Purpose::Promotions, ConsentState::Refused),
    )
    .unwrap();
    assert_eq!(shop.tag_customers(&[zoe.id, li.id], "Café").unwrap(), 2);
    // Tagging again changes nobody; an unknown customer refuses them all.
    assert_eq!(shop.tag_customers(&[zoe.id], "café").unwrap(), 0);
    assert!(shop
        .tag_customers(&[anna.id, CustomerId::new()], "x")
        .is_err());
    assert!(shop.customer(anna.id).unwrap().tags.is_empty());
    assert_eq!(
        shop.tag_customers(&[anna.id], "  ").unwrap_err().field(),
        Some("tag")
    );

    let all = shop
        .customer_page(&filter(), CustomerSort::Name, 0, 50)
        .unwrap();
    assert_eq!(all.total, 4);
    assert_eq!(names(&all), ["anna", "O'Brien", "Zoë Ødegård", "李小龙"]);
    assert_eq!(all.currency.code(), "GBP");
    let z = &all.rows[2];
    assert_eq!(z.email.as_deref(), Some("zoe@example.no"));
    assert_eq!(z.stats.visits, 2);
    assert_eq!(z.stats.total_spent, pounds(12_500));
    assert_eq!(z.tags, ["Café"]);
    assert_eq!(z.consent.message_channels, [Channel::Email]);
    assert!(z.consent.asked);
    let l = &all.rows[3];
    assert!(l.consent.message_channels.is_empty() && l.consent.asked);
    assert!(!all.rows[0].consent.asked);

    let by = |sort| {
        names(&shop.customer_page(&filter(), sort, 0, 50).unwrap())
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        by(CustomerSort::LastVisit),
        ["Zoë Ødegård", "O'Brien", "李小龙", "anna"]
    );
    assert_eq!(
        by(CustomerSort::Spend),
        ["李小龙", "Zoë Ødegård", "O'Brien", "anna"]
    );

    let page = |f: CustomerFilter| shop.customer_page(&f, CustomerSort::Name, 0, 50).unwrap();
    let searched = page(CustomerFilter {
        query: Some("odegard".into()),
        ..filter()
    });
    assert_eq!((searched.total, names(&searched)), (1, vec!["Zoë Ødegård"]));
    assert_eq!(
        names(&page(CustomerFilter {
            query: Some("小龙".into()),
            ..filter()
        })),
        ["李小龙"]
    );
    assert_eq!(
        names(&page(CustomerFilter {
            tag: Some("cAFé".into()),
            ..filter()
        })),
        ["Zoë Ødegård", "李小龙"]
    );
    assert_eq!(
        names(&page(CustomerFilter {
            visited_within_days: Some(30),
            ..filter()
        })),
        ["O'Brien", "Zoë Ødegård"]
    );
    assert_eq!(
        names(&page(CustomerFilter {
            away_for_days: Some(30),
            ..filter()
        })),
        ["anna", "李小龙"]
    );
    assert_eq!(
        names(&page(CustomerFilter {
            min_spent_minor: Some(12_500),
            ..filter()
        })),
        ["Zoë Ødegård", "李小龙"]
    );
    assert_eq!(
        names(&page(CustomerFilter {
            messages: Some(MessageFilter::MayMessage),
            ..filter()
        })),
        ["Zoë Ødegård"]
    );
    assert_eq!(
        names(&page(CustomerFilter {
            messages: Some(MessageFilter::NoMessages),
            ..filter()
        })),
        ["anna", "O'Brien", "李小龙"]
    );
    assert_eq!(
        names(&page(CustomerFilter {
            messages: Some(MessageFilter::NotAsked),
            ..filter()
        })),
        ["anna", "O'Brien"]
    );
    // Filters combine; hostile search text is only text.
    let both = page(CustomerFilter {
        query: Some("o".into()),
        away_for_days: Some(5),
        messages: Some(MessageFilter::NoMessages),
        ..filter()
    });
    assert_eq!(names(&both), ["O'Brien"]);
    for hostile in ["\"", "'); DROP TABLE customer; --", "NEAR(", "*"] {
        page(CustomerFilter {
            query: Some(hostile.into()),
            tag: Some(hostile.into()),
            ..filter()
        });
    }

    // The list follows every later write: a sale, a consent, a tag, a
    // deletion, a merge; a refused write changes nothing.
    buy(&mut shop, anna.id, 99_900, 0);
    shop.record_consent(
        anna.id,
        &consent(Channel::Post, Purpose::Occasions, ConsentState::Granted),
    )
    .unwrap();
    shop.tag_customers(&[anna.id], "Regular").unwrap();
    shop.delete_customer(ob.id).unwrap();
    shop.merge_customers(zoe.id, li.id).unwrap();
    assert!(shop
        .add_purchase(
            anna.id,
            &NewPurchase {
                at: None,
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![],
            }
        )
        .is_err());
    let after = shop
        .customer_page(&filter(), CustomerSort::Spend, 0, 50)
        .unwrap();
    assert_eq!(after.total, 2);
    assert_eq!(names(&after), ["anna", "Zoë Ødegård"]);
    assert_eq!(after.rows[0].tags, ["Regular"]);
    assert_eq!(after.rows[0].consent.message_channels, [Channel::Post]);
    assert_eq!(after.rows[1].stats.total_spent, pounds(42_500));
    let may = shop
        .customer_page(
            &CustomerFilter {
                messages: Some(MessageFilter::MayMessage),
                tag: Some("regular".into()),
                visited_within_days: Some(1),
                ..filter()
            },
            CustomerSort::Name,
            0,
            50,
        )
        .unwrap();
    assert_eq!(names(&may), ["anna"]);
}

#[test]
fn pages_of_a_demo_shop_cover_every_customer_once_in_order() {
    let (_d, mut shop) = shop();
    shop.generate_demo(&demo::DemoOptions {
        customers: 3_000,
        years: 1,
        seed: 7,
        lines: None,
        until: Utc::now().date_naive(),
    })
    .unwrap();
    let n = shop.list_customers().unwrap().len();
    assert_eq!(n, 3_000);
    for sort in [
        CustomerSort::Name,
        CustomerSort::LastVisit,
        CustomerSort::Spend,
    ] {
        let mut seen = Vec::new();
        let mut offset = 0;
        loop {
            let p = shop.customer_page(&filter(), sort, offset, 400).unwrap();
            assert_eq!(p.total, n as u64);
            if p.rows.is_empty() {
                break;
            }
            offset += p.rows.len();
            seen.extend(p.rows);
        }
        assert_eq!(seen.len(), n, "{sort}");
        let mut unique: Vec<_> = seen.iter().map(|r| r.id).collect();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), n, "{sort}: no row twice");
        match sort {
            CustomerSort::Name => {
                let keys: Vec<String> =
                    seen.iter().map(|r| r.display_name.to_lowercase()).collect();
                assert!(keys.windows(2).all(|w| w[0] <= w[1]));
            }
            CustomerSort::Spend => {
                let keys: Vec<i64> = seen.iter().map(|r| r.stats.total_spent.minor).collect();
                assert!(keys.windows(2).all(|w| w[0] >= w[1]));
            }
            CustomerSort::LastVisit => {
                let last: Vec<_> = seen.iter().map(|r| r.stats.last).collect();
                let visited = last.iter().take_while(|l| l.is_some()).count();
                assert!(last[visited..].iter().all(Option::is_none));
                assert!(last[..visited].windows(2).all(|w| w[0] >= w[1]));
            }
        }
    }
    // What the privacy symbol says agrees with the filters.
    let count = |messages| {
        let f = CustomerFilter {
            messages: Some(messages),
            ..filter()
        };
        let p = shop.customer_page(&f, CustomerSort::Name, 0, 200).unwrap();
        for r in &p.rows {
            let may = !r.consent.message_channels.is_empty();
            match messages {
                MessageFilter::MayMessage => assert!(may),
                MessageFilter::NoMessages => assert!(!may),
                MessageFilter::NotAsked => assert!(!r.consent.asked),
            }
        }
        p.total
    };
    let may = count(MessageFilter::MayMessage);
    assert!(may > 0);
    assert_eq!(may + count(MessageFilter::NoMessages), n as u64);
    assert!(count(MessageFilter::NotAsked) > 0);
    let limited = shop
        .customer_page(&filter(), CustomerSort::Name, 0, 100_000)
        .unwrap();
    assert_eq!(limited.rows.len(), book::MAX_PAGE);
}

#[test]
fn the_profile_view_has_everything_in_one_read_and_summaries_save_by_extension() {
    let (dir, mut shop) = shop();
    let zoe = customer(&mut shop, "Zoë Ødegård", None, None);
    let tom = customer(&mut shop, "Tom", None, None);
    shop.link_customers(zoe.id, tom.id, Relation::Partner)
        .unwrap();
    shop.add_preference(
        zoe.id,
        &NewPreference::said(PreferenceCategory::Allergy, "nuts"),
    )
    .unwrap();
    shop.record_consent(
        zoe.id,
        &consent(
            Channel::Email,
            Purpose::Recommendations,
            ConsentState::Granted,
        ),
    )
    .unwrap();
    buy(&mut shop, zoe.id, 700, 1);
    let v = shop.customer_view(zoe.id).unwrap();
    assert_eq!(v.customer.display_name, "Zoë Ødegård");
    assert_eq!(v.preferences[0].value, "nuts");
    assert_eq!(v.purchases.len(), 1);
    assert_eq!(v.purchases[0].lines[0].description, "Comté 200g");
    assert_eq!(v.consent_history.len(), 1);
    assert_eq!(v.consent_history[0].method, "in person");
    assert_eq!(v.household.len(), 1);
    assert_eq!(v.household[0].other_name, "Tom");
    assert!(v.household[0].recorded_here);
    let t = shop.customer_view(tom.id).unwrap();
    assert_eq!(t.household[0].other_name, "Zoë Ødegård");
    assert!(!t.household[0].recorded_here);

    let html = dir.path().join("zoë.html");
    shop.save_summaries(&[zoe.id], SummaryVariant::ForCustomer, &html)
        .unwrap();
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("Zoë Ødegård") && text.contains("nuts"));
    let err = shop
        .save_summaries(
            &[zoe.id],
            SummaryVariant::ForShop,
            &dir.path().join("x.doc"),
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("path"));
    let err = shop
        .save_summaries(
            &[zoe.id],
            SummaryVariant::ForShop,
            &dir.path().join("missing/x.md"),
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("path"));
    assert!(err.to_string().contains("nothing was written"), "{err}");
    let both = dir.path().join("both.pdf");
    shop.save_summaries(&[zoe.id, tom.id], SummaryVariant::ForShop, &both)
        .unwrap();
    assert!(std::fs::read(&both).unwrap().starts_with(b"%PDF"));
    let err = shop
        .save_summaries(&[zoe.id, tom.id], SummaryVariant::ForShop, &html)
        .unwrap_err();
    assert_eq!(err.field(), Some("format"));
}

/// An import drops the list's in-memory mirror (so it does not refresh a row
/// per purchase written); the next page is built again and includes it.
#[test]
fn the_list_after_an_import_shows_what_was_imported() {
    let (_d, mut shop) = shop();
    let zoe = customer(&mut shop, "Zoë Ødegård", Some("zoe@example.no"), None);
    buy(&mut shop, zoe.id, 1000, 3);
    let before = shop
        .customer_page(&filter(), CustomerSort::Name, 0, 50)
        .unwrap();
    assert_eq!(names(&before), ["Zoë Ødegård"]);
    let csv = "customer_ref,customer_name,email,date,product,quantity,line_total
,Zoë Ødegård,zoe@example.no,2024-03-01,Tea,2,5.00
C2,李小龙,,2024-03-02,Tea,1,2.50
";
    shop.import_purchases(csv.as_bytes(), &Default::default(), &mut |_| {})
        .unwrap();
    let after = shop
        .customer_page(&filter(), CustomerSort::Name, 0, 50)
        .unwrap();
    assert_eq!(names(&after), ["Zoë Ødegård", "李小龙"]);
    assert_eq!(after.rows[0].stats.visits, 2);
    assert_eq!(after.rows[0].stats.total_spent, pounds(1500));
    assert_eq!(after.rows[1].stats.total_spent, pounds(250));
    // And the rebuilt mirror follows later changes again.
    buy(&mut shop, zoe.id, 100, 1);
    let later = shop
        .customer_page(&filter(), CustomerSort::Name, 0, 50)
        .unwrap();
    assert_eq!(later.rows[0].stats.total_spent, pounds(1600));
}
