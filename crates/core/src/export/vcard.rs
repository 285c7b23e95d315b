//! Customers as vCard 4.0 (RFC 6350): export, and import with duplicate
//! detection. The content-line layer (folding, escaping) is in
//! `content_line`.
//!
//! Properties written: UID, FN, N, EMAIL, TEL, ADR, BDAY, LANG, NOTE,
//! CATEGORIES. On import, vCard 3.0 and 4.0 are read; other properties are
//! ignored.

use rusqlite::{params, Connection, OptionalExtension};

use super::content_line::{self, ContentLine};
use crate::phone::Phone;
use crate::{customer, CoreError, Customer, CustomerEdit, CustomerId, DayMonth, Result, Shop};

/// What to do with a card that matches a customer already in the shop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuplicatePolicy {
    /// Leave the existing customer as it is and skip the card.
    Skip,
    /// Add the card's emails, phones and tags to the existing customer and
    /// fill the fields they do not have yet; nothing already there is replaced.
    Merge,
}

/// How a card was matched to an existing customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VcardMatch {
    /// The same email address (any letter case).
    Email,
    /// The same phone number (E.164 when known).
    Phone,
    /// Exactly the same name and birthday.
    NameAndBirthday,
}

impl std::fmt::Display for VcardMatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            VcardMatch::Email => "same email",
            VcardMatch::Phone => "same phone",
            VcardMatch::NameAndBirthday => "same name and birthday",
        })
    }
}

/// A card that matched a customer already in the shop (or earlier in the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VcardDuplicate {
    /// The line the card starts on.
    pub line: usize,
    /// The name on the card.
    pub name: String,
    /// The customer it matched.
    pub existing: CustomerId,
    /// That customer's name.
    pub existing_name: String,
    /// How it matched.
    pub matched_by: VcardMatch,
    /// Whether the card was merged into the customer (else it was skipped).
    pub merged: bool,
}

/// What a vCard import did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VcardImportReport {
    /// Names of the customers added, in file order.
    pub added: Vec<String>,
    /// Cards that matched an existing customer.
    pub duplicates: Vec<VcardDuplicate>,
    /// True when nothing was written (a dry run).
    pub dry_run: bool,
}

impl Shop {
    /// The vCards (4.0) of the given customers, in order, as one text with
    /// CRLF line breaks.
    pub fn export_vcards(&self, ids: &[CustomerId]) -> Result<String> {
        let mut out = String::new();
        for id in ids {
            out.push_str(&to_vcard(&self.customer(*id)?));
        }
        Ok(out)
    }

    /// Imports the customers in a vCard file (3.0 or 4.0). A card matching
    /// a customer (by email, then phone, then exact name and birthday) is
    /// reported and skipped or merged per `policy`. A damaged file is refused
    /// with its line number, and nothing is written; a dry run writes nothing.
    pub fn import_vcards(
        &mut self,
        text: &str,
        policy: DuplicatePolicy,
        dry_run: bool,
    ) -> Result<VcardImportReport> {
        let cards = parse_cards(text)?;
        let region = self.settings().phone_region.clone();
        self.write_or_discard(|tx, _| {
            let mut report = VcardImportReport {
                dry_run,
                ..VcardImportReport::default()
            };
            for card in &cards {
                let in_card = |e: CoreError| match e {
                    CoreError::Invalid { field, message } => CoreError::invalid(
                        field,
                        format!(
                            "The card starting on line {}: {message} Nothing was imported.",
                            card.line
                        ),
                    ),
                    other => other,
                };
                let valid = card.edit.validated(region.as_deref()).map_err(in_card)?;
                match find_duplicate(tx, &card.edit, region.as_deref())? {
                    None => {
                        customer::insert_in(tx, &valid).map_err(in_card)?;
                        report.added.push(card.edit.display_name.clone());
                    }
                    Some((existing, matched_by)) => {
                        let current = customer::get(tx, existing)?;
                        let merged = policy == DuplicatePolicy::Merge;
                        if merged {
                            let edit = merge_into(current.edit(), &card.edit);
                            let valid = edit.validated(region.as_deref()).map_err(in_card)?;
                            customer::update_in(tx, existing, &valid).map_err(in_card)?;
                        }
                        report.duplicates.push(VcardDuplicate {
                            line: card.line,
                            name: card.edit.display_name.clone(),
                            existing,
                            existing_name: current.display_name,
                            matched_by,
                            merged,
                        });
                    }
                }
            }
            Ok((report, !dry_run))
        })
    }
}

