//! What the owner does with suggestions (done, snooze, dismiss), promises,
//! the newer kinds (new arrivals to taste, service checks, large-basket
//! thank-yous) and message drafts, on real vaults.
mod actions;
mod drafts;
mod outcomes;
mod plain_words;

use chrono::{Duration, NaiveDate, Utc};
use shopkeeper_core::{
    Channel, ConsentState, CustomerId, NewConsent, NewLine, NewPreference, NewProduct, NewPurchase,
    PreferenceCategory, Purpose, SaleChannel, Shop, Suggestion, SuggestionKind,
};

use super::{customer, noon, pounds, shop};

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn days_ago(n: i64) -> NaiveDate {
    today() - Duration::days(n)
}

fn grant(shop: &mut Shop, id: CustomerId, channel: Channel, purpose: Purpose) {
    shop.record_consent(
        id,
        &NewConsent {
            channel,
            purpose,
            state: ConsentState::Granted,
            at: Some(noon(days_ago(400))),
            method: "in person".into(),
            wording_version: None,
            note: None,
            recorded_by: None,
        },
    )
    .unwrap();
}

fn buy(shop: &mut Shop, id: CustomerId, day: NaiveDate, sku: &str) {
    shop.add_purchase(
        id,
        &NewPurchase {
            at: Some(noon(day)),
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine {
                sku: Some(sku.into()),
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

fn spend(shop: &mut Shop, id: CustomerId, day: NaiveDate, pence: i64) {
    shop.add_purchase(
        id,
        &NewPurchase {
            at: Some(noon(day)),
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Cheese board", 1, pounds(pence))],
        },
    )
    .unwrap();
}

fn product(shop: &mut Shop, sku: &str, name: &str, category: &str, tags: &[&str]) -> NewProduct {
    let p = NewProduct {
        sku: sku.into(),
        name: name.into(),
        category: Some(category.into()),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        price: Some(pounds(1200)),
        ..NewProduct::default()
    };
    shop.add_product(&p).unwrap();
    p
}

/// All suggestions of `kind` for `id` on `as_of`.
fn of(shop: &Shop, as_of: NaiveDate, id: CustomerId, kind: SuggestionKind) -> Vec<Suggestion> {
    shop.suggestions(as_of, 500)
        .unwrap()
        .into_iter()
        .filter(|s| s.customer_id == id && s.kind == kind)
        .collect()
}

fn one(shop: &Shop, as_of: NaiveDate, id: CustomerId, kind: SuggestionKind) -> Suggestion {
    let mut all = of(shop, as_of, id, kind);
    assert_eq!(all.len(), 1, "one {kind} for {id} on {as_of}: {all:?}");
    all.remove(0)
}

/// Zoë likes Ethiopian coffee, is allergic to hazelnut and dislikes goat's
/// cheese; three things arrived lately, one of each; her bike service was
/// 176 days ago (every 180 days).
fn zoe(shop: &mut Shop) -> CustomerId {
    product(
        shop,
        "COF-YIR",
        "Yirgacheffe beans",
        "Coffee",
        &["Éthiopian", "light roast"],
    );
    let mut arrived = |sku: &str, name: &str, category: &str, tags: &[&str], ago: i64| {
        let mut p = product_spec(sku, name, category, tags);
        p.arrival_date = Some(days_ago(ago));
        shop.add_product(&p).unwrap();
    };
    arrived(
        "COF-YIR2",
        "Yirgacheffe beans, new crop",
        "Coffee",
        &["Ethiopian"],
        5,
    );
    arrived(
        "CHO-HAZ",
        "Ethiopian coffee praline",
        "Coffee",
        &["hazelnut"],
        2,
    );
    arrived(
        "CHE-GOA",
        "Chèvre frais",
        "Cheese",
        &["goat", "ethiopian coffee"],
        3,
    );
    arrived("COF-OLD", "Ethiopian coffee, last year", "Coffee", &[], 40);
    shop.add_product(&NewProduct {
        service_days: Some(180),
        ..product_spec("BIKE-SVC", "bike service", "workshop", &[])
    })
    .unwrap();
    let z = customer(
        shop,
        "Zoë Ødegård",
        Some("zoe@example.com"),
        Some("07700 900123"),
    );
    for p in [Purpose::Recommendations, Purpose::Service] {
        grant(shop, z.id, Channel::Email, p);
    }
    for (category, value) in [
        (PreferenceCategory::Taste, "ethiopian coffee"),
        (PreferenceCategory::Allergy, "Hazelnut"),
        (PreferenceCategory::Dislike, "no goat cheese"),
    ] {
        let mut pref = NewPreference::said(category, value);
        pref.noted_on = Some(days_ago(300));
        shop.add_preference(z.id, &pref).unwrap();
    }
    buy(shop, z.id, days_ago(176), "BIKE-SVC");
    z.id
}

fn product_spec(sku: &str, name: &str, category: &str, tags: &[&str]) -> NewProduct {
    NewProduct {
        sku: sku.into(),
        name: name.into(),
        category: Some(category.into()),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        price: Some(pounds(1200)),
        ..NewProduct::default()
    }
}

#[test]
fn a_new_arrival_to_her_taste_is_suggested_never_one_she_is_allergic_to_or_dislikes() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let s = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    let arrived = days_ago(5);
    assert!(
        s.reason.to_string().starts_with(&format!(
            "Zoë likes ethiopian coffee; the Yirgacheffe beans, new crop arrived on {}",
            arrived.format("%-d %b")
        )),
        "{}",
        s.reason
    );
    assert_eq!(s.input("product"), Some("Yirgacheffe beans, new crop"));
    assert_eq!(s.input("matched"), Some("taste: ethiopian coffee"));
    assert_eq!(s.channel, Some(Channel::Email));
    assert!(s.rule.starts_with("matches-taste"));
    let product = shop.product_by_sku("COF-YIR2").unwrap().unwrap();
    assert_eq!(
        s.key,
        format!("matches-taste:{id}:{}:{arrived}", product.id)
    );
    // Same key on the next refresh; once she bought it, nothing.
    assert_eq!(
        one(&shop, today(), id, SuggestionKind::MatchesTaste).key,
        s.key
    );
    buy(&mut shop, id, today(), "COF-YIR2");
    assert!(of(&shop, today(), id, SuggestionKind::MatchesTaste).is_empty());
}

#[test]
fn a_category_bought_on_three_days_counts_as_a_taste() {
    let (_dir, mut shop) = shop();
    product(&mut shop, "CHE-COM", "Comté 24 months", "cheese", &[]);
    let mut p = product_spec("CHE-BEA", "Beaufort d'été", "Cheese", &[]);
    p.arrival_date = Some(days_ago(1));
    shop.add_product(&p).unwrap();
    let li = customer(&mut shop, "李小龙", None, None);
    buy(&mut shop, li.id, days_ago(90), "CHE-COM");
    buy(&mut shop, li.id, days_ago(60), "CHE-COM");
    assert!(of(&shop, today(), li.id, SuggestionKind::MatchesTaste).is_empty());
    buy(&mut shop, li.id, days_ago(30), "CHE-COM");
    let s = one(&shop, today(), li.id, SuggestionKind::MatchesTaste);
    assert!(
        s.reason
            .to_string()
            .starts_with("李小龙 has bought Cheese on 3 visits; the Beaufort d'été arrived"),
        "{}",
        s.reason
    );
    // No consent for recommendations: in person.
    assert_eq!(s.channel, None);
}

#[test]
fn a_service_due_soon_is_suggested_with_its_interval() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let s = one(&shop, today(), id, SuggestionKind::ServiceCheck);
    assert!(
        s.reason
            .to_string()
            .starts_with("Zoë's bike service was 6 months ago (every 180 days); due on"),
        "{}",
        s.reason
    );
    assert_eq!(s.input("days_until_due"), Some("4"));
    assert_eq!(s.channel, Some(Channel::Email));
    // 20 days earlier it was not yet due.
    assert!(of(&shop, days_ago(20), id, SuggestionKind::ServiceCheck).is_empty());
}

#[test]
fn an_unusually_large_basket_earns_a_thank_you() {
    let (_dir, mut shop) = shop();
    let li = customer(&mut shop, "李小龙", None, None).id;
    for ago in [90, 60, 30] {
        spend(&mut shop, li, days_ago(ago), 1000);
    }
    spend(&mut shop, li, days_ago(2), 2900);
    assert!(of(&shop, today(), li, SuggestionKind::ThankYou).is_empty());
    spend(&mut shop, li, days_ago(1), 3000);
    let s = one(&shop, today(), li, SuggestionKind::ThankYou);
    assert!(
        s.reason
            .to_string()
            .starts_with("李小龙 spent 30.00 GBP yesterday, over 3× their usual 10.00 GBP"),
        "{}",
        s.reason
    );
    assert_eq!(s.key, format!("thank-you:{li}:{}", days_ago(1)));
    assert_eq!(s.input("usual_basket"), Some("10.00 GBP"));

    // A first purchase is thanked for as such.
    let new = customer(&mut shop, "O'Brien", None, None).id;
    spend(&mut shop, new, days_ago(3), 500);
    let s = one(&shop, today(), new, SuggestionKind::ThankYou);
    assert!(s
        .reason
        .to_string()
        .starts_with("O'Brien made their first purchase 3 days ago"));
}
