//! Real exports of tills and web shops (fixtures written from each
//! vendor's documented columns, `tests/fixtures/import/`) import with no
//! flags into a real vault: the layout is recognised, every customer's
//! spend and every line's quantity and total come out exact, consent
//! columns become exactly the ledger entries they mean.

use shopkeeper_core::import::{DateOrder, ImportOptions, ImportReport, LayoutHow};
use shopkeeper_core::*;

use super::shop;

/// The fixture `name`'s bytes.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A new shop in `currency` (the shared test shop is in GBP).
pub fn shop_in(currency: &str) -> (tempfile::TempDir, Shop) {
    let (d, mut shop) = shop();
    let settings = Settings {
        currency: Currency::parse(currency).unwrap(),
        ..shop.settings().clone()
    };
    shop.update_settings(&settings).unwrap();
    (d, shop)
}

/// Imports the purchase fixture `name` with no options.
pub fn purchases(shop: &mut Shop, name: &str) -> ImportReport {
    shop.import_purchases(&fixture(name)[..], &ImportOptions::default(), &mut |_| {})
        .unwrap()
}

/// What `who` spent, in minor units.
pub fn spend(shop: &Shop, who: &str) -> i64 {
    let c = shop.find_customer(who).unwrap();
    shop.purchases(c.id, 1000)
        .unwrap()
        .iter()
        .map(|p| p.total.minor)
        .sum()
}

/// `who`'s lines as (product, quantity, total), sorted.
pub fn lines(shop: &Shop, who: &str) -> Vec<(String, String, i64)> {
    let c = shop.find_customer(who).unwrap();
    let mut out: Vec<_> = shop
        .purchases(c.id, 1000)
        .unwrap()
        .into_iter()
        .flat_map(|p| p.lines)
        .map(|l| (l.description, l.quantity.to_string(), l.total.minor))
        .collect();
    out.sort();
    out
}

fn recognised(r: &ImportReport, name: &str) {
    let l = r.layout.as_ref().expect("a layout");
    assert_eq!((l.name.as_str(), l.how), (name, LayoutHow::Recognised));
    assert_eq!((r.bad_count, r.written), (0, true), "{:?}", r.bad);
}

fn line(p: &str, q: i64, t: i64) -> (String, String, i64) {
    (p.to_string(), q.to_string(), t)
}

#[test]
fn a_shopify_orders_export_imports_with_no_flags() {
    let (_d, mut shop) = shop();
    let r = purchases(&mut shop, "shopify_orders.csv");
    recognised(&r, "shopify");
    // The shop had no purchases: the file's EUR became its currency.
    assert!(r.currency_set);
    assert_eq!(shop.settings().currency.code(), "EUR");
    assert_eq!((r.walk_ins, r.not_sales, r.lines), (1, 2, 4));
    // "#1001" is the order, never a person; the billing name is.
    let zoe = shop.find_customer("zoe@example.com").unwrap();
    assert_eq!(zoe.display_name, "Zoë Ødegård");
    assert_eq!(zoe.address.as_deref(), Some("Storgata 1, 0150, Oslo, NO"));
    assert!(shop.find_customer("#1001").is_err());
    assert_eq!(spend(&shop, "zoe@example.com"), 2 * 1290 + 1200 + 1290);
    assert_eq!(
        lines(&shop, "zoe@example.com"),
        vec![
            line("Gift wrap", 1, 1200),
            line("Yirgacheffe 250g", 1, 1290),
            line("Yirgacheffe 250g", 2, 2580),
        ]
    );
    // Unit price × quantity less the line's discount.
    assert_eq!(spend(&shop, "Séan O'Brien"), 3 * 2450 - 450);
    // The order's time with its offset kept.
    let sean = shop.find_customer("sean@example.com").unwrap();
    let p = &shop.purchases(sean.id, 5).unwrap()[0];
    assert_eq!(p.at.to_rfc3339(), "2024-03-05T15:40:00+00:00");
    // A refunded order is not a sale: 李小龙 was never a customer.
    assert!(shop.find_customer("li@example.com").is_err());
    // Accepts Marketing: yes and an explicit no, for email promotions only.
    assert_eq!(r.consents, 2);
    let state = |who: &str, channel, purpose| {
        let c = shop.find_customer(who).unwrap();
        shop.consent(c.id)
            .unwrap()
            .into_iter()
            .find(|s| s.channel == channel && s.purpose == purpose)
            .unwrap()
            .state
    };
    assert_eq!(
        state("zoe@example.com", Channel::Email, Purpose::Promotions),
        ConsentState::Granted
    );
    assert_eq!(
        state("sean@example.com", Channel::Email, Purpose::Promotions),
        ConsentState::Refused
    );
    for (channel, purpose) in [
        (Channel::Sms, Purpose::Promotions),
        (Channel::Email, Purpose::Recommendations),
        (Channel::Post, Purpose::Promotions),
    ] {
        assert_eq!(
            state("zoe@example.com", channel, purpose),
            ConsentState::NotAsked
        );
    }
    let entry = &shop.consent_history(zoe.id).unwrap()[0];
    assert_eq!(entry.method, "imported from Shopify orders export");
    assert_eq!(entry.at.to_rfc3339(), "2024-03-01T09:15:00+00:00");
    // The first lines as stored, with their receipts.
    assert_eq!(r.preview.len(), 4);
    assert_eq!(r.preview[0].receipt.as_deref(), Some("#1001"));
    assert_eq!(r.preview[0].unit_price.map(|m| m.minor), Some(1290));
    assert_eq!(r.preview[0].total.minor, 2580);
    assert_eq!(r.preview[0].customer, "Zoë Ødegård");
}

