//! Customer view: what the customer at the counter sees and changes, which
//! mode the app is in, the owner's summary on return, and the paper form.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{
    ChangeSummary, Channel, ConsentEntry, ConsentWording, CoreError, Customer, PreferenceCategory,
    Profile, Purpose, SelfEdit, SignedForm,
};
use ts_rs::TS;

use crate::profile::parse_dates;
use crate::{
    ConsentEntryDto, ConsentStatusDto, ConsentWordingDto, EffectiveFrequencyDto, ImportantDateDto,
    PreferenceDto,
};

/// Which mode the app is in, asked on every start and reload.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerViewStatusDto {
    /// `off` (the owner's screens), `customer` (Customer view) or `thanks`
    /// (the neutral screen after the timeout).
    pub mode: String,
    /// The customer's language for the words on screen (`en`, `fr`, `de`...).
    pub language: String,
    /// Seconds without a touch before the thank-you screen.
    pub timeout_secs: u32,
    /// Whether the owner has a PIN (else the passphrase is asked).
    pub owner_pin: bool,
}

/// The contact details a customer may correct themselves.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SelfEditDto {
    /// Emails, primary first.
    pub emails: Vec<String>,
    /// Phones as typed, primary first.
    pub phones: Vec<String>,
    /// Postal address.
    pub address: Option<String>,
    /// `YYYY-MM-DD`, or `MM-DD` without the year.
    pub birthday: Option<String>,
    /// Other dates to remember.
    pub important_dates: Vec<ImportantDateDto>,
}

impl From<&Customer> for SelfEditDto {
    fn from(c: &Customer) -> Self {
        SelfEditDto {
            emails: c.emails.clone(),
            phones: c.phones.iter().map(|p| p.typed.clone()).collect(),
            address: c.address.clone(),
            birthday: c.birthday.map(|b| b.to_string()),
            important_dates: c
                .important_dates
                .iter()
                .map(|d| ImportantDateDto {
                    label: d.label.clone(),
                    date: d.date.to_string(),
                })
                .collect(),
        }
    }
}

impl TryFrom<SelfEditDto> for SelfEdit {
    type Error = CoreError;

    fn try_from(d: SelfEditDto) -> Result<Self, CoreError> {
        let (birthday, important_dates) = parse_dates(d.birthday.as_deref(), d.important_dates)?;
        Ok(SelfEdit {
            emails: d.emails,
            phones: d.phones,
            address: d.address,
            birthday,
            important_dates,
        })
    }
}

/// Everything Customer view shows about its one customer (and nothing about
/// anyone else: no household, no notes, no purchases).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerViewDto {
    /// The shop's name.
    pub shop_name: String,
    /// The customer's name as the shop writes it.
    pub name: String,
    /// Their contact details and dates.
    pub details: SelfEditDto,
    /// Their preferences.
    pub preferences: Vec<PreferenceDto>,
    /// Consent per channel and purpose.
    pub consent: Vec<ConsentStatusDto>,
    /// Their consent history, oldest first.
    pub ledger: Vec<ConsentEntryDto>,
    /// How often they want to hear from the shop.
    pub frequency: EffectiveFrequencyDto,
    /// Channel names, in display order.
    pub channels: Vec<String>,
    /// Purpose names, in display order.
    pub purposes: Vec<String>,
    /// Preference kinds, in display order.
    pub categories: Vec<String>,
    /// The consent question of each purpose, in the customer's language,
    /// as the shop words it (its language and version go to the ledger
    /// with each choice).
    pub questions: Vec<ConsentWordingDto>,
    /// How many changes they made so far.
    pub changes: u32,
}

impl CustomerViewDto {
    /// The view of `profile` and its consent `ledger`, with `changes` made so far.
    pub fn new(
        shop_name: &str,
        profile: &Profile,
        ledger: &[ConsentEntry],
        questions: Vec<ConsentWording>,
        changes: usize,
    ) -> Self {
        let c = &profile.customer;
        CustomerViewDto {
            shop_name: shop_name.into(),
            name: c.display_name.clone(),
            details: c.into(),
            preferences: profile.preferences.iter().map(Into::into).collect(),
            consent: profile.consent.iter().map(Into::into).collect(),
            ledger: ledger.iter().map(Into::into).collect(),
            frequency: (&profile.frequency).into(),
            channels: Channel::ALL.iter().map(|c| c.as_str().into()).collect(),
            purposes: Purpose::ALL.iter().map(|p| p.as_str().into()).collect(),
            categories: PreferenceCategory::ALL
                .iter()
                .map(|c| c.as_str().into())
                .collect(),
            questions: questions.into_iter().map(Into::into).collect(),
            changes: changes as u32,
        }
    }
}

/// What the owner is told on taking the screen back.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeSummaryDto {
    /// "3 changes made by the customer".
    pub headline: String,
    /// One line per change.
    pub lines: Vec<String>,
    /// Whose changes (to open their profile); none when Customer view was
    /// on as the app stopped (the app does not keep whose view it was).
    pub customer_id: Option<String>,
}

impl ChangeSummaryDto {
    /// The summary of the changes to customer `customer_id`.
    pub fn new(s: ChangeSummary, customer_id: Option<String>) -> Self {
        ChangeSummaryDto {
            headline: s.headline,
            lines: s.lines,
            customer_id,
        }
    }
}

/// One yes or no copied from the paper form.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FormChoiceDto {
    /// Channel name.
    pub channel: String,
    /// Purpose name.
    pub purpose: String,
    /// `granted` or `refused`.
    pub state: String,
}

/// What the customer filled in on the paper form.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignedFormDto {
    /// Each box ticked.
    pub choices: Vec<FormChoiceDto>,
    /// The day it was signed (`YYYY-MM-DD`); today when empty.
    pub signed_on: Option<String>,
    /// A note kept with each entry ("form in the blue folder").
    pub note: Option<String>,
}

impl TryFrom<SignedFormDto> for SignedForm {
    type Error = CoreError;

    fn try_from(d: SignedFormDto) -> Result<Self, CoreError> {
        let choices = d
            .choices
            .into_iter()
            .map(|c| Ok((c.channel.parse()?, c.purpose.parse()?, c.state.parse()?)))
            .collect::<Result<_, CoreError>>()?;
        let signed_on = d
            .signed_on
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| shopkeeper_core::parse_date(s, "signed_on"))
            .transpose()?;
        Ok(SignedForm {
            choices,
            signed_on,
            note: d.note,
        })
    }
}
