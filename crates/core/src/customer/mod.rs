//! Customers: who they are and how to reach them.
mod edit;
mod read;
mod record;
#[cfg(test)]
mod tests;
mod write;

pub(crate) use edit::{validate_email, Valid};
pub use edit::{CustomerEdit, NewCustomer};
pub(crate) use read::{find, find_by_key, from_row, get, get_unerased, list, COLUMNS};
pub use record::{Customer, DayMonth, ImportantDate};
pub(crate) use write::{delete_in, insert_in, insert_unindexed, rekey, update_in, write_keys};

/// Most emails, phones, tags or dates one customer can have.
pub(crate) const MAX_ITEMS: usize = 50;
/// The placeholder that keeps the purchases of erased customers: a tombstone
/// (never listed, searched or suggested) with a fixed id, the same in every
/// copy of the shop.
pub const ANONYMOUS_CUSTOMER: &str = "00000000-0000-7000-8000-000000000000";
