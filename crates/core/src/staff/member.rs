//! The people on the staff: adding, listing, removing, roles and PINs.
//! Nobody is deleted: a person who leaves is marked removed, so what they
//! recorded keeps their name.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use secrecy::{ExposeSecret, SecretString};

use super::activity::{note, ActivityKind as Activity};
use super::{Permission, Role};
use crate::time::{now, stamp};
use crate::{owner_pin, text, CoreError, Result, Shop};

/// Shortest staff PIN accepted (the owner's may be shorter: it is one person's).
pub const MIN_STAFF_PIN_DIGITS: usize = 6;

/// One person on the staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    /// Unique id (UUIDv7).
    pub id: String,
    /// Their name, as the shop calls them.
    pub name: String,
    /// One to four letters for the sidebar and the ledger.
    pub initials: String,
    /// Their colour (`#rrggbb`), if chosen.
    pub colour: Option<String>,
    /// What they may do.
    pub role: Role,
    /// When they were added.
    pub created_at: DateTime<Utc>,
    /// When they were removed (they can no longer sign in).
    pub removed_at: Option<DateTime<Utc>>,
}

/// A person to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStaff {
    /// Their name.
    pub name: String,
    /// Their initials (`None`: from the name).
    pub initials: Option<String>,
    /// Their colour (`#rrggbb`).
    pub colour: Option<String>,
    /// What they may do.
    pub role: Role,
}

impl NewStaff {
    /// A person called `name` with `role`, initials from the name, no colour.
    pub fn new(name: &str, role: Role) -> NewStaff {
        NewStaff {
            name: name.into(),
            initials: None,
            colour: None,
            role,
        }
    }
}

const COLUMNS: &str = "id, name, initials, colour, role, created_at, removed_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StaffMember> {
    Ok(StaffMember {
        id: r.get(0)?,
        name: r.get(1)?,
        initials: r.get(2)?,
        colour: r.get(3)?,
        role: r.get(4)?,
        created_at: r.get(5)?,
        removed_at: r.get(6)?,
    })
}

/// The person with this id, removed or not.
pub(crate) fn get(conn: &Connection, id: &str) -> Result<StaffMember> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM staff WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::NotFound(msg!("error-not-found-staff")))
}

