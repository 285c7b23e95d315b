//! Backups through the core: a real vault backed up to a real file and
//! restored into a new vault.

use shopkeeper_core::backup::{restore_backup_with_kdf, verify_backup};
use shopkeeper_core::{
    parse_when, KdfParams, NewLine, NewPurchase, SaleChannel, SecretString, Shop, Unlock,
};

use crate::{customer, pounds, reopen, shop, PASSPHRASE};

const NEW_PASSPHRASE: &str = "a different lantern by the harbour";

fn pass(p: &str) -> SecretString {
    SecretString::from(p)
}

/// A shop with two customers and a purchase each; returns the folder guard
/// and the vault path.
fn filled() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, mut shop) = shop();
    let zoe = customer(&mut shop, "Zoë Ødegård", Some("zoe@example.no"), None);
    let lee = customer(&mut shop, "李小龙", None, None);
    for (who, when) in [(zoe.id, "2024-05-01 10:30"), (lee.id, "2024-06-12 16:00")] {
        shop.add_purchase(
            who,
            &NewPurchase {
                at: Some(parse_when(when, None).unwrap()),
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![NewLine::free_text("Gift wrap", 1, pounds(250))],
            },
        )
        .unwrap();
    }
    drop(shop);
    let vault = dir.path().join("shop.vault");
    (dir, vault)
}

fn names(shop: &Shop) -> Vec<String> {
    let mut names: Vec<String> = shop
        .list_customers()
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    names.sort();
    names
}

#[test]
fn backup_then_restore_into_a_new_vault_gives_the_same_shop() {
    let (dir, vault) = filled();
    let shop = reopen(&vault).unwrap();
    let file = dir.path().join("shop.skbackup");
    let made = shop.backup_to(&file, &pass(PASSPHRASE)).unwrap();
    assert_eq!(made.facts.shop_name, "Marta's");
    assert_eq!(made.facts.customer_count, Some(2));
    assert_eq!(made.facts.last_purchase.unwrap().to_string(), "2024-06-12");

    let checked = verify_backup(&file, &pass(PASSPHRASE)).unwrap();
    assert_eq!(checked.page_count, made.page_count);

    let new_vault = dir.path().join("restored.vault");
    let report = restore_backup_with_kdf(
        &file,
        &pass(PASSPHRASE),
        &new_vault,
        &pass(NEW_PASSPHRASE),
        KdfParams::minimum(),
    )
    .unwrap();
    assert_eq!(report.shop_name, "Marta's");
    assert_eq!(report.customers, 2);
    assert_eq!(report.purchases, 2);
    assert_eq!(report.last_purchase.unwrap().to_string(), "2024-06-12");
    assert!(report.integrity_ok);
    // Written without a journal and synced once at the end, the new vault is
    // whole: every block authenticates and SQLite's own check passes.
    let unlock = Unlock::Passphrase(pass(NEW_PASSPHRASE));
    let whole = shopkeeper_vault::verify(&new_vault, &unlock).unwrap();
    assert!(whole.is_ok(), "{whole:?}");

    // The new vault opens with the new passphrase and holds the same shop.
    let restored = Shop::open(&new_vault, &Unlock::Passphrase(pass(NEW_PASSPHRASE))).unwrap();
    assert_eq!(names(&restored), names(&shop));
    assert_eq!(names(&restored), ["Zoë Ødegård", "李小龙"]);
    for c in restored.list_customers().unwrap() {
        let original = shop.purchases(c.id, 10).unwrap();
        assert_eq!(restored.purchases(c.id, 10).unwrap(), original);
        assert_eq!(original.len(), 1);
    }
    // The old vault still opens with its own passphrase, unchanged.
    drop(shop);
    assert_eq!(names(&reopen(&vault).unwrap()), ["Zoë Ødegård", "李小龙"]);
}

