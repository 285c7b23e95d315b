//! The demo shop's staff: three people, so that the activity view, the
//! ledger's authors and the switch of person have something to show.

use secrecy::SecretString;

use super::{NewStaff, Role, StaffMember, Working};
use crate::{Result, Shop};

/// The PIN of every person on the demo shop's staff.
pub const DEMO_STAFF_PIN: &str = "246810";

/// The demo shop's staff, and their roles.
const DEMO_STAFF: &[(&str, Role)] = &[
    ("Anna Berg", Role::Manager),
    ("Tom Rossi", Role::Staff),
    ("Lena Vogel", Role::Staff),
];

/// Who served the demo's customer number `i`: mostly the owner, the rest
/// shared among the staff.
pub(crate) fn demo_author(people: &[StaffMember], i: usize) -> Working {
    match people.get(i % (people.len() + 2)) {
        Some(m) => Working::Staff(m.clone()),
        None => Working::Owner,
    }
}

impl Shop {
    /// Adds the demo shop's staff (as the owner).
    pub(crate) fn add_demo_staff(&mut self) -> Result<Vec<StaffMember>> {
        let pin = SecretString::from(DEMO_STAFF_PIN);
        DEMO_STAFF
            .iter()
            .map(|(name, role)| self.add_staff(&NewStaff::new(name, *role), &pin))
            .collect()
    }
}
