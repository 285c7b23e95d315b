//! Erasure: personal data gone from every page of the database, the
//! erasure recorded, other customers untouched, sales figures kept.

use std::path::Path;

use shopkeeper_core::{
    Channel, ConsentState, NewConsent, NewContact, NewCustomer, NewLine, NewPreference,
    NewPurchase, PreferenceCategory, PurchasesOnErasure, Purpose, Relation, SaleChannel, Shop,
};

use super::export::rich_shop;
use super::{customer, pounds, raw, reopen};

/// Strings that only the erased customer's records hold.
const SECRETS: &[&str] = &[
    "Hildegard Vængsdottir",
    "hildegard.v@example.is",
    "hildegard vaengsdottir",
    "ask about the trip to Porto",
    "no smoked paprika please",
    "Rang about her Stilton order",
    "signed at the counter",
    "Reykjavík harbour street",
    "hilda.alt@example.is",
    "for her sister's birthday",
];

/// Adds the customer to erase (with a merged duplicate) and returns her id.
fn add_hildegard(s: &mut Shop) -> shopkeeper_core::CustomerId {
    let mut h = NewCustomer::new("Hildegard Vængsdottir");
    h.email = Some("hildegard.v@example.is".into());
    h.notes = Some("ask about the trip to Porto".into());
    h.address = Some("Reykjavík harbour street".into());
    let h = s.add_customer(&h).unwrap();
    let dup = customer(s, "Hilda V", Some("hilda.alt@example.is"), None);
    s.merge_customers(h.id, dup.id).unwrap();
    s.add_preference(
        h.id,
        &NewPreference::said(PreferenceCategory::Dislike, "no smoked paprika please"),
    )
    .unwrap();
    s.log_contact(
        h.id,
        &NewContact {
            at: None,
            channel: Some(Channel::Phone),
            purpose: Purpose::Service,
            summary: "Rang about her Stilton order".into(),
            suggestion_ref: None,
        },
    )
    .unwrap();
    s.record_consent(
        h.id,
        &NewConsent {
            channel: Channel::Email,
            purpose: Purpose::Service,
            state: ConsentState::Granted,
            at: None,
            method: "in person".into(),
            wording_version: None,
            note: Some("signed at the counter".into()),
            recorded_by: None,
        },
    )
    .unwrap();
    let anna = s.find_customer("zoe@example.no").unwrap();
    s.link_customers(h.id, anna.id, Relation::Other).unwrap();
    for _ in 0..2 {
        s.add_purchase(
            h.id,
            &NewPurchase {
                at: None,
                channel: SaleChannel::InShop,
                note: Some("for her sister's birthday".into()),
                lines: vec![NewLine::free_text("Stilton 250g", 2, pounds(650))],
            },
        )
        .unwrap();
    }
    h.id
}

