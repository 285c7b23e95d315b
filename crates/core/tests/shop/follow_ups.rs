//! What the owner does with suggestions (done, snooze, dismiss), promises,
//! the newer kinds (new arrivals to taste, service checks, large-basket
//! thank-yous) and message drafts, on real vaults.

use chrono::{Duration, NaiveDate, Utc};
use shopkeeper_core::{
    Channel, ConsentState, CoreError, CustomerId, DismissReason, NewConsent, NewLine,
    NewPreference, NewProduct, NewPurchase, PreferenceCategory, PromiseStatus, Purpose,
    SaleChannel, Settings, Shop, Suggestion, SuggestionKind,
};

use super::{customer, gbp, noon, pounds, shop};

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
        s.reason.starts_with(&format!(
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
fn done_logs_the_contact_with_the_key_and_the_suggestion_does_not_come_back() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let taste = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    let service = one(&shop, today(), id, SuggestionKind::ServiceCheck);

    // Mentioned in person: logged without a channel, not counted towards
    // the cap (one contact in 30 days), so the service check keeps its email.
    let entry = shop
        .complete_suggestion(&taste.key, id, None, "  ")
        .unwrap();
    assert_eq!(entry.channel, None);
    assert_eq!(entry.purpose, Purpose::Recommendations);
    assert_eq!(entry.summary, "Just in, to their taste");
    assert_eq!(entry.suggestion_ref.as_deref(), Some(taste.key.as_str()));
    assert!(of(&shop, today(), id, SuggestionKind::MatchesTaste).is_empty());
    assert_eq!(
        one(&shop, today(), id, SuggestionKind::ServiceCheck).channel,
        Some(Channel::Email)
    );

    // By email: now the cap is reached for anything else.
    let e = shop
        .complete_suggestion(
            &service.key,
            id,
            Some(Channel::Email),
            "Offered a slot on Friday",
        )
        .unwrap();
    assert_eq!(e.channel, Some(Channel::Email));
    assert_eq!(shop.contacts(id, 10).unwrap().len(), 2);
    assert!(of(&shop, today(), id, SuggestionKind::ServiceCheck).is_empty());
    // ... and for later days too: done is done.
    assert!(of(
        &shop,
        today() + Duration::days(3),
        id,
        SuggestionKind::ServiceCheck
    )
    .is_empty());

    // Doing it twice is refused and writes nothing.
    let err = shop
        .complete_suggestion(&service.key, id, Some(Channel::Email), "again")
        .unwrap_err();
    assert!(err.to_string().contains("already marked done"), "{err}");
    assert_eq!(shop.contacts(id, 10).unwrap().len(), 2);
}

#[test]
fn a_snoozed_suggestion_comes_back_on_its_day() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let s = one(&shop, today(), id, SuggestionKind::ServiceCheck);
    let until = today() + Duration::days(3);
    shop.snooze_suggestion(&s.key, id, until).unwrap();
    assert!(of(&shop, today(), id, SuggestionKind::ServiceCheck).is_empty());
    assert!(of(
        &shop,
        until - Duration::days(1),
        id,
        SuggestionKind::ServiceCheck
    )
    .is_empty());
    assert_eq!(
        one(&shop, until, id, SuggestionKind::ServiceCheck).key,
        s.key
    );
    // Other kinds are untouched.
    assert_eq!(
        of(&shop, today(), id, SuggestionKind::MatchesTaste).len(),
        1
    );

    for past in [today(), days_ago(1)] {
        let err = shop.snooze_suggestion(&s.key, id, past).unwrap_err();
        assert_eq!(err.field(), Some("until"));
        assert!(err.to_string().contains("a day after today"), "{err}");
    }
}

