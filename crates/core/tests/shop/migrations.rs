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

/// Migration 2 on a real file written by the schema-1 code
/// (`tests/fixtures/shop-v1.vault`, see its README): every row survives.
#[test]
fn a_real_version_1_file_migrates_to_the_current_version_with_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.vault");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/shop-v1.vault");
    std::fs::copy(&fixture, &path).unwrap();
    let count = |conn: &rusqlite::Connection, table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    let tables = [
        ("customer", 3),
        ("product", 2),
        ("purchase", 5),
        ("purchase_line", 5),
        ("consent_entry", 6),
        ("preference", 2),
        ("contact_frequency", 1),
        ("contact_log", 1),
        ("household_link", 1),
    ];
    {
        let conn = raw(&path);
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1, "the fixture is a version-1 file");
        for (table, n) in tables {
            assert_eq!(count(&conn, table), n, "{table} before");
        }
    }

    let shop = reopen(&path).unwrap();
    let conn = raw(&path);
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION, "migrated through every later version");
    for (table, n) in tables {
        assert_eq!(count(&conn, table), n, "{table} after");
    }
    for table in [
        "suggestion_action",
        "suggestion_kind_block",
        "promise",
        "message_template",
        "erasure",
        "retention_keep",
    ] {
        assert_eq!(count(&conn, table), 0, "{table} is new and empty");
    }

    // The data reads back through the core as it was written.
    assert_eq!(shop.settings().shop_name, "Marta's Cheese & Wine");
    assert_eq!(shop.settings().language, "en");
    let names: Vec<String> = shop
        .list_customers()
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    assert_eq!(names.len(), 3);
    for name in ["Zoë Ødegård", "李小龙", "Seán O'Brien"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    let zoe = shop.find_customer("Zoë Ødegård").unwrap();
    assert_eq!(zoe.language.as_deref(), Some("nb"));
    let profile = shop.profile(zoe.id).unwrap();
    assert_eq!(profile.stats.visits, 3);
    assert_eq!(profile.preferences.len(), 2);
    assert_eq!(shop.consent_history(zoe.id).unwrap().len(), 3);
    assert!(!profile.frequency.is_shop_default);
    assert_eq!(profile.household.len(), 1);
    let contacts = shop.contacts(zoe.id, 10).unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].channel, Some(shopkeeper_core::Channel::Email));
    assert_eq!(contacts[0].summary, "Told her the new Yirgacheffe is in");
    assert_eq!(
        contacts[0].suggestion_ref.as_deref(),
        Some("replenishment-due")
    );
    let sean = shop.find_customer("Seán O'Brien").unwrap();
    assert_eq!(shop.consent_history(sean.id).unwrap().len(), 2);
    assert_eq!(shop.products().unwrap().len(), 2);
    // And the migrated shop takes the new kinds of rows.
    drop(conn);
    let mut shop = shop;
    shop.add_promise(sean.id, "Ring when the blue 42s arrive", None)
        .unwrap();
    assert_eq!(shop.promises(sean.id).unwrap().len(), 1);
}
