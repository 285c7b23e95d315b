//! [`Shop`]: one open shop and the operations on it. Every write runs in
//! one transaction: invalid input is refused and nothing is written.

use std::path::Path;

use rusqlite::{Connection, Transaction};
use secrecy::SecretString;
use shopkeeper_vault::{KdfChoice, KdfParams, Unlock};

use crate::access::{self, CreatedVault};
use crate::catalog::{self, NewProduct, Product};
use crate::consent::{self, ConsentEntry, ConsentStatus, NewConsent};
use crate::contact::{self, ContactEntry, NewContact};
use crate::customer::{self, Customer, CustomerEdit, NewCustomer};
use crate::frequency::{self, ContactFrequency, EffectiveFrequency};
use crate::household::{self, HouseholdLink, Relation};
use crate::preference::{self, NewPreference, Preference};
use crate::purchase::{self, NewPurchase, Purchase, PurchaseStats};
use crate::settings::{self, Settings};
use crate::{merge, schema, search, store, CustomerId, LinkId, PreferenceId, ProductId, Result};

/// An open shop: the handle every front end (desktop app, CLI) works through.
pub struct Shop {
    conn: Connection,
    settings: Settings,
    capture: crate::changes::Capture,
    author: crate::staff::Author,
    /// Suggestions kept between calls (see `suggest::cache`).
    pub(crate) suggest_cache: std::cell::RefCell<Option<crate::suggest::SuggestCache>>,
}

/// Everything the counter needs about one customer, in one read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// The customer.
    pub customer: Customer,
    /// Preferences, allergies and dislikes first.
    pub preferences: Vec<Preference>,
    /// The latest purchases (at most five).
    pub recent_purchases: Vec<Purchase>,
    /// Visits and spend.
    pub stats: PurchaseStats,
    /// Consent per channel and purpose.
    pub consent: Vec<ConsentStatus>,
    /// How often they want to be contacted.
    pub frequency: EffectiveFrequency,
    /// The latest contacts (at most five).
    pub recent_contacts: Vec<ContactEntry>,
    /// Household links.
    pub household: Vec<HouseholdLink>,
}

impl Shop {
    /// Creates a new shop vault at `path`, protected by `passphrase` (typed
    /// twice: `confirmation`), with key derivation calibrated on this machine.
    /// Returns the open shop and the recovery key with its emergency kit,
    /// which the owner must see once; Shopkeeper does not keep it.
    pub fn create(
        path: &Path,
        passphrase: &SecretString,
        confirmation: &SecretString,
    ) -> Result<(Shop, CreatedVault)> {
        Self::create_with_settings(path, passphrase, confirmation, &Settings::default())
    }

    /// Like [`Shop::create`], with the shop's name, currency and other
    /// settings chosen up front. Everything is checked before the file is made.
    pub fn create_with_settings(
        path: &Path,
        passphrase: &SecretString,
        confirmation: &SecretString,
        settings: &Settings,
    ) -> Result<(Shop, CreatedVault)> {
        access::check_new_passphrase(passphrase, confirmation)?;
        let settings = settings::validated(settings)?;
        let kdf = KdfChoice::Calibrated(access::KDF_TARGET);
        Self::build(path, passphrase, kdf, Some(&settings))
    }

    /// Like [`Shop::create`] with given key-derivation parameters (never
    /// below [`KdfParams::minimum`]) and no strength check: for tests and tools.
    pub fn create_with_kdf(
        path: &Path,
        passphrase: &SecretString,
        kdf: KdfParams,
    ) -> Result<(Shop, CreatedVault)> {
        Self::build(path, passphrase, kdf.into(), None)
    }

    /// Makes the vault, saves `settings` (if given) and writes the emergency kit.
    fn build(
        path: &Path,
        passphrase: &SecretString,
        kdf: KdfChoice,
        settings: Option<&Settings>,
    ) -> Result<(Shop, CreatedVault)> {
        let (conn, recovery_key) = store::create(path, passphrase, kdf)?;
        let mut shop = Self::from_connection(conn)?;
        if let Some(s) = settings {
            shop.update_settings(s)?;
        }
        crate::backup_schedule::keep_recovery_secret(shop.conn(), &recovery_key)?;
        let created = CreatedVault::new(recovery_key, &shop.settings.shop_name);
        Ok((shop, created))
    }

    /// Opens the shop vault at `path` with the passphrase or the recovery key,
    /// and brings its schema up to date. A wrong passphrase changes nothing.
    ///
    /// A file from an older version is first copied, still encrypted, to
    /// [`migration_backup_path`](crate::migration_backup_path) (e.g. `shop.vault.before-v4`); then
    /// every pending migration runs in one transaction. If one fails, the
    /// file is left byte for byte as it was ([`CoreError::Migration`](crate::CoreError::Migration)).
    pub fn open(path: &Path, unlock: &Unlock) -> Result<Shop> {
        let conn = store::open(path, unlock)?;
        schema::backup_before_migrating(&conn, path)?;
        Self::from_connection(conn)
    }

