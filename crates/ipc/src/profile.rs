//! One customer's profile as the UI sees it, and the edits made on it.
//!
//! Closed vocabularies (channels, purposes, categories, relations) cross as
//! their stable text names; [`VocabularyDto`] lists them, so the UI never
//! keeps its own copy.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{
    contact_channel_name, parse_contact_channel, Channel, ConsentEntry, ConsentState,
    ConsentStatus, ContactEntry, ContactFrequency, CoreError, Customer, CustomerEdit, CustomerView,
    DayMonth, EffectiveFrequency, ErasureReport, ImportantDate, LinkedCustomer, NewConsent,
    NewContact, NewPreference, Preference, PreferenceCategory, PreferenceSource, PurchaseStats,
    Purpose, Relation,
};
use ts_rs::TS;

use crate::{MoneyDto, PurchaseDto};

fn names<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| name(*v).to_string()).collect()
}

/// The stable names of every closed vocabulary, in display order.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VocabularyDto {
    /// How the shop may reach a customer.
    pub channels: Vec<String>,
    /// Why the shop would contact them.
    pub purposes: Vec<String>,
    /// What a customer can say about a channel × purpose.
    pub states: Vec<String>,
    /// Kinds of preference.
    pub categories: Vec<String>,
    /// Said or observed.
    pub sources: Vec<String>,
    /// How customers are related.
    pub relations: Vec<String>,
}

impl VocabularyDto {
    /// Every vocabulary the core knows.
    pub fn current() -> Self {
        VocabularyDto {
            channels: names(Channel::ALL, Channel::as_str),
            purposes: names(Purpose::ALL, Purpose::as_str),
            states: names(ConsentState::ALL, ConsentState::as_str),
            categories: names(PreferenceCategory::ALL, PreferenceCategory::as_str),
            sources: names(PreferenceSource::ALL, PreferenceSource::as_str),
            relations: names(Relation::ALL, Relation::as_str),
        }
    }
}

/// A date to remember, with its label.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportantDateDto {
    /// What the date is ("daughter's wedding").
    pub label: String,
    /// `YYYY-MM-DD`, or `MM-DD` when the year is unknown.
    pub date: String,
}

/// Every field of a customer the profile shows and edits.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerDetailsDto {
    /// Unique id.
    pub id: String,
    /// The editable fields.
    pub edit: CustomerEditDto,
    /// When the record was created (RFC 3339).
    pub created_at: String,
    /// When it last changed (RFC 3339).
    pub updated_at: String,
}

/// The editable fields of a customer; lists replace the old ones.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerEditDto {
    /// The name; required.
    pub display_name: String,
    /// Given name.
    pub given_name: Option<String>,
    /// Family name.
    pub family_name: Option<String>,
    /// Emails, primary first.
    pub emails: Vec<String>,
    /// Phones as typed, primary first.
    pub phones: Vec<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Preferred language (e.g. `en`, `nb`).
    pub language: Option<String>,
    /// `YYYY-MM-DD`, or `MM-DD` without the year.
    pub birthday: Option<String>,
    /// Other dates to remember.
    pub important_dates: Vec<ImportantDateDto>,
    /// Tags.
    pub tags: Vec<String>,
    /// Notes.
    pub notes: Option<String>,
    /// Reference in another system.
    pub customer_ref: Option<String>,
}

impl From<&Customer> for CustomerDetailsDto {
    fn from(c: &Customer) -> Self {
        let e = c.edit();
        CustomerDetailsDto {
            id: c.id.to_string(),
            edit: CustomerEditDto {
                display_name: e.display_name,
                given_name: e.given_name,
                family_name: e.family_name,
                emails: e.emails,
                phones: e.phones,
                address: e.address,
                language: e.language,
                birthday: e.birthday.map(|b| b.to_string()),
                important_dates: e
                    .important_dates
                    .into_iter()
                    .map(|d| ImportantDateDto {
                        label: d.label,
                        date: d.date.to_string(),
                    })
                    .collect(),
                tags: e.tags,
                notes: e.notes,
                customer_ref: e.customer_ref,
            },
            created_at: c.created_at.to_rfc3339(),
            updated_at: c.updated_at.to_rfc3339(),
        }
    }
}

/// A birthday (`YYYY-MM-DD`, `MM-DD` or empty) and important dates as typed.
pub(crate) fn parse_dates(
    birthday: Option<&str>,
    important_dates: Vec<ImportantDateDto>,
) -> Result<(Option<DayMonth>, Vec<ImportantDate>), CoreError> {
    let birthday = birthday
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(|b| DayMonth::parse(b, "birthday"))
        .transpose()?;
    let important_dates = important_dates
        .into_iter()
        .map(|i| {
            Ok(ImportantDate {
                label: i.label,
                date: DayMonth::parse(&i.date, "important_date")?,
            })
        })
        .collect::<Result<_, CoreError>>()?;
    Ok((birthday, important_dates))
}

