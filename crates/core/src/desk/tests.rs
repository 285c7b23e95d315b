//! The desk's rules on a real vault file: what is refused while locked, in
//! Customer view and for the demo; Customer view across a restart; leaving
//! it with the PIN or the passphrase; the backup on close.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::*;
use crate::backup_schedule::BackupSchedule;
use crate::kiosk::marker;
use crate::{CustomerId, KdfParams, NewCustomer, SecretString};

const PASSPHRASE: &str = "copper kettle under the plum tree";
const TIMEOUT: Duration = Duration::from_secs(120);

fn pass() -> SecretString {
    SecretString::from(PASSPHRASE)
}

/// A desk over a new vault (cheapest Argon2id), locked; and its folder.
fn desk() -> (Desk, tempfile::TempDir) {
    let dir = shopkeeper_testkit::fast_tempdir();
    let path = dir.path().join("shop.vault");
    Shop::create_with_kdf(&path, &pass(), KdfParams::minimum()).unwrap();
    (Desk::new(path, TIMEOUT), dir)
}

/// An unlocked desk with one customer.
fn unlocked() -> (Desk, tempfile::TempDir, CustomerId) {
    let (desk, dir) = desk();
    desk.unlock(&pass()).unwrap();
    let id = desk
        .with_shop(|shop| shop.add_customer(&NewCustomer::new("Zoë Ødegård")))
        .unwrap()
        .id;
    (desk, dir, id)
}

#[test]
fn a_locked_desk_refuses_the_shop_and_a_wrong_passphrase_opens_nothing() {
    let (desk, _dir) = desk();
    assert!(matches!(desk.with_shop(|_| Ok(())), Err(DeskError::Locked)));
    let wrong = desk.unlock(&SecretString::from("not the passphrase at all"));
    assert!(matches!(
        wrong,
        Err(DeskError::Core(crate::CoreError::Vault(
            crate::VaultError::WrongPassphrase
        )))
    ));
    assert!(!desk.is_unlocked());
}

#[test]
fn unlocking_keeps_the_backup_keys_and_locking_wipes_them() {
    let (desk, dir, _) = unlocked();
    let dest = dir.path().join("now.skbak");
    desk.with_backup(|shop, keys| shop.backup_with_keys(&dest, keys))
        .unwrap();
    assert!(dest.exists());
    desk.lock().unwrap();
    assert!(matches!(
        desk.with_backup(|_, _| Ok(())),
        Err(DeskError::Locked)
    ));
}

#[test]
fn the_demo_has_no_backups_no_marker_needs_a_pin_and_is_deleted_on_lock() {
    let (desk, _dir) = desk();
    let (shop, _) = Shop::create_with_kdf(&desk.demo_path, &pass(), KdfParams::minimum()).unwrap();
    desk.set_demo(shop);
    assert!(desk.is_demo());
    assert!(matches!(
        desk.with_backup(|_, _| Ok(())),
        Err(DeskError::Locked)
    ));
    let id = desk
        .with_shop(|shop| shop.add_customer(&NewCustomer::new("Ana")))
        .unwrap()
        .id;
    assert!(matches!(
        desk.open_customer_view(id, Instant::now()),
        Err(DeskError::DemoWithoutPin)
    ));
    let demo_path = desk.demo_path.clone();
    desk.with_shop(|shop| shop.set_owner_pin(&demo_path, &pass(), &SecretString::from("4821")))
        .unwrap();
    desk.open_customer_view(id, Instant::now()).unwrap();
    assert!(!marker::is_marked(&desk.vault_path));
    // Only the PIN gives the demo's screen back: it has no passphrase.
    assert!(matches!(
        desk.leave_customer_view(&pass(), Instant::now()),
        Err(DeskError::WrongSecret)
    ));
    let (who, _) = desk
        .leave_customer_view(&SecretString::from("4821"), Instant::now())
        .unwrap();
    assert_eq!(who, Some(id));
    desk.lock().unwrap();
    assert!(!desk.demo_path.exists());
    assert!(desk.vault_path.exists());
}