    /// Unlocks with the recovery key the owner typed, sets a new passphrase
    /// (typed twice) and opens the shop. The data key changes too (every
    /// page is sealed again, see [`Shop::change_passphrase`]), so the
    /// forgotten passphrase opens no old copy's header onto the current
    /// file; the recovery key stays the same.
    pub fn reset_passphrase(
        path: &Path,
        recovery_key: &SecretString,
        passphrase: &SecretString,
        confirmation: &SecretString,
    ) -> Result<Shop> {
        let key = access::parse_recovery_key(recovery_key)?;
        access::check_new_passphrase(passphrase, confirmation)?;
        let unlock = Unlock::RecoveryKey(key.clone());
        let mut shop = Self::open(path, &unlock)?;
        shop.change_key(&unlock, passphrase, Some(key), &mut |_| {})?;
        Ok(shop)
    }

    /// A shop that lives only in memory and vanishes when dropped (tests,
    /// previews). Nothing touches the disk.
    pub fn open_in_memory() -> Result<Shop> {
        Self::from_connection(store::open_in_memory()?)
    }

    pub(crate) fn from_connection(mut conn: Connection) -> Result<Shop> {
        schema::migrate(&mut conn)?;
        let settings = settings::load(&conn)?;
        let capture = crate::changes::Capture::install(&conn)?;
        let author = crate::staff::Author::install(&conn)?;
        Ok(Shop {
            conn,
            settings,
            capture,
            author,
            suggest_cache: Default::default(),
        })
    }

