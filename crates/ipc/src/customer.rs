//! Customers as the UI sees them: the new-customer form and the list's pages.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{
    CoreError, Customer, CustomerFilter, CustomerPage, CustomerRow, NewCustomer,
};
use ts_rs::TS;

use crate::MoneyDto;

/// A customer as listed in the UI.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerDto {
    /// Unique id (UUID text).
    pub id: String,
    /// The name the shop knows them by.
    pub display_name: String,
    /// Email address, if any.
    pub email: Option<String>,
    /// Phone as typed, if any.
    pub phone: Option<String>,
    /// When the record was created (RFC 3339).
    pub created_at: String,
}

impl From<Customer> for CustomerDto {
    fn from(c: Customer) -> Self {
        CustomerDto {
            id: c.id.to_string(),
            display_name: c.display_name.clone(),
            email: c.email().map(str::to_string),
            phone: c.phone().map(str::to_string),
            created_at: c.created_at.to_rfc3339(),
        }
    }
}

/// The form the owner fills in to add a customer.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewCustomerDto {
    /// The name; required.
    pub display_name: String,
    /// Email; optional.
    pub email: Option<String>,
    /// Phone; optional.
    pub phone: Option<String>,
}

impl From<NewCustomerDto> for NewCustomer {
    fn from(d: NewCustomerDto) -> Self {
        NewCustomer {
            display_name: d.display_name,
            email: d.email,
            phone: d.phone,
            ..NewCustomer::default()
        }
    }
}

/// What the customer list is narrowed to; empty fields do not narrow.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerFilterDto {
    /// Search words.
    pub query: Option<String>,
    /// Customers with this tag.
    pub tag: Option<String>,
    /// Came in within this many days.
    pub visited_within_days: Option<u32>,
    /// Not come in for at least this many days (or never).
    pub away_for_days: Option<u32>,
    /// Spent at least this much, in minor units of the shop's currency.
    #[ts(type = "number | null")]
    pub min_spent_minor: Option<i64>,
    /// `may-message`, `no-messages` or `not-asked`.
    pub messages: Option<String>,
}

impl TryFrom<CustomerFilterDto> for CustomerFilter {
    type Error = CoreError;

    fn try_from(d: CustomerFilterDto) -> Result<Self, CoreError> {
        Ok(CustomerFilter {
            query: d.query,
            tag: d.tag,
            visited_within_days: d.visited_within_days,
            away_for_days: d.away_for_days,
            min_spent_minor: d.min_spent_minor,
            messages: d.messages.as_deref().map(str::parse).transpose()?,
        })
    }
}

/// One row of the customer list.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerRowDto {
    /// Unique id.
    pub id: String,
    /// Their name.
    pub display_name: String,
    /// Primary email.
    pub email: Option<String>,
    /// Primary phone, as typed.
    pub phone: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Number of purchases.
    pub visits: u32,
    /// Sum of all purchases.
    pub total_spent: MoneyDto,
    /// Latest purchase (RFC 3339), if any.
    pub last_visit: Option<String>,
    /// Channels allowed for more than service messages (`email`, `sms`, ...).
    pub message_channels: Vec<String>,
    /// Whether anything about contact was ever asked and recorded.
    pub asked: bool,
}

impl From<CustomerRow> for CustomerRowDto {
    fn from(r: CustomerRow) -> Self {
        CustomerRowDto {
            id: r.id.to_string(),
            display_name: r.display_name,
            email: r.email,
            phone: r.phone,
            tags: r.tags,
            visits: r.stats.visits.try_into().unwrap_or(u32::MAX),
            total_spent: r.stats.total_spent.into(),
            last_visit: r.stats.last.map(|t| t.to_rfc3339()),
            message_channels: r
                .consent
                .message_channels
                .iter()
                .map(|c| c.as_str().to_string())
                .collect(),
            asked: r.consent.asked,
        }
    }
}

/// One page of the customer list.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerPageDto {
    /// How many customers match in all.
    pub total: u32,
    /// The shop's currency code.
    pub currency: String,
    /// The rows from the offset asked for.
    pub rows: Vec<CustomerRowDto>,
}

impl From<CustomerPage> for CustomerPageDto {
    fn from(p: CustomerPage) -> Self {
        CustomerPageDto {
            total: p.total.try_into().unwrap_or(u32::MAX),
            currency: p.currency.code().to_string(),
            rows: p.rows.into_iter().map(Into::into).collect(),
        }
    }
}