#[test]
fn dismissing_for_good_and_not_interested_in_a_kind_until_undone() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let s = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    // The kind must be the key's.
    let err = shop
        .dismiss_suggestion(
            &s.key,
            id,
            SuggestionKind::Occasion,
            DismissReason::NotRelevant,
            None,
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("kind"));
    assert_eq!(
        of(&shop, today(), id, SuggestionKind::MatchesTaste).len(),
        1
    );

    shop.dismiss_suggestion(
        &s.key,
        id,
        SuggestionKind::MatchesTaste,
        DismissReason::NotInterestedInKind,
        Some("Prefers to browse herself"),
    )
    .unwrap();
    assert_eq!(
        shop.blocked_suggestion_kinds(id).unwrap(),
        vec![SuggestionKind::MatchesTaste]
    );
    // A new arrival with a new key: still nothing of that kind.
    let mut p = product_spec("COF-SID", "Sidamo", "coffee", &["ethiopian"]);
    p.arrival_date = Some(today());
    shop.add_product(&p).unwrap();
    assert!(of(&shop, today(), id, SuggestionKind::MatchesTaste).is_empty());
    assert_eq!(
        of(&shop, today(), id, SuggestionKind::ServiceCheck).len(),
        1
    );

    // Undone: the new arrival comes back; the dismissed key does not.
    shop.unblock_suggestion_kind(id, SuggestionKind::MatchesTaste)
        .unwrap();
    let back = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    assert_ne!(back.key, s.key);
    assert_eq!(back.input("product"), Some("Sidamo"));
    assert!(shop.blocked_suggestion_kinds(id).unwrap().is_empty());
    let err = shop
        .unblock_suggestion_kind(id, SuggestionKind::MatchesTaste)
        .unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)), "{err}");

    // Not relevant: just this key.
    shop.dismiss_suggestion(
        &back.key,
        id,
        SuggestionKind::MatchesTaste,
        DismissReason::NotRelevant,
        None,
    )
    .unwrap();
    assert!(shop.blocked_suggestion_kinds(id).unwrap().is_empty());
    assert!(of(&shop, today(), id, SuggestionKind::MatchesTaste).is_empty());
}

#[test]
fn bad_keys_and_customers_are_refused_in_plain_words_and_nothing_is_written() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let other = customer(&mut shop, "Seán O'Brien", None, None).id;
    let s = one(&shop, today(), id, SuggestionKind::ServiceCheck);

    let err = shop.complete_suggestion("", id, None, "x").unwrap_err();
    assert_eq!(err.field(), Some("key"));
    assert!(err.to_string().contains("empty"), "{err}");
    let err = shop
        .complete_suggestion("no such thing", id, None, "x")
        .unwrap_err();
    assert!(err.to_string().contains("not a suggestion key"), "{err}");
    let err = shop
        .complete_suggestion(&s.key, CustomerId::new(), None, "x")
        .unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)), "{err}");
    let err = shop
        .complete_suggestion(&s.key, other, None, "x")
        .unwrap_err();
    assert!(err.to_string().contains("another customer"), "{err}");
    let err = shop
        .snooze_suggestion(&s.key, other, today() + Duration::days(2))
        .unwrap_err();
    assert_eq!(err.field(), Some("key"));
    let long = "x".repeat(30_000);
    let err = shop
        .complete_suggestion(&s.key, id, Some(Channel::Email), &long)
        .unwrap_err();
    assert!(err.to_string().contains("too long"), "{err}");

    assert!(shop.contacts(id, 10).unwrap().is_empty());
    assert!(shop.contacts(other, 10).unwrap().is_empty());
    assert_eq!(
        one(&shop, today(), id, SuggestionKind::ServiceCheck).key,
        s.key
    );
}

#[test]
fn a_promise_is_suggested_when_due_and_kept_through_done() {
    let (_dir, mut shop) = shop();
    let sean = customer(&mut shop, "Seán O'Brien", None, Some("07700 900456")).id;
    grant(&mut shop, sean, Channel::Sms, Purpose::Service);
    let due = today() + Duration::days(10);
    let later = shop
        .add_promise(sean, "Ring when the blue 42s arrive", Some(due))
        .unwrap();
    let now = shop
        .add_promise(sean, "Check the Porto trip dates", None)
        .unwrap();
    assert_eq!(now.status, PromiseStatus::Open);
    let err = shop.add_promise(sean, "   ", None).unwrap_err();
    assert_eq!(err.field(), Some("text"));
    let err = shop.add_promise(CustomerId::new(), "x", None).unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)));
    assert_eq!(shop.promises(sean).unwrap().len(), 2);

    // Today only the undated one; three days before its day, the other too.
    let s = one(&shop, today(), sean, SuggestionKind::PromisedFollowUp);
    assert_eq!(s.key, format!("promised-follow-up:{sean}:{}", now.id));
    assert_eq!(s.channel, Some(Channel::Sms));
    assert!(
        s.reason
            .starts_with("You promised Seán: \"Check the Porto trip dates\""),
        "{}",
        s.reason
    );
    assert_eq!(
        of(
            &shop,
            due - Duration::days(3),
            sean,
            SuggestionKind::PromisedFollowUp
        )
        .len(),
        2
    );

    shop.complete_suggestion(&s.key, sean, Some(Channel::Sms), "Texted the dates")
        .unwrap();
    let promises = shop.promises(sean).unwrap();
    assert_eq!(promises[0].id, later.id, "open first");
    assert_eq!(promises[1].status, PromiseStatus::Done);
    let status = |shop: &Shop, id| {
        shop.promises(sean)
            .unwrap()
            .into_iter()
            .find(|p| p.id == id)
            .unwrap()
            .status
    };
    let dated = one(&shop, due, sean, SuggestionKind::PromisedFollowUp);
    assert!(dated.reason.contains("(due "), "{}", dated.reason);
    shop.dismiss_suggestion(
        &dated.key,
        sean,
        SuggestionKind::PromisedFollowUp,
        DismissReason::AlreadyHandled,
        None,
    )
    .unwrap();
    assert_eq!(status(&shop, later.id), PromiseStatus::Dismissed);
    assert_eq!(status(&shop, now.id), PromiseStatus::Done);
    assert!(of(&shop, due, sean, SuggestionKind::PromisedFollowUp).is_empty());
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
        .starts_with("O'Brien made their first purchase 3 days ago"));
}

