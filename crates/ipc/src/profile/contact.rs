//! How often a customer wants to hear from the shop, and the contacts logged.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{
    contact_channel_name, parse_contact_channel, ContactEntry, ContactFrequency, CoreError,
    EffectiveFrequency, NewContact,
};
use shopkeeper_l10n::msg;
use ts_rs::TS;

/// How often a customer wants to hear from the shop.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FrequencyDto {
    /// The most contacts in one period.
    pub max_contacts: u32,
    /// The period's length in days.
    pub period_days: u32,
    /// Preferred channel name, if they said.
    pub preferred_channel: Option<String>,
    /// Preferred days (`Mon` ... `Sun`); empty: any.
    pub preferred_days: Vec<String>,
    /// Preferred times, in their words.
    pub preferred_times: Option<String>,
    /// Do not contact before this date (`YYYY-MM-DD`).
    pub quiet_until: Option<String>,
    /// What they want to hear about.
    pub topics: Vec<String>,
}

impl From<&ContactFrequency> for FrequencyDto {
    fn from(f: &ContactFrequency) -> Self {
        FrequencyDto {
            max_contacts: f.max_contacts,
            period_days: f.period_days,
            preferred_channel: f.preferred_channel.map(|c| c.as_str().into()),
            preferred_days: f.preferred_days.iter().map(|d| d.to_string()).collect(),
            preferred_times: f.preferred_times.clone(),
            quiet_until: f.quiet_until.map(|d| d.to_string()),
            topics: f.topics.clone(),
        }
    }
}

impl TryFrom<FrequencyDto> for ContactFrequency {
    type Error = CoreError;

    fn try_from(d: FrequencyDto) -> Result<Self, CoreError> {
        let tidy = |s: Option<String>| s.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        Ok(ContactFrequency {
            max_contacts: d.max_contacts,
            period_days: d.period_days,
            preferred_channel: tidy(d.preferred_channel).map(|c| c.parse()).transpose()?,
            preferred_days: d
                .preferred_days
                .iter()
                .map(|day| {
                    day.parse().map_err(|_| {
                        CoreError::invalid(
                            "preferred_days",
                            msg!("error-preferred-days-day", day = day.to_string()),
                        )
                    })
                })
                .collect::<Result<_, CoreError>>()?,
            preferred_times: tidy(d.preferred_times),
            quiet_until: tidy(d.quiet_until)
                .map(|q| shopkeeper_core::parse_date(&q, "quiet_until"))
                .transpose()?,
            topics: d.topics.into_iter().filter_map(|t| tidy(Some(t))).collect(),
        })
    }
}

/// The frequency that applies to a customer.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EffectiveFrequencyDto {
    /// The rule.
    pub rule: FrequencyDto,
    /// True when it is the shop's default (the customer has none of their own).
    pub is_shop_default: bool,
}

impl From<&EffectiveFrequency> for EffectiveFrequencyDto {
    fn from(f: &EffectiveFrequency) -> Self {
        EffectiveFrequencyDto {
            rule: (&f.rule).into(),
            is_shop_default: f.is_shop_default,
        }
    }
}

/// One logged contact.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactEntryDto {
    /// Unique id.
    pub id: String,
    /// When (RFC 3339).
    pub at: String,
    /// Channel name.
    pub channel: String,
    /// Purpose name.
    pub purpose: String,
    /// What was said, briefly.
    pub summary: String,
}

impl From<&ContactEntry> for ContactEntryDto {
    fn from(c: &ContactEntry) -> Self {
        ContactEntryDto {
            id: c.id.to_string(),
            at: c.at.to_rfc3339(),
            channel: contact_channel_name(c.channel).into(),
            purpose: c.purpose.as_str().into(),
            summary: c.summary.clone(),
        }
    }
}

/// A contact to log (now).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewContactDto {
    /// Channel name.
    pub channel: String,
    /// Purpose name.
    pub purpose: String,
    /// What was said; required.
    pub summary: String,
}

impl TryFrom<NewContactDto> for NewContact {
    type Error = CoreError;

    fn try_from(d: NewContactDto) -> Result<Self, CoreError> {
        Ok(NewContact {
            at: None,
            channel: parse_contact_channel(&d.channel)?,
            purpose: d.purpose.parse()?,
            summary: d.summary,
            suggestion_ref: None,
        })
    }
}
