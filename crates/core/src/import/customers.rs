//! Customers as a file describes them: name (first and last joined where
//! the file splits them; a billing name, never an order number), email,
//! phone, address, and the marketing consent its consent columns record.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::columns::{cell, Columns};
use super::read::email_and_phone;
use crate::consent::{self, ConsentState, NewConsent};
use crate::customer::CustomerEdit;
use crate::{CoreError, CustomerId, Result};

/// How the ledger's method for an imported consent choice begins (the
/// layout's name follows).
pub(crate) const IMPORTED_FROM: &str = "imported from ";

/// A customer a file describes, with the consent it records for them.
pub(super) struct FileCustomer {
    /// The customer.
    pub edit: CustomerEdit,
    /// Consent-ledger entries for them, from the file's consent columns.
    pub consents: Vec<NewConsent>,
}

impl FileCustomer {
    /// Records their consent entries for the customer `id`; returns how many.
    pub(super) fn record_consent(&self, conn: &Connection, id: CustomerId) -> Result<u64> {
        for c in &self.consents {
            consent::append_in(conn, id, c)?;
        }
        Ok(self.consents.len() as u64)
    }
}

/// The customer's name in `row`: the name column, else first and last name joined.
pub(super) fn name_of(c: &Columns, row: &csv::StringRecord) -> Option<String> {
    if let Some(name) = c.get(row, "customer_name") {
        return Some(name.to_string());
    }
    match (c.get(row, "given_name"), c.get(row, "family_name")) {
        (Some(g), Some(f)) => Some(format!("{g} {f}")),
        (Some(one), None) | (None, Some(one)) => Some(one.to_string()),
        (None, None) => None,
    }
}

/// The customer `row` describes, to create or fill in; their consent
/// entries are dated `at` (when they said it: the sale's date), or now.
pub(super) fn new_customer(
    c: &Columns,
    row: &csv::StringRecord,
    at: Option<DateTime<Utc>>,
) -> Result<FileCustomer> {
    Ok(FileCustomer {
        edit: customer_edit(c, row)?,
        consents: consents(c, row, at),
    })
}

/// The customer a row describes, to create or fill in.
pub(super) fn customer_edit(c: &Columns, row: &csv::StringRecord) -> Result<CustomerEdit> {
    let (email, phone) = email_and_phone(c, row);
    let name = name_of(c, row)
        .or(email.map(str::to_string))
        .or(phone.map(str::to_string))
        .or(c.get(row, "customer_ref").map(str::to_string))
        .ok_or_else(|| {
            CoreError::invalid(
                "customer_name",
                msg!("error-customer-name-new-customer-needs"),
            )
        })?;
    let owned = |f: &str| c.get(row, f).map(str::to_string);
    let address = owned("address").or_else(|| {
        let parts: Vec<&str> = c.address.iter().filter_map(|&i| cell(row, i)).collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    });
    Ok(CustomerEdit {
        display_name: name,
        given_name: owned("given_name"),
        family_name: owned("family_name"),
        emails: email.map(str::to_string).into_iter().collect(),
        phones: phone.map(str::to_string).into_iter().collect(),
        address,
        language: owned("language"),
        birthday: c
            .get(row, "birthday")
            .map(|b| crate::DayMonth::parse(b, "birthday"))
            .transpose()?,
        important_dates: Vec::new(),
        tags: c
            .get(row, "tags")
            .map(|t| {
                t.split([';', ','])
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        notes: owned("notes"),
        customer_ref: owned("customer_ref"),
    })
}

/// The consent entries `row`'s consent columns record: for exactly the
/// channel and purpose each column means; yes as granted, an explicit no as
/// refused, anything else (blank, "unknown", "pending") as nothing.
fn consents(c: &Columns, row: &csv::StringRecord, at: Option<DateTime<Utc>>) -> Vec<NewConsent> {
    let Some(layout) = c.layout else {
        return Vec::new();
    };
    let said = |values: &[String], v: &str| values.iter().any(|x| x.eq_ignore_ascii_case(v));
    c.consent
        .iter()
        .filter_map(|&(i, column)| {
            let v = cell(row, i)?;
            let state = if said(&column.yes, v) {
                ConsentState::Granted
            } else if said(&column.no, v) {
                ConsentState::Refused
            } else {
                return None;
            };
            let (channel, purpose) = column.meaning();
            Some(NewConsent {
                channel,
                purpose,
                state,
                at,
                method: format!("{IMPORTED_FROM}{}", layout.display_name),
                wording_version: None,
                note: Some(format!("Column \"{}\": {v}", column.column)),
                recorded_by: Some("import".into()),
            })
        })
        .collect()
}

/// `old` with blanks filled from `new` and new emails, phones and tags added.
pub(super) fn fill_in(mut old: CustomerEdit, new: CustomerEdit) -> CustomerEdit {
    for (slot, value) in [
        (&mut old.given_name, new.given_name),
        (&mut old.family_name, new.family_name),
        (&mut old.address, new.address),
        (&mut old.language, new.language),
        (&mut old.notes, new.notes),
        (&mut old.customer_ref, new.customer_ref),
    ] {
        if slot.is_none() {
            *slot = value;
        }
    }
    old.birthday = old.birthday.or(new.birthday);
    old.emails.extend(new.emails);
    old.phones.extend(new.phones);
    old.tags.extend(new.tags);
    old
}
