//! Settings that stay in the vault (`LOCAL_SETTINGS`: the backup secret, the
//! owner's PIN, this computer's backups) never leave it in an export, are
//! never taken from an imported file (nor travel by sync: `sync::local_settings`).

use std::path::{Path, PathBuf};

use shopkeeper_core::backup::{restore_backup_from, BackupSecret};
use shopkeeper_core::backup_schedule::BackupSchedule;
use shopkeeper_core::{
    CreatedVault, ErasureLog, KdfParams, Settings, Shop, SummaryFormat, SummaryVariant,
    LOCAL_SETTINGS,
};

use super::export::rich_shop;
use crate::backups::{local_values, pass, shop_with_backups};
use crate::{customer, raw, PASSPHRASE};

/// Restores the backup at `file` with the recovery key of `created`.
fn restore_with_key(
    file: &Path,
    created: &CreatedVault,
    to: &Path,
) -> shopkeeper_core::Result<shopkeeper_core::RestoreReport> {
    restore_backup_from(
        file,
        &BackupSecret::RecoveryKey(pass(&created.recovery_key.to_string())),
        to,
        &pass(PASSPHRASE),
        KdfParams::minimum(),
        &ErasureLog::default(),
    )
}

/// The attack: shop A's whole-shop export imported into shop B used to
/// replace B's settings with A's, backup secret included, so B's backups
/// then opened with A's recovery key and no longer with B's own.
#[test]
fn an_imported_shop_keeps_its_own_backup_secret_and_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, _, a_kit) = shop_with_backups(dir.path(), "a");
    customer(&mut a, "Zoë Ødegård", Some("zoe@example.no"), None);
    let (mut b, b_vault, b_kit) = shop_with_backups(dir.path(), "b");
    let b_schedule = b.backup_schedule().unwrap();
    let b_locals = local_values(&b_vault);

    b.import_shop(&a.export_shop().unwrap()).unwrap();
    assert_eq!(b.list_customers().unwrap().len(), 1, "the records came in");
    let file = dir.path().join("b.skbackup");
    b.backup_to(&file, &pass(PASSPHRASE)).unwrap();
    let refused = restore_with_key(&file, &a_kit, &dir.path().join("with-a.vault"));
    assert!(refused.is_err(), "A's recovery key opens B's backup");
    assert_eq!(refused.unwrap_err().field(), Some("recoveryKey"));
    assert!(!dir.path().join("with-a.vault").exists());
    let ok = restore_with_key(&file, &b_kit, &dir.path().join("with-b.vault")).unwrap();
    assert_eq!(ok.customers, 1);

    assert_eq!(b.backup_schedule().unwrap(), b_schedule);
    drop(b);
    // The backup itself notes when it ran and, the first time, makes the
    // salt backups are locked with: B's own, not A's.
    let mut after = local_values(&b_vault);
    after.retain(|(k, _)| k != "last_backup_at" && k != "backup_slot_salt");
    assert_eq!(after, b_locals, "B's local settings stay");
}

/// A shop with every local setting set to a value that is easy to find.
fn shop_with_every_secret() -> (tempfile::TempDir, Shop, PathBuf, Vec<String>) {
    let (dir, mut s) = rich_shop();
    let vault = dir.path().join("shop.vault");
    let folder = dir.path().join("usb-stick-Q7Zx");
    std::fs::create_dir(&folder).unwrap();
    s.set_backup_schedule(&BackupSchedule {
        folder: Some(folder),
        on_close: true,
        daily: true,
        remind_after_days: 11,
    })
    .unwrap();
    s.set_owner_pin(&vault, &pass(PASSPHRASE), &pass("482913"))
        .unwrap();
    s.backup_to(&dir.path().join("first.skbackup"), &pass(PASSPHRASE))
        .unwrap();
    s.note_backup_problem("The drive Q7Zx-problem was full")
        .unwrap();
    // A day no record of the shop carries, so finding it means it leaked.
    let shown_on = chrono::NaiveDate::from_ymd_opt(2031, 7, 19).unwrap();
    s.morning_digest(shown_on, chrono::Utc::now()).unwrap();
    s.set_digest_on(false).unwrap();
    let values = local_values(&vault);
    let keys: Vec<&str> = values.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys.len(),
        LOCAL_SETTINGS.len(),
        "every one is set: {keys:?}"
    );
    let phc = &values.iter().find(|(k, _)| k == "owner_pin").unwrap().1;
    assert!(phc.starts_with("$argon2id$"), "{phc}");
    // Values long enough that finding one anywhere means it leaked.
    let secrets = values
        .into_iter()
        .map(|(_, v)| v)
        .filter(|v| v.len() >= 8)
        .chain(LOCAL_SETTINGS.iter().map(|k| (*k).to_string()))
        .collect();
    (dir, s, vault, secrets)
}

