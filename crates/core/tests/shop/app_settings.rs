//! What the desktop app's Settings screen relies on: currency rules, consent
//! wordings, a new emergency kit, and automatic backups into a folder that
//! open with the passphrase or the recovery key.

use shopkeeper_core::backup::{restore_backup_from, BackupSecret};
use shopkeeper_core::import::preview_csv;
use shopkeeper_core::{
    Currency, ErasureLog, KdfParams, NewLine, NewPurchase, Purpose, RecoveryKey, SaleChannel,
    SecretString, Settings, Unlock,
};

use crate::{create, customer, pounds, reopen, shop, PASSPHRASE};

fn pass(p: &str) -> SecretString {
    SecretString::from(p)
}

fn at(s: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

#[test]
fn the_currency_changes_only_while_no_purchase_is_recorded() {
    let (_d, mut shop) = shop();
    let euros = Settings {
        currency: Currency::EUR,
        ..shop.settings().clone()
    };
    shop.update_settings(&euros).unwrap();
    let back = Settings {
        currency: crate::gbp(),
        ..shop.settings().clone()
    };
    shop.update_settings(&back).unwrap();

    let zoe = customer(&mut shop, "Zoë Ødegård", None, None);
    shop.add_purchase(
        zoe.id,
        &NewPurchase {
            at: None,
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Cheddar", 1, pounds(450))],
        },
    )
    .unwrap();
    let err = shop.update_settings(&euros).unwrap_err();
    assert_eq!(err.field(), Some("currency"));
    assert!(err.to_string().contains("stays GBP"), "{err}");
    assert_eq!(shop.settings().currency.code(), "GBP");
    // Other settings still change.
    let renamed = Settings {
        shop_name: "O'Brien & Daughters".into(),
        auto_lock_minutes: 30,
        ..shop.settings().clone()
    };
    assert_eq!(
        shop.update_settings(&renamed).unwrap().auto_lock_minutes,
        30
    );
}

#[test]
fn changing_a_consent_wording_bumps_its_version_and_survives_a_reopen() {
    let (dir, mut shop) = shop();
    let all = shop.consent_wordings("en").unwrap();
    assert_eq!(all.len(), Purpose::ALL.len());
    assert!(all.iter().all(|w| w.version == "1" && !w.text.is_empty()));

    let same = shop
        .set_consent_wording(Purpose::Promotions, "en", &all[2].text)
        .unwrap();
    assert_eq!(same.version, "1", "the same words keep their version");
    let changed = shop
        .set_consent_wording(
            Purpose::Promotions,
            "en",
            "  Darf ich Ihnen Neuigkeiten schicken, Zoë?  ",
        )
        .unwrap();
    assert_eq!(changed.version, "2");
    assert_eq!(changed.text, "Darf ich Ihnen Neuigkeiten schicken, Zoë?");
    assert_eq!(
        shop.set_consent_wording(Purpose::Promotions, "en", " ")
            .unwrap_err()
            .field(),
        Some("text")
    );
    drop(shop);
    let shop = reopen(&dir.path().join("shop.vault")).unwrap();
    let w = shop.consent_wording(Purpose::Promotions, "en").unwrap();
    assert_eq!(
        (w.version.as_str(), w.text.as_str()),
        ("2", "Darf ich Ihnen Neuigkeiten schicken, Zoë?")
    );
    assert_eq!(
        shop.consent_wording(Purpose::Service, "en")
            .unwrap()
            .version,
        "1"
    );
}

#[test]
fn each_language_has_its_own_wording_and_versions() {
    let (_dir, mut shop) = shop();
    let german = shop
        .consent_wording(Purpose::Recommendations, "de-AT")
        .unwrap();
    assert_eq!(german.language, "de");
    assert_eq!(german.version, "1");
    assert!(german.text.starts_with("Dürfen wir"), "{}", german.text);
    let english = shop
        .consent_wording(Purpose::Recommendations, "en")
        .unwrap();
    assert!(english.text.starts_with("May we"), "{}", english.text);
    // A language Shopkeeper does not speak is asked in English.
    assert_eq!(
        shop.consent_wording(Purpose::Service, "pt-BR")
            .unwrap()
            .language,
        "en"
    );

    let reworded = shop
        .set_consent_wording(
            Purpose::Recommendations,
            "de",
            "Dürfen wir Ihnen schreiben, wenn neuer Käse kommt?",
        )
        .unwrap();
    assert_eq!(
        (reworded.language.as_str(), reworded.version.as_str()),
        ("de", "2")
    );
    let english_after = shop
        .consent_wording(Purpose::Recommendations, "en")
        .unwrap();
    assert_eq!(
        english_after, english,
        "rewording German leaves English as it was"
    );
    let french = shop.consent_wordings("fr").unwrap();
    assert!(french
        .iter()
        .all(|w| w.language == "fr" && w.version == "1"));
}

#[test]
fn a_new_emergency_kit_retires_the_old_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let (mut shop, created) =
        shopkeeper_core::Shop::create_with_kdf(&vault, &pass(PASSPHRASE), KdfParams::minimum())
            .unwrap();
    let old = created.recovery_key.clone();
    let Err(err) = shop.new_emergency_kit(&pass("not it"), &mut |_| {}) else {
        panic!("a wrong passphrase made a new kit");
    };
    assert_eq!(err.field(), Some("passphrase"), "{err}");
    let new = shop
        .new_emergency_kit(&pass(PASSPHRASE), &mut |_| {})
        .unwrap()
        .created;
    assert!(new.emergency_kit.contains(&new.recovery_key.to_string()));
    drop(shop);
    assert!(shopkeeper_core::Shop::open(&vault, &Unlock::RecoveryKey(old)).is_err());
    assert!(shopkeeper_core::Shop::open(&vault, &Unlock::RecoveryKey(new.recovery_key)).is_ok());
}

