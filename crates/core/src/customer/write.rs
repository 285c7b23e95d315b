//! Writing customers: adding, editing, deleting, and their matching keys.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;

use super::{find_by_key, get, Customer, Valid, COLUMNS};
use crate::time::{now_stamp, stamp};
use crate::{search, CoreError, CustomerId, Result};

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serializes")
}
/// Inserts a validated customer inside the caller's transaction.
pub(crate) fn insert_in(conn: &Connection, v: &Valid) -> Result<Customer> {
    let customer = insert_unindexed(conn, v)?;
    search::reindex(conn, customer.id)?;
    Ok(customer)
}

/// Like [`insert_in`] without the search entry, which the caller writes
/// before committing (a bulk import, with [`search::index_new`]).
pub(crate) fn insert_unindexed(conn: &Connection, v: &Valid) -> Result<Customer> {
    let now = crate::time::now();
    let customer = build(CustomerId::new(), v, now, now);
    check_ref_free(conn, customer.id, customer.customer_ref.as_deref())?;
    conn.prepare_cached(&format!(
        "INSERT INTO customer ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
    ))?
    .execute(params![
        customer.id,
        customer.display_name,
        customer.given_name,
        customer.family_name,
        json(&customer.emails),
        json(&customer.phones),
        customer.address,
        customer.language,
        customer.birthday.as_ref().map(json),
        json(&customer.important_dates),
        json(&customer.tags),
        customer.notes,
        customer.customer_ref,
        stamp(now),
        stamp(now),
    ])?;
    write_keys(conn, &customer)?;
    Ok(customer)
}

/// Replaces a customer's fields inside the caller's transaction.
pub(crate) fn update_in(conn: &Connection, id: CustomerId, v: &Valid) -> Result<Customer> {
    let old = get(conn, id)?;
    let customer = build(id, v, old.created_at, crate::time::now());
    check_ref_free(conn, id, customer.customer_ref.as_deref())?;
    conn.execute(
        "UPDATE customer SET display_name = ?2, given_name = ?3, family_name = ?4, emails = ?5,
            phones = ?6, address = ?7, language = ?8, birthday = ?9, important_dates = ?10,
            tags = ?11, notes = ?12, customer_ref = ?13, updated_at = ?14
         WHERE id = ?1",
        params![
            id,
            customer.display_name,
            customer.given_name,
            customer.family_name,
            json(&customer.emails),
            json(&customer.phones),
            customer.address,
            customer.language,
            customer.birthday.as_ref().map(json),
            json(&customer.important_dates),
            json(&customer.tags),
            customer.notes,
            customer.customer_ref,
            stamp(customer.updated_at),
        ],
    )?;
    conn.execute("DELETE FROM customer_key WHERE customer_id = ?1", [id])?;
    write_keys(conn, &customer)?;
    search::reindex(conn, id)?;
    Ok(customer)
}

fn build(
    id: CustomerId,
    v: &Valid,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
) -> Customer {
    let e = &v.edit;
    Customer {
        id,
        display_name: e.display_name.clone(),
        given_name: e.given_name.clone(),
        family_name: e.family_name.clone(),
        emails: e.emails.clone(),
        phones: v.phones.clone(),
        address: e.address.clone(),
        language: e.language.clone(),
        birthday: e.birthday,
        important_dates: e.important_dates.clone(),
        tags: e.tags.clone(),
        notes: e.notes.clone(),
        customer_ref: e.customer_ref.clone(),
        created_at,
        updated_at,
    }
}

fn check_ref_free(conn: &Connection, id: CustomerId, customer_ref: Option<&str>) -> Result<()> {
    if let Some(r) = customer_ref {
        if let Some(other) = find_by_key(conn, "ref", r)? {
            if other != id {
                return Err(CoreError::invalid(
                    "customer_ref",
                    msg!(
                        "error-customer-ref-another-customer-already",
                        r = r.to_string()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Rebuilds the matching keys of a customer whose record was replaced
/// wholesale (by sync): written if they are live, none otherwise.
pub(crate) fn rekey(conn: &Connection, id: CustomerId) -> Result<()> {
    conn.execute("DELETE FROM customer_key WHERE customer_id = ?1", [id])?;
    match get(conn, id) {
        Ok(c) => write_keys(conn, &c),
        Err(CoreError::NotFound(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes the matching keys (ref, emails, phones) of a live customer.
pub(crate) fn write_keys(conn: &Connection, c: &Customer) -> Result<()> {
    let mut put = conn.prepare_cached(
        "INSERT INTO customer_key (customer_id, kind, value) VALUES (?1, ?2, ?3)",
    )?;
    if let Some(r) = &c.customer_ref {
        put.execute(params![c.id, "ref", r])?;
    }
    for e in &c.emails {
        put.execute(params![c.id, "email", e.to_lowercase()])?;
    }
    for p in &c.phones {
        put.execute(params![c.id, "phone", p.match_key()])?;
    }
    Ok(())
}
/// Soft-deletes a customer (a tombstone for sync) and drops them from search.
pub(crate) fn delete_in(
    conn: &Connection,
    id: CustomerId,
    merged_into: Option<CustomerId>,
) -> Result<()> {
    get(conn, id)?;
    let now = now_stamp();
    conn.execute(
        "UPDATE customer SET deleted_at = ?2, updated_at = ?2, merged_into = ?3 WHERE id = ?1",
        params![id, now, merged_into],
    )?;
    conn.execute("DELETE FROM customer_key WHERE customer_id = ?1", [id])?;
    search::remove(conn, id)?;
    Ok(())
}