#[test]
fn drafts_use_the_customers_language_then_the_shops_and_mailto_only_by_email() {
    let (_dir, mut shop) = shop();
    shop.update_settings(&Settings {
        shop_name: "Marta's".into(),
        currency: gbp(),
        phone_region: Some("GB".into()),
        owner_name: Some("Marta".into()),
        ..Settings::default()
    })
    .unwrap();
    let id = zoe(&mut shop);
    let s = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    let draft = shop.draft(&s).unwrap();
    assert_eq!(draft.language, "en");
    assert_eq!(
        draft.body,
        "Hi Zoë — the Yirgacheffe beans, new crop has just come in, and I thought of you. Shall I put one aside?\n\n— Marta"
    );
    assert_eq!(draft.subject, "Yirgacheffe beans, new crop is in");
    let link = draft.mailto.unwrap();
    assert!(link.starts_with("mailto:zoe@example.com?subject=Yirgacheffe%20beans%2C%20new%20crop%20is%20in&body=Hi%20Zo%C3%AB%20%E2%80%94"), "{link}");
    assert!(!draft.body.contains('!'));

    // Her language is Norwegian: once there is a template in it, it is used.
    let mut edit = shop.customer(id).unwrap().edit();
    edit.language = Some("NB-no".into());
    shop.update_customer(id, &edit).unwrap();
    let err = shop
        .set_template(SuggestionKind::MatchesTaste, "nb", "{produkt}", "Hei")
        .unwrap_err();
    assert_eq!(err.field(), Some("subject"));
    assert!(
        err.to_string().contains("{produkt} is not a placeholder"),
        "{err}"
    );
    assert!(err.to_string().contains("{product}"), "{err}");
    assert_eq!(shop.templates().unwrap().len(), 7, "nothing saved");
    shop.set_template(
        SuggestionKind::MatchesTaste,
        "nb",
        "{product} er kommet",
        "Hei {first_name} — {product} er kommet inn. Skal jeg legge av en til deg?\n\n— {owner}",
    )
    .unwrap();
    let draft = shop.draft(&s).unwrap();
    assert_eq!(draft.language, "nb");
    assert!(
        draft.body.starts_with("Hei Zoë — Yirgacheffe"),
        "{}",
        draft.body
    );
    assert_eq!(shop.templates().unwrap().len(), 8);

    // The shop's own English wording, then back to the built-in one.
    shop.set_template(
        SuggestionKind::ServiceCheck,
        "en",
        "Service",
        "Hi {first_name}, {date}.",
    )
    .unwrap();
    let service = one(&shop, today(), id, SuggestionKind::ServiceCheck);
    let due: NaiveDate = service.input("due").unwrap().parse().unwrap();
    assert_eq!(
        shop.draft(&service).unwrap().body,
        format!("Hi Zoë, {}.", due.format("%-d %B"))
    );
    shop.reset_template(SuggestionKind::ServiceCheck, "en")
        .unwrap();
    assert!(shop.draft(&service).unwrap().body.contains("book you in"));
    let err = shop
        .reset_template(SuggestionKind::ServiceCheck, "en")
        .unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)), "{err}");
    assert!(shop
        .templates()
        .unwrap()
        .iter()
        .any(|t| t.kind == SuggestionKind::ServiceCheck && t.built_in));

    // In person: a draft to read from, but no mailto link.
    let li = customer(&mut shop, "李小龙", Some("li@example.com"), None).id;
    spend(&mut shop, li, today(), 800);
    let thanks = one(&shop, today(), li, SuggestionKind::ThankYou);
    assert_eq!(thanks.channel, None);
    let draft = shop.draft(&thanks).unwrap();
    assert_eq!(draft.mailto, None);
    assert!(draft.body.contains("Marta's"), "{}", draft.body);
}
