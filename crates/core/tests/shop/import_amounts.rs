//! Amounts in purchase files as tills write them: decimal commas, group
//! marks, currency signs, negatives in parentheses.

use shopkeeper_core::import::ImportOptions;
use shopkeeper_core::*;

use super::shop;

fn euro_shop() -> (tempfile::TempDir, Shop) {
    let (d, mut shop) = shop();
    let settings = Settings {
        currency: Currency::EUR,
        ..shop.settings().clone()
    };
    shop.update_settings(&settings).unwrap();
    (d, shop)
}

/// The totals of one customer's purchases, newest first, in cents.
fn totals(shop: &Shop, reference: &str) -> Vec<i64> {
    let c = shop.find_customer(reference).unwrap();
    let mut t: Vec<i64> = shop
        .purchases(c.id, 10)
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p.total.currency, Currency::EUR);
            p.total.minor
        })
        .collect();
    t.sort();
    t
}

/// A German till's `;` file: `1.234,56 €`, `(3,50)` for a return, `€ 2,50`,
/// and `1.234 €`, which the file's decimal comma (shown by the first row)
/// makes one thousand two hundred and thirty-four euros.
#[test]
fn a_euro_till_file_with_signs_and_parentheses_imports_exactly() {
    let (_d, mut shop) = euro_shop();
    let csv = "customer_ref;customer_name;date;product;quantity;line_total
K-1;Jürgen Weiß;2024-03-31;Kaffeemaschine;1;1.234,56 €
K-1;Jürgen Weiß;2024-04-02;Käse;-1;(3,50)
K-2;Zoë Ødegård;2024-04-03;Espressomaschine;1;1.234 €
K-2;Zoë Ødegård;2024-04-04;Brot;1;€ 2,50
K-2;Zoë Ødegård;2024-04-05;Tee;2;EUR 1\u{202f}000,00
";
    let r = shop
        .import_purchases(csv.as_bytes(), &ImportOptions::default(), &mut |_| {})
        .unwrap();
    assert_eq!((r.good_rows, r.bad_count), (5, 0), "{:?}", r.bad);
    assert_eq!(r.file.delimiter, b';');
    assert_eq!(totals(&shop, "K-1"), [-350, 123456]);
    assert_eq!(totals(&shop, "K-2"), [250, 100000, 123400]);
}

/// An amount in another currency, or one that could be read two ways
/// before the file has shown its decimal mark, is a bad row; nothing is
/// guessed and, without `skip_bad`, nothing is written.
#[test]
fn other_currencies_and_ambiguous_amounts_are_bad_rows() {
    let (_d, mut shop) = euro_shop();
    let csv = "customer_ref,customer_name,date,product,quantity,line_total
K-1,Anna,2024-03-31,Tea,1,1.234
K-1,Anna,2024-04-01,Tea,1,12.50 USD
K-1,Anna,2024-04-02,Tea,1,£3
K-1,Anna,2024-04-03,Tea,1,12.345
K-1,Anna,2024-04-04,Tea,1,3.50
";
    let r = shop
        .import_purchases(csv.as_bytes(), &ImportOptions::default(), &mut |_| {})
        .unwrap();
    assert!(!r.written);
    let lines: Vec<u64> = r.bad.iter().map(|b| b.line).collect();
    assert_eq!(lines, [2, 3, 4, 5], "{:?}", r.bad);
    assert!(
        r.bad[1].reason.contains("this shop uses EUR"),
        "{:?}",
        r.bad
    );
    assert!(r.bad[0].reason.contains("thousands mark"), "{:?}", r.bad);
    // Line 5 is refused even though 3.50 shows a dot: the mark is learnt
    // from good amounts only, and 12.345 has three decimals either way.
    assert!(r.bad[3].reason.contains("12.345"), "{:?}", r.bad);
}
