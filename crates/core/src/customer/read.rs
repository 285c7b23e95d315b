//! Reading customers: by id, by key, by what the owner typed, all of them.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Deserialize;

use super::{Customer, ANONYMOUS_CUSTOMER};
use crate::phone::Phone;
use crate::{CoreError, CustomerId, Result};

pub(crate) const COLUMNS: &str =
    "id, display_name, given_name, family_name, emails, phones, address,
    language, birthday, important_dates, tags, notes, customer_ref, created_at, updated_at";
/// The live customer with this normalized key (`ref`, `email` lower-cased, `phone` match key).
pub(crate) fn find_by_key(
    conn: &Connection,
    kind: &str,
    value: &str,
) -> Result<Option<CustomerId>> {
    Ok(conn
        .prepare_cached(
            "SELECT k.customer_id FROM customer_key k JOIN customer c ON c.id = k.customer_id
             WHERE k.kind = ?1 AND k.value = ?2 AND c.deleted_at IS NULL LIMIT 1",
        )?
        .query_row(params![kind, value], |r| r.get(0))
        .optional()?)
}

/// Finds a customer by id, reference, email, phone, or exact name; by id
/// also a deleted customer whose data was not erased yet, if `deleted` is set.
pub(crate) fn find(
    conn: &Connection,
    what: &str,
    region: Option<&str>,
    deleted: bool,
) -> Result<Customer> {
    let w = what.trim();
    if let Ok(id) = w.parse::<CustomerId>() {
        return if deleted {
            get_unerased(conn, id)
        } else {
            get(conn, id)
        };
    }
    let mut found = find_by_key(conn, "ref", w)?;
    if found.is_none() && w.contains('@') {
        found = find_by_key(conn, "email", &w.to_lowercase())?;
    }
    if found.is_none() {
        if let Ok(p) = Phone::parse(w, region) {
            found = find_by_key(conn, "phone", &p.match_key())?;
        }
    }
    if let Some(id) = found {
        return get(conn, id);
    }
    let ids: Vec<CustomerId> = conn
        .prepare_cached(
            "SELECT id FROM customer WHERE deleted_at IS NULL AND display_name = ?1 COLLATE NOCASE LIMIT 2",
        )?
        .query_map([w], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    match ids.as_slice() {
        [id] => get(conn, *id),
        [] => Err(CoreError::NotFound(msg!(
            "error-not-found-customer-matches-use",
            w = w.to_string()
        ))),
        _ => Err(CoreError::invalid(
            "customer",
            msg!("error-customer-more-than-one", w = w.to_string()),
        )),
    }
}

/// One live customer.
pub(crate) fn get(conn: &Connection, id: CustomerId) -> Result<Customer> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM customer WHERE id = ?1 AND deleted_at IS NULL"
    ))?
    .query_row([id], from_row)
    .optional()?
    .ok_or_else(|| CoreError::NotFound(msg!("error-not-found-customer-does-exist")))
}

/// One customer, live or deleted, unless their data was already erased:
/// a deleted customer's details stay in the file until they are erased.
pub(crate) fn get_unerased(conn: &Connection, id: CustomerId) -> Result<Customer> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM customer WHERE id = ?1 AND id <> ?2
           AND NOT EXISTS (SELECT 1 FROM erasure e WHERE e.customer_id = customer.id)"
    ))?
    .query_row(params![id, ANONYMOUS_CUSTOMER], from_row)
    .optional()?
    .ok_or_else(|| CoreError::NotFound(msg!("error-not-found-customer-does-exist-2")))
}

/// All live customers, by name.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Customer>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM customer WHERE deleted_at IS NULL
         ORDER BY display_name COLLATE NOCASE, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
fn parse_json<T: for<'de> Deserialize<'de>>(row: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Customer> {
    let birthday: Option<String> = row.get(8)?;
    Ok(Customer {
        id: row.get(0)?,
        display_name: row.get(1)?,
        given_name: row.get(2)?,
        family_name: row.get(3)?,
        emails: parse_json(row, 4)?,
        phones: parse_json(row, 5)?,
        address: row.get(6)?,
        language: row.get(7)?,
        birthday: birthday.and_then(|b| serde_json::from_str(&b).ok()),
        important_dates: parse_json(row, 9)?,
        tags: parse_json(row, 10)?,
        notes: row.get(11)?,
        customer_ref: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
    })
}