/// One customer's vCard 4.0, folded, with CRLF line breaks.
fn to_vcard(c: &Customer) -> String {
    let esc = content_line::escape;
    let mut out = String::new();
    content_line::write(&mut out, "BEGIN", "", "VCARD");
    content_line::write(&mut out, "VERSION", "", "4.0");
    content_line::write(&mut out, "UID", "", &format!("urn:uuid:{}", c.id));
    content_line::write(&mut out, "FN", "", &esc(&c.display_name));
    let (family, given) = match (&c.family_name, &c.given_name) {
        (None, None) => (c.display_name.as_str(), ""),
        (f, g) => (f.as_deref().unwrap_or(""), g.as_deref().unwrap_or("")),
    };
    content_line::write(
        &mut out,
        "N",
        "",
        &format!("{};{};;;", esc(family), esc(given)),
    );
    for (i, email) in c.emails.iter().enumerate() {
        let pref = if i == 0 { ";PREF=1" } else { "" };
        content_line::write(&mut out, "EMAIL", pref, &esc(email));
    }
    for (i, phone) in c.phones.iter().enumerate() {
        let pref = if i == 0 { ";PREF=1" } else { "" };
        match &phone.e164 {
            Some(e164) => content_line::write(
                &mut out,
                "TEL",
                &format!(";VALUE=uri{pref}"),
                &format!("tel:{e164}"),
            ),
            None => content_line::write(
                &mut out,
                "TEL",
                &format!(";VALUE=text{pref}"),
                &esc(&phone.typed),
            ),
        }
    }
    if let Some(address) = &c.address {
        // The shop keeps one free-text address: it goes in the street part,
        // and as the label an address book shows.
        let label = address.replace(['\r', '\n'], " ").replace('"', "'");
        content_line::write(
            &mut out,
            "ADR",
            &format!(";LABEL=\"{label}\""),
            &format!(";;{};;;;", esc(address)),
        );
    }
    if let Some(b) = &c.birthday {
        let value = match b.year {
            Some(y) => format!("{y:04}{:02}{:02}", b.month, b.day),
            None => format!("--{:02}{:02}", b.month, b.day),
        };
        content_line::write(&mut out, "BDAY", "", &value);
    }
    if let Some(lang) = &c.language {
        content_line::write(&mut out, "LANG", "", &esc(lang));
    }
    if let Some(notes) = &c.notes {
        content_line::write(&mut out, "NOTE", "", &esc(notes));
    }
    if !c.tags.is_empty() {
        let tags: Vec<String> = c.tags.iter().map(|t| esc(t)).collect();
        content_line::write(&mut out, "CATEGORIES", "", &tags.join(","));
    }
    content_line::write(&mut out, "END", "", "VCARD");
    out
}

/// One card read from a file.
struct Card {
    line: usize,
    edit: CustomerEdit,
}

fn corrupt(line: usize, what: impl std::fmt::Display) -> CoreError {
    CoreError::invalid(
        "vcard",
        format!("This vCard file is damaged at line {line}: {what}. Nothing was imported; fix the file or export it again."),
    )
}

/// Reads every card; the first problem refuses the whole file.
fn parse_cards(text: &str) -> Result<Vec<Card>> {
    let lines = content_line::parse(text).map_err(|e| corrupt(e.line, e.message))?;
    let mut cards = Vec::new();
    let mut open: Option<(usize, Vec<ContentLine>)> = None;
    for l in lines {
        match (l.name.as_str(), &mut open) {
            ("BEGIN", None) if l.value.eq_ignore_ascii_case("VCARD") => open = Some((l.line, Vec::new())),
            ("BEGIN", Some((start, _))) => {
                return Err(corrupt(l.line, format!("a new card begins before the card from line {start} has ended (END:VCARD is missing)")))
            }
            ("END", Some(_)) if l.value.eq_ignore_ascii_case("VCARD") => {
                let (start, props) = open.take().expect("matched Some");
                cards.push(card(start, &props)?);
            }
            (_, Some((_, props))) => props.push(l),
            (_, None) => return Err(corrupt(l.line, "this line is outside a card (BEGIN:VCARD is missing)")),
        }
    }
    if let Some((start, _)) = open {
        return Err(corrupt(
            start,
            "the card that begins here never ends (END:VCARD is missing)",
        ));
    }
    if cards.is_empty() {
        return Err(CoreError::invalid("vcard", "This file holds no vCards (no BEGIN:VCARD line). Choose a .vcf file exported from an address book."));
    }
    Ok(cards)
}

