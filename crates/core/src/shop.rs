//! [`Shop`]: one open shop and the operations on it.

use std::path::Path;

use rusqlite::Connection;

use crate::{customer, schema, store, Customer, NewCustomer, Result};

/// An open shop: the handle every front end (desktop app, CLI) works through.
pub struct Shop {
    conn: Connection,
}

impl Shop {
    /// Opens the shop stored at `path`, creating it if it does not exist,
    /// and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Shop> {
        let mut conn = store::open(path)?;
        schema::migrate(&mut conn)?;
        Ok(Shop { conn })
    }

    /// Adds a customer; invalid input is refused and nothing is written.
    pub fn add_customer(&mut self, input: &NewCustomer) -> Result<Customer> {
        customer::insert(&mut self.conn, input)
    }

    /// All customers, sorted by name.
    pub fn list_customers(&self) -> Result<Vec<Customer>> {
        customer::list(&self.conn)
    }
}