#[test]
fn customer_view_shuts_the_owners_commands_and_the_passphrase_gives_it_back() {
    let (desk, _dir, id) = unlocked();
    let t0 = Instant::now();
    desk.open_customer_view(id, t0).unwrap();
    assert!(marker::is_marked(&desk.vault_path));
    assert!(matches!(
        desk.with_shop(|_| Ok(())),
        Err(DeskError::InCustomerView)
    ));
    assert!(matches!(
        desk.guard("list_customers", &["customer_view_load"]),
        Err(DeskError::InCustomerView)
    ));
    let seen = desk
        .with_customer_view(t0, |_, session| Ok(session.customer()))
        .unwrap();
    assert_eq!(seen, id);
    // The timeout, injected: the customer's turn is over.
    assert_eq!(desk.mode(t0 + TIMEOUT), Mode::Thanks);
    assert!(matches!(
        desk.with_customer_view(t0 + TIMEOUT, |_, _| Ok(())),
        Err(DeskError::CustomerViewEnded)
    ));
    assert!(matches!(
        desk.leave_customer_view(&SecretString::from("wrong words"), Instant::now()),
        Err(DeskError::WrongSecret)
    ));
    let (who, _) = desk.leave_customer_view(&pass(), Instant::now()).unwrap();
    assert_eq!(who, Some(id));
    assert!(!marker::is_marked(&desk.vault_path));
    assert_eq!(desk.mode(Instant::now()), Mode::Owner);
    desk.with_shop(|_| Ok(())).unwrap();
}

#[test]
fn after_a_restart_in_customer_view_only_the_passphrase_unlocks_and_gives_it_back() {
    let (desk, _dir, id) = unlocked();
    desk.open_customer_view(id, Instant::now()).unwrap();
    let path: PathBuf = desk.vault_path.clone();
    drop(desk);
    let desk = Desk::new(path, TIMEOUT);
    assert_eq!(desk.mode(Instant::now()), Mode::Thanks);
    assert!(!desk.is_unlocked());
    assert!(matches!(
        desk.leave_customer_view(&SecretString::from("1234"), Instant::now()),
        Err(DeskError::WrongSecret)
    ));
    assert!(!desk.is_unlocked());
    let (who, _) = desk.leave_customer_view(&pass(), Instant::now()).unwrap();
    assert_eq!(who, None);
    assert!(desk.is_unlocked());
    assert!(!marker::is_marked(&desk.vault_path));
    assert_eq!(desk.mode(Instant::now()), Mode::Owner);
}

#[test]
fn wrong_tries_at_leaving_make_the_next_one_wait() {
    let (desk, _dir, id) = unlocked();
    desk.open_customer_view(id, Instant::now()).unwrap();
    for _ in 0..crate::kiosk::attempts::FREE_TRIES {
        assert!(matches!(
            desk.leave_customer_view(&SecretString::from("nope"), Instant::now()),
            Err(DeskError::WrongSecret)
        ));
    }
    // Even the right passphrase waits now.
    assert!(matches!(
        desk.leave_customer_view(&pass(), Instant::now()),
        Err(DeskError::TooManyTries(_))
    ));
}

#[test]
fn the_close_is_held_once_for_a_wanted_backup_on_close() {
    let (desk, dir, _) = unlocked();
    assert!(!desk.hold_close_for_backup(), "no folder chosen yet");
    let schedule = BackupSchedule {
        folder: Some(dir.path().to_path_buf()),
        ..BackupSchedule::default()
    };
    desk.with_shop(|shop| shop.set_backup_schedule(&schedule))
        .unwrap();
    assert!(desk.hold_close_for_backup());
    assert!(!desk.hold_close_for_backup(), "already closing");
}
