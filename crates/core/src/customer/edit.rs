//! What the owner enters for a customer, checked and tidied.

use std::collections::HashSet;

use super::{DayMonth, ImportantDate, MAX_ITEMS};
use crate::phone::Phone;
use crate::text::{self, tidy};
use crate::{CoreError, Result};

/// What the owner enters to add a customer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewCustomer {
    /// The name; required.
    pub display_name: String,
    /// Email address; optional.
    pub email: Option<String>,
    /// Phone number; optional.
    pub phone: Option<String>,
    /// Given name; optional.
    pub given_name: Option<String>,
    /// Family name; optional.
    pub family_name: Option<String>,
    /// Postal address; optional.
    pub address: Option<String>,
    /// Preferred language; optional.
    pub language: Option<String>,
    /// Birthday; optional.
    pub birthday: Option<DayMonth>,
    /// Tags.
    pub tags: Vec<String>,
    /// Notes; optional.
    pub notes: Option<String>,
    /// Reference in another system; optional, unique among customers.
    pub customer_ref: Option<String>,
}

impl NewCustomer {
    /// A new customer with just a name.
    pub fn new(display_name: impl Into<String>) -> Self {
        NewCustomer {
            display_name: display_name.into(),
            ..Self::default()
        }
    }

    pub(crate) fn to_edit(&self) -> CustomerEdit {
        CustomerEdit {
            display_name: self.display_name.clone(),
            given_name: self.given_name.clone(),
            family_name: self.family_name.clone(),
            emails: self.email.iter().cloned().collect(),
            phones: self.phone.iter().cloned().collect(),
            address: self.address.clone(),
            language: self.language.clone(),
            birthday: self.birthday,
            important_dates: Vec::new(),
            tags: self.tags.clone(),
            notes: self.notes.clone(),
            customer_ref: self.customer_ref.clone(),
        }
    }
}

/// Every editable field of a customer; lists replace the old ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerEdit {
    /// The name; required.
    pub display_name: String,
    /// Given name.
    pub given_name: Option<String>,
    /// Family name.
    pub family_name: Option<String>,
    /// Emails; the first is primary.
    pub emails: Vec<String>,
    /// Phones as typed; the first is primary.
    pub phones: Vec<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Preferred language.
    pub language: Option<String>,
    /// Birthday.
    pub birthday: Option<DayMonth>,
    /// Other dates to remember.
    pub important_dates: Vec<ImportantDate>,
    /// Tags.
    pub tags: Vec<String>,
    /// Notes.
    pub notes: Option<String>,
    /// Reference in another system.
    pub customer_ref: Option<String>,
}

/// A checked, tidied [`CustomerEdit`].
pub(crate) struct Valid {
    pub(super) edit: CustomerEdit,
    pub(super) phones: Vec<Phone>,
}

impl CustomerEdit {
    /// Checks and tidies the input: trims, drops empty values, validates.
    pub(crate) fn validated(&self, region: Option<&str>) -> Result<Valid> {
        let display_name = self.display_name.trim().to_string();
        if display_name.is_empty() {
            return Err(CoreError::invalid(
                "name",
                msg!("error-name-customer-needs-name"),
            ));
        }
        text::limit(&display_name, "name", text::MAX_SHORT_CHARS)?;
        let emails = tidy_list(&self.emails, "email")?
            .into_iter()
            .map(|e| validate_email(&e).map(|()| e))
            .collect::<Result<Vec<_>>>()?;
        let phones = tidy_list(&self.phones, "phone")?
            .iter()
            .map(|p| Phone::parse(p, region))
            .collect::<Result<Vec<_>>>()?;
        let tags = tidy_list(&self.tags, "tag")?;
        if let Some(b) = &self.birthday {
            b.validate("birthday")?;
        }
        let mut important_dates = Vec::new();
        for d in &self.important_dates {
            d.date.validate("important_date")?;
            important_dates.push(ImportantDate {
                label: text::required(&d.label, "important_date", "The date's label")?,
                date: d.date,
            });
        }
        if important_dates.len() > MAX_ITEMS {
            return Err(too_many("important_date"));
        }
        let edit = CustomerEdit {
            display_name,
            given_name: text::optional(self.given_name.as_deref(), "given_name")?,
            family_name: text::optional(self.family_name.as_deref(), "family_name")?,
            emails,
            phones: phones.iter().map(|p| p.typed.clone()).collect(),
            address: text::note(self.address.as_deref(), "address")?,
            language: text::optional(self.language.as_deref(), "language")?,
            birthday: self.birthday,
            important_dates,
            tags,
            notes: text::note(self.notes.as_deref(), "notes")?,
            customer_ref: text::optional(self.customer_ref.as_deref(), "customer_ref")?,
        };
        Ok(Valid { edit, phones })
    }
}

fn too_many(field: &'static str) -> CoreError {
    CoreError::invalid(
        field,
        msg!(
            "error-customer-have-most",
            max_items = MAX_ITEMS.to_string()
        ),
    )
}

/// Trims each item, drops blanks and duplicates (ASCII case ignored),
/// checks length and count. Linear: duplicates are found by hashing, and
/// the count is checked as items are kept, so a cell of a million tags is
/// refused after the 51st.
fn tidy_list(items: &[String], field: &'static str) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for item in items.iter().filter_map(|i| tidy(Some(i))) {
        text::limit(&item, field, text::MAX_SHORT_CHARS)?;
        if seen.insert(item.to_ascii_lowercase()) {
            if out.len() == MAX_ITEMS {
                return Err(too_many(field));
            }
            out.push(item);
        }
    }
    Ok(out)
}

pub(crate) fn validate_email(email: &str) -> Result<()> {
    let ok = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !email.chars().any(char::is_whitespace)
                && domain.len() <= 253
        }
        None => false,
    };
    if ok && email.len() <= 320 {
        Ok(())
    } else {
        Err(CoreError::invalid(
            "email",
            msg!("error-email-does-look-like", email = email.to_string()),
        ))
    }
}
