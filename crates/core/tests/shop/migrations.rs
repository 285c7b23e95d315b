use std::path::{Path, PathBuf};

use shopkeeper_core::{migration_backup_path, CoreError, SCHEMA_VERSION};

use super::{create, customer, raw, reopen};

/// A copy of the committed fixture `name` (see `tests/fixtures/README.md`;
/// every fixture's passphrase is the helpers' `PASSPHRASE`, "copper kettle
/// under the plum tree") as `shop.vault` in a temporary folder.
fn fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.vault");
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::copy(source, &path).unwrap();
    (dir, path)
}

fn user_version(conn: &rusqlite::Connection) -> i64 {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

fn count(conn: &rusqlite::Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

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
    let (_dir, path) = fixture("shop-v1.vault");
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
        assert_eq!(user_version(&conn), 1, "the fixture is a version-1 file");
        for (table, n) in tables {
            assert_eq!(count(&conn, table), n, "{table} before");
        }
    }

    let shop = reopen(&path).unwrap();
    let conn = raw(&path);
    assert_eq!(
        user_version(&conn),
        SCHEMA_VERSION,
        "migrated through every later version"
    );
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

/// Migration 3 (and any later one) on a real file written by the schema-2
/// code (`tests/fixtures/shop-v2.vault`, see its README): every row of the
/// tables schema 2 added survives too, and reads back through the core.
#[test]
fn a_real_version_2_file_migrates_to_the_current_version_with_every_row() {
    let (_dir, path) = fixture("shop-v2.vault");
    let tables = [
        ("customer", 3),
        ("product", 2),
        ("purchase", 5),
        ("consent_entry", 6),
        ("preference", 2),
        ("contact_log", 3),
        ("household_link", 1),
        ("promise", 2),
        ("message_template", 1),
        ("suggestion_action", 2),
    ];
    {
        let conn = raw(&path);
        assert_eq!(user_version(&conn), 2, "the fixture is a version-2 file");
        for (table, n) in tables {
            assert_eq!(count(&conn, table), n, "{table} before");
        }
    }

    let shop = reopen(&path).unwrap();
    let conn = raw(&path);
    assert_eq!(user_version(&conn), SCHEMA_VERSION);
    for (table, n) in tables {
        assert_eq!(count(&conn, table), n, "{table} after");
    }
    for table in ["erasure", "retention_keep"] {
        assert_eq!(count(&conn, table), 0, "{table} is new and empty");
    }
    drop(conn);

    let sean = shop.find_customer("Seán O'Brien").unwrap();
    let promises = shop.promises(sean.id).unwrap();
    assert_eq!(promises.len(), 1);
    assert_eq!(promises[0].text, "Ring when the blue 42s arrive");
    let in_person = shop.contacts(sean.id, 10).unwrap();
    assert!(
        in_person
            .iter()
            .any(|c| c.channel.is_none() && c.summary.contains("at the counter")),
        "{in_person:?}"
    );
    let template = shop
        .templates()
        .unwrap()
        .into_iter()
        .find(|t| !t.built_in)
        .expect("the owner's own wording survives");
    assert!(template.body.contains("I have put a bag aside"));
    let li = shop.find_customer("李小龙").unwrap();
    assert_eq!(shop.promises(li.id).unwrap().len(), 1);
    // A shop from before staff (schema 9): everything is the owner's.
    assert!(shop.staff().unwrap().is_empty());
    assert!(shop
        .purchases(sean.id, 100)
        .unwrap()
        .iter()
        .all(|p| p.staff_id.is_none()));
    assert!(shop
        .consent_history(sean.id)
        .unwrap()
        .iter()
        .all(|e| e.staff_id.is_none()));
    assert!(shop.activity(Some("anyone"), 10).unwrap().is_empty());
    assert!(
        !shop.activity(None, 10).unwrap().is_empty(),
        "the owner's records are the owner's"
    );
}

/// Before migrating, the encrypted file is copied next to it as it was,
/// byte for byte; the copy opens with the same passphrase at the old
/// version. A shop already at the current version gets no copy.
#[test]
fn migrating_first_keeps_an_encrypted_copy_of_the_file_as_it_was() {
    for (name, version) in [("shop-v1.vault", 1), ("shop-v2.vault", 2)] {
        let (_dir, path) = fixture(name);
        // The fixtures are vault format 1: the first open upgrades the
        // vault's own format (keeping the format-1 file beside it, see
        // vault-format.md); the copy before the schema migration is of that.
        drop(raw(&path));
        let original = std::fs::read(&path).unwrap();
        drop(reopen(&path).unwrap());
        let copy = migration_backup_path(&path, SCHEMA_VERSION);
        assert_eq!(
            copy.file_name().unwrap().to_string_lossy(),
            format!("shop.vault.before-v{SCHEMA_VERSION}")
        );
        assert!(
            std::fs::read(&copy).unwrap() == original,
            "{name}: same bytes"
        );
        assert_eq!(user_version(&raw(&copy)), version, "{name}: old version");
        assert_eq!(count(&raw(&copy), "customer"), 3);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "only the owner may read the copy");
        }

        std::fs::remove_file(&copy).unwrap();
        drop(reopen(&path).unwrap());
        assert!(!copy.exists(), "no copy when nothing is migrated");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.vault");
    drop(create(&path));
    drop(reopen(&path).unwrap());
    let copies: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".before-v"))
        .collect();
    assert!(copies.is_empty(), "a new shop has no copy: {copies:?}");
}

