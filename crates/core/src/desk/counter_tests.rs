//! The counter on a real vault file: a member of staff signs in with their
//! PIN and is held to their role, the owner takes the counter back, and
//! wrong PINs make the next try wait (also the right one).

use std::path::Path;
use std::time::{Duration, Instant};

use super::*;
use crate::staff::{NewStaff, Role, Working};
use crate::{CoreError, KdfParams, SecretString};

const PASSPHRASE: &str = "copper kettle under the plum tree";
const PIN: &str = "246810";

fn secret(s: &str) -> SecretString {
    SecretString::from(s)
}

/// An unlocked desk over a new vault with one member of staff (role
/// staff); their id.
fn desk_with_staff(dir: &Path) -> (Desk, String) {
    let path = dir.join("shop.vault");
    Shop::create_with_kdf(&path, &secret(PASSPHRASE), KdfParams::minimum()).unwrap();
    let desk = Desk::new(path, Duration::from_secs(120));
    desk.unlock(&secret(PASSPHRASE)).unwrap();
    let anna = desk
        .with_shop(|shop| shop.add_staff(&NewStaff::new("Anna Berg", Role::Staff), &secret(PIN)))
        .unwrap();
    (desk, anna.id)
}

fn working(desk: &Desk) -> Working {
    desk.with_shop(|shop| Ok(shop.working())).unwrap()
}

#[test]
fn staff_sign_in_with_their_pin_are_held_to_their_role_and_the_owner_takes_it_back() {
    let dir = shopkeeper_testkit::fast_tempdir();
    let (desk, anna) = desk_with_staff(dir.path());
    assert_eq!(desk.owner_secret().unwrap(), OwnerSecret::Passphrase);
    desk.sign_in_staff(&anna, &secret(PIN), Instant::now())
        .unwrap();
    assert_eq!(working(&desk).staff_id(), Some(anna.as_str()));
    let refused = desk.with_shop(|shop| shop.set_ask_who_minutes(Some(5)));
    assert!(matches!(
        refused,
        Err(DeskError::Core(CoreError::NotAllowed { .. }))
    ));
    // The restore goes around the shop: the desk asks the role itself.
    let restore = desk.restore_backup(
        &dir.path().join("none.skbak"),
        &secret(PASSPHRASE),
        None,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap(),
    );
    assert!(matches!(
        restore,
        Err(DeskError::Core(CoreError::NotAllowed { .. }))
    ));
    // Nor print many customers' summaries at once; one is the counter's.
    let (a, b) = desk
        .with_shop(|shop| {
            let a = shop.add_customer(&crate::NewCustomer::new("Ana"))?.id;
            Ok((a, shop.add_customer(&crate::NewCustomer::new("Bo"))?.id))
        })
        .unwrap();
    let many = desk.remember_chosen(dir.path().join("many.pdf"), Instant::now());
    let refused = desk.save_summaries(
        &[a, b],
        crate::SummaryVariant::ForShop,
        &many.to_string_lossy(),
        Instant::now(),
    );
    assert!(matches!(
        refused,
        Err(DeskError::Core(CoreError::NotAllowed { .. }))
    ));
    assert!(!many.exists());
    // Nor a copy of the whole shop.
    let copy = desk.backup_copy(&dir.path().join("copy.skbak"));
    assert!(matches!(
        copy,
        Err(DeskError::Core(CoreError::NotAllowed { .. }))
    ));
    assert!(!dir.path().join("copy.skbak").exists());
    // A staff PIN is not the owner's secret.
    assert!(matches!(
        desk.take_counter_back(&secret(PIN), Instant::now()),
        Err(DeskError::WrongSecret)
    ));
    assert_eq!(working(&desk).staff_id(), Some(anna.as_str()));
    desk.take_counter_back(&secret(PASSPHRASE), Instant::now())
        .unwrap();
    assert_eq!(working(&desk), Working::Owner);
    desk.with_shop(|shop| shop.set_ask_who_minutes(Some(5)))
        .unwrap();
    assert_eq!(
        desk.with_shop(|shop| shop.ask_who_minutes()).unwrap(),
        Some(5)
    );
}

#[test]
fn with_an_owner_pin_the_pin_takes_the_counter_back() {
    let dir = shopkeeper_testkit::fast_tempdir();
    let (desk, anna) = desk_with_staff(dir.path());
    let path = desk.vault_path.clone();
    desk.with_shop(|shop| shop.set_owner_pin(&path, &secret(PASSPHRASE), &secret("4821")))
        .unwrap();
    assert_eq!(desk.owner_secret().unwrap(), OwnerSecret::PinOrPassphrase);
    desk.sign_in_staff(&anna, &secret(PIN), Instant::now())
        .unwrap();
    desk.take_counter_back(&secret("4821"), Instant::now())
        .unwrap();
    assert_eq!(working(&desk), Working::Owner);
}