fn card(start: usize, props: &[ContentLine]) -> Result<Card> {
    let mut edit = CustomerEdit::default();
    let mut notes: Vec<String> = Vec::new();
    let mut name_parts: Option<(String, String)> = None;
    let mut version = None;
    for p in props {
        match p.name.as_str() {
            "VERSION" => version = Some(p.value.trim().to_string()),
            "FN" => edit.display_name = content_line::unescape(&p.value),
            "N" => {
                let parts = content_line::split(&p.value, ';');
                let part = |i: usize| {
                    parts
                        .get(i)
                        .map(|s| s.replace(',', " ").trim().to_string())
                        .unwrap_or_default()
                };
                name_parts = Some((part(0), part(1)));
            }
            "EMAIL" => edit.emails.push(content_line::unescape(&p.value)),
            "TEL" => {
                let v = content_line::unescape(&p.value);
                let v = v.strip_prefix("tel:").unwrap_or(&v);
                edit.phones
                    .push(v.split(";ext=").next().unwrap_or(v).to_string());
            }
            "ADR" => {
                let parts: Vec<String> = content_line::split(&p.value, ';')
                    .into_iter()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                let address = if parts.is_empty() {
                    p.param("LABEL").map(str::to_string)
                } else {
                    Some(parts.join(", "))
                };
                edit.address = edit.address.or(address);
            }
            "BDAY" => {
                edit.birthday = Some(birthday(&p.value).ok_or_else(|| {
                    corrupt(
                        p.line,
                        format!("\"{}\" is not a birthday like 19800423 or --0423", p.value),
                    )
                })?)
            }
            "LANG" => edit.language = edit.language.or(Some(content_line::unescape(&p.value))),
            "NOTE" => notes.push(content_line::unescape(&p.value)),
            "CATEGORIES" => edit.tags.extend(content_line::split(&p.value, ',')),
            _ => {}
        }
    }
    match version.as_deref() {
        Some("4.0" | "3.0") => {}
        Some(v) => {
            return Err(corrupt(
                start,
                format!("the card is vCard version {v}; only versions 3.0 and 4.0 can be read"),
            ))
        }
        None => return Err(corrupt(start, "the card has no VERSION line")),
    }
    if let Some((family, given)) = name_parts {
        if edit.display_name.trim().is_empty() {
            edit.display_name = format!("{given} {family}").trim().to_string();
        }
        edit.family_name = Some(family).filter(|f| !f.is_empty() && *f != edit.display_name);
        edit.given_name = Some(given).filter(|g| !g.is_empty());
    }
    if edit.display_name.trim().is_empty() {
        return Err(corrupt(start, "the card has no name (FN or N)"));
    }
    edit.notes = (!notes.is_empty()).then(|| notes.join("\n"));
    Ok(Card { line: start, edit })
}

/// `YYYYMMDD`, `YYYY-MM-DD`, `--MMDD` or `--MM-DD`.
fn birthday(value: &str) -> Option<DayMonth> {
    let v = value.trim();
    let (year, rest) = match v.strip_prefix("--") {
        Some(rest) => (None, rest.replace('-', "")),
        None => {
            let digits = v.replace('-', "");
            // Digits only before slicing by byte: a multi-byte character
            // across byte 4 must be refused, not split.
            if digits.len() < 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (Some(digits[..4].parse().ok()?), digits[4..].to_string())
        }
    };
    if rest.len() != 4 || !rest.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let d = DayMonth {
        month: rest[..2].parse().ok()?,
        day: rest[2..].parse().ok()?,
        year,
    };
    DayMonth::parse(&d.to_string(), "birthday").ok()
}

