//! Getting the shop's data out, and back in: the whole shop as a versioned
//! JSON document (docs/export-format.md), one customer's own records (their
//! right of access), and customers as vCards.

mod json;
#[cfg(test)]
mod never_panics;
pub(crate) mod tables;
mod vcard;

pub(crate) use json::columns;
pub use json::{ShopImportReport, FORMAT, FORMAT_VERSION};
pub use vcard::{
    DuplicatePolicy, VcardCardNotes, VcardDuplicate, VcardField, VcardImportReport, VcardMatch,
    VcardNote,
};

use std::path::{Path, PathBuf};

use crate::book::write_private_file;
use crate::summary::Variant;
use crate::{customer, CustomerId, Result, Shop};

impl Shop {
    /// The whole shop as one JSON document (pretty-printed UTF-8): every
    /// record of every exported table, with ids and timestamps as stored.
    /// The same data always gives the same text.
    pub fn export_shop(&self) -> Result<String> {
        self.require(crate::staff::Permission::ExportMany)?;
        json::write(self.conn(), json::Scope::Shop)
    }

    /// Everything the shop holds about one customer, as a JSON document in
    /// the same shapes as [`Shop::export_shop`] (their records only).
    pub fn export_customer_data(&self, id: CustomerId) -> Result<String> {
        customer::get(self.conn(), id)?;
        json::write(self.conn(), json::Scope::Customer(id))
    }

    /// A customer's right of access in two files: everything about them as
    /// JSON at `json_path`, and the for-the-customer summary as a PDF beside
    /// it (same name, `.pdf`); `json_path` gets the `.json` ending if it
    /// lacks it. Each file is written whole or not at all. Returns both paths.
    pub fn save_customer_data(
        &self,
        id: CustomerId,
        json_path: &Path,
    ) -> Result<(PathBuf, PathBuf)> {
        let json = self.export_customer_data(id)?;
        let json_path = json_path.with_extension("json");
        let pdf_path = json_path.with_extension("pdf");
        self.save_summaries(&[id], Variant::ForCustomer, &pdf_path)?;
        write_private_file(&json_path, json.as_bytes())?;
        Ok((json_path, pdf_path))
    }

    /// Imports a whole-shop export into this shop, which must be empty.
    /// The file is checked first (format version, references between
    /// records); on any problem nothing is written.
    pub fn import_shop(&mut self, text: &str) -> Result<ShopImportReport> {
        self.require(crate::staff::Permission::Restore)?;
        let report = self.write(|tx, _| json::import(tx, text))?;
        self.reload_settings()?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::tables::{DERIVED, SYNC_ONLY, TABLES};

    /// This computer's own sync bookkeeping (migration 004): never exported.
    const LOCAL: &[&str] = &[
        "sync_clock",
        "sync_local",
        "sync_peer",
        "sync_applied",
        "sync_seen",
        "sync_conflict",
        // What this computer's Today showed (migration 007): its own record.
        "suggestion_shown",
    ];
    use crate::Shop;

    /// Every table in the schema is either exported or declared derived, so a
    /// table added by a migration cannot be silently left out of exports.
    #[test]
    fn every_table_is_exported_or_derived() {
        let shop = Shop::open_in_memory().unwrap();
        let names: Vec<String> = shop
            .conn()
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for name in names {
            assert!(
                TABLES.iter().chain(SYNC_ONLY).any(|t| t.name == name)
                    || DERIVED.contains(&name.as_str())
                    || LOCAL.contains(&name.as_str()),
                "table {name} is neither exported (export/tables.rs TABLES) nor derived (DERIVED) nor sync's own (LOCAL) nor sync-only (SYNC_ONLY)"
            );
        }
    }
}
