//! Writing customers as vCard 4.0 (RFC 6350): UID, FN, N, EMAIL, TEL, ADR,
//! BDAY, LANG, NOTE, CATEGORIES.

use super::text;
use crate::Customer;

/// One customer's vCard 4.0, folded, with CRLF line breaks.
pub(crate) fn to_vcard(c: &Customer) -> String {
    let esc = text::escape;
    let mut out = String::new();
    text::write(&mut out, "BEGIN", "", "VCARD");
    text::write(&mut out, "VERSION", "", "4.0");
    text::write(&mut out, "UID", "", &format!("urn:uuid:{}", c.id));
    text::write(&mut out, "FN", "", &esc(&c.display_name));
    let (family, given) = match (&c.family_name, &c.given_name) {
        (None, None) => (c.display_name.as_str(), ""),
        (f, g) => (f.as_deref().unwrap_or(""), g.as_deref().unwrap_or("")),
    };
    text::write(
        &mut out,
        "N",
        "",
        &format!("{};{};;;", esc(family), esc(given)),
    );
    for (i, email) in c.emails.iter().enumerate() {
        let pref = if i == 0 { ";PREF=1" } else { "" };
        text::write(&mut out, "EMAIL", pref, &esc(email));
    }
    for (i, phone) in c.phones.iter().enumerate() {
        let pref = if i == 0 { ";PREF=1" } else { "" };
        match &phone.e164 {
            Some(e164) => text::write(
                &mut out,
                "TEL",
                &format!(";VALUE=uri{pref}"),
                &format!("tel:{e164}"),
            ),
            None => text::write(
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
        text::write(
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
        text::write(&mut out, "BDAY", "", &value);
    }
    if let Some(lang) = &c.language {
        text::write(&mut out, "LANG", "", &esc(lang));
    }
    if let Some(notes) = &c.notes {
        text::write(&mut out, "NOTE", "", &esc(notes));
    }
    if !c.tags.is_empty() {
        let tags: Vec<String> = c.tags.iter().map(|t| esc(t)).collect();
        text::write(&mut out, "CATEGORIES", "", &tags.join(","));
    }
    text::write(&mut out, "END", "", "VCARD");
    out
}
