//! Customers as vCards: export as vCard 4.0 (RFC 6350), and a lenient
//! import of what phones and address books export (vCard 2.1, 3.0 and 4.0,
//! with their dialects), with duplicate detection.
//!
//! Reading goes in layers: `lines` (bytes to unfolded lines: line ends,
//! folds, quoted-printable soft breaks, the length limit), `dialect` (a
//! line to a property: bare parameters, groups, quoted-printable, charsets),
//! `cards` (properties to cards), `fields` (a card to a customer) and `keep`
//! (the shop's rules, value by value). What a card loses on the way is
//! reported per card (`report`); a file is refused only when it holds no
//! card, or a line other than a photo is longer than the limit.
//!
//! Hand-written rather than taken from a crate: `calcard` (maintained,
//! reads 2.1 quoted-printable) reports no positions, brings iCalendar,
//! time zones and a mail parser with it, and sets no bound on a line;
//! `vcard4` reads 4.0 only.

mod cards;
mod dialect;
mod fields;
mod keep;
mod lines;
mod report;
mod text;
mod write;

pub use report::{
    DuplicatePolicy, VcardCardNotes, VcardDuplicate, VcardField, VcardImportReport, VcardMatch,
    VcardNote,
};

use rusqlite::{params, Connection, OptionalExtension};

use crate::phone::Phone;
use crate::{customer, CoreError, CustomerEdit, CustomerId, Result, Shop};

impl Shop {
    /// The vCards (4.0) of the given customers, in order, as one text with
    /// CRLF line breaks. More than one card is an export of many customers.
    pub fn export_vcards(&self, ids: &[CustomerId]) -> Result<String> {
        if ids.len() > 1 {
            self.require(crate::staff::Permission::ExportMany)?;
        }
        let mut out = String::new();
        for id in ids {
            out.push_str(&write::to_vcard(&self.customer(*id)?));
        }
        Ok(out)
    }

    /// Imports the customers in a vCard file (2.1, 3.0 or 4.0, in UTF-8,
    /// UTF-16 or an 8-bit charset), as its bytes. What the shop does not
    /// keep, or cannot take, is left out of each card and reported with it
    /// (`VcardImportReport::cards`); a card with no name, email or phone is
    /// skipped. A card matching a customer (by email, then phone, then exact
    /// name and birthday) is reported and skipped or merged per `policy`.
    /// The file is refused, and nothing written, only when it holds no card
    /// or a line is too long; a dry run writes nothing.
    pub fn import_vcards(
        &mut self,
        file: impl AsRef<[u8]>,
        policy: DuplicatePolicy,
        dry_run: bool,
    ) -> Result<VcardImportReport> {
        self.require(crate::staff::Permission::Restore)?;
        let region = self.settings().phone_region.clone();
        let region = region.as_deref();
        self.write_or_discard(|tx, _| {
            let mut report = VcardImportReport {
                dry_run,
                ..VcardImportReport::default()
            };
            let mut position = 0;
            let outline = cards::each(file.as_ref(), |mut read| {
                position += 1;
                if keep::fit(&mut read, region) {
                    match import_card(tx, &read, policy, region, &mut report) {
                        Err(CoreError::Invalid { reason, .. }) => {
                            read.notes.push(VcardNote::Refused(reason));
                        }
                        other => other?,
                    }
                }
                report.note(position, read);
                Ok::<(), CoreError>(())
            })?;
            if outline.cards == 0 {
                return Err(CoreError::invalid(
                    "vcard",
                    msg!("error-vcard-file-holds-vcards"),
                ));
            }
            report.lines_outside = outline.lines_outside;
            Ok((report, !dry_run))
        })
    }
}

impl From<lines::TooLong> for CoreError {
    fn from(e: lines::TooLong) -> CoreError {
        CoreError::invalid(
            "vcard",
            msg!(
                "error-vcard-line-too-long",
                line = e.line,
                mib = crate::limits::MAX_VCARD_LINE >> 20
            ),
        )
    }
}

/// Adds one card, or reports it as a duplicate (merged or not). An
/// `Invalid` error means the shop refused the card; nothing of it is written.
fn import_card(
    tx: &Connection,
    card: &fields::CardRead,
    policy: DuplicatePolicy,
    region: Option<&str>,
    report: &mut VcardImportReport,
) -> Result<()> {
    let valid = card.edit.validated(region)?;
    match find_duplicate(tx, &card.edit, region)? {
        None => {
            customer::insert_in(tx, &valid)?;
            report.added.push(card.edit.display_name.clone());
        }
        Some((existing, matched_by)) => {
            let current = customer::get(tx, existing)?;
            let merged = policy == DuplicatePolicy::Merge;
            if merged {
                let edit = merge_into(current.edit(), &card.edit);
                customer::update_in(tx, existing, &edit.validated(region)?)?;
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
    Ok(())
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
    use crate::DayMonth;
    use shopkeeper_testkit::check;
    use shopkeeper_testkit::hostile::bytes_like;

    /// The reader alone, on hostile bytes from every fixture: never a panic,
    /// and every card's notes stay short whatever the card.
    #[test]
    fn the_reader_never_panics_and_its_notes_stay_short() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/vcard");
        let mut files: Vec<Vec<u8>> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "vcf"))
            .map(|p| std::fs::read(p).unwrap())
            .collect();
        files.sort();
        check(10_000, bytes_like(files), |bytes| {
            let _ = cards::each(&bytes, |mut card| {
                keep::fit(&mut card, Some("GB"));
                for note in &card.notes {
                    assert!(note.to_string().chars().count() < 400, "{note}");
                }
                Ok::<(), lines::TooLong>(())
            });
            Ok(())
        });
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
        let mut cards = Vec::new();
        cards::each(text.as_bytes(), |c| {
            cards.push(c);
            Ok::<(), lines::TooLong>(())
        })
        .unwrap();
        let read = &cards[0];
        assert_eq!(read.notes, vec![]);
        let e = &read.edit;
        assert_eq!(e.display_name, "Zoë Ødegård");
        assert_eq!(e.emails, vec!["zoe@example.no"]);
        assert_eq!(e.phones, vec!["+4791234567"]);
        assert_eq!(e.notes, new.notes);
        assert_eq!(e.tags, new.tags);
        assert_eq!(e.birthday, new.birthday);
        assert_eq!(e.address.as_deref(), Some("Storgata 1\n0155 Oslo"));
    }
}
