//! Staff at the counter: the people who work in the shop, what each may do,
//! and who recorded what (issue 23).
//!
//! - `role`: [`Role`] (owner, manager, staff) and [`Permission`], the one
//!   table of who may do what; [`Shop::require`] is how core refuses;
//! - `member`: [`StaffMember`], adding, listing, removing people and setting
//!   their roles and PINs;
//! - `author`: who is working now ([`Working`]), signing in with a PIN, and
//!   the SQL function `shop_author()` every authored insert writes;
//! - `activity`: the per-person activity view ([`ActivityEntry`]) and the
//!   log of what is not a record of its own (exports, backup copies);
//!   `view`: its lines with the names of their authors and customers;
//! - `ask`: after how many idle minutes the app asks who is at the counter.
//!
//! The holder of the passphrase is "the owner" and needs no staff record:
//! opening the vault works as the owner, and everything recorded before
//! the shop had staff is theirs (a NULL author).

mod activity;
mod ask;
mod author;
mod demo;
mod member;
mod role;
mod view;

pub use activity::{ActivityEntry, ActivityKind};
pub use ask::MAX_ASK_WHO_MINUTES;
pub use author::Working;
pub(crate) use author::{author_in, Author};
pub(crate) use demo::demo_author;
pub use demo::DEMO_STAFF_PIN;
pub use member::{NewStaff, StaffMember, MIN_STAFF_PIN_DIGITS};
pub use role::{Permission, Role};
pub use view::ActivityLine;
