//! Purchase imports with receipt numbers, run as a user would run them:
//! a second import of the same file adds nothing, and `import undo` takes
//! an import back.

use crate::common::*;

#[test]
fn a_second_import_adds_nothing_and_an_import_can_be_listed_and_undone() {
    let (dir, vault) = new_shop();
    let file = dir.path().join("till.csv");
    std::fs::write(
        &file,
        "receipt,customer_ref,customer_name,date,product,quantity,line_total\n1001,C1,Anna,2024-03-01,Tea,1,3.00\n1001,C1,Anna,2024-03-01,Scone,1,2.50\n1002,C2,Bob,2024-03-02,Tea,-1,-3.00\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let first = shopkeeper(&vault, &["import", "purchases", f]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stdout(&first).contains("1 of the purchases are refunds"),
        "{}",
        stdout(&first)
    );
    let again = stdout(&shopkeeper(&vault, &["import", "purchases", f]));
    assert!(
        again.contains("2 receipts were already in the shop, left as they were."),
        "{again}"
    );
    let list = shopkeeper(&vault, &["import", "list", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&list)).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2);
    let newest = &rows[0];
    assert_eq!(newest["already_in_shop"], 2);
    assert_eq!(newest["file"], "till.csv");
    let oldest = rows[1]["id"].as_str().unwrap();

    let asked = shopkeeper(&vault, &["import", "undo", oldest]);
    assert!(
        !asked.status.success(),
        "refused without --yes off a terminal"
    );
    assert!(stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Anna"));
    let undone = shopkeeper(&vault, &["import", "undo", oldest, "--yes"]);
    assert!(undone.status.success(), "{}", stderr(&undone));
    assert!(
        stdout(&undone).contains("removed 2 purchases"),
        "{}",
        stdout(&undone)
    );
    assert!(!stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Anna"));
    let twice = shopkeeper(&vault, &["import", "undo", oldest, "--yes"]);
    assert!(
        stderr(&twice).contains("already undone"),
        "{}",
        stderr(&twice)
    );
}
