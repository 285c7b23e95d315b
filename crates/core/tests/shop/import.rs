use std::io::Write;
use std::time::Instant;

use shopkeeper_core::import::{ImportOptions, ImportReport};
use shopkeeper_core::*;

use super::{customer, shop};

fn purchases(shop: &mut Shop, csv: &str, opts: &ImportOptions) -> ImportReport {
    shop.import_purchases(csv.as_bytes(), opts, &mut |_| {})
        .unwrap()
}

const GOOD: &str = "customer_ref,customer_name,date,sku,product,quantity,line_total
C1,Zoë Ødegård,2024-03-01,COF-YIR,Yirgacheffe,2,25.80
C1,Zoë Ødegård,2024-03-01,,Gift wrap,1,2.50
C2,李小龙,2024-03-02 15:30,COF-YIR,,1,12.90
C2,李小龙,2024-04-02,COF-YIR,,-1,-12.90
";

#[test]
fn a_good_file_creates_customers_products_and_grouped_purchases() {
    let (_d, mut shop) = shop();
    let r = purchases(&mut shop, GOOD, &ImportOptions::default());
    assert_eq!((r.rows, r.good_rows, r.bad_count), (4, 4, 0));
    assert_eq!(
        (
            r.customers_created,
            r.products_created,
            r.purchases,
            r.lines
        ),
        (2, 1, 3, 4)
    );
    assert!(r.written);
    let zoe = shop.find_customer("C1").unwrap();
    let p = shop.purchases(zoe.id, 10).unwrap();
    assert_eq!(p[0].total, super::pounds(2830));
    assert_eq!(shop.search("yirgach", 5).unwrap().len(), 2);
    let lee = shop.find_customer("C2").unwrap();
    assert!(shop.purchases(lee.id, 10).unwrap()[0].lines[0].is_return);
    // Importing again matches the same customers instead of creating new ones.
    let again = purchases(&mut shop, GOOD, &ImportOptions::default());
    assert_eq!((again.customers_created, again.customers_matched), (0, 2));
}

#[test]
fn customers_are_matched_by_reference_then_email_then_phone() {
    let (_d, mut shop) = shop();
    let anna = customer(&mut shop, "Anna", Some("anna@example.com"), None);
    let tom = customer(&mut shop, "Tom", None, Some("020 7946 0958"));
    let csv = "customer_name,email,phone,date,product,quantity,line_total
Anna K,ANNA@example.com,,2024-01-01,Tea,1,3
Thomas,,+44 20 7946 0958,2024-01-01,Tea,1,3
";
    let r = purchases(&mut shop, csv, &ImportOptions::default());
    assert_eq!((r.customers_created, r.customers_matched), (0, 2));
    assert_eq!(shop.purchases(anna.id, 5).unwrap().len(), 1);
    assert_eq!(shop.purchases(tom.id, 5).unwrap().len(), 1);
}

#[test]
fn every_kind_of_bad_row_is_reported_by_line_and_nothing_is_written() {
    let (_d, mut shop) = shop();
    let csv = "customer_ref,customer_name,date,sku,product,quantity,line_total
C1,Anna,2024-03-01,,Tea,1,3.00
C2,Bob,2024-13-01,,Tea,1,3.00
C3,Cid,2024-03-01,,Tea,-1,3.00
C4,Dee,2024-03-01,,Tea,1,three
C5,Eve,2024-03-01,,,1,3.00
,,2024-03-01,,Tea,1,3.00
C7,Fay,2024-03-01,,Tea,1.5.0,3.00
C8,Gus,2024-03-01,,Tea,0,0
C9,Hal,2024-03-01,,Tea,1,3.001
";
    let r = purchases(&mut shop, csv, &ImportOptions::default());
    let lines: Vec<u64> = r.bad.iter().map(|b| b.line).collect();
    // Line 7 names no customer: a walk-in sale, counted, not a bad row.
    assert_eq!(lines, [3, 4, 5, 6, 8, 9, 10], "{:#?}", r.bad);
    assert_eq!(r.walk_ins, 1);
    assert!(r.bad[0].reason.contains("2024-13-01"));
    assert!(r.bad[1].reason.contains("return"));
    assert!(!r.written);
    assert!(shop.list_customers().unwrap().is_empty(), "all or nothing");

    let dry = purchases(
        &mut shop,
        csv,
        &ImportOptions {
            skip_bad: true,
            dry_run: true,
            ..ImportOptions::default()
        },
    );
    assert_eq!(dry.good_rows, 1);
    assert!(!dry.written && shop.list_customers().unwrap().is_empty());
    let skip = purchases(
        &mut shop,
        csv,
        &ImportOptions {
            skip_bad: true,
            ..ImportOptions::default()
        },
    );
    assert!(skip.written);
    assert_eq!(shop.list_customers().unwrap().len(), 1);
}