/// The PHC string of their PIN, if they have one.
pub(crate) fn pin_hash(conn: &Connection, id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT pin_hash FROM staff_pin WHERE staff_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Checks a staff PIN: 6 to 12 digits.
fn check_pin(pin: &SecretString) -> Result<()> {
    owner_pin::check_pin(pin)?;
    if pin.expose_secret().len() < MIN_STAFF_PIN_DIGITS {
        return Err(CoreError::invalid(
            "pin",
            msg!(
                "error-staff-pin-short",
                min = MIN_STAFF_PIN_DIGITS.to_string()
            ),
        ));
    }
    Ok(())
}

/// The first letters of the first and last words of `name`, upper case.
fn initials_of(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = |w: &&str| w.chars().next();
    let picked = match words.as_slice() {
        [] => vec![],
        [one] => one.chars().take(2).collect(),
        [a, .., z] => [first(a), first(z)].into_iter().flatten().collect(),
    };
    picked.into_iter().flat_map(char::to_uppercase).collect()
}

fn colour(value: Option<&str>) -> Result<Option<String>> {
    let Some(c) = text::tidy(value).map(|c| c.to_lowercase()) else {
        return Ok(None);
    };
    let hex = c.strip_prefix('#').unwrap_or("");
    if hex.len() != 6 || !hex.chars().all(|ch| ch.is_ascii_hexdigit()) {
        return Err(CoreError::invalid(
            "colour",
            msg!("error-staff-colour", text = c),
        ));
    }
    Ok(Some(c))
}

impl Shop {
    /// Adds a person with their PIN (6 to 12 digits; only its Argon2id hash
    /// is kept). Only an owner may.
    pub fn add_staff(&mut self, new: &NewStaff, pin: &SecretString) -> Result<StaffMember> {
        self.require(Permission::Staff)?;
        let name = text::required(&new.name, "name", "name")?;
        let initials = match text::tidy(new.initials.as_deref()) {
            Some(i) => i,
            None => initials_of(&name),
        };
        if !(1..=4).contains(&initials.chars().count()) {
            return Err(CoreError::invalid("initials", msg!("error-staff-initials")));
        }
        let colour = colour(new.colour.as_deref())?;
        check_pin(pin)?;
        if self.find_staff(&name).is_ok() {
            return Err(CoreError::invalid(
                "name",
                msg!("error-staff-name-taken", name = name),
            ));
        }
        let hash = owner_pin::hash_pin(pin)?;
        let id = uuid::Uuid::now_v7().to_string();
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO staff (id, name, initials, colour, role, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, name, initials, colour, new.role, stamp(now())],
            )?;
            tx.execute(
                "INSERT INTO staff_pin (staff_id, pin_hash) VALUES (?1, ?2)",
                params![id, hash],
            )?;
            note(tx, Activity::StaffAdded, None, None, Some(&name))?;
            get(tx, &id)
        })
    }

    /// The people who can sign in (not removed), by name.
    pub fn staff(&self) -> Result<Vec<StaffMember>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM staff WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everyone who was ever on the staff, removed too (for authors' names).
    pub fn staff_ever(&self) -> Result<Vec<StaffMember>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM staff ORDER BY id"))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The person (not removed) called `what` (any case), with these
    /// initials, or with this id.
    pub fn find_staff(&self, what: &str) -> Result<StaffMember> {
        let wanted = what.trim();
        self.staff()?
            .into_iter()
            .find(|m| {
                m.id == wanted
                    || m.name.to_lowercase() == wanted.to_lowercase()
                    || m.initials.to_lowercase() == wanted.to_lowercase()
            })
            .ok_or_else(|| CoreError::NotFound(msg!("error-not-found-staff-named", name = wanted)))
    }

    /// Removes a person: they can no longer sign in; what they recorded
    /// keeps their name. Only an owner may.
    pub fn remove_staff(&mut self, id: &str) -> Result<()> {
        self.require(Permission::Staff)?;
        let person = get(self.conn(), id)?;
        self.write(|tx, _| {
            tx.execute(
                "UPDATE staff SET removed_at = ?2 WHERE id = ?1 AND removed_at IS NULL",
                params![id, stamp(now())],
            )?;
            tx.execute("DELETE FROM staff_pin WHERE staff_id = ?1", [id])?;
            note(tx, Activity::StaffRemoved, None, None, Some(&person.name))
        })
    }

    /// Gives a person another role. Only an owner may.
    pub fn set_staff_role(&mut self, id: &str, role: Role) -> Result<StaffMember> {
        self.require(Permission::Staff)?;
        let person = get(self.conn(), id)?;
        self.write(|tx, _| {
            tx.execute(
                "UPDATE staff SET role = ?2 WHERE id = ?1",
                params![id, role],
            )?;
            let detail = format!("{}: {}", person.name, role.as_str());
            note(tx, Activity::StaffRole, None, None, Some(&detail))?;
            get(tx, id)
        })
    }

    /// Sets a person's PIN: an owner for anyone, a person for their own.
    pub fn set_staff_pin(&mut self, id: &str, pin: &SecretString) -> Result<()> {
        if self.working().staff_id() != Some(id) {
            self.require(Permission::Staff)?;
        }
        get(self.conn(), id)?;
        check_pin(pin)?;
        let hash = owner_pin::hash_pin(pin)?;
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO staff_pin (staff_id, pin_hash) VALUES (?1, ?2)
                 ON CONFLICT (staff_id) DO UPDATE SET pin_hash = excluded.pin_hash",
                params![id, hash],
            )?;
            Ok(())
        })
    }

    /// The name of the author `staff_id` (`None`: the owner).
    pub fn author_name(&self, staff_id: Option<&str>) -> Result<Option<String>> {
        match staff_id {
            None => Ok(None),
            Some(id) => Ok(Some(get(self.conn(), id)?.name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_come_from_the_first_and_last_word() {
        assert_eq!(initials_of("Anna Maria Schmidt"), "AS");
        assert_eq!(initials_of("Zoë Ødegård"), "ZØ");
        assert_eq!(initials_of("李小龙"), "李小");
        assert_eq!(initials_of("o'brien"), "O'");
    }
}
