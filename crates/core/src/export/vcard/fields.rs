//! What the shop keeps of a card: the name (`FN`, else built from `N`, else
//! the company in `ORG`), emails, phones, one postal address (`ADR`
//! components joined, else `LABEL`), birthday, language, notes and
//! `CATEGORIES` as tags. Everything else is named in the card's notes.

use std::collections::HashSet;

use super::dialect::Property;
use super::report::{VcardField, VcardNote};
use super::text;
use crate::text::MAX_NOTE_CHARS;
use crate::{CustomerEdit, DayMonth};

/// Properties that carry nothing about the customer (versions, ids,
/// revision stamps, Apple's labels of grouped fields): ignored silently.
const BOOKKEEPING: &[&str] = &[
    "VERSION",
    "PRODID",
    "REV",
    "UID",
    "KIND",
    "NAME",
    "PROFILE",
    "SOURCE",
    "CLIENTPIDMAP",
    "SORT-STRING",
    "X-ABLABEL",
    "X-ABADR",
    "X-ABSHOWAS",
    "X-ABUID",
];

/// Google's group of every contact, written as a category on each.
const GOOGLE_ALL_CONTACTS: &str = "myContacts";

/// The most emails, phones or tags of one card held for the shop's checks
/// (which keep 50); the rest are only counted. So is the number of
/// different fields not kept that are told apart.
const HELD: usize = 1000;

/// A card read into a customer, before the shop's checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CardRead {
    /// The line it starts on.
    pub line: usize,
    /// The customer it makes; `display_name` may still be empty.
    pub edit: CustomerEdit,
    /// What was left out so far.
    pub notes: Vec<VcardNote>,
}

/// A card being read, property by property; holds what the shop keeps and
/// counts the rest, so a hostile card costs no more than a few values.
#[derive(Default)]
pub(crate) struct Reading {
    line: usize,
    full_name: Option<String>,
    n: Option<Vec<String>>,
    org: Option<String>,
    emails: Vec<(bool, String)>,
    phones: Vec<(bool, String)>,
    tags: Vec<String>,
    /// Emails, phones and tags past [`HELD`], counted.
    over: [usize; 3],
    address: Option<String>,
    more_addresses: usize,
    label: Option<String>,
    birthday_seen: bool,
    edit: CustomerEdit,
    notes: Vec<String>,
    notes_len: usize,
    photo: bool,
    not_kept: Vec<String>,
    seen: HashSet<String>,
    unreadable: Vec<usize>,
    unreadable_count: usize,
    out: Vec<VcardNote>,
}

/// Pushes `value` unless `list` holds [`HELD`] already; then counts it.
fn hold<T>(list: &mut Vec<T>, over: &mut usize, value: T) {
    if list.len() < HELD {
        list.push(value);
    } else {
        *over += 1;
    }
}

