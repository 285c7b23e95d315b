//! Integration tests of shopkeeper-core: one binary, a module per topic.

mod bad_input;
mod consent;
mod entities;
mod import;
mod migrations;
mod search;

use shopkeeper_core::{Currency, Money, NewCustomer, Settings, Shop};

/// A fresh shop in a temporary folder (kept alive by the returned guard),
/// in GBP with UK phone numbers.
pub fn shop() -> (tempfile::TempDir, Shop) {
    let dir = tempfile::tempdir().unwrap();
    let mut shop = Shop::open(&dir.path().join("shop.vault")).unwrap();
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