fn assert_holds_none(what: &str, bytes: &[u8], secrets: &[String]) {
    for secret in secrets {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{what} holds the local setting {secret:?}"
        );
    }
}

#[test]
fn no_export_carries_a_secret_or_local_setting() {
    let (dir, s, _, secrets) = shop_with_every_secret();
    assert!(secrets.len() > LOCAL_SETTINGS.len(), "{secrets:?}");
    let whole = s.export_shop().unwrap();
    assert_holds_none("the whole-shop export", whole.as_bytes(), &secrets);
    assert!(
        whole.contains("\"shop_name\""),
        "shared settings are exported"
    );

    let ids: Vec<_> = s.list_customers().unwrap().iter().map(|c| c.id).collect();
    let vcards = s.export_vcards(&ids).unwrap();
    assert_holds_none("the vCards", vcards.as_bytes(), &secrets);
    let zoe = s.find_customer("zoe@example.no").unwrap().id;
    let theirs = s.export_customer_data(zoe).unwrap();
    assert_holds_none("a customer's data", theirs.as_bytes(), &secrets);
    let (json, pdf) = s.save_customer_data(zoe, &dir.path().join("zoe")).unwrap();
    for file in [json, pdf] {
        assert_holds_none(
            "the rights export",
            &std::fs::read(&file).unwrap(),
            &secrets,
        );
    }
    for format in [SummaryFormat::Html, SummaryFormat::Markdown] {
        for variant in [SummaryVariant::ForCustomer, SummaryVariant::ForShop] {
            let page = s.export_summary(&[zoe], variant, format).unwrap();
            assert_holds_none("a summary", &page, &secrets);
        }
    }
}

/// An export written before local settings were left out holds them; an
/// import takes the shop's settings from it and ignores those.
#[test]
fn an_older_export_with_local_settings_does_not_bring_them_in() {
    let (_old_dir, mut s, old_vault, secrets) = shop_with_every_secret();
    s.update_settings(&Settings {
        shop_name: "Marta's Deli".into(),
        ..s.settings().clone()
    })
    .unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&s.export_shop().unwrap()).unwrap();
    let stored = raw(&old_vault)
        .prepare("SELECT key, value, updated_at FROM setting ORDER BY key")
        .unwrap()
        .query_map([], |r| {
            Ok(serde_json::json!({"key": r.get::<_, String>(0)?, "value": r.get::<_, String>(1)?, "updated_at": r.get::<_, String>(2)?}))
        })
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    let shared_in_file = stored
        .iter()
        .filter(|row| !LOCAL_SETTINGS.contains(&row["key"].as_str().unwrap()))
        .count();
    doc["tables"]["setting"] = serde_json::Value::Array(stored);
    let older = doc.to_string();
    assert!(
        secrets.iter().all(|v| older.contains(v.as_str())),
        "the old file holds them"
    );

    let dir = tempfile::tempdir().unwrap();
    let (mut b, b_vault, _) = shop_with_backups(dir.path(), "b");
    let before = local_values(&b_vault);
    let report = b.import_shop(&older).unwrap();
    assert_eq!(b.settings().shop_name, "Marta's Deli");
    assert!(!b.has_owner_pin().unwrap(), "no PIN came with the file");
    assert!(!b.verify_owner_pin(&pass("482913")).unwrap());
    assert_eq!(
        report.count("setting"),
        shared_in_file,
        "only the shop's shared settings were imported"
    );
    drop(b);
    assert_eq!(
        local_values(&b_vault),
        before,
        "B's own local settings stay"
    );
}
