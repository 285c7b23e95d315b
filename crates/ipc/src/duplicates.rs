//! Possible duplicates as the Customers screen shows them: both records side
//! by side and the reasons as data (the UI words them).

use serde::{Deserialize, Serialize};
use shopkeeper_core::duplicates::{PossibleDuplicate, Reason};
use shopkeeper_core::Customer;
use ts_rs::TS;

use crate::CustomerDto;

/// One reason two records may be one person.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DuplicateReasonDto {
    /// What: `same-email`, `same-phone`, `same-name`, `same-name-reordered`,
    /// `short-form`, `initial`, `name-within`, `similar-spelling`,
    /// `other-emails`, `other-phones`.
    pub kind: String,
    /// The shared email or phone; the first word of a short form; the initial.
    pub a: Option<String>,
    /// The second word of a short form; the word an initial may stand for.
    pub b: Option<String>,
}

impl From<Reason> for DuplicateReasonDto {
    fn from(r: Reason) -> Self {
        let (kind, a, b) = match r {
            Reason::SameEmail(e) => ("same-email", Some(e), None),
            Reason::SamePhone(p) => ("same-phone", Some(p), None),
            Reason::SameName => ("same-name", None, None),
            Reason::SameNameReordered => ("same-name-reordered", None, None),
            Reason::ShortForm { first, second } => ("short-form", Some(first), Some(second)),
            Reason::Initial { initial, word } => ("initial", Some(initial), Some(word)),
            Reason::NameWithin => ("name-within", None, None),
            Reason::SimilarSpelling => ("similar-spelling", None, None),
            Reason::OtherEmails => ("other-emails", None, None),
            Reason::OtherPhones => ("other-phones", None, None),
            _ => ("other", None, None),
        };
        DuplicateReasonDto {
            kind: kind.to_string(),
            a,
            b,
        }
    }
}

/// Two records that may be one person.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PossibleDuplicateDto {
    /// The older record.
    pub first: CustomerDto,
    /// The newer record.
    pub second: CustomerDto,
    /// How likely they are one person, in [0, 1].
    pub score: f64,
    /// Why, strongest first (reasons against too).
    pub reasons: Vec<DuplicateReasonDto>,
}

impl From<PossibleDuplicate> for PossibleDuplicateDto {
    fn from(p: PossibleDuplicate) -> Self {
        PossibleDuplicateDto {
            first: p.first.into(),
            second: p.second.into(),
            score: p.score,
            reasons: p.reasons.into_iter().map(Into::into).collect(),
        }
    }
}

/// A customer already in the shop who looks like the one being typed in.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LookAlikeDto {
    /// The customer.
    pub customer: CustomerDto,
    /// Why they look alike.
    pub reasons: Vec<DuplicateReasonDto>,
}

impl From<(Customer, f64, Vec<Reason>)> for LookAlikeDto {
    fn from((c, _, reasons): (Customer, f64, Vec<Reason>)) -> Self {
        LookAlikeDto {
            customer: c.into(),
            reasons: reasons.into_iter().map(Into::into).collect(),
        }
    }
}
