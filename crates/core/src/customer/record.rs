//! What a customer is: their record and its dates.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::phone::Phone;
use crate::{CoreError, CustomerId, Result};

use super::CustomerEdit;

/// A day and month with an optional year (birthdays, anniversaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayMonth {
    /// Day of the month, 1-31.
    pub day: u8,
    /// Month, 1-12.
    pub month: u8,
    /// The year, if known.
    pub year: Option<i32>,
}

impl DayMonth {
    /// Parses `YYYY-MM-DD` or `MM-DD` (year unknown).
    pub fn parse(text: &str, field: &'static str) -> Result<DayMonth> {
        let t = text.trim();
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Ok(DayMonth {
                day: d.day() as u8,
                month: d.month() as u8,
                year: Some(d.year()),
            });
        }
        let parsed = t
            .split_once('-')
            .and_then(|(m, d)| Some((m.parse::<u8>().ok()?, d.parse::<u8>().ok()?)));
        match parsed {
            Some((month, day)) => {
                let dm = DayMonth {
                    day,
                    month,
                    year: None,
                };
                dm.validate(field)?;
                Ok(dm)
            }
            None => Err(CoreError::invalid(
                field,
                msg!("error-date-like-when", t = t.to_string()),
            )),
        }
    }

    pub(super) fn validate(&self, field: &'static str) -> Result<()> {
        // A leap year stands in for an unknown year so 29 February is allowed.
        let year = self.year.unwrap_or(2000);
        if NaiveDate::from_ymd_opt(year, self.month.into(), self.day.into()).is_none() {
            return Err(CoreError::invalid(
                field,
                msg!("error-real-date", value = self.to_string()),
            ));
        }
        Ok(())
    }
}

impl std::fmt::Display for DayMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "{:02}-{:02}", self.month, self.day),
        }
    }
}

/// A date worth remembering, with its label ("daughter's wedding").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportantDate {
    /// What the date is.
    pub label: String,
    /// When.
    pub date: DayMonth,
}

/// A customer of the shop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    /// Unique id.
    pub id: CustomerId,
    /// The name the shop knows them by; any Unicode.
    pub display_name: String,
    /// Given name, if known.
    pub given_name: Option<String>,
    /// Family name, if known.
    pub family_name: Option<String>,
    /// Email addresses; the first is the primary one.
    pub emails: Vec<String>,
    /// Phone numbers as typed, with their E.164 form; the first is primary.
    pub phones: Vec<Phone>,
    /// Postal address, as written.
    pub address: Option<String>,
    /// Language they prefer (e.g. `en`, `nb`).
    pub language: Option<String>,
    /// Birthday; the year is optional.
    pub birthday: Option<DayMonth>,
    /// Other dates to remember.
    pub important_dates: Vec<ImportantDate>,
    /// Free tags ("regular", "wholesale").
    pub tags: Vec<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// Reference in another system (a till, an old spreadsheet).
    pub customer_ref: Option<String>,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Customer {
    /// The primary email, if any.
    pub fn email(&self) -> Option<&str> {
        self.emails.first().map(String::as_str)
    }

    /// The primary phone as typed, if any.
    pub fn phone(&self) -> Option<&str> {
        self.phones.first().map(|p| p.typed.as_str())
    }

    /// The editable fields with their current values, to change and pass to
    /// [`crate::Shop::update_customer`].
    pub fn edit(&self) -> CustomerEdit {
        CustomerEdit {
            display_name: self.display_name.clone(),
            given_name: self.given_name.clone(),
            family_name: self.family_name.clone(),
            emails: self.emails.clone(),
            phones: self.phones.iter().map(|p| p.typed.clone()).collect(),
            address: self.address.clone(),
            language: self.language.clone(),
            birthday: self.birthday,
            important_dates: self.important_dates.clone(),
            tags: self.tags.clone(),
            notes: self.notes.clone(),
            customer_ref: self.customer_ref.clone(),
        }
    }
}
