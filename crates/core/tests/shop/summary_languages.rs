//! Summaries, the data-access packet and the paper form in the customer's
//! language, with dates and amounts written the way it writes them: checked
//! in the HTML and, by text extraction (`pdftotext`), in the PDF.

use std::process::Command;

use shopkeeper_core::summary::{data_purposes, SummaryFormat, Variant};
use shopkeeper_core::*;

use super::{d, noon, shop};

/// A shop in `currency` in the country `region`, whose language for
/// customers is `language`.
fn shop_in(currency: &str, region: &str, language: &str) -> (tempfile::TempDir, Shop) {
    let (dir, mut shop) = shop();
    let mut s = shop.settings().clone();
    s.currency = Currency::parse(currency).unwrap();
    s.phone_region = Some(region.into());
    s.language = language.into();
    shop.update_settings(&s).unwrap();
    (dir, shop)
}

/// A customer speaking `language` who bought something for 1,234.50 on
/// 3 March 2026, with a size, an allergy, a birthday on 23 April and one
/// consent choice.
fn regular(shop: &mut Shop, name: &str, language: Option<&str>) -> CustomerId {
    let mut new = NewCustomer::new(name);
    new.language = language.map(str::to_string);
    new.email = Some("kunde@example.org".into());
    new.birthday = Some(DayMonth::parse("04-23", "birthday").unwrap());
    let c = shop.add_customer(&new).unwrap();
    for (category, value) in [
        (PreferenceCategory::Size, "Jacket 40R"),
        (PreferenceCategory::Allergy, "Nickel"),
    ] {
        shop.add_preference(c.id, &NewPreference::said(category, value))
            .unwrap();
    }
    let price = Money::new(123_450, shop.settings().currency);
    shop.add_purchase(
        c.id,
        &NewPurchase {
            at: Some(noon(d("2026-03-03"))),
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Linen jacket", 1, price)],
        },
    )
    .unwrap();
    shop.record_consent(
        c.id,
        &NewConsent {
            channel: Channel::Email,
            purpose: Purpose::Recommendations,
            state: ConsentState::Granted,
            at: Some(noon(d("2026-01-10"))),
            method: "signed form".into(),
            wording_version: Some("form-1".into()),
            note: None,
            recorded_by: None,
        },
    )
    .unwrap();
    c.id
}

fn html(shop: &Shop, id: CustomerId, variant: Variant) -> String {
    let page = shop.export_summary(&[id], variant, SummaryFormat::Html);
    String::from_utf8(page.unwrap()).unwrap()
}

