//! Helpers shared by the integration tests of shopkeeper-core and of
//! shopkeeper-sync (whose test binary includes this folder by path, so the
//! two never drift apart): real encrypted vaults, customers, money.

pub mod backups;
pub mod purchases;

use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};

use shopkeeper_core::{
    Channel, ConsentState, Currency, KdfParams, Money, NewConsent, NewCustomer, Purpose,
    SecretString, Settings, Shop, Unlock,
};

/// The passphrase of every test vault.
pub const PASSPHRASE: &str = "copper kettle under the plum tree";

fn unlock() -> Unlock {
    Unlock::Passphrase(SecretString::from(PASSPHRASE))
}

/// Creates a real encrypted vault at `path` (minimum key-derivation cost).
pub fn create(path: &Path) -> Shop {
    Shop::create_with_kdf(path, &SecretString::from(PASSPHRASE), KdfParams::minimum())
        .unwrap()
        .0
}

/// Opens the vault at `path` again, as the app would.
pub fn reopen(path: &Path) -> shopkeeper_core::Result<Shop> {
    Shop::open(path, &unlock())
}

/// A raw SQLite connection to the vault's database, through the vault,
/// for tests that must go around the core.
pub fn raw(path: &Path) -> rusqlite::Connection {
    shopkeeper_vault::open(path, &unlock()).unwrap()
}

/// A fresh shop in an encrypted vault in a temporary folder (kept alive by
/// the returned guard), in GBP with UK phone numbers.
pub fn shop() -> (tempfile::TempDir, Shop) {
    shop_in(tempfile::tempdir().unwrap())
}

/// [`shop`] in the folder `dir`.
pub fn shop_in(dir: tempfile::TempDir) -> (tempfile::TempDir, Shop) {
    let mut shop = create(&dir.path().join("shop.vault"));
    shop.update_settings(&Settings {
        shop_name: "Marta's".into(),
        currency: gbp(),
        phone_region: Some("GB".into()),
        ..Settings::default()
    })
    .unwrap();
    (dir, shop)
}

/// British pounds.
pub fn gbp() -> Currency {
    Currency::parse("GBP").unwrap()
}

/// `pence` in GBP.
pub fn pounds(pence: i64) -> Money {
    Money::new(pence, gbp())
}

/// Adds a customer with optional email and phone.
pub fn customer(
    shop: &mut Shop,
    name: &str,
    email: Option<&str>,
    phone: Option<&str>,
) -> shopkeeper_core::Customer {
    let mut c = NewCustomer::new(name);
    c.email = email.map(str::to_string);
    c.phone = phone.map(str::to_string);
    shop.add_customer(&c).unwrap()
}

/// A date from `YYYY-MM-DD`.
pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Noon (UTC) on `day`.
pub fn noon(day: NaiveDate) -> chrono::DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(12, 0, 0).unwrap())
}

/// An email-promotions consent choice made in person (wording v1).
pub fn consent(state: ConsentState) -> NewConsent {
    NewConsent {
        channel: Channel::Email,
        purpose: Purpose::Promotions,
        state,
        at: None,
        method: "in person".into(),
        wording_version: Some("v1".into()),
        note: None,
        recorded_by: None,
    }
}