/// The attack: guessing a PIN at the counter, one try after another. After
/// the free tries even the right PIN waits, and nobody is signed in.
#[test]
fn wrong_pins_at_the_counter_make_the_next_try_wait_even_the_right_one() {
    let dir = shopkeeper_testkit::fast_tempdir();
    let (desk, anna) = desk_with_staff(dir.path());
    for guess in ["000000", "111111", "123456"] {
        let wrong = desk.sign_in_staff(&anna, &secret(guess), Instant::now());
        assert!(matches!(
            wrong,
            Err(DeskError::Core(CoreError::Invalid { field: "pin", .. }))
        ));
    }
    let waits = desk.sign_in_staff(&anna, &secret(PIN), Instant::now());
    assert!(
        matches!(waits, Err(DeskError::TooManyTries(_))),
        "{waits:?}"
    );
    assert_eq!(working(&desk), Working::Owner);
    // The owner's passphrase waits as well: one count per desk.
    assert!(matches!(
        desk.take_counter_back(&secret(PASSPHRASE), Instant::now()),
        Err(DeskError::TooManyTries(_))
    ));
}

#[test]
fn nobody_signs_in_while_locked_or_in_customer_view() {
    let dir = shopkeeper_testkit::fast_tempdir();
    let (desk, anna) = desk_with_staff(dir.path());
    let id = desk
        .with_shop(|shop| shop.add_customer(&crate::NewCustomer::new("Zoë")))
        .unwrap()
        .id;
    desk.open_customer_view(id, Instant::now()).unwrap();
    assert!(matches!(
        desk.sign_in_staff(&anna, &secret(PIN), Instant::now()),
        Err(DeskError::InCustomerView)
    ));
    desk.leave_customer_view(&secret(PASSPHRASE), Instant::now())
        .unwrap();
    desk.lock().unwrap();
    assert!(matches!(
        desk.sign_in_staff(&anna, &secret(PIN), Instant::now()),
        Err(DeskError::Locked)
    ));
    // Unlocking with the passphrase works as the owner.
    desk.unlock(&secret(PASSPHRASE)).unwrap();
    assert_eq!(working(&desk), Working::Owner);
}

#[test]
fn the_activity_view_names_the_author_and_the_customer() {
    let dir = shopkeeper_testkit::fast_tempdir();
    let (desk, anna) = desk_with_staff(dir.path());
    let id = desk
        .with_shop(|shop| shop.add_customer(&crate::NewCustomer::new("Zoë Ødegård")))
        .unwrap()
        .id;
    desk.sign_in_staff(&anna, &secret(PIN), Instant::now())
        .unwrap();
    desk.with_shop(|shop| {
        let contact = crate::NewContact {
            at: None,
            channel: Some(crate::Channel::Phone),
            purpose: crate::Purpose::Service,
            summary: "called about the order".into(),
            suggestion_ref: None,
        };
        shop.log_contact(id, &contact)
    })
    .unwrap();
    // Staff may not look at who did what.
    assert!(matches!(
        desk.with_shop(|shop| shop.activity_lines(Some(&anna), 10)),
        Err(DeskError::Core(CoreError::NotAllowed { .. }))
    ));
    desk.take_counter_back(&secret(PASSPHRASE), Instant::now())
        .unwrap();
    let lines = desk
        .with_shop(|shop| shop.activity_lines(Some(&anna), 10))
        .unwrap();
    let contact = lines
        .iter()
        .find(|l| l.entry.kind == crate::staff::ActivityKind::Contact)
        .expect("the contact is in Anna's activity");
    assert_eq!(contact.author.as_deref(), Some("Anna Berg"));
    assert_eq!(contact.customer_name.as_deref(), Some("Zoë Ødegård"));
}

#[test]
fn staff_who_turn_the_screen_to_a_customer_take_it_back_with_their_own_pin() {
    let dir = shopkeeper_testkit::fast_tempdir();
    let (desk, anna) = desk_with_staff(dir.path());
    let bo = desk
        .with_shop(|shop| shop.add_staff(&NewStaff::new("Bo Lind", Role::Staff), &secret("135790")))
        .unwrap()
        .id;
    let id = desk
        .with_shop(|shop| shop.add_customer(&crate::NewCustomer::new("Zoë")))
        .unwrap()
        .id;
    desk.sign_in_staff(&anna, &secret(PIN), Instant::now())
        .unwrap();
    desk.open_customer_view(id, Instant::now()).unwrap();
    // Another person's PIN is not hers: it does not give the screen back.
    assert!(matches!(
        desk.leave_customer_view(&secret("135790"), Instant::now()),
        Err(DeskError::WrongSecret)
    ));
    let (who, _) = desk
        .leave_customer_view(&secret(PIN), Instant::now())
        .unwrap();
    assert_eq!(who, Some(id));
    assert_eq!(working(&desk).staff_id(), Some(anna.as_str()));
    assert_ne!(anna, bo);
}

/// Anyone at the counter saves today's day sheet, only where they chose
/// in the save dialog just now.
#[test]
fn staff_save_the_day_sheet_where_they_chose_and_nowhere_else() {
    let dir = shopkeeper_testkit::fast_tempdir();
    let (desk, anna) = desk_with_staff(dir.path());
    desk.sign_in_staff(&anna, &secret(PIN), Instant::now())
        .unwrap();
    let elsewhere = dir.path().join("elsewhere.md");
    let refused = desk.save_day_sheet("de", &elsewhere.to_string_lossy(), Instant::now());
    assert!(refused.is_err(), "a path nobody chose is refused");
    assert!(!elsewhere.exists());
    let chosen = desk.remember_chosen(dir.path().join("heute.md"), Instant::now());
    desk.save_day_sheet("de", &chosen.to_string_lossy(), Instant::now())
        .unwrap();
    let text = std::fs::read_to_string(&chosen).unwrap();
    assert!(text.contains("Heutige Nachfassaktionen"), "{text}");
}
