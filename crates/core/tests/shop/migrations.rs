use shopkeeper_core::{CoreError, SCHEMA_VERSION};

use super::{create, customer, raw, reopen};

#[test]
fn a_shop_reopens_at_the_current_version_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.vault");
    {
        let mut shop = create(&path);
        customer(&mut shop, "Zoë", None, None);
    }
    let shop = reopen(&path).unwrap();
    assert_eq!(shop.list_customers().unwrap().len(), 1);
    let conn = raw(&path);
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
}

#[test]
fn a_file_from_a_newer_version_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.vault");
    drop(create(&path));
    raw(&path)
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let err = reopen(&path).err().unwrap();
    assert!(matches!(err, CoreError::TooNew { .. }));
    assert!(err.to_string().contains("update Shopkeeper"), "{err}");
}