    /// Runs `f` in one transaction: committed if it succeeds, rolled back otherwise.
    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &Settings) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = f(&tx, &self.settings)?;
        tx.commit()?;
        Ok(out)
    }

    /// Like [`Shop::write`], but `f` also says whether to keep its work
    /// (a dry run or a refused import returns `false` and nothing is written).
    pub(crate) fn write_or_discard<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &Settings) -> Result<(T, bool)>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let (out, keep) = f(&tx, &self.settings)?;
        if keep {
            tx.commit()?;
        }
        Ok(out)
    }

    /// Runs `f`, which makes its own transaction, with SQLite's foreign-key
    /// checks off (they cannot change inside a transaction), and turns them
    /// back on whatever `f` returned.
    pub(crate) fn without_foreign_keys<T>(
        &mut self,
        f: impl FnOnce(&mut Shop) -> Result<T>,
    ) -> Result<T> {
        self.conn.execute_batch("PRAGMA foreign_keys = OFF")?;
        let out = f(self);
        self.conn.execute_batch("PRAGMA foreign_keys = ON")?;
        out
    }

    /// Runs `f` without SQLite's CHECK constraints, for a bulk write whose
    /// every value is made by core's own types (a purchase import's
    /// quantities and unit prices are `Quantity` and `UnitPrice` text, never
    /// the file's): the checks guard what arrives whole from outside (change
    /// files, exports), and evaluating their patterns on every line is the
    /// largest part of what exact quantities cost a million-row import.
    pub(crate) fn without_row_checks<T>(
        &mut self,
        f: impl FnOnce(&mut Shop) -> Result<T>,
    ) -> Result<T> {
        self.conn
            .execute_batch("PRAGMA ignore_check_constraints = ON")?;
        let out = f(self);
        self.conn
            .execute_batch("PRAGMA ignore_check_constraints = OFF")?;
        out
    }

    /// Reads the settings again after a write that replaced them (an import).
    pub(crate) fn reload_settings(&mut self) -> Result<()> {
        self.settings = settings::load(&self.conn)?;
        Ok(())
    }

    /// Change capture for sync (the clock and the synced tables).
    pub(crate) fn capture(&self) -> &crate::changes::Capture {
        &self.capture
    }

    /// Who is working now, shared with the connection's `shop_author()`.
    pub(crate) fn author(&self) -> &crate::staff::Author {
        &self.author
    }

    /// The open database connection (for whole-database operations such as backups).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The file this shop's database lives in (`None` in memory).
    pub(crate) fn file_path(&self) -> Option<std::path::PathBuf> {
        self.conn
            .path()
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from)
    }

    /// The open database connection, for a transaction of another kind
    /// than [`Shop::write`]'s (a change of key holds the write lock).
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    fn region(&self) -> Option<&str> {
        self.settings.phone_region.as_deref()
    }

    /// The shop's settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Changes the shop's settings.
    pub fn update_settings(&mut self, s: &Settings) -> Result<Settings> {
        self.require(crate::staff::Permission::Settings)?;
        self.settings = settings::save(&mut self.conn, s)?;
        Ok(self.settings.clone())
    }

    /// Adds a customer; invalid input is refused and nothing is written.
    pub fn add_customer(&mut self, input: &NewCustomer) -> Result<Customer> {
        let valid = input.to_edit().validated(self.region())?;
        self.write(|tx, _| customer::insert_in(tx, &valid))
    }

    /// Replaces a customer's editable fields (start from [`Customer::edit`]).
    pub fn update_customer(&mut self, id: CustomerId, edit: &CustomerEdit) -> Result<Customer> {
        let valid = edit.validated(self.region())?;
        self.write(|tx, _| customer::update_in(tx, id, &valid))
    }

    /// All live customers, sorted by name.
    pub fn list_customers(&self) -> Result<Vec<Customer>> {
        customer::list(&self.conn)
    }

    /// One customer by id.
    pub fn customer(&self, id: CustomerId) -> Result<Customer> {
        customer::get(&self.conn, id)
    }

    /// Finds one customer by id, reference, email, phone (any format) or exact name.
    pub fn find_customer(&self, what: &str) -> Result<Customer> {
        customer::find(&self.conn, what, self.region(), false)
    }

    /// Like [`Shop::find_customer`], but an id also finds a deleted customer
    /// whose details are still in the file, so that they can be erased.
    pub fn find_customer_to_erase(&self, what: &str) -> Result<Customer> {
        customer::find(&self.conn, what, self.region(), true)
    }

    /// Deletes a customer (kept as a tombstone so other computers learn of it).
    /// Their details stay in the file until [`Shop::erase_customer`].
    pub fn delete_customer(&mut self, id: CustomerId) -> Result<()> {
        self.require(crate::staff::Permission::Erase)?;
        self.write(|tx, _| customer::delete_in(tx, id, None))
    }

    /// Merges `absorb` into `keep`: purchases, preferences, contacts, links,
    /// emails, phones and tags move over; consent is carried by new ledger entries.
    pub fn merge_customers(&mut self, keep: CustomerId, absorb: CustomerId) -> Result<Customer> {
        self.require(crate::staff::Permission::Settings)?;
        let region = self.settings.phone_region.clone();
        self.write(|tx, _| merge::merge_in(tx, keep, absorb, region.as_deref()))
    }

    /// Links two customers (`other` is `relation` to `customer`).
    pub fn link_customers(
        &mut self,
        customer: CustomerId,
        other: CustomerId,
        relation: Relation,
    ) -> Result<HouseholdLink> {
        self.write(|tx, _| {
            customer::get(tx, customer)?;
            customer::get(tx, other)?;
            household::insert_in(tx, customer, other, relation)
        })
    }

    /// Removes the household link `link` of `customer`, whichever of the
    /// two customers it was recorded on. Neither customer is otherwise
    /// changed; a link between two other customers is refused.
    pub fn unlink_customers(&mut self, customer: CustomerId, link: LinkId) -> Result<()> {
        self.write(|tx, _| household::remove_in(tx, customer, link))
    }

    /// Everything about one customer for the profile view.
    pub fn profile(&self, id: CustomerId) -> Result<Profile> {
        let c = &self.conn;
        Ok(Profile {
            customer: customer::get(c, id)?,
            preferences: preference::list(c, id)?,
            recent_purchases: purchase::list(c, id, 5)?,
            stats: purchase::stats(c, id, self.settings.currency)?,
            consent: consent::current(c, id)?,
            frequency: frequency::get(c, id, &self.settings.default_frequency)?,
            recent_contacts: contact::list(c, id, 5)?,
            household: household::list(c, id)?,
        })
    }

    /// Remembers a preference for a customer.
    pub fn add_preference(
        &mut self,
        customer: CustomerId,
        p: &NewPreference,
    ) -> Result<Preference> {
        self.write(|tx, _| {
            customer::get(tx, customer)?;
            let pref = preference::insert_in(tx, customer, p)?;
            search::reindex(tx, customer)?;
            Ok(pref)
        })
    }

    /// A customer's preferences, allergies and dislikes first.
    pub fn preferences(&self, customer: CustomerId) -> Result<Vec<Preference>> {
        preference::list(&self.conn, customer)
    }

    /// Forgets a preference.
    pub fn remove_preference(&mut self, id: PreferenceId) -> Result<()> {
        self.write(|tx, _| preference::remove_in(tx, id).map(|_| ()))
    }

    /// Adds a product to the catalog.
    pub fn add_product(&mut self, p: &NewProduct) -> Result<Product> {
        self.require(crate::staff::Permission::Settings)?;
        self.write(|tx, s| catalog::insert_in(tx, p, s.currency))
    }

    /// Adds several products in one transaction; the first bad one (with
    /// its line number) refuses them all. Returns how many were added.
    pub fn add_products(&mut self, products: &[(u64, NewProduct)]) -> Result<usize> {
        self.require(crate::staff::Permission::Settings)?;
        self.write(|tx, s| {
            for (line, p) in products {
                catalog::insert_in(tx, p, s.currency).map_err(|e| match e {
                    crate::CoreError::Invalid { field, reason } => crate::CoreError::invalid(
                        field,
                        msg!("error-line-nothing-was", line = *line, reason = reason),
                    ),
                    other => other,
                })?;
            }
            Ok(products.len())
        })
    }

    /// The live catalog, by name.
    pub fn products(&self) -> Result<Vec<Product>> {
        catalog::list(&self.conn)
    }

    /// One live product by id.
    pub fn product(&self, id: ProductId) -> Result<Product> {
        catalog::get(&self.conn, id)
    }

    /// Replaces a product's fields; the SKU must stay unique.
    pub fn update_product(&mut self, id: ProductId, p: &NewProduct) -> Result<Product> {
        self.require(crate::staff::Permission::Settings)?;
        self.write(|tx, s| catalog::update_in(tx, id, p, s.currency))
    }

    /// Takes a product out of the catalog; past purchases keep naming it.
    pub fn archive_product(&mut self, id: ProductId) -> Result<()> {
        self.require(crate::staff::Permission::Settings)?;
        self.write(|tx, _| catalog::archive_in(tx, id))
    }

    /// The live product with this SKU, if any.
    pub fn product_by_sku(&self, sku: &str) -> Result<Option<Product>> {
        catalog::by_sku(&self.conn, sku)
    }

    /// Records a purchase.
    pub fn add_purchase(&mut self, customer: CustomerId, p: &NewPurchase) -> Result<Purchase> {
        self.write(|tx, s| {
            customer::get(tx, customer)?;
            purchase::insert_in(tx, customer, p, s.currency)
        })
    }

    /// A customer's purchases, newest first, at most `limit`.
    pub fn purchases(&self, customer: CustomerId, limit: usize) -> Result<Vec<Purchase>> {
        purchase::list(&self.conn, customer, limit)
    }

    /// Appends a consent decision to the customer's ledger.
    pub fn record_consent(&mut self, customer: CustomerId, c: &NewConsent) -> Result<ConsentEntry> {
        self.write(|tx, _| {
            customer::get(tx, customer)?;
            consent::append_in(tx, customer, c)
        })
    }

    /// The current consent per channel and purpose.
    pub fn consent(&self, customer: CustomerId) -> Result<Vec<ConsentStatus>> {
        consent::current(&self.conn, customer)
    }

    /// The consent ledger, oldest first.
    pub fn consent_history(&self, customer: CustomerId) -> Result<Vec<ConsentEntry>> {
        consent::history(&self.conn, customer)
    }

    /// Sets a customer's own contact frequency.
    pub fn set_contact_frequency(
        &mut self,
        customer: CustomerId,
        rule: &ContactFrequency,
    ) -> Result<()> {
        self.write(|tx, _| {
            customer::get(tx, customer)?;
            frequency::set(tx, customer, rule)
        })
    }

    /// The frequency that applies to a customer (theirs or the shop's default).
    pub fn contact_frequency(&self, customer: CustomerId) -> Result<EffectiveFrequency> {
        frequency::get(&self.conn, customer, &self.settings.default_frequency)
    }

    /// Logs a contact.
    pub fn log_contact(&mut self, customer: CustomerId, c: &NewContact) -> Result<ContactEntry> {
        self.write(|tx, _| {
            customer::get(tx, customer)?;
            contact::insert_in(tx, customer, c)
        })
    }

    /// A customer's contacts, newest first, at most `limit`.
    pub fn contacts(&self, customer: CustomerId, limit: usize) -> Result<Vec<ContactEntry>> {
        contact::list(&self.conn, customer, limit)
    }

    /// The latest contacts with any customer, newest first, at most `limit`,
    /// each with the customer's name (for "recent activity").
    pub fn recent_contacts(&self, limit: usize) -> Result<Vec<(ContactEntry, String)>> {
        contact::recent(&self.conn, limit)
    }

    /// Customers matching `query` (name, email, phone, notes, preferences,
    /// tags, products bought), best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Customer>> {
        search::search(&self.conn, query, self.region(), limit)?
            .into_iter()
            .map(|id| customer::get(&self.conn, id))
            .collect()
    }
}
