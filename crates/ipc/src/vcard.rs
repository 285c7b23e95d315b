//! The vCard import of the import wizard: the owner's choices, and what
//! the import did (or would do), with each card's notes in words.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{DuplicatePolicy, VcardCardNotes, VcardImportReport};
use ts_rs::TS;

/// The owner's choices for a vCard import.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VcardImportRequestDto {
    /// The .vcf file.
    pub path: String,
    /// Merge a card matching a customer into them (else skip the card).
    pub merge: bool,
    /// Only say what would happen.
    pub dry_run: bool,
}

impl From<&VcardImportRequestDto> for DuplicatePolicy {
    fn from(r: &VcardImportRequestDto) -> Self {
        if r.merge {
            DuplicatePolicy::Merge
        } else {
            DuplicatePolicy::Skip
        }
    }
}

/// A card with something left out, and what.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VcardCardNotesDto {
    /// Its place in the file: 1 for the first card.
    pub position: u32,
    /// The line it starts on.
    pub line: u32,
    /// Its name (empty when it has none).
    pub name: String,
    /// Whether the whole card was skipped.
    pub skipped: bool,
    /// What was left out, each in words ("photo not kept").
    pub notes: Vec<String>,
}

/// What a vCard import did, or would do.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VcardImportReportDto {
    /// Customers added.
    pub added: u32,
    /// Cards matching a customer already there.
    pub duplicates: u32,
    /// Whether those were merged (else skipped).
    pub merged: bool,
    /// Cards skipped (no name, email or phone, or refused).
    pub skipped: u32,
    /// The cards with something left out (at most 1000).
    pub cards: Vec<VcardCardNotesDto>,
    /// Further cards with something left out, not listed.
    pub unlisted: u32,
    /// Whether anything was written.
    pub written: bool,
}

fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<VcardCardNotes> for VcardCardNotesDto {
    fn from(c: VcardCardNotes) -> Self {
        VcardCardNotesDto {
            position: small(c.position),
            line: small(c.line),
            name: c.name,
            skipped: c.skipped,
            notes: c.notes.iter().map(ToString::to_string).collect(),
        }
    }
}

impl From<VcardImportReport> for VcardImportReportDto {
    fn from(r: VcardImportReport) -> Self {
        VcardImportReportDto {
            added: small(r.added.len()),
            duplicates: small(r.duplicates.len()),
            merged: r.duplicates.iter().any(|d| d.merged),
            skipped: small(r.skipped),
            cards: r.cards.into_iter().map(Into::into).collect(),
            unlisted: small(r.unlisted),
            written: !r.dry_run,
        }
    }
}
