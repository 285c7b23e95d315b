//! Remembered preferences.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{CoreError, NewPreference, Preference};
use ts_rs::TS;

/// A remembered preference.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreferenceDto {
    /// Unique id.
    pub id: String,
    /// Kind (`size`, `allergy`, `dislike`, ...).
    pub category: String,
    /// The preference itself.
    pub value: String,
    /// What it applies to, if any.
    pub applies_to: Option<String>,
    /// `said` or `observed`.
    pub source: String,
    /// When it was noted (`YYYY-MM-DD`).
    pub noted_on: String,
    /// Why the shop keeps it.
    pub purpose: String,
}

impl From<&Preference> for PreferenceDto {
    fn from(p: &Preference) -> Self {
        PreferenceDto {
            id: p.id.to_string(),
            category: p.category.as_str().into(),
            value: p.value.clone(),
            applies_to: p.applies_to.clone(),
            source: p.source.as_str().into(),
            noted_on: p.noted_on.to_string(),
            purpose: p.purpose.clone(),
        }
    }
}

/// A preference to remember.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPreferenceDto {
    /// Kind (`size`, `allergy`, ...).
    pub category: String,
    /// The preference itself.
    pub value: String,
    /// What it applies to.
    pub applies_to: Option<String>,
    /// `said` or `observed`.
    pub source: String,
    /// Why the shop keeps it (a default is used when empty).
    pub purpose: Option<String>,
}

impl TryFrom<NewPreferenceDto> for NewPreference {
    type Error = CoreError;

    fn try_from(d: NewPreferenceDto) -> Result<Self, CoreError> {
        Ok(NewPreference {
            category: d.category.parse()?,
            value: d.value,
            applies_to: d.applies_to,
            source: d.source.parse()?,
            noted_on: None,
            purpose: d.purpose,
        })
    }
}