#[test]
fn a_square_item_details_export_imports_in_a_dollar_shop() {
    let (_d, mut shop) = shop_in("USD");
    let r = purchases(&mut shop, "square_items.csv");
    recognised(&r, "square-items");
    assert_eq!((r.walk_ins, r.lines), (1, 4));
    assert_eq!(spend(&shop, "CUST1"), 900 + 300);
    assert_eq!(
        shop.find_customer("CUST1").unwrap().display_name,
        "Zoë Ødegård"
    );
    // The refund comes back as a return line.
    assert_eq!(
        lines(&shop, "CUST2"),
        vec![line("Beans 1lb", -1, -1800), line("Beans 1lb", 1, 1800)]
    );
    assert_eq!(spend(&shop, "李小龙"), 0);
}

#[test]
fn a_dollar_file_is_refused_in_a_shop_that_sells_in_pounds() {
    let (_d, mut shop) = shop();
    shop.import_purchases(
        &fixture("lightspeed_r.csv")[..],
        &ImportOptions::default(),
        &mut |_| {},
    )
    .unwrap();
    let err = shop
        .import_purchases(
            &fixture("square_items.csv")[..],
            &ImportOptions::default(),
            &mut |_| {},
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("currency"));
    let text = err.to_string();
    assert!(text.contains("USD") && text.contains("GBP"), "{text}");
}

#[test]
fn a_square_transactions_export_imports_one_line_per_payment() {
    let (_d, mut shop) = shop_in("USD");
    let r = purchases(&mut shop, "square_transactions.csv");
    recognised(&r, "square-transactions");
    assert_eq!(r.walk_ins, 1);
    assert_eq!(
        lines(&shop, "CUST1"),
        vec![line("2 x Latte, Croissant", 1, 1200)]
    );
    assert_eq!(spend(&shop, "CUST2"), 0);
}

#[test]
fn a_german_sumup_export_with_decimal_commas_imports() {
    let (_d, mut shop) = shop();
    let r = purchases(&mut shop, "sumup.csv");
    recognised(&r, "sumup");
    assert_eq!(r.file.delimiter, b';');
    assert!(r.currency_set);
    assert_eq!(r.walk_ins, 1);
    assert_eq!(spend(&shop, "juergen@example.de"), 780 + 450);
    assert_eq!(
        lines(&shop, "amelie@example.fr"),
        vec![
            line("Kaffeebohnen 1 kg", -1, -102_490),
            line("Kaffeebohnen 1 kg", 1, 102_490)
        ]
    );
    let juergen = shop.find_customer("juergen@example.de").unwrap();
    assert_eq!(juergen.display_name, "Jürgen Groß");
}

#[test]
fn a_lightspeed_r_file_in_windows_1252_decides_its_date_order_from_the_whole_file() {
    let (_d, mut shop) = shop();
    let r = purchases(&mut shop, "lightspeed_r.csv");
    recognised(&r, "lightspeed-r");
    assert_eq!(r.file.encoding, "windows-1252");
    // 01/03/2024 reads either way; 14/03/2024 further down says day first.
    assert_eq!(r.date_order, Some(DateOrder::Dmy));
    assert!(!r.currency_set);
    let zoe = shop.find_customer("zoe@example.co.uk").unwrap();
    assert_eq!(zoe.display_name, "Zoë Ødegård");
    let p = &shop.purchases(zoe.id, 5).unwrap()[0];
    assert_eq!(p.at.date_naive().to_string(), "2024-03-01");
    assert_eq!(spend(&shop, "zoe@example.co.uk"), 1300 + 2500);
    assert_eq!(
        lines(&shop, "Séan O'Brien"),
        vec![line("Assam 250g", 3, 1100)]
    );
    assert_eq!(r.walk_ins, 1);
}

