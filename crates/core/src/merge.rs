//! Merging two records of the same person into one.

use rusqlite::{params, Connection};

use crate::consent::{self, ConsentState, NewConsent};
use crate::customer::{self, Customer};
use crate::{search, CoreError, CustomerId, Result};

/// The ledger's method for a consent choice carried over from a merged
/// duplicate.
pub(crate) const MERGED_METHOD: &str = "merged from a duplicate record";

/// Moves everything of `absorb` onto `keep` and tombstones `absorb`
/// (`merged_into = keep`). Consent is never rewritten: the ledger of `keep`
/// gains entries where `absorb` had a decision and `keep` had none, and a
/// refusal on either side wins.
pub(crate) fn merge_in(
    conn: &Connection,
    keep: CustomerId,
    absorb: CustomerId,
    region: Option<&str>,
) -> Result<Customer> {
    if keep == absorb {
        return Err(CoreError::invalid(
            "customer",
            msg!("error-customer-customer-merged-with"),
        ));
    }
    let kept = customer::get(conn, keep)?;
    let gone = customer::get(conn, absorb)?;
    let mut edit = kept.edit();
    edit.emails.extend(gone.emails.iter().cloned());
    edit.phones
        .extend(gone.phones.iter().map(|p| p.typed.clone()));
    edit.tags.extend(gone.tags.iter().cloned());
    edit.important_dates
        .extend(gone.important_dates.iter().cloned());
    edit.notes = match (edit.notes.take(), gone.notes.clone()) {
        (Some(a), Some(b)) => Some(format!("{a}\n\n{b}")),
        (a, b) => a.or(b),
    };
    for (slot, other) in [
        (&mut edit.given_name, &gone.given_name),
        (&mut edit.family_name, &gone.family_name),
        (&mut edit.address, &gone.address),
        (&mut edit.language, &gone.language),
    ] {
        if slot.is_none() {
            slot.clone_from(other);
        }
    }
    edit.birthday = edit.birthday.or(gone.birthday);
    let keep_ref = edit.customer_ref.is_some();
    if !keep_ref {
        edit.customer_ref.clone_from(&gone.customer_ref);
    }
    let valid = edit.validated(region)?;
    for table in ["purchase", "preference", "contact_log", "promise"] {
        conn.execute(
            &format!("UPDATE {table} SET customer_id = ?1 WHERE customer_id = ?2"),
            params![keep, absorb],
        )?;
    }
    // Kinds either did not want stay unwanted (one row per kind is kept).
    conn.execute(
        "UPDATE OR IGNORE suggestion_kind_block SET customer_id = ?1 WHERE customer_id = ?2",
        params![keep, absorb],
    )?;
    conn.execute(
        "UPDATE preference SET updated_at = ?2 WHERE customer_id = ?1",
        params![keep, crate::time::now_stamp()],
    )?;
    for table_col in ["customer_id", "other_id"] {
        conn.execute(
            &format!("UPDATE household_link SET {table_col} = ?1 WHERE {table_col} = ?2"),
            params![keep, absorb],
        )?;
    }
    conn.execute(
        "UPDATE household_link SET deleted_at = updated_at WHERE customer_id = other_id",
        [],
    )?;
    carry_consent(conn, keep, absorb)?;
    customer::delete_in(conn, absorb, Some(keep))?;
    let merged = customer::update_in(conn, keep, &valid)?;
    search::reindex(conn, keep)?;
    Ok(merged)
}

fn carry_consent(conn: &Connection, keep: CustomerId, absorb: CustomerId) -> Result<()> {
    let mine = consent::current(conn, keep)?;
    let theirs = consent::current(conn, absorb)?;
    for (m, t) in mine.iter().zip(&theirs) {
        let take = match (m.state, t.state) {
            (_, ConsentState::NotAsked) => false,
            (ConsentState::NotAsked, _) => true,
            (ConsentState::Granted, ConsentState::Refused) => true,
            _ => false,
        };
        if take {
            consent::append_in(
                conn,
                keep,
                &NewConsent {
                    channel: t.channel,
                    purpose: t.purpose,
                    state: t.state,
                    at: t.since,
                    method: MERGED_METHOD.into(),
                    wording_version: None,
                    note: Some(format!("from customer {absorb}")),
                    recorded_by: Some("merge".into()),
                },
            )?;
        }
    }
    Ok(())
}
