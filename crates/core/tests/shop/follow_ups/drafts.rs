//! Message drafts: the customer's language, then the shop's.

use chrono::NaiveDate;
use shopkeeper_core::{CoreError, Settings, SuggestionKind};

use super::{one, spend, today, zoe};
use crate::{customer, gbp, shop};

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