/// All pending migrations run in one transaction: when a later one fails
/// (here migration 3 meets a table of its name that someone made by hand),
/// the earlier ones are undone too and the file stays byte for byte as it
/// was. The owner is told in plain words; the copy made first is there.
#[test]
fn a_failed_migration_leaves_the_file_byte_for_byte_as_it_was() {
    let (dir, path) = fixture("shop-v1.vault");
    raw(&path)
        .execute_batch("CREATE TABLE erasure (x)")
        .unwrap();
    let before = std::fs::read(&path).unwrap();

    let err = reopen(&path).err().expect("the migration fails");
    assert!(
        matches!(err, CoreError::Migration { from: 1, to, .. } if to == SCHEMA_VERSION),
        "{err:?}"
    );
    assert_eq!(err.code(), "migration");
    assert!(
        err.to_string().contains("left the file exactly as it was"),
        "{err}"
    );

    assert!(
        std::fs::read(&path).unwrap() == before,
        "not one byte changed"
    );
    let journal = dir.path().join("shop.vault-journal");
    assert!(
        std::fs::metadata(&journal).map_or(true, |m| m.len() == 0),
        "no half-done transaction is left to roll back"
    );
    let conn = raw(&path);
    assert_eq!(user_version(&conn), 1, "migration 2 was undone with 3");
    let has_actions: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'suggestion_action'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(has_actions, 0);
    let copy = migration_backup_path(&path, SCHEMA_VERSION);
    assert!(std::fs::read(copy).unwrap() == before);
}

/// Migration 5 on the real version-2 file: its whole-number quantities and
/// unit prices become the same exact decimals, every line's total and every
/// purchase's total stay as they were, and the lines read back through the
/// core; a purchase of the old file can be voided and corrected.
#[test]
fn whole_quantities_of_an_older_file_become_the_same_decimals() {
    let (_dir, path) = fixture("shop-v2.vault");
    let before: Vec<(String, i64, i64, i64)> = {
        let conn = raw(&path);
        let mut stmt = conn
            .prepare(
                "SELECT purchase_id || ':' || position, quantity, unit_minor, total_minor
                 FROM purchase_line ORDER BY 1",
            )
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert!(!before.is_empty());
    let mut shop = reopen(&path).unwrap();
    let after: Vec<(String, String, String, i64)> = {
        let conn = raw(&path);
        let mut stmt = conn
            .prepare(
                "SELECT purchase_id || ':' || position, quantity, unit_minor, total_minor
                 FROM purchase_line ORDER BY 1",
            )
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let expected: Vec<(String, String, String, i64)> = before
        .iter()
        .map(|(k, q, u, t)| (k.clone(), q.to_string(), u.to_string(), *t))
        .collect();
    assert_eq!(after, expected);
    let customers = shop.list_customers().unwrap();
    let mut purchases = Vec::new();
    for c in &customers {
        purchases.extend(shop.purchases(c.id, 100).unwrap());
    }
    assert_eq!(purchases.len(), 5);
    for p in &purchases {
        let sum: i64 = p.lines.iter().map(|l| l.total.minor).sum();
        assert_eq!(sum, p.total.minor);
        for l in &p.lines {
            assert_eq!(
                l.unit_price.times(l.quantity).unwrap().minor - l.discount.minor,
                l.total.minor
            );
        }
    }
    let first = purchases[0].id;
    shop.void_purchase(first, "entered by mistake").unwrap();
    assert!(shop.purchase(first).unwrap().void.is_some());
}
