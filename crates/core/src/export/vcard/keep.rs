//! The shop's rules applied card by card: a value the shop would refuse
//! (an email that is no address, a phone with letters, the 51st tag, a
//! name of 300 characters) is left out or shortened and noted, instead of
//! refusing the card or the file. A card left with no name is named after
//! its email or phone; one with none of the three is skipped.

use std::collections::HashSet;

use super::fields::{excerpt, CardRead};
use super::report::{VcardField, VcardNote};
use crate::customer::{validate_email, MAX_ITEMS};
use crate::phone::Phone;
use crate::text::{MAX_NOTE_CHARS, MAX_SHORT_CHARS};

/// How many values of one field are named in notes when not valid; the
/// rest are counted.
const NAMED_NOT_VALID: usize = 5;

/// Makes the card fit the shop's rules, noting what it changes. False
/// when the card is to be skipped (no name, email or phone).
pub(crate) fn fit(card: &mut CardRead, region: Option<&str>) -> bool {
    let notes = &mut card.notes;
    let e = &mut card.edit;
    e.display_name = shorten(&e.display_name, MAX_SHORT_CHARS, VcardField::Name, notes);
    e.given_name = e
        .given_name
        .take()
        .map(|v| shorten(&v, MAX_SHORT_CHARS, VcardField::GivenName, notes));
    e.family_name = e
        .family_name
        .take()
        .map(|v| shorten(&v, MAX_SHORT_CHARS, VcardField::FamilyName, notes));
    e.language = e
        .language
        .take()
        .map(|v| shorten(&v, MAX_SHORT_CHARS, VcardField::Language, notes));
    e.address = e
        .address
        .take()
        .map(|v| shorten(&v, MAX_NOTE_CHARS, VcardField::Address, notes));
    e.notes = e
        .notes
        .take()
        .map(|v| shorten(&v, MAX_NOTE_CHARS, VcardField::Notes, notes));
    let emails = std::mem::take(&mut e.emails);
    e.emails = list(emails, VcardField::Email, notes, |v| {
        validate_email(v).is_ok()
    });
    let phones = std::mem::take(&mut e.phones);
    e.phones = list(phones, VcardField::Phone, notes, |v| {
        Phone::parse(v, region).is_ok()
    });
    let tags = std::mem::take(&mut e.tags);
    e.tags = list(tags, VcardField::Tag, notes, |_| true);
    if e.display_name.is_empty() {
        let (name, after) = match (e.emails.first(), e.phones.first()) {
            (Some(email), _) => (email.clone(), VcardField::Email),
            (None, Some(phone)) => (phone.clone(), VcardField::Phone),
            (None, None) => {
                notes.push(VcardNote::NoNameEmailOrPhone);
                return false;
            }
        };
        e.display_name = name;
        notes.push(VcardNote::NamedAfter(after));
    }
    true
}

/// `text` trimmed, and cut to `max` characters (noted) when longer.
fn shorten(text: &str, max: usize, field: VcardField, notes: &mut Vec<VcardNote>) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((i, _)) => {
            notes.push(VcardNote::Shortened(field));
            text[..i].trim_end().to_string()
        }
        None => text.to_string(),
    }
}

/// The values trimmed, blanks and repeats (any letter case) dropped, those
/// `valid` refuses or longer than a short text left out, at most
/// [`MAX_ITEMS`] kept. Each value is checked once at most, and none after
/// the limit is reached.
fn list(
    items: Vec<String>,
    field: VcardField,
    notes: &mut Vec<VcardNote>,
    valid: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    // Values past what the card's reading held are counted in with these.
    let held_back = notes
        .iter()
        .position(|n| matches!(n, VcardNote::TooMany(f, _) if *f == field));
    let mut left_out = match held_back.map(|i| notes.remove(i)) {
        Some(VcardNote::TooMany(_, n)) => n,
        _ => 0,
    };
    let mut named = 0;
    for item in &items {
        let item = item.trim();
        if item.is_empty() || !seen.insert(item.to_lowercase()) {
            continue;
        }
        if out.len() == MAX_ITEMS {
            left_out += 1;
        } else if item.chars().nth(MAX_SHORT_CHARS).is_some() || !valid(item) {
            if named < NAMED_NOT_VALID {
                notes.push(VcardNote::NotValid(field, excerpt(item)));
                named += 1;
            } else {
                left_out += 1;
            }
        } else {
            out.push(item.to_string());
        }
    }
    if left_out > 0 {
        notes.push(VcardNote::TooMany(field, left_out));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CustomerEdit;

    fn card(edit: CustomerEdit) -> CardRead {
        CardRead {
            line: 1,
            edit,
            notes: Vec::new(),
        }
    }

    #[test]
    fn values_the_shop_refuses_are_left_out_and_noted() {
        let mut c = card(CustomerEdit {
            display_name: "x".repeat(250),
            emails: vec![
                "not-an-email".into(),
                "A@b.example".into(),
                "a@B.example".into(),
            ],
            phones: vec!["call me".into(), "+44 20 7946 0958".into()],
            tags: (0..60).map(|i| format!("t{i}")).collect(),
            ..CustomerEdit::default()
        });
        assert!(fit(&mut c, Some("GB")));
        assert_eq!(c.edit.display_name.chars().count(), 200);
        assert_eq!(c.edit.emails, vec!["A@b.example"]);
        assert_eq!(c.edit.phones, vec!["+44 20 7946 0958"]);
        assert_eq!(c.edit.tags.len(), 50);
        let notes: Vec<String> = c.notes.iter().map(ToString::to_string).collect();
        assert_eq!(
            notes,
            vec![
                "name shortened: too long",
                "email \"not-an-email\" not kept: not valid",
                "phone \"call me\" not kept: not valid",
                "10 more tag values not kept",
            ]
        );
    }

    #[test]
    fn a_card_without_name_is_named_after_its_email_or_phone_or_skipped() {
        let mut c = card(CustomerEdit {
            phones: vec!["020 7946 0958".into()],
            ..CustomerEdit::default()
        });
        assert!(fit(&mut c, Some("GB")));
        assert_eq!(c.edit.display_name, "020 7946 0958");
        assert_eq!(c.notes, vec![VcardNote::NamedAfter(VcardField::Phone)]);
        let mut c = card(CustomerEdit {
            emails: vec!["nope".into()],
            ..CustomerEdit::default()
        });
        assert!(!fit(&mut c, None));
        assert_eq!(c.notes.last(), Some(&VcardNote::NoNameEmailOrPhone));
    }
}
