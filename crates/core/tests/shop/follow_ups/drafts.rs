//! Message drafts: the customer's language, then the shop's.

use chrono::NaiveDate;
use shopkeeper_core::suggest::links::LinkApp;
use shopkeeper_core::{
    Channel, ConsentState, CoreError, CustomerId, NewConsent, Purpose, Settings, Shop,
    SuggestionKind,
};

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
    assert_eq!(draft.links.len(), 1);
    assert_eq!(draft.links[0].app, LinkApp::Mail);
    let link = &draft.links[0].url;
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

    // In person: a draft to read from, but no link.
    let li = customer(&mut shop, "李小龙", Some("li@example.com"), None).id;
    spend(&mut shop, li, today(), 800);
    let thanks = one(&shop, today(), li, SuggestionKind::ThankYou);
    assert_eq!(thanks.channel, None);
    let draft = shop.draft(&thanks).unwrap();
    assert!(draft.links.is_empty());
    assert!(draft.body.contains("Marta's"), "{}", draft.body);
}

/// Recommendations to `id` by `channel` alone from now on.
fn allow_only(shop: &mut Shop, id: CustomerId, channel: Channel) {
    for &ch in Channel::ALL {
        let state = match ch == channel {
            true => ConsentState::Granted,
            false => ConsentState::Refused,
        };
        let choice = NewConsent {
            channel: ch,
            purpose: Purpose::Recommendations,
            state,
            at: None,
            method: "in person".into(),
            wording_version: None,
            note: None,
            recorded_by: None,
        };
        shop.record_consent(id, &choice).unwrap();
    }
}

/// A shop whose phone numbers are British, with Zoë in it.
fn british_shop_with_zoe() -> (tempfile::TempDir, Shop, CustomerId) {
    let (dir, mut shop) = shop();
    shop.update_settings(&Settings {
        phone_region: Some("GB".into()),
        ..shop.settings().clone()
    })
    .unwrap();
    let id = zoe(&mut shop);
    (dir, shop, id)
}

/// Each channel the customer allows opens its own app: a text with the
/// message, a call, WhatsApp and Signal, with her number in international
/// form.
#[test]
fn each_allowed_channel_opens_its_own_app_with_the_number_in_international_form() {
    let (_dir, mut shop, id) = british_shop_with_zoe();
    let mut links = |channel: Channel| {
        allow_only(&mut shop, id, channel);
        let s = one(&shop, today(), id, SuggestionKind::MatchesTaste);
        assert_eq!(s.channel, Some(channel));
        let links = shop.draft(&s).unwrap().links;
        links
            .into_iter()
            .map(|l| (l.app, l.url))
            .collect::<Vec<_>>()
    };
    let sms = links(Channel::Sms);
    assert_eq!(sms[0].0, LinkApp::Sms);
    assert!(
        sms[0].1.starts_with("sms:+447700900123?body=Hi%20Zo%C3%AB"),
        "{sms:?}"
    );
    assert_eq!(
        links(Channel::Phone),
        [(LinkApp::Call, "tel:+447700900123".to_string())]
    );
    let chat = links(Channel::Messaging);
    assert_eq!(chat[0].0, LinkApp::WhatsApp);
    assert!(
        chat[0]
            .1
            .starts_with("https://wa.me/447700900123?text=Hi%20Zo%C3%AB"),
        "{chat:?}"
    );
    assert_eq!(
        chat[1],
        (
            LinkApp::Signal,
            "https://signal.me/#p/+447700900123".to_string()
        )
    );
    for (_, url) in sms.iter().chain(&chat) {
        shopkeeper_core::suggest::links::check_link(url).unwrap();
    }
}

/// The link opens the message as the owner left it, not as it was drafted;
/// an app the customer's channel has no link for is refused.
#[test]
fn the_link_carries_the_draft_as_edited_and_only_by_the_allowed_channel() {
    let (_dir, mut shop, id) = british_shop_with_zoe();
    allow_only(&mut shop, id, Channel::Sms);
    let s = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    let link = shop
        .draft_link(&s, LinkApp::Sms, "", "Hej Zoë, the blue one is in! & more")
        .unwrap();
    assert_eq!(
        link.url,
        "sms:+447700900123?body=Hej%20Zo%C3%AB%2C%20the%20blue%20one%20is%20in%21%20%26%20more"
    );
    for other in [
        LinkApp::Mail,
        LinkApp::Call,
        LinkApp::WhatsApp,
        LinkApp::Signal,
    ] {
        let refused = shop.draft_link(&s, other, "", "Hi").unwrap_err();
        assert_eq!(refused.field(), Some("app"), "{other}");
    }

    allow_only(&mut shop, id, Channel::Email);
    let s = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    let link = shop
        .draft_link(&s, LinkApp::Mail, "Für Sie", "Line 1\nLine 2")
        .unwrap();
    assert!(
        link.url
            .ends_with("?subject=F%C3%BCr%20Sie&body=Line%201%0D%0ALine%202"),
        "{}",
        link.url
    );
}
