use shopkeeper_core::*;

use super::{customer, pounds, shop};

fn line(quantity: i64, price: Money) -> NewLine {
    NewLine::free_text("Cheese", quantity, price)
}

fn buy(shop: &mut Shop, who: CustomerId, lines: Vec<NewLine>) -> Result<Purchase> {
    shop.add_purchase(
        who,
        &NewPurchase {
            at: None,
            channel: SaleChannel::InShop,
            note: None,
            lines,
        },
    )
}

#[test]
fn bad_purchases_are_refused_and_nothing_is_written() {
    let (_d, mut shop) = shop();
    let c = customer(&mut shop, "Anna", None, None);
    let unknown = CustomerId::new();
    assert!(matches!(
        buy(&mut shop, unknown, vec![line(1, pounds(100))]),
        Err(CoreError::NotFound(_))
    ));
    let neg = buy(
        &mut shop,
        c.id,
        vec![line(1, pounds(100)), line(-1, pounds(100))],
    )
    .unwrap_err();
    assert_eq!(neg.field(), Some("quantity"));
    assert!(neg.to_string().contains("return"));
    let euros = Money::new(100, Currency::EUR);
    assert_eq!(
        buy(&mut shop, c.id, vec![line(1, euros)])
            .unwrap_err()
            .field(),
        Some("currency")
    );
    assert_eq!(
        buy(&mut shop, c.id, vec![]).unwrap_err().field(),
        Some("lines")
    );
    let unknown_sku = NewLine {
        sku: Some("NOPE".into()),
        product_id: None,
        description: None,
        quantity: 1.into(),
        unit_price: None,
        discount: None,
        total: None,
        is_return: false,
    };
    assert_eq!(
        buy(&mut shop, c.id, vec![unknown_sku]).unwrap_err().field(),
        Some("sku")
    );
    assert!(shop.purchases(c.id, 10).unwrap().is_empty());

    let mut ret = line(-1, pounds(500));
    ret.is_return = true;
    let refund = buy(&mut shop, c.id, vec![ret]).unwrap();
    assert_eq!(refund.total, pounds(-500));
    assert!(refund.lines[0].is_return);
}

#[test]
fn a_ten_megabyte_note_is_refused_everywhere_with_a_clear_message() {
    let (_d, mut shop) = shop();
    let huge = "x".repeat(10 * 1024 * 1024);
    let mut c = NewCustomer::new("Anna");
    c.notes = Some(huge.clone());
    let err = shop.add_customer(&c).unwrap_err();
    assert_eq!(err.field(), Some("notes"));
    assert!(
        err.to_string().contains("too long") && err.to_string().contains("20000"),
        "{err}"
    );
    assert!(shop.list_customers().unwrap().is_empty());
    let anna = customer(&mut shop, "Anna", None, None);
    let err = shop
        .add_purchase(
            anna.id,
            &NewPurchase {
                at: None,
                channel: SaleChannel::InShop,
                note: Some(huge.clone()),
                lines: vec![line(1, pounds(1))],
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("note"));
    let err = shop
        .log_contact(
            anna.id,
            &NewContact {
                at: None,
                channel: Some(Channel::Phone),
                purpose: Purpose::Service,
                summary: huge,
                suggestion_ref: None,
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("summary"));
}

#[test]
fn malformed_dates_and_words_are_refused_with_the_field_named() {
    assert_eq!(
        parse_when("2024-02-30", None).unwrap_err().field(),
        Some("date")
    );
    assert_eq!(
        "carrier pigeon".parse::<Channel>().unwrap_err().field(),
        Some("channel")
    );
    assert_eq!(
        "maybe".parse::<ConsentState>().unwrap_err().field(),
        Some("state")
    );
    assert_eq!(
        DayMonth::parse("31-02", "birthday").unwrap_err().field(),
        Some("birthday")
    );
}

#[test]
fn products_need_a_unique_sku_and_a_price_in_the_shop_currency() {
    let (_d, mut shop) = shop();
    let p = NewProduct {
        sku: "A".into(),
        name: "Apple".into(),
        ..NewProduct::default()
    };
    shop.add_product(&p).unwrap();
    assert_eq!(shop.add_product(&p).unwrap_err().field(), Some("sku"));
    let eur = NewProduct {
        sku: "B".into(),
        name: "B".into(),
        price: Some(Money::new(1, Currency::EUR)),
        ..NewProduct::default()
    };
    assert_eq!(
        shop.add_product(&eur).unwrap_err().field(),
        Some("currency")
    );
}