/// The PDF's text by `pdftotext` (poppler-utils), with every kind of space
/// as a plain one; `None` (and why) without the fonts or `pdftotext`.
fn pdf_text(pdf: Result<Vec<u8>>) -> Option<String> {
    let pdf = match pdf {
        Ok(pdf) => pdf,
        // Only when the Noto fonts are not installed on this machine.
        Err(e) => {
            assert_eq!(e.code(), "summary", "{e}");
            eprintln!("PDF not checked: {e}");
            return None;
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("summary.pdf");
    std::fs::write(&file, pdf).unwrap();
    let Ok(out) = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
    else {
        eprintln!("PDF text not checked: pdftotext (poppler-utils) is not installed");
        return None;
    };
    assert!(out.status.success(), "pdftotext could not read the PDF");
    Some(spaces(&String::from_utf8(out.stdout).unwrap()))
}

/// No-break and narrow no-break spaces as plain spaces.
fn spaces(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

fn pdf(shop: &Shop, ids: &[CustomerId], variant: Variant) -> Option<String> {
    pdf_text(shop.export_summary(ids, variant, SummaryFormat::Pdf))
}

fn assert_has(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
}

#[test]
fn a_german_customer_reads_their_summary_in_german_with_german_dates_and_euros() {
    let (_d, mut shop) = shop_in("EUR", "DE", "en");
    let id = regular(&mut shop, "Zoë Ødegård", Some("de"));
    let page = html(&shop, id, Variant::ForCustomer);
    assert_has(
        &page,
        &[
            "<html lang=\"de-DE\">",
            "<h2>Ihre Angaben</h2>",
            "<h2>Ihre Vorlieben</h2>",
            "<h2>Was wir über Sie speichern und warum</h2>",
            "<dt>Geburtstag</dt><dd dir=\"auto\">23. April</dd>",
            "<td dir=\"auto\">3. März 2026</td>",
            "<td class=\"num\" dir=\"auto\">1.234,50\u{a0}€</td>",
            "Um zu belegen, was Sie wann erlaubt haben.",
            // The way Shopkeeper recorded the choice, in German too.
            "unterschriebenes Formular",
            "Persönliche Empfehlungen",
            "Zoë Ødegård",
        ],
    );
    assert!(!page.contains("Your preferences"), "{page}");
    if let Some(text) = pdf(&shop, &[id], Variant::ForCustomer) {
        assert_has(
            &text,
            &[
                "Zoë Ødegård",
                "Was wir über Sie speichern und warum",
                "Ihre letzten Einkäufe",
                "3. März 2026",
                "1.234,50 €",
                "Allergie",
                "Seite 1 von",
            ],
        );
    }
}

#[test]
fn a_french_customer_reads_their_summary_in_french_with_french_dates_and_euros() {
    let (_d, mut shop) = shop_in("EUR", "FR", "en");
    let id = regular(&mut shop, "O'Brien", Some("fr"));
    let page = html(&shop, id, Variant::ForCustomer);
    assert_has(
        &page,
        &[
            "<html lang=\"fr-FR\">",
            "<h2>Vos préférences</h2>",
            "<h2>Comment nous pouvons vous contacter</h2>",
            "<td dir=\"auto\">3 mars 2026</td>",
            "<td class=\"num\" dir=\"auto\">1\u{202f}234,50\u{a0}€</td>",
            "O&#39;Brien",
        ],
    );
    if let Some(text) = pdf(&shop, &[id], Variant::ForCustomer) {
        assert_has(
            &text,
            &[
                "O'Brien",
                "Ce que nous conservons à votre sujet, et pourquoi",
                "Vos achats récents",
                "3 mars 2026",
                "1 234,50 €",
                "Page 1 sur",
            ],
        );
    }
}

#[test]
fn a_swiss_shop_writes_francs_the_swiss_way_and_spanish_and_italian_their_way() {
    let (_d, mut shop) = shop_in("CHF", "CH", "en");
    let de = regular(&mut shop, "Anna", Some("de"));
    let it = regular(&mut shop, "Giulia", Some("it"));
    let es = regular(&mut shop, "Lucía", Some("es-ES"));
    let amount = |id| {
        shop.summary_doc(id, Variant::ForShop)
            .unwrap()
            .recent_purchases[0]
            .amount
            .clone()
    };
    // CLDR writes Swiss amounts with an apostrophe (U+0027) between
    // thousands; Italian, like Spanish, groups only from five digits.
    assert_eq!(amount(de), "CHF\u{a0}1'234.50");
    assert_eq!(amount(it), "CHF\u{a0}1234.50");
    assert_eq!(amount(es), "1234,50\u{a0}CHF");
    let es_doc = shop.summary_doc(es, Variant::ForCustomer).unwrap();
    assert_eq!(es_doc.language, "es-ES");
    let page = html(&shop, es, Variant::ForCustomer);
    assert_has(&page, &["3 mar 2026", "<h2>Sus preferencias</h2>"]);
    let page = html(&shop, it, Variant::ForCustomer);
    assert_has(&page, &["3 mar 2026", "<h2>Le Sue preferenze</h2>"]);
}

#[test]
fn a_language_shopkeeper_does_not_speak_falls_back_to_the_shops_then_english() {
    let (_d, mut shop) = shop_in("GBP", "GB", "fr");
    let norwegian = regular(&mut shop, "Kari Nordmann", Some("nb"));
    let nobody = regular(&mut shop, "Sam", None);
    assert_eq!(shop.document_language(Some(norwegian)).unwrap(), "fr-GB");
    assert_eq!(shop.document_language(Some(nobody)).unwrap(), "fr-GB");
    let doc = shop.summary_doc(norwegian, Variant::ForCustomer).unwrap();
    assert_eq!(doc.customer.language.as_deref(), Some("norvégien"));
    let mut s = shop.settings().clone();
    s.language = "sv".into();
    shop.update_settings(&s).unwrap();
    assert_eq!(shop.document_language(Some(norwegian)).unwrap(), "en-GB");
    // English stays as it always was.
    let doc = shop.summary_doc(norwegian, Variant::ForShop).unwrap();
    assert_eq!(doc.recent_purchases[0].amount, "£1,234.50");
    assert_eq!(doc.customer.language.as_deref(), Some("Norwegian"));
    assert_eq!(doc.customer.birthday.as_deref(), Some("23 April"));
    let doc = shop.summary_doc(norwegian, Variant::ForCustomer).unwrap();
    assert_eq!(doc.consent_ledger[0].how, "signed form");
    // The caller may choose.
    let doc = shop
        .summary_doc_in(norwegian, Variant::ForCustomer, "it-IT")
        .unwrap();
    assert_eq!(doc.language, "it-IT");
    assert_eq!(doc.data_purposes[3].kind, data_purposes("it")[3].0);
}

#[test]
fn unicode_and_right_to_left_names_survive_in_every_language() {
    let (_d, mut shop) = shop_in("EUR", "DE", "en");
    let ids = [
        regular(&mut shop, "李小龙", Some("fr")),
        regular(&mut shop, "محمد", Some("de")),
        regular(&mut shop, "Zoë Ødegård", Some("it")),
    ];
    for (id, name) in ids.iter().zip(["李小龙", "محمد", "Zoë Ødegård"]) {
        let page = html(&shop, *id, Variant::ForCustomer);
        assert!(
            page.contains(&format!("<h1 dir=\"auto\">{name}</h1>")),
            "{name}"
        );
    }
    if let Some(text) = pdf(&shop, &ids, Variant::ForShop) {
        assert_has(
            &text,
            &[
                "李小龙",
                "محمد",
                "Zoë Ødegård",
                "Récapitulatif client pour la boutique",
                "Kundenübersicht für das Geschäft",
                "Riepilogo cliente per il negozio",
            ],
        );
    }
}

#[test]
fn the_paper_form_asks_in_the_customers_language() {
    let (_d, mut shop) = shop_in("EUR", "DE", "en");
    let id = regular(&mut shop, "Zoë Ødegård", Some("de"));
    let form = shop.consent_form(Some(id)).unwrap();
    assert_eq!(form.language, "de-DE");
    assert!(form
        .about
        .contains(&("Geburtstag".into(), "23. April".into())));
    assert!(form.channels.contains(&"E-Mail".to_string()));
    assert_eq!(
        form.questions[0].text,
        "Dürfen wir Sie zu Ihren eigenen Bestellungen und Reparaturen kontaktieren?"
    );
    // A blank form is in the shop's language.
    let blank = shop.consent_form(None).unwrap();
    assert_eq!(blank.about[0].0, "Name");
    assert_eq!(blank.remember[0].0, "Sizes and fit");
    if let Some(text) = pdf_text(shop.consent_form_pdf(Some(id))) {
        assert_has(
            &text,
            &[
                "Ihre Vorlieben und Entscheidungen",
                "Dürfen wir Sie kontaktieren?",
                "Datum und Unterschrift",
                "Ja",
                "Nein",
                "Zoë Ødegård",
            ],
        );
    }
}

#[test]
fn how_often_and_by_which_way_are_said_in_the_customers_language() {
    let (_d, mut shop) = shop_in("EUR", "DE", "en");
    let id = regular(&mut shop, "Zoë Ødegård", Some("de"));
    let doc = shop.summary_doc(id, Variant::ForShop).unwrap();
    assert_eq!(
        doc.contact.frequency.as_deref(),
        Some("Höchstens eine Nachricht im Monat (die übliche Regel des Geschäfts)")
    );
    shop.set_contact_frequency(
        id,
        &ContactFrequency {
            max_contacts: 2,
            period_days: 21,
            preferred_channel: Some(Channel::Sms),
            preferred_days: vec![chrono::Weekday::Mon, chrono::Weekday::Sat],
            preferred_times: Some("vormittags".into()),
            quiet_until: None,
            topics: vec!["Kaffee".into()],
        },
    )
    .unwrap();
    let doc = shop.summary_doc(id, Variant::ForCustomer).unwrap();
    assert_eq!(
        doc.contact.frequency.as_deref(),
        Some("Höchstens zwei Nachrichten alle 3 Wochen, am liebsten Mo., Sa.; zu Kaffee")
    );
    assert_eq!(
        doc.contact.preferred_channel.as_deref(),
        Some("SMS, vormittags")
    );
    let doc = shop.summary_doc_in(id, Variant::ForCustomer, "en").unwrap();
    assert_eq!(
        doc.contact.frequency.as_deref(),
        Some("At most two messages every 3 weeks, preferably on Mon, Sat; about Kaffee")
    );
}