#[test]
fn automatic_backups_go_into_the_folder_rotate_and_open_with_passphrase_or_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let (mut shop, created) =
        shopkeeper_core::Shop::create_with_kdf(&vault, &pass(PASSPHRASE), KdfParams::minimum())
            .unwrap();
    customer(&mut shop, "Zoë Ødegård", None, None);
    customer(&mut shop, "李小龙", None, None);
    let usb = dir.path().join("USB stick");
    std::fs::create_dir(&usb).unwrap();

    // No folder that does not exist.
    let mut schedule = shop.backup_schedule().unwrap();
    assert_eq!(schedule.folder, None);
    schedule.folder = Some(dir.path().join("gone"));
    assert_eq!(
        shop.set_backup_schedule(&schedule).unwrap_err().field(),
        Some("folder")
    );
    schedule.folder = Some(usb.clone());
    schedule.on_close = false;
    assert_eq!(shop.set_backup_schedule(&schedule).unwrap(), schedule);
    let status = shop.backup_status().unwrap();
    assert_eq!(status.last_backup_at, None);
    assert!(status.recovery_key_opens_backups);

    // A backup a day for 40 days; the rotation keeps 7 daily + older weeks/months.
    let keys = shop.backup_keys(&pass(PASSPHRASE)).unwrap();
    let start = at("2026-01-01 18:30");
    let mut last = None;
    for day in 0..40 {
        let made = shop
            .backup_into_folder(&usb, &keys, start + chrono::Duration::days(day))
            .unwrap();
        last = Some(made.summary.path);
    }
    // Twice in one minute: the second takes the next minute, nothing is overwritten.
    let again = shop
        .backup_into_folder(&usb, &keys, start + chrono::Duration::days(39))
        .unwrap();
    assert_ne!(Some(&again.summary.path), last.as_ref());
    let files = std::fs::read_dir(&usb).unwrap().count();
    assert!((8..=14).contains(&files), "{files} backups kept");
    let status = shop.backup_status().unwrap();
    assert!(status.last_backup_at.is_some());
    shop.note_backup_problem("The drive was full.").unwrap();
    assert_eq!(
        shop.backup_status().unwrap().problem.as_deref(),
        Some("The drive was full.")
    );
    drop(shop);

    // On another computer: the passphrase opens it...
    let other = tempfile::tempdir().unwrap();
    let report = restore_backup_from(
        &again.summary.path,
        &BackupSecret::Passphrase(pass(PASSPHRASE)),
        &other.path().join("a.vault"),
        &pass(PASSPHRASE),
        KdfParams::minimum(),
        &ErasureLog::default(),
    )
    .unwrap();
    assert_eq!(report.customers, 2);
    // ...and so does the recovery key, typed in lower case with spaces.
    let typed = created
        .recovery_key
        .to_string()
        .to_lowercase()
        .replace('-', " ");
    let report = restore_backup_from(
        &again.summary.path,
        &BackupSecret::RecoveryKey(pass(&typed)),
        &other.path().join("b.vault"),
        &pass("a different lantern by the harbour"),
        KdfParams::minimum(),
        &ErasureLog::default(),
    )
    .unwrap();
    assert_eq!(report.customers, 2);
    // A key that is not this shop's opens nothing and leaves no file.
    let err = restore_backup_from(
        &again.summary.path,
        &BackupSecret::RecoveryKey(pass(&RecoveryKey::generate().to_string())),
        &other.path().join("c.vault"),
        &pass(PASSPHRASE),
        KdfParams::minimum(),
        &ErasureLog::default(),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("recoveryKey"));
    assert!(!other.path().join("c.vault").exists());
    // The restored vault's own recovery key opens its backups, not the old one's.
    let restored = reopen(&other.path().join("a.vault")).unwrap();
    assert!(restored.backup_status().unwrap().recovery_key_opens_backups);
}

#[test]
fn a_new_kit_makes_later_backups_open_with_the_new_key() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let mut shop = create(&vault);
    customer(&mut shop, "O'Brien", None, None);
    let kit = shop
        .new_emergency_kit(&pass(PASSPHRASE), &mut |_| {})
        .unwrap()
        .created;
    let file = dir.path().join("after.skbackup");
    shop.backup_to(&file, &pass(PASSPHRASE)).unwrap();
    let report = restore_backup_from(
        &file,
        &BackupSecret::RecoveryKey(pass(&kit.recovery_key.to_string())),
        &dir.path().join("restored.vault"),
        &pass(PASSPHRASE),
        KdfParams::minimum(),
        &ErasureLog::default(),
    )
    .unwrap();
    assert_eq!(report.customers, 1);
}

#[test]
fn a_preview_shows_the_header_first_rows_and_count() {
    let csv =
        "\u{feff}Name,E-mail\nZoë Ødegård,zoe@example.no\n李小龙,\n\"O'Brien\",ob@example.ie\n";
    let p = preview_csv(csv.as_bytes(), 2).unwrap();
    assert_eq!(p.header, ["Name", "E-mail"]);
    assert_eq!(
        p.rows,
        [vec!["Zoë Ødegård", "zoe@example.no"], vec!["李小龙", ""]]
    );
    assert_eq!(p.total_rows, 3);
}
