//! The catalog as the desktop app edits it, a shop created with its name and
//! currency, and the throwaway demo shop.

use chrono::NaiveDate;
use shopkeeper_core::demo::{self, DemoOptions};
use shopkeeper_core::*;

use super::{customer, pounds, reopen, shop, PASSPHRASE};

fn coffee() -> NewProduct {
    NewProduct {
        sku: "YIR-250".into(),
        name: "Kaffee Yirgacheffe".into(),
        category: Some("coffee".into()),
        tags: vec!["light roast".into()],
        price: Some(pounds(1250)),
        use_up_days: Some(30),
        ..NewProduct::default()
    }
}

#[test]
fn a_product_is_edited_in_place_and_its_sku_stays_unique() {
    let (_d, mut shop) = shop();
    let yir = shop.add_product(&coffee()).unwrap();
    let other = shop
        .add_product(&NewProduct {
            sku: "HUE-250".into(),
            name: "Huehuetenango".into(),
            ..NewProduct::default()
        })
        .unwrap();

    let mut edit = coffee();
    edit.name = "Kaffee Yirgacheffe (Ødegård roast)".into();
    edit.price = Some(pounds(1390));
    edit.service_days = Some(180);
    edit.arrival_date = Some(NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
    let saved = shop.update_product(yir.id, &edit).unwrap();
    assert_eq!(saved.id, yir.id);
    assert_eq!(shop.product(yir.id).unwrap(), saved);
    assert_eq!(shop.product(yir.id).unwrap().price, Some(pounds(1390)));
    assert_eq!(shop.products().unwrap().len(), 2);

    // Taking another product's SKU is refused and changes nothing.
    edit.sku = "HUE-250".into();
    let err = shop.update_product(yir.id, &edit).unwrap_err();
    assert_eq!(err.field(), Some("sku"));
    assert_eq!(shop.product(yir.id).unwrap().sku, "YIR-250");
    assert_eq!(shop.product(other.id).unwrap().name, "Huehuetenango");

    // Bad fields name themselves.
    let mut bad = coffee();
    bad.use_up_days = Some(0);
    assert_eq!(
        shop.update_product(yir.id, &bad).unwrap_err().field(),
        Some("use_up_days")
    );
    bad = coffee();
    bad.name = "  ".into();
    assert_eq!(
        shop.update_product(yir.id, &bad).unwrap_err().field(),
        Some("name")
    );
}

#[test]
fn an_archived_product_leaves_the_catalog_but_not_past_purchases() {
    let (_d, mut shop) = shop();
    let yir = shop.add_product(&coffee()).unwrap();
    let li = customer(&mut shop, "李小龙", None, None);
    shop.add_purchase(
        li.id,
        &NewPurchase {
            at: None,
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine {
                sku: Some("YIR-250".into()),
                product_id: None,
                description: None,
                quantity: 2.into(),
                unit_price: None,
                discount: None,
                total: None,
                is_return: false,
            }],
        },
    )
    .unwrap();

    shop.archive_product(yir.id).unwrap();
    assert!(shop.products().unwrap().is_empty());
    assert!(shop.product_by_sku("YIR-250").unwrap().is_none());
    assert!(matches!(
        shop.product(yir.id).unwrap_err(),
        CoreError::NotFound(_)
    ));
    assert!(shop.archive_product(yir.id).is_err());
    assert!(shop.update_product(yir.id, &coffee()).is_err());
    let bought = shop.purchases(li.id, 5).unwrap();
    assert_eq!(bought[0].lines[0].description, "Kaffee Yirgacheffe");
    assert_eq!(bought[0].total, pounds(2500));

    // Its SKU is free for a new product.
    shop.add_product(&coffee()).unwrap();
}

#[test]
fn a_shop_is_created_with_its_name_and_currency() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.vault");
    let pass = SecretString::from(PASSPHRASE);
    let settings = Settings {
        shop_name: "  Fahrradladen Ødegård ".into(),
        currency: Currency::parse("EUR").unwrap(),
        ..Settings::default()
    };

    // A bad setting is refused before any file is made.
    let nameless = Settings {
        shop_name: " ".into(),
        ..settings.clone()
    };
    let err = Shop::create_with_settings(&path, &pass, &pass, &nameless)
        .err()
        .unwrap();
    assert_eq!(err.field(), Some("shop_name"));
    assert!(!path.exists());

    let (shop, created) = Shop::create_with_settings(&path, &pass, &pass, &settings).unwrap();
    assert_eq!(shop.settings().shop_name, "Fahrradladen Ødegård");
    assert!(created.emergency_kit.contains("Fahrradladen Ødegård"));
    drop(shop);
    let shop = reopen(&path).unwrap();
    assert_eq!(shop.settings().shop_name, "Fahrradladen Ødegård");
    assert_eq!(shop.settings().currency.code(), "EUR");
}

#[test]
fn the_demo_shop_lives_in_its_own_file_and_is_deleted_without_a_trace() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.demo.vault");
    let opts = DemoOptions {
        customers: 20,
        years: 1,
        seed: 7,
        lines: None,
        until: NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
    };
    let shop = Shop::create_demo(&path, &opts).unwrap();
    assert_eq!(shop.list_customers().unwrap().len(), 20);
    assert_eq!(shop.settings().shop_name, demo::DEMO_SHOP_NAME);
    assert!(path.exists());

    // A second demo never overwrites a file that is already there.
    let err = Shop::create_demo(&path, &opts).err().unwrap();
    assert_eq!(err.field(), Some("demo"));
    assert_eq!(shop.list_customers().unwrap().len(), 20);

    // Nobody can open it with a guessable passphrase.
    assert!(reopen(&path).is_err());

    drop(shop);
    demo::remove_demo(&path).unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // Removing it again is no error.
    demo::remove_demo(&path).unwrap();
}
