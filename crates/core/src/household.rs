//! Household links between customers (partner, child, buys-for).

use rusqlite::{params, Connection};

use crate::kinds::text_enum;
use crate::time::now_stamp;
use crate::{CoreError, CustomerId, LinkId, Result};

text_enum!(
    /// How one customer is related to another.
    Relation, "relation" {
        /// Partner or spouse.
        Partner = "partner",
        /// Their child.
        Child = "child",
        /// Their parent.
        Parent = "parent",
        /// They buy for the other (gifts, errands).
        BuysFor = "buys-for",
        /// Another relation.
        Other = "other",
    }
);

/// A link from one customer to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdLink {
    /// Unique id.
    pub id: LinkId,
    /// The customer the link is recorded on.
    pub customer_id: CustomerId,
    /// The other customer.
    pub other_id: CustomerId,
    /// What the other is to the customer.
    pub relation: Relation,
}

pub(crate) fn insert_in(
    conn: &Connection,
    a: CustomerId,
    b: CustomerId,
    relation: Relation,
) -> Result<HouseholdLink> {
    if a == b {
        return Err(CoreError::invalid(
            "relation",
            msg!("error-relation-customer-linked-themselves"),
        ));
    }
    let link = HouseholdLink {
        id: LinkId::new(),
        customer_id: a,
        other_id: b,
        relation,
    };
    let now = now_stamp();
    conn.execute(
        "INSERT INTO household_link (id, customer_id, other_id, relation, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![link.id, a, b, relation, now],
    )?;
    Ok(link)
}

/// Removes a link of `customer` (a tombstone, so the removal reaches other
/// devices too).
pub(crate) fn remove_in(conn: &Connection, customer: CustomerId, link: LinkId) -> Result<()> {
    let now = now_stamp();
    let n = conn.execute(
        "UPDATE household_link SET deleted_at = ?2, updated_at = ?2
         WHERE id = ?1 AND ?3 IN (customer_id, other_id) AND deleted_at IS NULL",
        params![link, now, customer],
    )?;
    if n == 0 {
        return Err(CoreError::NotFound(msg!(
            "error-not-found-household-link-customer"
        )));
    }
    Ok(())
}

/// Links recorded on `customer` or pointing at them.
pub(crate) fn list(conn: &Connection, customer: CustomerId) -> Result<Vec<HouseholdLink>> {
    let rows = conn
        .prepare_cached(
            "SELECT id, customer_id, other_id, relation FROM household_link
             WHERE (customer_id = ?1 OR other_id = ?1) AND deleted_at IS NULL ORDER BY id",
        )?
        .query_map([customer], |r| {
            Ok(HouseholdLink {
                id: r.get(0)?,
                customer_id: r.get(1)?,
                other_id: r.get(2)?,
                relation: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
