//! Who is working now, and how the records they make carry their name.
//!
//! The open shop keeps the person working ([`Working`]); opening the vault
//! works as the owner. Every authored insert writes `shop_author()`, an SQL
//! function of this connection that answers the staff id of the person
//! working, or NULL for the owner: a record's author is set by the
//! statement that makes it, in the same transaction, and records merged
//! from another computer keep theirs.

use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;
use secrecy::SecretString;

use super::member::{self, StaffMember};
use super::Role;
use crate::{owner_pin, CoreError, Result, Shop};

/// The person working at this open shop.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Working {
    /// The owner: the holder of the passphrase (or of the owner's PIN).
    #[default]
    Owner,
    /// A member of staff, signed in with their PIN.
    Staff(StaffMember),
}

impl Working {
    /// Their role.
    pub fn role(&self) -> Role {
        match self {
            Working::Owner => Role::Owner,
            Working::Staff(m) => m.role,
        }
    }

    /// Their staff id (`None` for the owner).
    pub fn staff_id(&self) -> Option<&str> {
        match self {
            Working::Owner => None,
            Working::Staff(m) => Some(&m.id),
        }
    }
}

/// The person working, shared with the connection's `shop_author()`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Author(Arc<Mutex<Working>>);

impl Author {
    /// Registers `shop_author()` on `conn`, answering for the owner until
    /// someone signs in.
    pub(crate) fn install(conn: &Connection) -> Result<Author> {
        let author = Author::default();
        let shared = author.clone();
        conn.create_scalar_function("shop_author", 0, FunctionFlags::SQLITE_UTF8, move |_| {
            Ok(shared.get().staff_id().map(str::to_string))
        })?;
        Ok(author)
    }

    fn get(&self) -> MutexGuard<'_, Working> {
        // Plain data: a panic elsewhere while holding it leaves it usable.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The person working now.
    pub(crate) fn working(&self) -> Working {
        self.get().clone()
    }

    /// From now on `who` is working.
    pub(crate) fn set(&self, who: Working) {
        *self.get() = who;
    }
}

impl Shop {
    /// The person working now (the owner until someone signs in).
    pub fn working(&self) -> Working {
        self.author().working()
    }

    /// Signs `staff_id` in with their PIN: from now on what is recorded is
    /// theirs and core lets them do what their role may. A wrong PIN, or a
    /// person removed, changes nothing (`CoreError::Invalid` on `pin`).
    pub fn sign_in(&mut self, staff_id: &str, pin: &SecretString) -> Result<StaffMember> {
        let person = member::get(self.conn(), staff_id)?;
        let hash = member::pin_hash(self.conn(), staff_id)?;
        if person.removed_at.is_some() || !hash.is_some_and(|h| owner_pin::verify_pin(&h, pin)) {
            return Err(wrong_pin());
        }
        self.author().set(Working::Staff(person.clone()));
        Ok(person)
    }

    /// The owner takes the counter back with the owner's PIN (the edges that
    /// hold the passphrase use [`Shop::work_as_owner`]).
    pub fn sign_in_owner(&mut self, pin: &SecretString) -> Result<()> {
        if !self.verify_owner_pin(pin)? {
            return Err(wrong_pin());
        }
        self.work_as_owner();
        Ok(())
    }

    /// Works as the owner from now on. Only for an edge that has just been
    /// given the passphrase (opening the vault does this already).
    pub fn work_as_owner(&mut self) {
        self.author().set(Working::Owner);
    }
}

fn wrong_pin() -> CoreError {
    CoreError::invalid("pin", msg!("error-staff-wrong-pin"))
}
