//! Customer view: the owner's PIN, the customer's own changes (touching only
//! them), the owner's summary, the paper form and copying it back.

use std::path::Path;

use shopkeeper_core::customer_view::{CONSENT_FORM_VERSION, CUSTOMER_IN_SHOP, SIGNED_FORM};
use shopkeeper_core::owner_pin::{hash_pin, verify_pin};
use shopkeeper_core::*;

use super::{customer, shop, PASSPHRASE};

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

#[test]
fn a_pin_is_kept_only_as_an_argon2id_hash_and_needs_the_passphrase() {
    let (dir, mut shop) = shop();
    let path = dir.path().join("shop.vault");
    assert!(!shop.has_owner_pin().unwrap());
    assert!(!shop.verify_owner_pin(&secret("2580")).unwrap());

    let err = shop
        .set_owner_pin(&path, &secret("not the passphrase"), &secret("2580"))
        .unwrap_err();
    assert_eq!(err.code(), "wrong-passphrase");
    assert!(!shop.has_owner_pin().unwrap());
    let err = shop
        .set_owner_pin(&path, &secret(PASSPHRASE), &secret("12ab"))
        .unwrap_err();
    assert_eq!(err.field(), Some("pin"));

    shop.set_owner_pin(&path, &secret(PASSPHRASE), &secret("2580"))
        .unwrap();
    assert!(shop.has_owner_pin().unwrap());
    assert!(shop.verify_owner_pin(&secret("2580")).unwrap());
    assert!(!shop.verify_owner_pin(&secret("2581")).unwrap());
    assert!(!shop.verify_owner_pin(&secret("")).unwrap());

    // Only the PHC string is stored: no digits of the PIN in the clear.
    let raw = super::raw(&path);
    let stored: String = raw
        .query_row(
            "SELECT value FROM setting WHERE key = 'owner_pin'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(stored.starts_with("$argon2id$v=19$"), "{stored}");
    assert!(!stored.contains("2580"));

    shop.clear_owner_pin(&path, &secret(PASSPHRASE)).unwrap();
    assert!(!shop.verify_owner_pin(&secret("2580")).unwrap());
}

#[test]
fn pin_hashes_are_salted_and_take_a_noticeable_moment() {
    let pin = secret("123456789012");
    let start = std::time::Instant::now();
    let a = hash_pin(&pin).unwrap();
    let took = start.elapsed();
    let b = hash_pin(&pin).unwrap();
    assert_ne!(a, b, "a fresh salt each time");
    assert!(verify_pin(&a, &pin) && verify_pin(&b, &pin));
    assert!(!verify_pin(&a, &secret("123456789013")));
    assert!(!verify_pin("not a hash", &pin));
    assert!(took.as_millis() >= 20, "hashing took only {took:?}");
}

#[test]
fn the_customer_changes_only_themselves_and_the_owner_gets_a_summary() {
    let (_d, mut shop) = shop();
    let zoe = customer(&mut shop, "Zoë Ødegård", Some("zoe@example.no"), None);
    let other = customer(&mut shop, "李小龙", None, None);
    let theirs = shop
        .add_preference(
            other.id,
            &NewPreference::said(PreferenceCategory::Taste, "oolong"),
        )
        .unwrap();

    let mut session = CustomerSession::new(zoe.id);
    assert_eq!(
        session.summary().headline,
        "No changes made by the customer"
    );

    let entry = shop
        .self_set_consent(
            &mut session,
            Channel::Email,
            Purpose::Recommendations,
            ConsentState::Granted,
        )
        .unwrap()
        .unwrap();
    assert_eq!(entry.method, CUSTOMER_IN_SHOP);
    // Zoë has no language: she was asked in English, version 1.
    assert_eq!(
        (entry.wording_version.as_deref(), entry.language.as_deref()),
        (Some("1"), Some("en"))
    );
    // Saying it again records nothing.
    assert!(shop
        .self_set_consent(
            &mut session,
            Channel::Email,
            Purpose::Recommendations,
            ConsentState::Granted
        )
        .unwrap()
        .is_none());
    assert_eq!(
        shop.self_set_consent(
            &mut session,
            Channel::Sms,
            Purpose::Service,
            ConsentState::NotAsked
        )
        .unwrap_err()
        .field(),
        Some("state")
    );

    let pref = shop
        .self_add_preference(&mut session, PreferenceCategory::Dislike, "goat cheese")
        .unwrap();
    assert_eq!(pref.source, PreferenceSource::Said);

    // Someone else's preference is out of reach, as if it did not exist.
    let err = shop
        .self_remove_preference(&mut session, theirs.id)
        .unwrap_err();
    assert_eq!(err.code(), "not-found");
    assert_eq!(shop.preferences(other.id).unwrap().len(), 1);

    let edit = SelfEdit {
        emails: vec!["zoe@example.no".into()],
        phones: vec!["+47 22 33 44 55".into()],
        address: Some("Storgata 1, Oslo".into()),
        ..SelfEdit::default()
    };
    shop.self_update_details(&mut session, &edit).unwrap();
    // The same details again: no change.
    shop.self_update_details(&mut session, &edit).unwrap();
    assert_eq!(shop.customer(zoe.id).unwrap().display_name, "Zoë Ødegård");

    let summary = session.summary();
    assert_eq!(summary.headline, "3 changes made by the customer");
    assert_eq!(
        summary.lines,
        vec![
            "Personal recommendations by email: yes".to_string(),
            "Added \"goat cheese\" (dislikes)".to_string(),
            "Updated their phone, address".to_string(),
        ]
    );

    let summary = shop.finish_customer_session(&session).unwrap();
    let log = shop.contacts(zoe.id, 5).unwrap();
    assert_eq!(log.len(), 1);
    assert!(log[0].channel.is_none(), "noted as in person");
    assert!(log[0].summary.contains(&summary.headline));
    assert!(shop.contacts(other.id, 5).unwrap().is_empty());
    assert!(shop.consent_history(other.id).unwrap().is_empty());
}

#[test]
fn a_signed_form_is_copied_into_the_ledger_with_its_version() {
    let (dir, mut shop) = shop();
    let c = customer(&mut shop, "O'Brien", Some("ob@example.ie"), None);
    let signed = chrono::Local::now().date_naive() - chrono::Days::new(3);
    let entries = shop
        .record_signed_form(
            c.id,
            &SignedForm {
                choices: vec![
                    (Channel::Post, Purpose::Occasions, ConsentState::Granted),
                    (Channel::Email, Purpose::Promotions, ConsentState::Refused),
                ],
                signed_on: Some(signed),
                note: Some("form kept in the folder".into()),
            },
        )
        .unwrap();
    assert_eq!(entries.len(), 2);
    let ledger = shop.consent_history(c.id).unwrap();
    assert!(ledger.iter().all(|e| e.method == SIGNED_FORM
        && e.wording_version.as_deref() == Some(CONSENT_FORM_VERSION)
        && e.at.date_naive() == signed));

    let tomorrow = chrono::Local::now().date_naive() + chrono::Days::new(2);
    let err = shop
        .record_signed_form(
            c.id,
            &SignedForm {
                choices: vec![(Channel::Post, Purpose::Occasions, ConsentState::Refused)],
                signed_on: Some(tomorrow),
                note: None,
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("signed_on"));
    assert_eq!(
        shop.record_signed_form(c.id, &SignedForm::default())
            .unwrap_err()
            .field(),
        Some("choices")
    );

    // The form, pre-filled: their details, likes and the choices already made.
    let mut edit = shop.customer(c.id).unwrap().edit();
    edit.address = Some("12 Harbour Road\nCork".into());
    edit.birthday = Some(DayMonth::parse("04-23", "birthday").unwrap());
    shop.update_customer(c.id, &edit).unwrap();
    for (category, value) in [
        (PreferenceCategory::Size, "Shoes 42"),
        (PreferenceCategory::Taste, "Aged Comté"),
        (PreferenceCategory::Taste, "Rioja"),
        (PreferenceCategory::Dislike, "Goat cheese"),
    ] {
        shop.add_preference(c.id, &NewPreference::said(category, value))
            .unwrap();
    }
    let form = shop.consent_form(Some(c.id)).unwrap();
    assert!(form
        .about
        .contains(&("Address".into(), "12 Harbour Road, Cork".into())));
    assert!(form.about.contains(&("Birthday".into(), "23 April".into())));
    let likes = &form
        .remember
        .iter()
        .find(|(l, _)| l == "What you like")
        .unwrap()
        .1;
    assert!(
        likes.contains("Aged Comté") && likes.contains("Rioja"),
        "{likes}"
    );
    let post = form.channels.iter().position(|c| c == "Post").unwrap();
    assert_eq!(form.questions[3].answers[post], Some(true));
    assert_eq!(form.customer_name.as_deref(), Some("O'Brien"));
    assert!(form.about.iter().any(|(_, v)| v == "ob@example.ie"));
    assert_eq!(form.version, CONSENT_FORM_VERSION);
    let blank = shop.consent_form(None).unwrap();
    assert!(blank.about.iter().all(|(_, v)| v.is_empty()));
    assert!(blank
        .questions
        .iter()
        .all(|q| q.answers.iter().all(Option::is_none)));

    let pdf = dir.path().join("form.pdf");
    match shop.save_consent_form(Some(c.id), &pdf) {
        Ok(()) => {
            let bytes = std::fs::read(&pdf).unwrap();
            assert!(bytes.starts_with(b"%PDF"));
            assert_eq!(pages(&pdf), 1, "the form fits on one page");
        }
        // Without the Noto fonts no PDF can be made; the message says so.
        Err(e) => assert_eq!(e.code(), "summary"),
    }
}

/// The page count from the PDF's page tree ("/Count N").
fn pages(path: &Path) -> usize {
    let bytes = std::fs::read(path).unwrap();
    let s = String::from_utf8_lossy(&bytes);
    s.match_indices("/Count ")
        .filter_map(|(i, m)| {
            let digits: String = s[i + m.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .max()
        .expect("a page tree")
}

#[test]
fn a_german_customer_is_asked_the_shops_german_words_and_the_ledger_says_so() {
    let (_dir, mut shop) = shop();
    let mut new = NewCustomer::new("Jürgen Ødegård");
    new.language = Some("de-CH".into());
    let jurgen = shop.add_customer(&new).unwrap();
    shop.set_consent_wording(
        Purpose::Recommendations,
        "de",
        "Dürfen wir Ihnen schreiben, wenn neuer Bergkäse kommt?",
    )
    .unwrap();

    let mut session = CustomerSession::new(jurgen.id);
    let asked = shop.customer_view_questions(&session).unwrap();
    assert_eq!(asked.len(), Purpose::ALL.len());
    assert!(asked.iter().all(|q| q.language == "de"));
    let recommendations = asked
        .iter()
        .find(|q| q.purpose == Purpose::Recommendations)
        .unwrap();
    assert_eq!(
        (
            recommendations.text.as_str(),
            recommendations.version.as_str()
        ),
        (
            "Dürfen wir Ihnen schreiben, wenn neuer Bergkäse kommt?",
            "2"
        )
    );

    let entry = shop
        .self_set_consent(
            &mut session,
            Channel::Email,
            Purpose::Recommendations,
            ConsentState::Granted,
        )
        .unwrap()
        .unwrap();
    assert_eq!(
        (entry.wording_version.as_deref(), entry.language.as_deref()),
        (Some("2"), Some("de"))
    );
    let ledger = shop.consent_history(jurgen.id).unwrap();
    assert_eq!(ledger.last().unwrap().language.as_deref(), Some("de"));
    // What the owner records by hand has no language of its own.
    shop.record_consent(
        jurgen.id,
        &NewConsent {
            channel: Channel::Post,
            purpose: Purpose::Service,
            state: ConsentState::Granted,
            at: None,
            method: "in person".into(),
            wording_version: Some("v1".into()),
            note: None,
            recorded_by: None,
        },
    )
    .unwrap();
    assert_eq!(
        shop.consent_history(jurgen.id)
            .unwrap()
            .last()
            .unwrap()
            .language,
        None
    );
}
