use shopkeeper_core::summary::{data_purposes, Highlight, SummaryFormat, Variant};
use shopkeeper_core::*;

use super::{customer, pounds, shop};

fn consent(channel: Channel, purpose: Purpose, state: ConsentState, at: &str) -> NewConsent {
    NewConsent {
        channel,
        purpose,
        state,
        at: Some(parse_when(at, None).unwrap()),
        method: "Signed form at the counter".into(),
        wording_version: Some("v2".into()),
        note: None,
        recorded_by: Some("Marta".into()),
    }
}

/// A customer with an allergy, a dislike, a size, a purchase, two consent entries and a note.
fn zoe(shop: &mut Shop) -> CustomerId {
    let c = customer(shop, "Zoë Ødegård", Some("zoe@example.no"), None);
    let mut edit = c.edit();
    edit.notes = Some("Prefers fittings on Saturday mornings.".into());
    shop.update_customer(c.id, &edit).unwrap();
    for (cat, value) in [
        (PreferenceCategory::Size, "Jacket 40R"),
        (PreferenceCategory::Allergy, "Hazelnuts"),
        (PreferenceCategory::Dislike, "Goat cheese"),
    ] {
        shop.add_preference(c.id, &NewPreference::said(cat, value))
            .unwrap();
    }
    shop.add_purchase(
        c.id,
        &NewPurchase {
            at: Some(parse_when("2026-05-01 10:30", None).unwrap()),
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Linen scarf", 2, pounds(1250))],
        },
    )
    .unwrap();
    shop.record_consent(
        c.id,
        &consent(
            Channel::Email,
            Purpose::Recommendations,
            ConsentState::Granted,
            "2026-01-10 09:00",
        ),
    )
    .unwrap();
    shop.record_consent(
        c.id,
        &consent(
            Channel::Sms,
            Purpose::Promotions,
            ConsentState::Refused,
            "2026-02-11 15:00",
        ),
    )
    .unwrap();
    c.id
}

#[test]
fn the_shop_summary_puts_allergies_dislikes_purchases_and_allowed_channels_in_place() {
    let (_d, mut shop) = shop();
    let id = zoe(&mut shop);
    let doc = shop.summary_doc(id, Variant::ForShop).unwrap();
    assert_eq!(doc.shop_name, "Marta's");
    assert_eq!(doc.customer.display_name, "Zoë Ødegård");
    assert_eq!(doc.customer.contact_lines, vec!["zoe@example.no"]);

    // Allergies first, then dislikes, each highlighted.
    assert_eq!(doc.preferences[0].label, "Allergies");
    assert_eq!(doc.preferences[0].items[0].value, "Hazelnuts");
    assert_eq!(doc.preferences[0].items[0].highlight, Highlight::Allergy);
    assert_eq!(doc.preferences[1].label, "Dislikes");
    assert_eq!(doc.preferences[1].items[0].highlight, Highlight::Dislike);
    let size = doc.preferences.iter().find(|g| g.label == "Sizes").unwrap();
    assert_eq!(size.items[0].value, "Jacket 40R");
    assert_eq!(size.items[0].highlight, Highlight::None);

    assert_eq!(doc.recent_purchases.len(), 1);
    let p = &doc.recent_purchases[0];
    assert_eq!(p.description, "Linen scarf");
    assert_eq!(p.quantity, "2");
    // Written as British English writes pounds (the customer has no
    // language; the shop's is English, its country GB).
    assert_eq!(p.amount, "£25.00");

    // Allowed channels per purpose.
    let rec = doc
        .contact
        .allowed
        .iter()
        .find(|a| a.purpose == "Personal recommendations")
        .unwrap();
    assert_eq!((rec.channel.as_str(), rec.state.as_str()), ("Email", "Yes"));
    let promo = doc
        .contact
        .allowed
        .iter()
        .find(|a| a.purpose == "Promotions and newsletters")
        .unwrap();
    assert_eq!(promo.state, "No");
    assert_eq!(
        doc.contact.frequency.as_deref(),
        Some("At most one message a month (the shop's usual rule)")
    );
    assert_eq!(doc.notes, vec!["Prefers fittings on Saturday mornings."]);
    // No ledger and no purposes for the staff.
    assert!(doc.consent_ledger.is_empty());
    assert!(doc.data_purposes.is_empty());
}

#[test]
fn the_customer_summary_has_everything_the_ledger_and_why_each_kind_is_kept() {
    let (_d, mut shop) = shop();
    let id = zoe(&mut shop);
    let doc = shop.summary_doc(id, Variant::ForCustomer).unwrap();
    assert_eq!(doc.variant, Variant::ForCustomer);
    let all: Vec<(&str, Highlight)> = doc
        .preferences
        .iter()
        .flat_map(|g| g.items.iter().map(|i| (i.value.as_str(), i.highlight)))
        .collect();
    assert!(all.contains(&("Hazelnuts", Highlight::Allergy)));
    assert!(all.contains(&("Goat cheese", Highlight::Dislike)));
    assert!(all.contains(&("Jacket 40R", Highlight::None)));
    assert_eq!(doc.recent_purchases[0].description, "Linen scarf");

    // The ledger, oldest first, in words.
    assert_eq!(doc.consent_ledger.len(), 2);
    let first = &doc.consent_ledger[0];
    assert_eq!(first.channel, "Email");
    assert_eq!(first.purpose, "Personal recommendations");
    assert_eq!(first.state, "Yes");
    assert_eq!(first.how, "Signed form at the counter");
    assert_eq!(first.wording_version.as_deref(), Some("v2"));
    assert_eq!(doc.consent_ledger[1].channel, "Text message");
    assert_eq!(doc.consent_ledger[1].state, "No");

    // The customer's current choices: only what they decided.
    assert_eq!(doc.contact.allowed.len(), 2);

    let purposes: Vec<(String, String)> = doc
        .data_purposes
        .iter()
        .map(|p| (p.kind.clone(), p.purpose.clone()))
        .collect();
    assert_eq!(purposes, data_purposes("en"));
    assert!(purposes
        .iter()
        .any(|(_, why)| why == "To prove what you allowed and when."));
}

#[test]
fn exports_render_each_format_and_refuse_bad_requests() {
    let (_d, mut shop) = shop();
    let id = zoe(&mut shop);
    let other = customer(&mut shop, "李小龙", None, None).id;

    let md = shop
        .export_summary(&[id], Variant::ForShop, SummaryFormat::Markdown)
        .unwrap();
    let md = String::from_utf8(md).unwrap();
    assert!(md.starts_with("# Zoë Ødegård"), "{md}");
    assert!(md.contains("Hazelnuts"));

    let html = shop
        .export_summary(&[id], Variant::ForCustomer, SummaryFormat::Html)
        .unwrap();
    let html = String::from_utf8(html).unwrap();
    assert!(html.contains("Zoë Ødegård"));
    assert!(html.contains("To prove what you allowed and when."));

    // Several customers: only as one PDF.
    let err = shop
        .export_summary(&[id, other], Variant::ForShop, SummaryFormat::Html)
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    let err = shop
        .export_summary(&[], Variant::ForShop, SummaryFormat::Pdf)
        .unwrap_err();
    assert_eq!(err.code(), "summary");
    match shop.export_summary(&[id, other], Variant::ForShop, SummaryFormat::Pdf) {
        Ok(pdf) => assert!(pdf.starts_with(b"%PDF")),
        // Only when the Noto fonts are not installed on this machine.
        Err(e) => assert_eq!(e.code(), "summary", "{e}"),
    }
}
