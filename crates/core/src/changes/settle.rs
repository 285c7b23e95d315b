//! What follows the records of one change file merged in: the totals of
//! every purchase it touched settled from their merged lines, and every
//! erased customer it touched wiped again with the erasure's own time, so an
//! older change about them never brings their data back (docs/sync.md,
//! "Erasure").

use std::collections::BTreeSet;

use rusqlite::Connection;

use crate::erase::{erasure_of, wipe};
use crate::{customer, search, CustomerId, Result};

/// Settles the `purchases` (ids) and `customers` a merge touched, in its
/// transaction: totals from the lines, erasures applied again, matching keys
/// and search entries rebuilt.
pub fn settle_touched(
    conn: &Connection,
    customers: &BTreeSet<CustomerId>,
    purchases: &BTreeSet<String>,
) -> Result<()> {
    let mut touched = customers.clone();
    for p in purchases {
        crate::purchase_change::settle_totals(conn, p)?;
        let owner: Option<CustomerId> = conn
            .prepare_cached("SELECT customer_id FROM purchase WHERE id = ?1")?
            .query_row([p], |r| r.get(0))
            .ok();
        touched.extend(owner);
    }
    for id in &touched {
        if let Some((handling, at)) = erasure_of(conn, *id)? {
            wipe(conn, &[*id], handling, &at)?;
        }
        customer::rekey(conn, *id)?;
        search::reindex(conn, *id)?;
    }
    Ok(())
}
