//! vCard export and import: folding, escaping, Unicode, duplicates, damage.

use shopkeeper_core::{DuplicatePolicy, NewCustomer, VcardMatch};

use super::{customer, shop};

#[test]
fn exported_cards_are_folded_escaped_and_read_back() {
    let (_d, mut s) = shop();
    let mut zoe = NewCustomer::new("Zoë Ødegård");
    zoe.email = Some("zoe@example.no".into());
    zoe.notes = Some(format!(
        "Likes; aged, hard cheese \\ {}",
        "and a long note ".repeat(10)
    ));
    zoe.tags = vec!["regular".into(), "wine, red".into()];
    let zoe = s.add_customer(&zoe).unwrap();
    let li = customer(&mut s, "李小龙", None, Some("020 7946 0958"));
    let ob = customer(&mut s, "Seán O'Brien", Some("sean@example.ie"), None);
    let text = s.export_vcards(&[zoe.id, li.id, ob.id]).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD\r\n").count(), 3);
    assert!(text.contains("VERSION:4.0\r\n"));
    assert!(text.contains("FN:李小龙\r\n"));
    assert!(text.contains("FN:Seán O'Brien\r\n"));
    assert!(text.contains("TEL;VALUE=uri;PREF=1:tel:+442079460958\r\n"));
    assert!(text.contains("CATEGORIES:regular,wine\\, red\r\n"));
    assert!(text.contains("NOTE:Likes\\; aged\\, hard cheese \\\\ and"));
    assert!(text.contains("\r\n "), "the long note is folded");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }

    let (_d2, mut other) = shop();
    let report = other
        .import_vcards(&text, DuplicatePolicy::Skip, false)
        .unwrap();
    assert_eq!(report.added, vec!["Zoë Ødegård", "李小龙", "Seán O'Brien"]);
    let back = other.find_customer("zoe@example.no").unwrap();
    assert_eq!(back.notes, s.customer(zoe.id).unwrap().notes);
    assert_eq!(back.tags, vec!["regular", "wine, red"]);
    assert_eq!(
        other
            .find_customer("+44 20 7946 0958")
            .unwrap()
            .display_name,
        "李小龙"
    );
}

const CARDS: &str = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Schmidt\r\nEMAIL:ANNA@example.de\r\nNOTE:new note\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Grace;;;\r\nTEL;TYPE=cell:+44 20 7946 0000\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Tom Berg\r\nBDAY:19800423\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:New Person\r\nEMAIL:new@example.com\r\nEND:VCARD\r\n";

fn shop_with_existing() -> (tempfile::TempDir, shopkeeper_core::Shop) {
    let (d, mut s) = shop();
    customer(&mut s, "Anna S.", Some("anna@example.de"), None);
    customer(&mut s, "Mrs Okafor", None, Some("020 7946 0000"));
    let mut tom = NewCustomer::new("Tom Berg");
    tom.birthday = Some(shopkeeper_core::DayMonth::parse("1980-04-23", "birthday").unwrap());
    s.add_customer(&tom).unwrap();
    (d, s)
}

#[test]
fn duplicates_are_found_by_email_then_phone_then_name_and_birthday() {
    let (_d, mut s) = shop_with_existing();
    let dry = s.import_vcards(CARDS, DuplicatePolicy::Skip, true).unwrap();
    assert!(dry.dry_run);
    assert_eq!(dry.added, vec!["New Person"]);
    let how: Vec<VcardMatch> = dry.duplicates.iter().map(|d| d.matched_by).collect();
    assert_eq!(
        how,
        vec![
            VcardMatch::Email,
            VcardMatch::Phone,
            VcardMatch::NameAndBirthday
        ]
    );
    assert_eq!(dry.duplicates[0].existing_name, "Anna S.");
    assert_eq!(dry.duplicates[1].line, 7);
    assert_eq!(
        s.list_customers().unwrap().len(),
        3,
        "a dry run writes nothing"
    );

    let skipped = s
        .import_vcards(CARDS, DuplicatePolicy::Skip, false)
        .unwrap();
    assert_eq!(skipped.duplicates.len(), 3);
    assert!(skipped.duplicates.iter().all(|d| !d.merged));
    assert_eq!(s.list_customers().unwrap().len(), 4);
    assert_eq!(s.find_customer("anna@example.de").unwrap().notes, None);

    let again = s
        .import_vcards(CARDS, DuplicatePolicy::Merge, false)
        .unwrap();
    assert!(again.added.is_empty(), "New Person now matches too");
    assert!(again.duplicates.iter().all(|d| d.merged));
    let anna = s.find_customer("anna@example.de").unwrap();
    assert_eq!(
        anna.display_name, "Anna S.",
        "existing fields are not replaced"
    );
    assert_eq!(
        anna.notes.as_deref(),
        Some("new note"),
        "empty fields are filled"
    );
    let grace = s.find_customer("Mrs Okafor").unwrap();
    assert_eq!(grace.given_name.as_deref(), Some("Grace"));
}

/// Issue 18: a damaged card no longer refuses the file. It is read as far
/// as it goes and what was lost is reported with it; only a file without
/// any card is refused, and then nothing is written.
#[test]
fn a_damaged_card_is_read_as_far_as_it_goes_and_only_a_file_without_cards_is_refused() {
    let cases = [
        ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ok\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN Broken\r\nTEL:020 7946 0958\r\nEND:VCARD\r\n",
         vec!["Ok", "020 7946 0958"], "card 2 line 5: line 7 not read: not a field; no name: named after its phone"),
        ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ok\r\n", vec!["Ok"], "card 1 line 1: no END:VCARD: read up to the next card"),
        ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Old\r\nEND:VCARD\r\n", vec!["Old"], ""),
        ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nBDAY:yesterday\r\nEND:VCARD\r\n", vec!["X"], "card 1 line 1: birthday \"yesterday\" not read: not a date"),
        ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nEMAIL:not-an-email\r\nEND:VCARD\r\n", vec!["X"], "card 1 line 1: email \"not-an-email\" not kept: not valid"),
        ("BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:not-an-email\r\nEND:VCARD\r\n", vec![], "card 1 line 1: email \"not-an-email\" not kept: not valid; no name, email or phone: card skipped"),
    ];
    for (text, added, said) in cases {
        let (_d, mut s) = shop();
        let report = s.import_vcards(text, DuplicatePolicy::Skip, false).unwrap();
        assert_eq!(report.added, added, "{text}");
        let notes: Vec<String> = report
            .cards
            .iter()
            .map(|c| {
                let notes: Vec<String> = c.notes.iter().map(ToString::to_string).collect();
                format!("card {} line {}: {}", c.position, c.line, notes.join("; "))
            })
            .collect();
        assert_eq!(notes.join(" | "), said, "{text}");
        assert_eq!(s.list_customers().unwrap().len(), added.len());
    }
    for text in [
        "FN:Loose\r\n",
        "",
        "\u{feff}",
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    ] {
        let (_d, mut s) = shop();
        let err = s
            .import_vcards(text, DuplicatePolicy::Skip, false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("holds no vCards"), "{err}");
        assert!(err.contains("Nothing was imported"), "{err}");
        assert!(s.list_customers().unwrap().is_empty());
    }
}