#[test]
fn a_lightspeed_x_export_reads_sale_lines_only_and_leaves_voided_sales_out() {
    let (_d, mut shop) = shop();
    let r = purchases(&mut shop, "lightspeed_x.csv");
    recognised(&r, "lightspeed-x");
    assert_eq!((r.lines, r.not_sales, r.walk_ins), (3, 6, 0));
    assert_eq!(
        lines(&shop, "ZOE01"),
        vec![line("Banana bread", 1, 920), line("Flat white", 2, 1840)]
    );
    assert_eq!(spend(&shop, "LI01"), 460);
}

#[test]
fn a_loyverse_receipts_by_item_export_imports_refunds_and_contacts() {
    let (_d, mut shop) = shop();
    let r = purchases(&mut shop, "loyverse.csv");
    recognised(&r, "loyverse");
    assert_eq!(r.date_order, Some(DateOrder::Dmy));
    assert_eq!((r.walk_ins, r.not_sales), (1, 1));
    assert_eq!(spend(&shop, "zoe@example.com"), 900 + 300);
    // The contact column held a phone: Séan is found by it.
    assert_eq!(
        lines(&shop, "+353 87 123 4567"),
        vec![line("Beans 1kg", -1, -2400), line("Beans 1kg", 1, 2400)]
    );
}

#[test]
fn a_woocommerce_export_joins_first_and_last_names() {
    let (_d, mut shop) = shop();
    let r = purchases(&mut shop, "woocommerce.csv");
    recognised(&r, "woocommerce");
    assert!(r.currency_set);
    assert_eq!(r.not_sales, 1);
    let zoe = shop.find_customer("zoe@example.com").unwrap();
    assert_eq!(zoe.display_name, "Zoë Ødegård");
    assert_eq!(
        (zoe.given_name.as_deref(), zoe.family_name.as_deref()),
        (Some("Zoë"), Some("Ødegård"))
    );
    assert_eq!(spend(&shop, "zoe@example.com"), 2580 + 250);
    assert_eq!(spend(&shop, "sean@example.com"), 2200);
    assert!(shop.find_customer("li@example.com").is_err());
}

#[test]
fn a_german_till_of_no_known_layout_is_read_by_its_column_names() {
    let (_d, mut shop) = shop();
    let r = purchases(&mut shop, "german_till.csv");
    let l = r.layout.as_ref().unwrap();
    assert_eq!((l.name.as_str(), l.how), ("mapped", LayoutHow::ColumnNames));
    assert_eq!((r.bad_count, r.walk_ins), (0, 1), "{:?}", r.bad);
    assert_eq!(r.file.encoding, "windows-1252");
    assert!(r.currency_set);
    assert_eq!(
        lines(&shop, "juergen@example.de"),
        vec![line("Filterkaffee", 1, 280), line("Käsekuchen", 2, 700)]
    );
    assert_eq!(spend(&shop, "Amélie Dupont"), 490);
}

#[test]
fn shopify_and_square_customer_exports_bring_consent_for_exactly_their_channel() {
    let (_d, mut shop) = shop();
    let r = shop
        .import_customers(
            &fixture("shopify_customers.csv")[..],
            &ImportOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    recognised(&r, "shopify-customers");
    assert_eq!((r.customers_created, r.consents), (3, 3));
    let zoe = shop.find_customer("zoe@example.com").unwrap();
    assert_eq!(zoe.display_name, "Zoë Ødegård");
    assert_eq!(zoe.tags, vec!["vip", "newsletter"]);
    let states: Vec<_> = shop
        .consent_history(zoe.id)
        .unwrap()
        .into_iter()
        .map(|e| (e.channel, e.purpose, e.state))
        .collect();
    assert_eq!(
        states.len(),
        2,
        "email yes and SMS no, nothing else: {states:?}"
    );
    assert!(states.contains(&(Channel::Email, Purpose::Promotions, ConsentState::Granted)));
    assert!(states.contains(&(Channel::Sms, Purpose::Promotions, ConsentState::Refused)));
    // A blank consent cell records nothing.
    let li = shop.find_customer("li@example.com").unwrap();
    assert!(shop.consent_history(li.id).unwrap().is_empty());
    assert_eq!(li.display_name, "李 小龙");

    let (_d2, mut us) = shop_in("USD");
    let r = us
        .import_customers(
            &fixture("square_customers.csv")[..],
            &ImportOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    recognised(&r, "square-customers");
    assert_eq!((r.customers_created, r.consents), (3, 2));
    // Square's purchases find the same customers by Square's customer id.
    let p = purchases(&mut us, "square_items.csv");
    assert_eq!((p.customers_created, p.customers_matched), (0, 2));
    let zoe = us.find_customer("CUST1").unwrap();
    assert_eq!(
        zoe.address.as_deref(),
        Some("12 Elm St, Apt 4, 10001, New York, NY")
    );
}
