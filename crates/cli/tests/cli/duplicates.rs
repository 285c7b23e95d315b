//! `shopkeeper customer duplicates`, and the note `customer add` prints for
//! a customer who looks like one already in the shop.

use crate::common::*;

#[test]
fn a_second_record_of_one_person_is_pointed_out_and_listed() {
    let (_dir, vault) = new_shop();
    ok(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "Zoë Ødegård",
            "--email",
            "zoe@example.no",
        ],
    );
    ok(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "Robert Smith",
            "--email",
            "rs@example.com",
        ],
    );
    ok(&vault, &["customer", "add", "--name", "李小龙"]);
    assert!(ok(&vault, &["customer", "duplicates"]).contains("No likely duplicates"));

    let added = ok(&vault, &["customer", "add", "--name", "Odegard, Zoe"]);
    assert!(added.contains("looks like Zoë Ødegård"), "{added}");
    assert!(added.contains("shopkeeper customer merge"), "{added}");
    ok(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "Bob Smith",
            "--email",
            "RS@example.com",
        ],
    );

    let csv = ok(&vault, &["customer", "duplicates", "--format", "csv"]);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 2, "{csv}");
    // Most likely first: one name and one email beats one name alone.
    assert_eq!(&rows[0][2], "Robert Smith");
    assert_eq!(&rows[0][4], "Bob Smith");
    assert!(rows[0][5].contains("bob and robert are one name"), "{csv}");
    assert!(rows[0][5].contains("same email rs@example.com"), "{csv}");
    assert_eq!(&rows[1][4], "Odegard, Zoe");
    assert!(rows[0][0].parse::<f64>().unwrap() > rows[1][0].parse::<f64>().unwrap());
    let json = ok(&vault, &["customer", "duplicates", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}