/// Every page of the decrypted database, as one byte string.
fn all_pages(path: &Path) -> Vec<u8> {
    let conn = raw(path);
    let mut stmt = conn
        .prepare("SELECT data FROM sqlite_dbpage('main')")
        .unwrap();
    let pages = stmt
        .query_map([], |r| r.get::<_, Vec<u8>>(0))
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    assert!(pages.len() > 10);
    pages.concat()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn sales(path: &Path) -> i64 {
    raw(path)
        .query_row(
            "SELECT sum(total_minor) FROM purchase WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn erasure_leaves_no_readable_remnant_on_any_page() {
    let (dir, mut s) = rich_shop();
    let path = dir.path().join("shop.vault");
    let id = add_hildegard(&mut s);
    drop(s);
    let before = all_pages(&path);
    for secret in SECRETS {
        assert!(contains(&before, secret), "the test data holds {secret}");
    }
    let sales_before = sales(&path);

    let mut s = reopen(&path).unwrap();
    let preview = s
        .erasure_preview(id, PurchasesOnErasure::KeepAnonymized)
        .unwrap();
    assert_eq!(
        s.customer(id).unwrap().display_name,
        "Hildegard Vængsdottir",
        "a preview changes nothing"
    );
    let report = s
        .erase_customer(id, PurchasesOnErasure::KeepAnonymized)
        .unwrap();
    assert_eq!(preview, report);
    assert_eq!(report.merged_records, 1);
    assert_eq!(report.purchases, 2);
    assert!(
        report.profile.contains(&"address".to_string()),
        "{report:?}"
    );
    for words in [
        "preferences",
        "consent history entries",
        "contact log entries",
        "household links",
    ] {
        assert!(
            report.removed.iter().any(|(w, n)| w == words && *n > 0),
            "{words}: {report:?}"
        );
    }
    assert!(s.customer(id).is_err());
    assert!(s.find_customer("hildegard.v@example.is").is_err());
    assert!(s.search("hildegard", 10).unwrap().is_empty());
    let zoe = s.find_customer("zoe@example.no").unwrap();
    let links = s.profile(zoe.id).unwrap().household;
    assert_eq!(links.len(), 1, "her link to 李小龙 stays");
    assert!(
        links
            .iter()
            .all(|l| l.customer_id != id && l.other_id != id),
        "the link to the erased customer is gone from both sides"
    );
    drop(s);

    let after = all_pages(&path);
    for secret in SECRETS {
        assert!(
            !contains(&after, secret),
            "\"{secret}\" is still readable in the database"
        );
    }
    for kept in [
        "Zoë Ødegård",
        "zoe@example.no",
        "李小龙",
        "Told her the Barolo arrived",
    ] {
        assert!(
            contains(&after, kept),
            "other customers' data stays: {kept}"
        );
    }
    assert_eq!(sales(&path), sales_before, "sales figures stay right");
    let conn = raw(&path);
    let recorded: Vec<String> = conn
        .prepare("SELECT purchases FROM erasure ORDER BY erased_at")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        recorded,
        vec!["kept-anonymized", "kept-anonymized"],
        "her record and the merged one"
    );
}

#[test]
fn erasure_can_delete_the_purchases() {
    let (dir, mut s) = rich_shop();
    let path = dir.path().join("shop.vault");
    let id = add_hildegard(&mut s);
    let before = sales(&path);
    let report = s.erase_customer(id, PurchasesOnErasure::Delete).unwrap();
    assert_eq!(report.purchases, 2);
    drop(s);
    assert_eq!(sales(&path), before - 2 * 1300);
    assert!(!contains(&all_pages(&path), "for her sister's birthday"));
}

#[test]
fn the_consent_ledger_still_refuses_deletion_without_an_erasure() {
    let (dir, s) = rich_shop();
    drop(s);
    let conn = raw(&dir.path().join("shop.vault"));
    let err = conn.execute("DELETE FROM consent_entry", []).unwrap_err();
    assert!(err.to_string().contains("cannot be deleted"), "{err}");
    let err = conn
        .execute("UPDATE consent_entry SET note = 'x'", [])
        .unwrap_err();
    assert!(err.to_string().contains("cannot be changed"), "{err}");
}

#[test]
fn erasing_an_unknown_customer_changes_nothing() {
    let (_d, mut s) = rich_shop();
    let before = s.export_shop().unwrap();
    let err = s
        .erase_customer(
            shopkeeper_core::CustomerId::new(),
            PurchasesOnErasure::Delete,
        )
        .unwrap_err();
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert_eq!(s.export_shop().unwrap(), before);
}

#[test]
fn a_deleted_customer_is_still_erasable_and_an_erased_one_is_not() {
    let (dir, mut s) = rich_shop();
    let path = dir.path().join("shop.vault");
    let id = add_hildegard(&mut s);
    s.delete_customer(id).unwrap();
    assert!(
        s.find_customer(&id.to_string()).is_err(),
        "deleted: not found"
    );
    let found = s.find_customer_to_erase(&id.to_string()).unwrap();
    assert_eq!(found.display_name, "Hildegard Vængsdottir");

    s.erase_customer(id, PurchasesOnErasure::Delete).unwrap();
    assert!(s.find_customer_to_erase(&id.to_string()).is_err());
    assert!(s.erase_customer(id, PurchasesOnErasure::Delete).is_err());
    assert!(
        s.find_customer_to_erase(shopkeeper_core::ANONYMOUS_CUSTOMER)
            .is_err(),
        "the placeholder for anonymized sales is not a customer"
    );
    drop(s);
    let after = all_pages(&path);
    for secret in SECRETS {
        assert!(
            !contains(&after, secret),
            "\"{secret}\" is still readable after erasing a deleted customer"
        );
    }
}

/// A backup made before an erasure still holds the customer; restoring it
/// with the current shop's erasures erases them from the copy too, with
/// nothing of them left on any page of the restored vault.
#[test]
fn erasures_since_a_backup_are_applied_to_its_restored_copy() {
    use shopkeeper_core::backup::{restore_backup_from, restore_backup_with_kdf, BackupSecret};
    use shopkeeper_core::{ErasureLog, KdfParams, SecretString};

    let (dir, mut s) = rich_shop();
    let path = dir.path().join("shop.vault");
    let pass = SecretString::from(super::PASSPHRASE);
    let id = add_hildegard(&mut s);
    let file = dir.path().join("before-erasure.skbackup");
    s.backup_to(&file, &pass).unwrap();
    s.erase_customer(id, PurchasesOnErasure::KeepAnonymized)
        .unwrap();
    let log = s.erasure_log().unwrap();
    assert_eq!(log.len(), 2, "her record and the merged one");
    drop(s);

    // Without the current shop's erasures she comes back: the threat.
    let plain = dir.path().join("plain.vault");
    restore_backup_with_kdf(&file, &pass, &plain, &pass, KdfParams::minimum()).unwrap();
    assert!(reopen(&plain).unwrap().customer(id).is_ok());

    let copy_path = dir.path().join("restored.vault");
    let report = restore_backup_from(
        &file,
        &BackupSecret::Passphrase(pass.clone()),
        &copy_path,
        &pass,
        KdfParams::minimum(),
        &log,
    )
    .unwrap();
    assert_eq!(
        report.erasures_applied, 1,
        "one customer, as the owner sees it"
    );
    let mut copy = reopen(&copy_path).unwrap();
    assert!(copy.customer(id).is_err());
    assert!(copy.find_customer("hildegard.v@example.is").is_err());
    assert!(copy.search("hildegard", 10).unwrap().is_empty());
    assert_eq!(
        copy.erasure_log().unwrap(),
        log,
        "the erasures are recorded"
    );
    assert_eq!(
        copy.apply_erasures(&log).unwrap(),
        0,
        "applied once, not again"
    );
    assert_eq!(copy.apply_erasures(&ErasureLog::default()).unwrap(), 0);
    drop(copy);
    assert_eq!(sales(&copy_path), sales(&path), "sales figures agree");
    let pages = all_pages(&copy_path);
    for secret in SECRETS {
        assert!(
            !contains(&pages, secret),
            "\"{secret}\" is still readable in the restored copy"
        );
    }
    assert!(contains(&pages, "Zoë Ødegård"), "other customers stay");

    // Someone erased after the restore: switching to the copy is refused.
    let mut s = reopen(&path).unwrap();
    s.check_erasures_carried(&log).unwrap();
    let li = s.find_customer("li@example.cn").unwrap().id;
    s.erase_customer(li, PurchasesOnErasure::Delete).unwrap();
    let refused = s.check_erasures_carried(&log).unwrap_err();
    assert_eq!(refused.field(), Some("restore"), "{refused}");
}
