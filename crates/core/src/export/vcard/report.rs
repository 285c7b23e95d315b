//! What a vCard import did: customers added, duplicates found, and per card
//! what was left out and why.

use super::fields::CardRead;
use crate::CustomerId;

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

/// A customer field a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum VcardField {
    /// The name (`FN`, `N` or `ORG`).
    Name,
    /// The given name.
    GivenName,
    /// The family name.
    FamilyName,
    /// An email.
    Email,
    /// A phone.
    Phone,
    /// The postal address.
    Address,
    /// The language.
    Language,
    /// A tag (`CATEGORIES`).
    Tag,
    /// The notes.
    Notes,
}

impl std::fmt::Display for VcardField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            VcardField::Name => "name",
            VcardField::GivenName => "given name",
            VcardField::FamilyName => "family name",
            VcardField::Email => "email",
            VcardField::Phone => "phone",
            VcardField::Address => "address",
            VcardField::Language => "language",
            VcardField::Tag => "tag",
            VcardField::Notes => "notes",
        })
    }
}

/// Something on a card that was not kept, or kept otherwise than written.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum VcardNote {
    /// Its photo or logo (the shop keeps no pictures).
    PhotoNotKept,
    /// Fields the shop does not keep: the first few names, and how many
    /// different ones there were.
    FieldsNotKept {
        /// Up to [`VcardNote::NAMES_SHOWN`] property names, in file order.
        names: Vec<String>,
        /// How many different properties were not kept.
        count: usize,
    },
    /// More postal addresses than the one the shop keeps (the first is kept).
    MoreAddresses(usize),
    /// A birthday that is no date (the text, shortened).
    BirthdayNotRead(String),
    /// A value that is not valid for its field (the text, shortened).
    NotValid(VcardField, String),
    /// More values than a customer may have: the first were kept, this many not.
    TooMany(VcardField, usize),
    /// A text longer than the shop keeps: shortened.
    Shortened(VcardField),
    /// Lines of the card that are no property (no colon or no name): the
    /// numbers of the first few, and how many there were.
    LinesNotRead {
        /// Up to [`VcardNote::NAMES_SHOWN`] line numbers, in file order.
        lines: Vec<usize>,
        /// How many lines were not read.
        count: usize,
    },
    /// The card has no `END:VCARD`: it was read to the next card or the end of the file.
    NoEnd,
    /// The card has no name: it is named after its email or phone.
    NamedAfter(VcardField),
    /// No name, email or phone: the card was skipped.
    NoNameEmailOrPhone,
    /// The shop refused the card for this reason: the card was skipped.
    Refused(crate::Message),
}

impl VcardNote {
    /// How many names or lines [`VcardNote::FieldsNotKept`] and
    /// [`VcardNote::LinesNotRead`] list at most.
    pub const NAMES_SHOWN: usize = 5;

    /// Whether this note means the card was skipped.
    pub fn skips_card(&self) -> bool {
        matches!(self, VcardNote::NoNameEmailOrPhone | VcardNote::Refused(_))
    }
}

impl std::fmt::Display for VcardNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VcardNote::PhotoNotKept => f.write_str("photo not kept"),
            VcardNote::FieldsNotKept { names, count } => {
                let fields = if *count == 1 { "field" } else { "fields" };
                write!(f, "{count} {fields} not kept: {}", names.join(", "))?;
                if *count > names.len() {
                    write!(f, " and {} more", count - names.len())?;
                }
                Ok(())
            }
            VcardNote::MoreAddresses(n) => {
                let s = if *n == 1 { "" } else { "es" };
                write!(f, "{n} more address{s} not kept (the shop keeps one)")
            }
            VcardNote::BirthdayNotRead(v) => write!(f, "birthday \"{v}\" not read: not a date"),
            VcardNote::NotValid(field, v) => write!(f, "{field} \"{v}\" not kept: not valid"),
            VcardNote::TooMany(field, n) => write!(f, "{n} more {field} values not kept"),
            VcardNote::Shortened(field) => write!(f, "{field} shortened: too long"),
            VcardNote::LinesNotRead { lines, count } => {
                let numbers: Vec<String> = lines.iter().map(usize::to_string).collect();
                match count {
                    1 => write!(f, "line {} not read: not a field", numbers.join(", "))?,
                    _ => write!(
                        f,
                        "{count} lines not read (not fields): {}",
                        numbers.join(", ")
                    )?,
                }
                if *count > lines.len() {
                    write!(f, " and {} more", count - lines.len())?;
                }
                Ok(())
            }
            VcardNote::NoEnd => f.write_str("no END:VCARD: read up to the next card"),
            VcardNote::NamedAfter(field) => write!(f, "no name: named after its {field}"),
            VcardNote::NoNameEmailOrPhone => f.write_str("no name, email or phone: card skipped"),
            VcardNote::Refused(why) => write!(f, "card skipped: {why}"),
        }
    }
}

/// A card with something to say: what was left out of it, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VcardCardNotes {
    /// Its place in the file: 1 for the first card.
    pub position: usize,
    /// The line it starts on.
    pub line: usize,
    /// The name it was read with (empty when it has none).
    pub name: String,
    /// Whether the whole card was skipped.
    pub skipped: bool,
    /// What was left out, in the order found.
    pub notes: Vec<VcardNote>,
}

/// What a vCard import did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VcardImportReport {
    /// Names of the customers added, in file order.
    pub added: Vec<String>,
    /// Cards that matched an existing customer.
    pub duplicates: Vec<VcardDuplicate>,
    /// The cards with something left out, in file order; cards read whole
    /// are not listed.
    pub cards: Vec<VcardCardNotes>,
    /// Cards with something left out past the first [`VcardImportReport::LISTED`],
    /// counted but not listed.
    pub unlisted: usize,
    /// How many cards were skipped (each is in `cards` or `unlisted`, with why).
    pub skipped: usize,
    /// Lines outside any card (between or after cards), ignored.
    pub lines_outside: usize,
    /// True when nothing was written (a dry run).
    pub dry_run: bool,
}

impl VcardImportReport {
    /// How many cards with notes are listed at most: a file of a million
    /// broken cards makes a report of a thousand.
    pub const LISTED: usize = 1000;

    /// Adds what card number `position` (from 1) left out, if anything.
    pub(crate) fn note(&mut self, position: usize, card: CardRead) {
        if card.notes.is_empty() {
            return;
        }
        let skipped = card.notes.iter().any(VcardNote::skips_card);
        self.skipped += usize::from(skipped);
        if self.cards.len() == Self::LISTED {
            self.unlisted += 1;
            return;
        }
        self.cards.push(VcardCardNotes {
            position,
            line: card.line,
            name: card.edit.display_name,
            skipped,
            notes: card.notes,
        });
    }
}
