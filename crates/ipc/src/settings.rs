//! The shop's settings as the Settings screen sees them.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{ConsentWording, MessageTemplate, Settings};
use ts_rs::TS;

/// The shop's profile and habits.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsDto {
    /// The shop's name, used in messages.
    pub shop_name: String,
    /// ISO 4217 code of the currency every amount is in.
    pub currency: String,
    /// Whether the currency may still change (only while no purchase is recorded).
    pub currency_can_change: bool,
    /// Country whose phone numbers may be written without a country code (e.g. `GB`).
    pub phone_region: Option<String>,
    /// Default contact frequency: at most this many contacts...
    pub max_contacts: u32,
    /// ...per this many days.
    pub period_days: u32,
    /// Minutes without activity after which the app locks itself (1 to 480).
    pub auto_lock_minutes: u32,
}

impl SettingsDto {
    /// The settings as shown, with whether the currency may change.
    pub fn new(s: &Settings, currency_can_change: bool) -> Self {
        SettingsDto {
            shop_name: s.shop_name.clone(),
            currency: s.currency.code().to_string(),
            currency_can_change,
            phone_region: s.phone_region.clone(),
            max_contacts: s.default_frequency.max_contacts,
            period_days: s.default_frequency.period_days,
            auto_lock_minutes: s.auto_lock_minutes,
        }
    }

    /// `current` with the owner's changes from this form.
    pub fn apply_to(&self, current: &Settings) -> shopkeeper_core::Result<Settings> {
        let mut s = current.clone();
        s.shop_name = self.shop_name.clone();
        s.currency = shopkeeper_core::Currency::parse(&self.currency)?;
        s.phone_region = self
            .phone_region
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_string);
        s.default_frequency.max_contacts = self.max_contacts;
        s.default_frequency.period_days = self.period_days;
        s.auto_lock_minutes = self.auto_lock_minutes;
        Ok(s)
    }
}

/// What a customer is asked for one purpose in one language, and the wording's version.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentWordingDto {
    /// The purpose (`service`, `recommendations`, `promotions`, `occasions`).
    pub purpose: String,
    /// The language it is in (`en`, `de`, ...).
    pub language: String,
    /// The question, in the shop's words.
    pub text: String,
    /// Its version, recorded with every consent given.
    pub version: String,
}

impl From<ConsentWording> for ConsentWordingDto {
    fn from(w: ConsentWording) -> Self {
        ConsentWordingDto {
            purpose: w.purpose.as_str().to_string(),
            language: w.language,
            text: w.text,
            version: w.version,
        }
    }
}

/// A message template for one kind of follow-up, in one language.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateDto {
    /// The kind of follow-up (`thank-you`, `occasion`, ...).
    pub kind: String,
    /// Its name in plain words ("Thank-you").
    pub label: String,
    /// The language ("en").
    pub language: String,
    /// The email subject, with placeholders.
    pub subject: String,
    /// The message, with placeholders such as `{first_name}`.
    pub body: String,
    /// Whether it is the built-in text the owner has not changed.
    pub built_in: bool,
    /// The placeholders this kind may use.
    pub placeholders: Vec<String>,
}

impl From<MessageTemplate> for TemplateDto {
    fn from(t: MessageTemplate) -> Self {
        TemplateDto {
            kind: t.kind.to_string(),
            label: t.kind.label().to_string(),
            placeholders: MessageTemplate::placeholders(t.kind)
                .into_iter()
                .map(str::to_string)
                .collect(),
            language: t.language,
            subject: t.subject,
            body: t.body,
            built_in: t.built_in,
        }
    }
}