#[test]
fn other_layouts_are_read_with_a_column_map_and_date_format() {
    let (_d, mut shop) = shop();
    let csv = "Kunde;Datum;Artikel;Menge;Summe\n";
    let opts = ImportOptions {
        map: [
            ("Kunde", "customer_ref"),
            ("Datum", "date"),
            ("Artikel", "product"),
            ("Menge", "quantity"),
            ("Summe", "line_total"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .to_vec(),
        date_format: Some("%d.%m.%Y".into()),
        ..ImportOptions::default()
    };
    let body = "Kunde,Datum,Artikel,Menge,Summe\nK-1,31.03.2024,Brot,1,\"3,50\"\n";
    let _ = csv;
    let r = purchases(&mut shop, body, &opts);
    assert_eq!((r.good_rows, r.bad_count), (1, 0), "{:?}", r.bad);
    let missing = shop.import_purchases(
        "a,b\n1,2\n".as_bytes(),
        &ImportOptions::default(),
        &mut |_| {},
    );
    assert_eq!(missing.unwrap_err().field(), Some("header"));
}

/// A till's walk-in sales (no customer number, name, email or phone) are
/// counted and left out: never a bad row, never an invented customer.
#[test]
fn walk_in_sales_are_counted_and_not_imported() {
    let (_d, mut shop) = shop();
    let csv = "customer_ref,customer_name,email,date,product,quantity,line_total
,,,2024-03-01 09:12,Croissant,2,3.20
C1,Zoë Ødegård,zoe@example.no,2024-03-01 09:15,Croissant,1,1.60
,  ,,2024-03-01 09:20,Coffee,1,2.80
,,,2024-03-01 09:31,Baguette,1,not an amount
,,zoe@example.no,2024-03-02 10:00,Coffee,1,2.80
";
    let r = purchases(&mut shop, csv, &ImportOptions::default());
    assert_eq!(
        (r.rows, r.good_rows, r.walk_ins, r.bad_count),
        (5, 2, 3, 0),
        "{:?}",
        r.bad
    );
    assert!(r.written);
    let customers = shop.list_customers().unwrap();
    assert_eq!(customers.len(), 1, "no invented customer: {customers:?}");
    assert_eq!(r.purchases, 2);
}

/// A German till's file as it is: Windows-1252, `;` between fields, decimal
/// commas; and the same sales saved by a spreadsheet as UTF-16 with a BOM.
#[test]
fn till_files_in_windows_1252_and_utf16_import_as_they_are() {
    let text = "customer_ref;customer_name;date;product;quantity;line_total
K-1;Jürgen Weiß;2024-03-31;Bäckerbrötchen;1;3,50
K-2;Zoë Ødegård;2024-04-01;Käse;2;12,80
";
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!lossy);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    for (bytes, encoding) in [(cp1252.into_owned(), "windows-1252"), (utf16, "UTF-16LE")] {
        let (_d, mut shop) = shop();
        let r = shop
            .import_purchases(&bytes[..], &ImportOptions::default(), &mut |_| {})
            .unwrap();
        assert_eq!(
            (r.good_rows, r.bad_count),
            (2, 0),
            "{encoding}: {:?}",
            r.bad
        );
        assert_eq!((r.file.encoding, r.file.delimiter), (encoding, b';'));
        let jurgen = shop.find_customer("K-1").unwrap();
        assert_eq!(jurgen.display_name, "Jürgen Weiß");
        let bought = shop.purchases(jurgen.id, 5).unwrap();
        assert_eq!(bought[0].total, super::pounds(350));
        let zoe = shop.find_customer("K-2").unwrap();
        assert_eq!(zoe.display_name, "Zoë Ødegård");
        assert_eq!(shop.search("käse", 5).unwrap().len(), 1);
    }
}

#[test]
fn customers_import_fills_in_existing_records() {
    let (_d, mut shop) = shop();
    customer(&mut shop, "Anna", Some("anna@example.com"), None);
    let csv = "customer_ref,name,email,phone,tags,birthday\nA1,Anna,anna@example.com,020 7946 0958,vip;regular,04-23\nB1,Bob,,,,\n";
    let r = shop
        .import_customers(csv.as_bytes(), &ImportOptions::default(), &mut |_| {})
        .unwrap();
    assert_eq!((r.customers_created, r.customers_matched), (1, 1));
    let anna = shop.find_customer("A1").unwrap();
    assert_eq!(anna.tags, ["vip", "regular"]);
    assert_eq!(anna.phones.len(), 1);
}

/// One million lines: a few seconds in release (`cargo test --release`);
/// about 40 s in a debug build, so there it runs only with `--include-ignored`.
#[test]
#[cfg_attr(debug_assertions, ignore = "slow in debug builds; run with --release")]
fn a_million_line_file_imports_in_one_transaction() {
    import_big(1_000_000);
}

#[test]
fn a_hundred_thousand_line_file_imports_in_one_transaction() {
    import_big(100_000);
}

fn import_big(n: u64) {
    let (d, mut shop) = shop();
    let path = d.path().join("big.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(
        f,
        "customer_ref,customer_name,date,sku,product,quantity,line_total"
    )
    .unwrap();
    for i in 0..n {
        let c = i % 10_000;
        let day = 1 + (i / 10_000) % 28;
        let month = 1 + (i / 280_000) % 12;
        writeln!(
            f,
            "R{c},Customer {c},2024-{month:02}-{day:02},SKU{},Product {},1,{}.{:02}",
            i % 500,
            i % 500,
            1 + i % 40,
            i % 100
        )
        .unwrap();
    }
    drop(f);
    let started = Instant::now();
    let file = std::io::BufReader::new(std::fs::File::open(&path).unwrap());
    let r = shop
        .import_purchases(file, &ImportOptions::default(), &mut |_| {})
        .unwrap();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{n} lines imported in {secs:.1}s ({:.0} rows/s)",
        n as f64 / secs
    );
    assert_eq!(
        (r.rows, r.lines, r.bad_count, r.customers_created),
        (n, n, 0, n.min(10_000))
    );
    assert!(r.written);
    assert_eq!(shop.search("product 42", 3).unwrap().len(), 3);
    // The purchase index, dropped while the rows went in, is back as it was.
    drop(shop);
    let index: String = super::raw(&d.path().join("shop.vault"))
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'purchase_by_customer'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        index,
        "CREATE INDEX purchase_by_customer ON purchase (customer_id, at)"
    );
    // Foreign keys are not checked row by row during the import: every
    // reference it wrote must still hold.
    let broken: i64 = super::raw(&d.path().join("shop.vault"))
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0);
}

/// Customers who first appear after the import has dropped the purchase
/// index (50,000 purchases in) are made without a search entry and get it
/// at the end, from what they bought in the file.
#[test]
fn customers_first_seen_late_in_a_large_file_are_found_by_name_and_product() {
    let (_d, mut shop) = shop();
    let mut csv = String::from("customer_ref,customer_name,date,sku,product,quantity,line_total\n");
    for i in 0..60_000u32 {
        let c = i / 6;
        csv.push_str(&format!(
            "L{c},Late Customer {c},2024-05-01 10:{:02},SKU{c},Ware {c},1,1.00\n",
            i % 6
        ));
    }
    let r = shop
        .import_purchases(csv.as_bytes(), &ImportOptions::default(), &mut |_| {})
        .unwrap();
    assert_eq!((r.customers_created, r.lines), (10_000, 60_000));
    let late = shop.search("Late Customer 9999", 5).unwrap();
    assert_eq!(late.len(), 1);
    let by_product = shop.search("ware 9999", 5).unwrap();
    assert_eq!(by_product.len(), 1);
    assert_eq!(by_product[0].id, late[0].id);
}
