//! One customer's profile as the UI sees it, and the edits made on it.
//!
//! Closed vocabularies (channels, purposes, categories, relations) cross as
//! their stable text names; [`VocabularyDto`] lists them, so the UI never
//! keeps its own copy.

mod consent;
mod contact;
mod details;
mod preference;

pub use consent::{ConsentEntryDto, ConsentStatusDto, NewConsentDto};
pub use contact::{ContactEntryDto, EffectiveFrequencyDto, FrequencyDto, NewContactDto};
pub(crate) use details::parse_dates;
pub use details::{CustomerDetailsDto, CustomerEditDto, ImportantDateDto, StatsDto};
pub use preference::{NewPreferenceDto, PreferenceDto};

use serde::{Deserialize, Serialize};
use shopkeeper_core::{
    Channel, ConsentState, CustomerView, ErasureReport, LinkedCustomer, PreferenceCategory,
    PreferenceSource, Purpose, Relation,
};
use ts_rs::TS;

use crate::PurchaseDto;

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