impl TryFrom<CustomerEditDto> for CustomerEdit {
    type Error = CoreError;

    fn try_from(d: CustomerEditDto) -> Result<Self, CoreError> {
        let (birthday, important_dates) = parse_dates(d.birthday.as_deref(), d.important_dates)?;
        Ok(CustomerEdit {
            display_name: d.display_name,
            given_name: d.given_name,
            family_name: d.family_name,
            emails: d.emails,
            phones: d.phones,
            address: d.address,
            language: d.language,
            birthday,
            important_dates,
            tags: d.tags,
            notes: d.notes,
            customer_ref: d.customer_ref,
        })
    }
}

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

/// Visits and spend.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatsDto {
    /// Number of purchases.
    pub visits: u32,
    /// Sum of all purchases.
    pub total_spent: MoneyDto,
    /// First purchase (RFC 3339).
    pub first: Option<String>,
    /// Latest purchase (RFC 3339).
    pub last: Option<String>,
}

impl From<&PurchaseStats> for StatsDto {
    fn from(s: &PurchaseStats) -> Self {
        StatsDto {
            visits: s.visits.try_into().unwrap_or(u32::MAX),
            total_spent: s.total_spent.into(),
            first: s.first.map(|t| t.to_rfc3339()),
            last: s.last.map(|t| t.to_rfc3339()),
        }
    }
}

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
                        CoreError::invalid("preferred_days", format!("\"{day}\" is not a day."))
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

/// A customer linked to the one shown.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LinkDto {
    /// The link's id.
    pub id: String,
    /// The other customer's id.
    pub other_id: String,
    /// The other customer's name.
    pub other_name: String,
    /// Relation name (`partner`, `child`, ...).
    pub relation: String,
    /// True when recorded on this customer (the other is `relation` to them).
    pub recorded_here: bool,
}

impl From<&LinkedCustomer> for LinkDto {
    fn from(l: &LinkedCustomer) -> Self {
        LinkDto {
            id: l.link.id.to_string(),
            other_id: l.other_id.to_string(),
            other_name: l.other_name.clone(),
            relation: l.link.relation.as_str().into(),
            recorded_here: l.recorded_here,
        }
    }
}

/// Everything the profile screen shows, in one answer.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfileDto {
    /// The customer.
    pub customer: CustomerDetailsDto,
    /// Preferences, allergies and dislikes first.
    pub preferences: Vec<PreferenceDto>,
    /// Latest purchases first, with lines.
    pub purchases: Vec<PurchaseDto>,
    /// Visits and spend.
    pub stats: StatsDto,
    /// Since when they have been a customer (RFC 3339): the first purchase
    /// on record, or when the record was made if earlier.
    pub customer_since: String,
    /// Consent per channel × purpose now.
    pub consent: Vec<ConsentStatusDto>,
    /// The consent ledger, oldest first.
    pub consent_history: Vec<ConsentEntryDto>,
    /// How often they want to be contacted.
    pub frequency: EffectiveFrequencyDto,
    /// Latest contacts first.
    pub contacts: Vec<ContactEntryDto>,
    /// Household links.
    pub household: Vec<LinkDto>,
    /// The closed vocabularies, for the screen's choices.
    pub vocabulary: VocabularyDto,
}

impl From<&CustomerView> for ProfileDto {
    fn from(v: &CustomerView) -> Self {
        fn all<'a, T: 'a, D: From<&'a T>>(items: &'a [T]) -> Vec<D> {
            items.iter().map(D::from).collect()
        }
        ProfileDto {
            customer: (&v.customer).into(),
            preferences: all(&v.preferences),
            purchases: all(&v.purchases),
            stats: (&v.stats).into(),
            customer_since: v.stats.customer_since(v.customer.created_at).to_rfc3339(),
            consent: all(&v.consent),
            consent_history: all(&v.consent_history),
            frequency: (&v.frequency).into(),
            contacts: all(&v.contacts),
            household: all(&v.household),
            vocabulary: VocabularyDto::current(),
        }
    }
}

/// What erasing a customer removes (or removed), in plain words.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErasureReportDto {
    /// Their name as it was (only in this report).
    pub name: String,
    /// Parts of their profile that held data ("name", "2 emails", ...).
    pub profile: Vec<String>,
    /// Other records, in words, with how many.
    pub removed: Vec<(String, u32)>,
    /// Purchases deleted or anonymized.
    pub purchases: u32,
    /// Earlier merged records of the same person, erased too.
    pub merged_records: u32,
}

impl From<ErasureReport> for ErasureReportDto {
    fn from(r: ErasureReport) -> Self {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        ErasureReportDto {
            name: r.name,
            profile: r.profile,
            removed: r.removed.into_iter().map(|(w, n)| (w, count(n))).collect(),
            purchases: count(r.purchases),
            merged_records: count(r.merged_records),
        }
    }
}
