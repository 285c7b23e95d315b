//! The consent ledger and its current state.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{ConsentEntry, ConsentStatus, CoreError, NewConsent};
use ts_rs::TS;

/// The current state of one channel × purpose.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentStatusDto {
    /// Channel name.
    pub channel: String,
    /// Purpose name.
    pub purpose: String,
    /// `granted`, `refused` or `not-asked`.
    pub state: String,
    /// Since when (RFC 3339); none if never asked.
    pub since: Option<String>,
    /// Whether this permits contact now.
    pub permits: bool,
}

impl From<&ConsentStatus> for ConsentStatusDto {
    fn from(s: &ConsentStatus) -> Self {
        ConsentStatusDto {
            channel: s.channel.as_str().into(),
            purpose: s.purpose.as_str().into(),
            state: s.state.as_str().into(),
            since: s.since.map(|t| t.to_rfc3339()),
            permits: s.permits(),
        }
    }
}

/// One entry of the consent ledger.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentEntryDto {
    /// Unique id.
    pub id: String,
    /// Channel name.
    pub channel: String,
    /// Purpose name.
    pub purpose: String,
    /// The new state.
    pub state: String,
    /// When the customer said it (RFC 3339).
    pub at: String,
    /// How it was obtained.
    pub method: String,
    /// Version of the wording shown.
    pub wording_version: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// Who recorded it.
    pub recorded_by: Option<String>,
    /// The language of the words the customer was shown, when Shopkeeper
    /// showed them (Customer view, the paper form).
    pub language: Option<String>,
}

impl From<&ConsentEntry> for ConsentEntryDto {
    fn from(e: &ConsentEntry) -> Self {
        ConsentEntryDto {
            id: e.id.to_string(),
            channel: e.channel.as_str().into(),
            purpose: e.purpose.as_str().into(),
            state: e.state.as_str().into(),
            at: e.at.to_rfc3339(),
            method: e.method.clone(),
            wording_version: e.wording_version.clone(),
            language: e.language.clone(),
            note: e.note.clone(),
            recorded_by: e.recorded_by.clone(),
        }
    }
}

/// A consent decision to append to the ledger (now).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewConsentDto {
    /// Channel name.
    pub channel: String,
    /// Purpose name.
    pub purpose: String,
    /// `granted`, `refused` or `not-asked`.
    pub state: String,
    /// How it was obtained ("in person", "signed form", ...); required.
    pub method: String,
    /// Version of the wording shown to the customer.
    pub wording_version: Option<String>,
    /// A note.
    pub note: Option<String>,
}

impl TryFrom<NewConsentDto> for NewConsent {
    type Error = CoreError;

    fn try_from(d: NewConsentDto) -> Result<Self, CoreError> {
        Ok(NewConsent {
            channel: d.channel.parse()?,
            purpose: d.purpose.parse()?,
            state: d.state.parse()?,
            at: None,
            method: d.method,
            wording_version: d.wording_version,
            note: d.note,
            recorded_by: None,
        })
    }
}
