//! The shop's memory: customers, their purchases, preferences and consent.
//!
//! `shopkeeper-core` is the domain of Shopkeeper. It knows nothing about Tauri,
//! JSON or the command line; the desktop shell and the CLI are thin layers over
//! it. All data lives in one SQLite database opened through [`Shop::open`].
//!
//! ```
//! use shopkeeper_core::{NewCustomer, Shop};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let mut shop = Shop::open(&dir.path().join("shop.db")).unwrap();
//! let zoe = shop.add_customer(&NewCustomer::new("Zoë Ødegård")).unwrap();
//! assert_eq!(shop.list_customers().unwrap()[0].id, zoe.id);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod customer;
mod error;
mod ids;
mod paths;
mod schema;
mod shop;
mod store;

pub use customer::{Customer, NewCustomer};
pub use error::{CoreError, Result};
pub use ids::CustomerId;
pub use paths::{default_vault_path, resolve_vault_path, VAULT_ENV};
pub use shop::Shop;