/// The live customer a card duplicates: by email, then phone, then exact
/// name and birthday.
fn find_duplicate(
    conn: &Connection,
    card: &CustomerEdit,
    region: Option<&str>,
) -> Result<Option<(CustomerId, VcardMatch)>> {
    for email in &card.emails {
        if let Some(id) = customer::find_by_key(conn, "email", &email.trim().to_lowercase())? {
            return Ok(Some((id, VcardMatch::Email)));
        }
    }
    for phone in &card.phones {
        if let Ok(p) = Phone::parse(phone, region) {
            if let Some(id) = customer::find_by_key(conn, "phone", &p.match_key())? {
                return Ok(Some((id, VcardMatch::Phone)));
            }
        }
    }
    let Some(birthday) = &card.birthday else {
        return Ok(None);
    };
    let id = conn
        .query_row(
            "SELECT id FROM customer WHERE deleted_at IS NULL AND display_name = ?1 AND birthday = ?2 LIMIT 1",
            params![card.display_name.trim(), serde_json::to_string(birthday).expect("plain data")],
            |r| r.get(0),
        )
        .optional()?;
    Ok(id.map(|id| (id, VcardMatch::NameAndBirthday)))
}

/// The existing customer with the card's new emails, phones and tags added
/// and their empty fields filled; nothing already there is replaced.
fn merge_into(mut edit: CustomerEdit, card: &CustomerEdit) -> CustomerEdit {
    edit.emails.extend(card.emails.iter().cloned());
    edit.phones.extend(card.phones.iter().cloned());
    edit.tags.extend(card.tags.iter().cloned());
    edit.given_name = edit.given_name.or_else(|| card.given_name.clone());
    edit.family_name = edit.family_name.or_else(|| card.family_name.clone());
    edit.address = edit.address.or_else(|| card.address.clone());
    edit.language = edit.language.or_else(|| card.language.clone());
    edit.birthday = edit.birthday.or(card.birthday);
    edit.notes = match (edit.notes, &card.notes) {
        (Some(old), Some(new)) if !old.contains(new.as_str()) => Some(format!("{old}\n{new}")),
        (old, new) => old.or_else(|| new.clone()),
    };
    edit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birthdays_with_and_without_year_are_read() {
        assert_eq!(birthday("19800423").unwrap().to_string(), "1980-04-23");
        assert_eq!(birthday("1980-04-23").unwrap().to_string(), "1980-04-23");
        assert_eq!(birthday("--0229").unwrap().to_string(), "02-29");
        assert_eq!(birthday("--04-23").unwrap().to_string(), "04-23");
        assert!(birthday("1980-13-01").is_none());
        assert!(birthday("soon").is_none());
    }

    #[test]
    fn a_card_reads_back_what_was_written() {
        let mut shop = Shop::open_in_memory().unwrap();
        let mut new = crate::NewCustomer::new("Zoë Ødegård");
        new.email = Some("zoe@example.no".into());
        new.phone = Some("+47 912 34 567".into());
        new.notes = Some("Likes; commas, and \\ backslashes\nsecond line".into());
        new.tags = vec!["regular".into(), "wine, red".into()];
        new.birthday = Some(DayMonth {
            day: 23,
            month: 4,
            year: None,
        });
        new.address = Some("Storgata 1\n0155 Oslo".into());
        let c = shop.add_customer(&new).unwrap();
        let text = shop.export_vcards(&[c.id]).unwrap();
        let cards = parse_cards(&text).unwrap();
        let e = &cards[0].edit;
        assert_eq!(e.display_name, "Zoë Ødegård");
        assert_eq!(e.emails, vec!["zoe@example.no"]);
        assert_eq!(e.phones, vec!["+4791234567"]);
        assert_eq!(e.notes, new.notes);
        assert_eq!(e.tags, new.tags);
        assert_eq!(e.birthday, new.birthday);
        assert_eq!(e.address.as_deref(), Some("Storgata 1\n0155 Oslo"));
    }
}
