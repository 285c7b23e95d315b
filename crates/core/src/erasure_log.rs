//! Erasures survive a restore. A backup made before a customer was erased
//! still holds everything about them; restoring it would bring them back.
//! So the erasures a shop has recorded (ids and times only, no personal
//! data) are carried into a restored copy and applied there, as sync applies
//! an erasure that arrives from another computer, before the owner works in it.

use rusqlite::{params, Connection};

use crate::erase::{erasure_of, wipe};
use crate::{CoreError, CustomerId, Result, Shop};

/// The erasures a shop has recorded, read with [`Shop::erasure_log`] and
/// applied to another copy of the shop with [`Shop::apply_erasures`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErasureLog {
    entries: Vec<Entry>,
}

/// One row of the `erasure` table.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    id: String,
    customer: CustomerId,
    erased_at: String,
    purchases: String,
    staff_id: Option<String>,
}

impl ErasureLog {
    /// How many erasures the log holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the log holds no erasure.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Shop {
    /// Every erasure recorded in this shop, to carry into a restored copy
    /// of it (see [`Shop::apply_erasures`]).
    pub fn erasure_log(&self) -> Result<ErasureLog> {
        let entries = self
            .conn()
            .prepare(
                "SELECT id, customer_id, erased_at, purchases, staff_id FROM erasure ORDER BY id",
            )?
            .query_map([], |r| {
                Ok(Entry {
                    id: r.get(0)?,
                    customer: r.get(1)?,
                    erased_at: r.get(2)?,
                    purchases: r.get(3)?,
                    staff_id: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ErasureLog { entries })
    }

    /// Applies the erasures in `log` that this shop has not recorded (a
    /// restored copy made before them): each is recorded here and the
    /// customer's personal data is removed everywhere, as
    /// [`Shop::erase_customer`] does, then the database is compacted so no
    /// readable remnant stays. Returns how many of this shop's customers
    /// were erased (earlier records merged into one of them not counted).
    pub fn apply_erasures(&mut self, log: &ErasureLog) -> Result<usize> {
        let erased = self.write(|tx, _| apply(tx, log))?;
        if erased > 0 {
            self.conn().execute_batch("VACUUM")?;
        }
        Ok(erased)
    }

    /// Refuses (field `restore`) when this shop has recorded an erasure that
    /// `carried` (the erasures applied to a restored copy of it) lacks:
    /// switching to that copy would bring the customer back.
    pub fn check_erasures_carried(&self, carried: &ErasureLog) -> Result<()> {
        let now = self.erasure_log()?;
        if now.entries.iter().all(|e| carried.entries.contains(e)) {
            return Ok(());
        }
        Err(CoreError::invalid(
            "restore",
            msg!("error-restore-customer-was-erased"),
        ))
    }

    /// [`Shop::apply_erasures`] with every erasure `other` (the shop this
    /// copy was restored for) has recorded.
    pub fn apply_erasures_from(&mut self, other: &Shop) -> Result<usize> {
        self.apply_erasures(&other.erasure_log()?)
    }
}

fn apply(conn: &Connection, log: &ErasureLog) -> Result<usize> {
    let mut erased = 0;
    let mut touched = Vec::new();
    for e in &log.entries {
        let known: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM erasure WHERE id = ?1)")?
            .query_row([&e.id], |r| r.get(0))?;
        if known {
            continue;
        }
        let shown: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM customer WHERE id = ?1 AND merged_into IS NULL
                   AND NOT EXISTS (SELECT 1 FROM erasure WHERE customer_id = ?1))",
            )?
            .query_row([e.customer], |r| r.get(0))?;
        erased += usize::from(shown);
        conn.execute(
            "INSERT INTO erasure (id, customer_id, erased_at, purchases, staff_id)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![e.id, e.customer, e.erased_at, e.purchases, e.staff_id],
        )?;
        if !touched.contains(&e.customer) {
            touched.push(e.customer);
        }
    }
    for id in touched {
        if let Some((handling, at)) = erasure_of(conn, id)? {
            wipe(conn, &[id], handling, &at)?;
        }
    }
    Ok(erased)
}