#[test]
fn a_backup_with_its_own_passphrase_needs_that_one() {
    let (dir, vault) = filled();
    let shop = reopen(&vault).unwrap();
    let file = dir.path().join("own.skbackup");
    shop.backup_to(&file, &pass(NEW_PASSPHRASE)).unwrap();
    let err = verify_backup(&file, &pass(PASSPHRASE)).unwrap_err();
    assert_eq!(err.code(), "wrong-passphrase");
    assert!(verify_backup(&file, &pass(NEW_PASSPHRASE)).is_ok());
}

#[test]
fn a_wrong_backup_passphrase_is_a_clear_error_and_leaves_no_vault() {
    let (dir, vault) = filled();
    let file = dir.path().join("shop.skbackup");
    reopen(&vault)
        .unwrap()
        .backup_to(&file, &pass(PASSPHRASE))
        .unwrap();

    let new_vault = dir.path().join("restored.vault");
    let err = restore_backup_with_kdf(
        &file,
        &pass("not the passphrase at all"),
        &new_vault,
        &pass(NEW_PASSPHRASE),
        KdfParams::minimum(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "wrong-passphrase");
    assert_eq!(err.field(), Some("passphrase"));
    assert!(err.to_string().contains("passphrase is not right"), "{err}");
    assert!(!new_vault.exists());
}

#[test]
fn a_damaged_backup_leaves_no_half_made_vault() {
    let (dir, vault) = filled();
    let file = dir.path().join("shop.skbackup");
    reopen(&vault)
        .unwrap()
        .backup_to(&file, &pass(PASSPHRASE))
        .unwrap();
    // Cut off the end: the header still unlocks, the pages do not all arrive.
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() - 100]).unwrap();

    let new_vault = dir.path().join("restored.vault");
    let err = restore_backup_with_kdf(
        &file,
        &pass(PASSPHRASE),
        &new_vault,
        &pass(NEW_PASSPHRASE),
        KdfParams::minimum(),
    )
    .unwrap_err();
    assert!(
        matches!(err.code(), "backup-truncated" | "backup-damaged"),
        "{err}"
    );
    assert!(!new_vault.exists());
    let mut journal = new_vault.into_os_string();
    journal.push("-journal");
    assert!(!std::path::Path::new(&journal).exists());
}

#[test]
fn restore_refuses_an_existing_target_and_leaves_it_alone() {
    let (dir, vault) = filled();
    let file = dir.path().join("shop.skbackup");
    reopen(&vault)
        .unwrap()
        .backup_to(&file, &pass(PASSPHRASE))
        .unwrap();
    let before = std::fs::read(&vault).unwrap();

    let err = restore_backup_with_kdf(
        &file,
        &pass(PASSPHRASE),
        &vault,
        &pass(NEW_PASSPHRASE),
        KdfParams::minimum(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&vault).unwrap(), before);
    assert_eq!(names(&reopen(&vault).unwrap()), ["Zoë Ødegård", "李小龙"]);
}

#[test]
fn backup_never_overwrites_a_file() {
    let (dir, vault) = filled();
    let file = dir.path().join("taken.skbackup");
    std::fs::write(&file, b"someone else's file").unwrap();
    let err = reopen(&vault)
        .unwrap()
        .backup_to(&file, &pass(PASSPHRASE))
        .unwrap_err();
    assert_eq!(err.code(), "already-exists");
    assert_eq!(std::fs::read(&file).unwrap(), b"someone else's file");
}

#[test]
fn the_restored_vault_has_its_own_recovery_key() {
    let (dir, vault) = filled();
    let file = dir.path().join("shop.skbackup");
    reopen(&vault)
        .unwrap()
        .backup_to(&file, &pass(PASSPHRASE))
        .unwrap();
    let new_vault = dir.path().join("restored.vault");
    let report = restore_backup_with_kdf(
        &file,
        &pass(PASSPHRASE),
        &new_vault,
        &pass(NEW_PASSPHRASE),
        KdfParams::minimum(),
    )
    .unwrap();
    assert!(report.created.emergency_kit.contains("Marta's"));
    let shop = Shop::open(
        &new_vault,
        &Unlock::RecoveryKey(report.created.recovery_key),
    )
    .unwrap();
    assert_eq!(shop.settings().shop_name, "Marta's");
}
