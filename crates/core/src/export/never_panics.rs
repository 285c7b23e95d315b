//! Issue 19: the whole-shop JSON import never panics, whatever the file,
//! and a refused import writes nothing.

use proptest::prelude::*;
use shopkeeper_testkit::check;
use shopkeeper_testkit::hostile::text_like;

use super::json;
use crate::consent::{Channel, ConsentState, NewConsent, Purpose};
use crate::purchase::{NewLine, NewPurchase, SaleChannel};
use crate::{test_vault, DayMonth, Money, NewCustomer, NewProduct, Shop};

/// The export of a small shop with records in the main tables.
fn document(shop: &mut Shop) -> String {
    let mut zoe = NewCustomer::new("Zoë Ødegård");
    zoe.email = Some("zoe@example.no".into());
    zoe.tags = vec!["regular".into()];
    zoe.birthday = Some(DayMonth {
        day: 29,
        month: 2,
        year: Some(1980),
    });
    let zoe = shop.add_customer(&zoe).unwrap();
    shop.add_customer(&NewCustomer::new("李小龙")).unwrap();
    let currency = shop.settings().currency;
    let product = NewProduct {
        sku: "COF-YIR".into(),
        name: "Yirgacheffe".into(),
        price: Some(Money::new(1290, currency)),
        ..NewProduct::default()
    };
    shop.add_product(&product).unwrap();
    let line = NewLine {
        sku: Some("COF-YIR".into()),
        product_id: None,
        description: None,
        quantity: 2.into(),
        unit_price: None,
        discount: None,
        total: None,
        is_return: false,
    };
    let purchase = NewPurchase {
        at: None,
        channel: SaleChannel::InShop,
        note: Some("gift".into()),
        lines: vec![line],
    };
    shop.add_purchase(zoe.id, &purchase).unwrap();
    let consent = NewConsent {
        channel: Channel::Email,
        purpose: Purpose::Promotions,
        state: ConsentState::Granted,
        at: None,
        method: "in shop".into(),
        wording_version: None,
        note: None,
        recorded_by: None,
    };
    shop.record_consent(zoe.id, &consent).unwrap();
    shop.export_shop().unwrap()
}

#[test]
fn shop_json_import_never_panics_and_writes_nothing_when_refused() {
    let source = test_vault::watched();
    let doc = document(&mut source.subject());
    let w = test_vault::watched();
    check(10_000, text_like(&[&doc]), |text| {
        // In a transaction always rolled back, so the shop stays empty for
        // the next case; a reference the file leaves dangling would be
        // refused at commit, so it counts as refused here.
        let refused = w
            .subject()
            .write_or_discard(|tx, _| {
                let out = json::import(tx, &text);
                let dangling: i64 = match out {
                    Ok(_) => {
                        tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                            r.get(0)
                        })?
                    }
                    Err(_) => 0,
                };
                Ok((out.is_err() || dangling > 0, false))
            })
            .unwrap();
        if refused {
            // As the owner runs it: refused, and nothing written.
            let out = w.attempt(|shop| shop.import_shop(&text), |_| true);
            prop_assert!(out.is_err());
        }
        Ok(())
    });
}
