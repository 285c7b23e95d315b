//! A customer's own fields as the profile shows and edits them, and their visits and spend.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{CoreError, Customer, CustomerEdit, DayMonth, ImportantDate, PurchaseStats};
use ts_rs::TS;

use crate::MoneyDto;

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