/// Some text of a card for a note: at most 40 characters.
pub(crate) fn excerpt(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

fn non_empty(text: String) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

impl Reading {
    /// A card starting on `line`.
    pub(crate) fn new(line: usize) -> Reading {
        Reading {
            line,
            ..Reading::default()
        }
    }

    /// Notes a line of the card that is no property.
    pub(crate) fn unreadable(&mut self, line: usize) {
        self.unreadable_count += 1;
        if self.unreadable.len() < VcardNote::NAMES_SHOWN {
            self.unreadable.push(line);
        }
    }

    /// Reads one property of the card.
    pub(crate) fn take(&mut self, p: &Property) {
        let text = || text::unescape(&p.value);
        match p.name.as_str() {
            "PHOTO" | "LOGO" => self.photo = true,
            _ if p.binary => self.not_kept(&p.name),
            "FN" if self.full_name.is_none() => self.full_name = non_empty(text()),
            "N" if self.n.is_none() => self.n = Some(text::split(&p.value, ';')),
            "ORG" if self.org.is_none() => {
                let org = text::split(&p.value, ';').into_iter().next();
                self.org = org.and_then(non_empty);
            }
            "EMAIL" => {
                let v = text();
                let v = v.trim();
                let v = match v.get(..7) {
                    Some(m) if m.eq_ignore_ascii_case("mailto:") => &v[7..],
                    _ => v,
                };
                hold(
                    &mut self.emails,
                    &mut self.over[0],
                    (p.preferred(), v.to_string()),
                );
            }
            "TEL" => {
                let v = text().replace(char::is_whitespace, " ");
                let v = match v.trim().get(..4) {
                    Some(t) if t.eq_ignore_ascii_case("tel:") => v.trim()[4..].to_string(),
                    _ => v,
                };
                let number = v.split(";ext=").next().unwrap_or_default().trim();
                let phone = (p.preferred(), number.to_string());
                hold(&mut self.phones, &mut self.over[1], phone);
            }
            "ADR" => {
                let parts: Vec<String> = text::split(&p.value, ';')
                    .into_iter()
                    .filter_map(non_empty)
                    .collect();
                match (parts.is_empty(), &self.address) {
                    (true, _) => {}
                    (false, None) => self.address = Some(parts.join(", ")),
                    (false, Some(_)) => self.more_addresses += 1,
                }
            }
            "LABEL" if self.label.is_none() => self.label = non_empty(text()),
            "BDAY" if !self.birthday_seen => {
                self.birthday_seen = true;
                self.edit.birthday = birthday(&p.value, p.param("X-APPLE-OMIT-YEAR"));
                if self.edit.birthday.is_none() {
                    self.out
                        .push(VcardNote::BirthdayNotRead(excerpt(p.value.trim())));
                }
            }
            "LANG" if self.edit.language.is_none() => self.edit.language = non_empty(text()),
            // Past the longest note the shop keeps, notes are not held
            // (keep.rs shortens and says so).
            "NOTE" if self.notes_len <= MAX_NOTE_CHARS * 4 => {
                if let Some(note) = non_empty(text()) {
                    self.notes_len += note.len();
                    self.notes.push(note);
                }
            }
            "CATEGORIES" => {
                for tag in text::split(&p.value, ',') {
                    if tag.trim() != GOOGLE_ALL_CONTACTS {
                        hold(&mut self.tags, &mut self.over[2], tag);
                    }
                }
            }
            "FN" | "N" | "ORG" | "LABEL" | "BDAY" | "LANG" | "NOTE" => {}
            name if BOOKKEEPING.contains(&name) => {}
            name => self.not_kept(name),
        }
    }

    fn not_kept(&mut self, name: &str) {
        if self.seen.len() < HELD
            && self.seen.insert(name.to_string())
            && self.not_kept.len() < VcardNote::NAMES_SHOWN
        {
            // A name may be long: shown shortened.
            self.not_kept.push(excerpt(name));
        }
    }

    /// The customer the card makes, and what it left out so far.
    pub(crate) fn finish(mut self, no_end: bool) -> CardRead {
        let mut notes = Vec::new();
        if self.unreadable_count > 0 {
            notes.push(VcardNote::LinesNotRead {
                lines: std::mem::take(&mut self.unreadable),
                count: self.unreadable_count,
            });
        }
        if no_end {
            notes.push(VcardNote::NoEnd);
        }
        let part = |i: usize| {
            let n = self.n.as_deref().unwrap_or_default();
            n.get(i)
                .map(|s| s.replace(',', " ").trim().to_string())
                .unwrap_or_default()
        };
        let (family, given, middle) = (part(0), part(1), part(2));
        let from_n = if is_cjk(&family) && is_cjk(&given) {
            format!("{family}{given}")
        } else {
            [given.as_str(), middle.as_str(), family.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let display = self
            .full_name
            .take()
            .or_else(|| non_empty(from_n))
            .or_else(|| self.org.clone())
            .unwrap_or_default();
        if self.org.as_ref().is_some_and(|org| *org != display) {
            self.not_kept("ORG");
        }
        let mut edit = self.edit;
        edit.family_name = Some(family).filter(|f| !f.is_empty() && *f != display);
        edit.given_name = Some(given).filter(|g| !g.is_empty());
        edit.display_name = display;
        // The preferred email and phone first: the shop's first is primary.
        self.emails.sort_by_key(|(pref, _)| !pref);
        self.phones.sort_by_key(|(pref, _)| !pref);
        edit.emails = self.emails.into_iter().map(|(_, e)| e).collect();
        edit.phones = self.phones.into_iter().map(|(_, p)| p).collect();
        edit.tags = self.tags;
        if self.more_addresses > 0 {
            self.out
                .insert(0, VcardNote::MoreAddresses(self.more_addresses));
        }
        edit.address = self.address.or(self.label);
        edit.notes = (!self.notes.is_empty()).then(|| self.notes.join("\n"));
        if !self.seen.is_empty() {
            self.out.insert(
                0,
                VcardNote::FieldsNotKept {
                    names: self.not_kept,
                    count: self.seen.len(),
                },
            );
        }
        if self.photo {
            notes.push(VcardNote::PhotoNotKept);
        }
        notes.append(&mut self.out);
        let fields = [VcardField::Email, VcardField::Phone, VcardField::Tag];
        for (field, over) in fields.into_iter().zip(self.over) {
            if over > 0 {
                notes.push(VcardNote::TooMany(field, over));
            }
        }
        CardRead {
            line: self.line,
            edit,
            notes,
        }
    }
}

/// Written without a space between family and given name (Chinese,
/// Japanese, Korean).
fn is_cjk(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| {
            matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
        })
}

/// `YYYYMMDD`, `YYYY-MM-DD`, `--MMDD` or `--MM-DD`, with or without a time
/// after `T`; a year equal to Apple's `X-APPLE-OMIT-YEAR` is no year.
pub(crate) fn birthday(value: &str, omit_year: Option<&str>) -> Option<DayMonth> {
    let v = value.trim();
    let v = v.split(['T', 't']).next().unwrap_or_default();
    let (year, rest) = match v.strip_prefix("--") {
        Some(rest) => (None, rest.replace('-', "")),
        None => {
            let digits = v.replace('-', "");
            // Digits only before slicing by byte: a multi-byte character
            // across byte 4 must be refused, not split.
            if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let year: i32 = digits[..4].parse().ok()?;
            let omitted = omit_year.and_then(|y| y.trim().parse::<i32>().ok()) == Some(year);
            ((!omitted).then_some(year), digits[4..].to_string())
        }
    };
    if rest.len() != 4 || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d = DayMonth {
        month: rest[..2].parse().ok()?,
        day: rest[2..].parse().ok()?,
        year,
    };
    DayMonth::parse(&d.to_string(), "birthday").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birthdays_in_every_form_address_books_write() {
        let b = |v: &str| birthday(v, None).map(|d| d.to_string());
        for v in [
            "19850412",
            "1985-04-12",
            "1985-04-12T00:00:00Z",
            "19850412T000000",
        ] {
            assert_eq!(b(v).as_deref(), Some("1985-04-12"), "{v}");
        }
        assert_eq!(b("--0229").as_deref(), Some("02-29"));
        assert_eq!(b("--04-12").as_deref(), Some("04-12"));
        assert_eq!(
            birthday("1604-04-12", Some("1604"))
                .map(|d| d.to_string())
                .as_deref(),
            Some("04-12")
        );
        for v in ["1980-13-01", "soon", "198004231", "---12", "19é0423"] {
            assert_eq!(b(v), None, "{v}");
        }
    }

    #[test]
    fn cjk_names_from_n_have_no_space() {
        assert!(is_cjk("李") && is_cjk("小龙") && is_cjk("김"));
        assert!(!is_cjk("O'Brien") && !is_cjk(""));
    }
}
