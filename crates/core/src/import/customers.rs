//! Customers as a file describes them.

use super::columns::Columns;
use crate::customer::CustomerEdit;
use crate::{CoreError, Result};

/// The customer a row describes, to create or fill in.
pub(super) fn customer_edit(c: &Columns, row: &csv::StringRecord) -> Result<CustomerEdit> {
    let name = c
        .get(row, "customer_name")
        .or(c.get(row, "customer_ref"))
        .ok_or_else(|| {
            CoreError::invalid(
                "customer_name",
                "A new customer needs a name or a reference.",
            )
        })?;
    let owned = |f: &str| c.get(row, f).map(str::to_string);
    Ok(CustomerEdit {
        display_name: name.to_string(),
        given_name: owned("given_name"),
        family_name: owned("family_name"),
        emails: owned("email").into_iter().collect(),
        phones: owned("phone").into_iter().collect(),
        address: owned("address"),
        language: owned("language"),
        birthday: c
            .get(row, "birthday")
            .map(|b| crate::DayMonth::parse(b, "birthday"))
            .transpose()?,
        important_dates: Vec::new(),
        tags: c
            .get(row, "tags")
            .map(|t| t.split(';').map(str::to_string).collect())
            .unwrap_or_default(),
        notes: owned("notes"),
        customer_ref: owned("customer_ref"),
    })
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
