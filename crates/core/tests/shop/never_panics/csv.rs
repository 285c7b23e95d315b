//! CSV imports of purchases and customers, run against a real shop: never
//! a panic, and a refused import (or a dry run) writes nothing.

use proptest::prelude::*;
use proptest::sample::select;
use shopkeeper_core::import::{ImportOptions, CUSTOMER_FIELDS, PURCHASE_FIELDS};
use shopkeeper_core::NewCustomer;
use shopkeeper_testkit::check;
use shopkeeper_testkit::hostile::{bytes_like, soup};

use super::watched;

const PURCHASES: &[&str] = &[
    "customer_ref,customer_name,date,sku,product,quantity,line_total
C1,Zoë Ødegård,2024-03-01,COF-YIR,Yirgacheffe,2,25.80
C1,Zoë Ødegård,2024-03-01,,Gift wrap,1,2.50
C2,李小龙,2024-03-02 15:30,COF-YIR,,1,12.90
C2,李小龙,2024-04-02,COF-YIR,,-1,-12.90
",
    "customer_name,email,phone,date,product,quantity,line_total,channel,note
Anna,anna@example.de,020 7946 0958,2024-03-01T10:00:00Z,Brie,1,4.50,online,\"a \"\"quoted\"\", note\"
Anna,ANNA@example.de,,2024-03-01T10:00:00Z,Brie,3,13.50,,
",
    "\u{feff}Kunde,Datum,Artikel,Menge,Summe
Anna,01.03.2024,Brie,1,\"4,50\"
",
    "receipt,customer_ref,date,product,quantity,unit_price,line_total,refund_of
1001,C1,2024-03-01 10:00,Tea,2,1.50,3.00,
1001,C1,2024-03-01 10:00,Scone,1,2.50,2.50,
R-7,C1,2024-03-05,Tea,1,1.50,1.50,1001
1002,C2,2024-03-02,Tea,-1,,-1.50,
",
    // Real layouts: recognition, first-row fields filled down, refund and
    // not-a-sale markers, consent columns, dates decided by the file.
    include_str!("../../fixtures/import/shopify_orders.csv"),
    include_str!("../../fixtures/import/square_items.csv"),
    include_str!("../../fixtures/import/sumup.csv"),
    include_str!("../../fixtures/import/lightspeed_x.csv"),
    include_str!("../../fixtures/import/loyverse.csv"),
    include_str!("../../fixtures/import/woocommerce.csv"),
];

const CUSTOMERS: &[&str] = &[
    "customer_ref,customer_name,given_name,family_name,email,phone,address,language,birthday,tags,notes
C1,Zoë Ødegård,Zoë,Ødegård,zoe@example.no,+47 912 34 567,\"Storgata 1
0155 Oslo\",nb,1980-04-23,regular;wine,\"Likes \"\"hard\"\" cheese\"
C2,李小龙,,,,020 7946 0958,,zh,04-23,,
",
    "name,email,tags
Anna,anna@example.de,a;b;c
Anna again,ANNA@example.de,c;d;A
",
    include_str!("../../fixtures/import/shopify_customers.csv"),
    include_str!("../../fixtures/import/square_customers.csv"),
];

/// Import options: mostly dry runs (cheap: nothing is committed), with
/// and without skipping bad rows, odd date formats and column maps.
fn options(fields: &'static [&'static str]) -> impl Strategy<Value = ImportOptions> {
    let field = prop_oneof![4 => select(fields).prop_map(str::to_string), 1 => soup()];
    let column = prop_oneof![
        select(&["Kunde", "Datum", "Artikel", "Menge", "Summe"][..]).prop_map(str::to_string),
        soup(),
    ];
    (
        prop_oneof![7 => Just(true), 1 => Just(false)],
        any::<bool>(),
        proptest::option::weighted(0.2, prop_oneof![Just("%d.%m.%Y".to_string()), soup()]),
        proptest::collection::vec((column, field), 0..3),
    )
        .prop_map(|(dry_run, skip_bad, date_format, map)| ImportOptions {
            map,
            date_format,
            dry_run,
            skip_bad,
            ..ImportOptions::default()
        })
}

fn files(valid: &[&str]) -> impl Strategy<Value = Vec<u8>> {
    bytes_like(valid.iter().map(|v| v.as_bytes().to_vec()).collect())
}

/// A shop that already knows Zoë (by reference and email), so that rows
/// match and merge as well as create.
fn with_zoe() -> super::Watched {
    watched(|shop| {
        let mut zoe = NewCustomer::new("Zoë Ødegård");
        zoe.customer_ref = Some("C1".into());
        zoe.email = Some("zoe@example.no".into());
        shop.add_customer(&zoe).unwrap();
    })
}

#[test]
fn purchase_csv_import_never_panics_and_writes_nothing_when_refused() {
    let w = with_zoe();
    check(
        10_000,
        (files(PURCHASES), options(PURCHASE_FIELDS)),
        |(bytes, opts)| {
            let out = w.attempt(
                |shop| shop.import_purchases(&bytes[..], &opts, &mut |_| {}),
                |r| r.written,
            );
            if let Ok(r) = out {
                prop_assert_eq!(
                    r.written,
                    !opts.dry_run && (r.bad_count == 0 || opts.skip_bad)
                );
                prop_assert_eq!(r.rows, r.good_rows + r.bad_count + r.walk_ins + r.not_sales);
            }
            Ok(())
        },
    );
}

#[test]
fn customer_csv_import_never_panics_and_writes_nothing_when_refused() {
    let w = with_zoe();
    check(
        10_000,
        (files(CUSTOMERS), options(CUSTOMER_FIELDS)),
        |(bytes, opts)| {
            let out = w.attempt(
                |shop| shop.import_customers(&bytes[..], &opts, &mut |_| {}),
                |r| r.written,
            );
            if let Ok(r) = out {
                prop_assert_eq!(
                    r.written,
                    !opts.dry_run && (r.bad_count == 0 || opts.skip_bad)
                );
                prop_assert_eq!(r.rows, r.good_rows + r.bad_count);
            }
            Ok(())
        },
    );
}
