//! The morning digest on a real vault: its counts against Today's
//! suggestions, once a day, off when switched off, and who may switch it.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use secrecy::SecretString;
use shopkeeper_testkit::Watched;

use super::Digest;
use crate::desk::Desk;
use crate::{test_vault, CoreError, DayMonth, NewCustomer, NewStaff, Role, Shop};

/// The test vault's passphrase (see `test_vault`).
const PASSPHRASE: &str = "copper kettle under the plum tree";

fn day_month(d: NaiveDate) -> DayMonth {
    DayMonth {
        day: d.day() as u8,
        month: d.month() as u8,
        year: None,
    }
}

/// A customer named `name`, with a birthday on `birthday` if given.
fn customer(shop: &mut Shop, name: &str, birthday: Option<NaiveDate>) -> crate::CustomerId {
    let mut new = NewCustomer::new(name);
    new.birthday = birthday.map(day_month);
    shop.add_customer(&new).unwrap().id
}

/// Today (UTC, as the suggestions cut the data) and a shop whose Today
/// holds four follow-ups: a birthday today, one in five days, a promise
/// due today and one due in two days.
fn busy_shop() -> (Watched<Shop>, NaiveDate) {
    let w = test_vault::watched();
    let today = Utc::now().date_naive();
    {
        let mut shop = w.subject();
        customer(&mut shop, "Zoë Ødegård", Some(today));
        customer(&mut shop, "Bo Ek", Some(today + Duration::days(5)));
        let cy = customer(&mut shop, "Cy Twombly", None);
        shop.add_promise(cy, "call about the ring", Some(today))
            .unwrap();
        let di = customer(&mut shop, "Di Müller", None);
        shop.add_promise(di, "order the blue wool", Some(today + Duration::days(2)))
            .unwrap();
    }
    (w, today)
}

#[test]
fn the_digest_counts_todays_suggestions_and_says_no_name() {
    let (w, today) = busy_shop();
    let shop = w.subject();
    let digest = shop.digest(today, Utc::now()).unwrap();
    assert_eq!(
        digest,
        Digest {
            follow_ups: 4,
            occasions: 1,
            promises: 1,
            backup_due: true,
        }
    );
    assert_eq!(
        digest.follow_ups,
        shop.suggestions(today, 500).unwrap().len()
    );
    let body = digest.body().unwrap().to_string();
    assert_eq!(
        body,
        "4 follow-ups on Today, 1 birthday or special day today, 1 promise due, backup due"
    );
    for secret in ["Zoë", "Bo", "Cy", "Di", "ring", "wool"] {
        assert!(!body.contains(secret), "{body} names {secret}");
    }
    assert_eq!(digest.title().to_string(), "Good morning");
}

#[test]
fn it_is_shown_once_a_day_and_not_when_switched_off() {
    let (w, today) = busy_shop();
    let shop = w.subject();
    let now = Utc::now();
    assert!(shop.digest_on().unwrap(), "on unless switched off");
    let first = shop.morning_digest(today, now).unwrap();
    assert_eq!(first.map(|d| d.follow_ups), Some(4));
    // Unlocked again later the same day: nothing.
    assert_eq!(shop.morning_digest(today, now).unwrap(), None);
    // The next morning: again.
    let tomorrow = today + Duration::days(1);
    assert!(shop.morning_digest(tomorrow, now).unwrap().is_some());
    // Switched off: nothing, the day after either.
    shop.set_digest_on(false).unwrap();
    assert!(!shop.digest_on().unwrap());
    let later = tomorrow + Duration::days(1);
    assert_eq!(shop.morning_digest(later, now).unwrap(), None);
    shop.set_digest_on(true).unwrap();
    assert!(shop.morning_digest(later, now).unwrap().is_some());
}

#[test]
fn nothing_to_say_shows_nothing() {
    let w = test_vault::watched();
    let today = Utc::now().date_naive();
    let dest = tempfile::tempdir().unwrap();
    let shop = w.subject();
    // A new shop has nothing but the backup it lacks.
    assert_eq!(
        shop.digest(today, Utc::now())
            .unwrap()
            .body()
            .unwrap()
            .to_string(),
        "backup due"
    );
    shop.backup_to(
        &dest.path().join("b.skbackup"),
        &SecretString::from(PASSPHRASE),
    )
    .unwrap();
    let digest = shop.digest(today, Utc::now()).unwrap();
    assert!(digest.is_empty(), "{digest:?}");
    assert_eq!(digest.body(), None);
    assert_eq!(shop.morning_digest(today, Utc::now()).unwrap(), None);
}

#[test]
fn anyone_at_the_counter_sees_it_and_only_who_may_change_settings_switches_it() {
    let (w, today) = busy_shop();
    let pin = SecretString::from("246810");
    {
        let mut shop = w.subject();
        let anna = shop
            .add_staff(&NewStaff::new("Anna Berg", Role::Staff), &pin)
            .unwrap();
        shop.sign_in(&anna.id, &pin).unwrap();
        assert!(shop.morning_digest(today, Utc::now()).unwrap().is_some());
    }
    let refused = w.attempt(|shop| shop.set_digest_on(false), |_| true);
    assert!(
        matches!(refused, Err(CoreError::NotAllowed { .. })),
        "{refused:?}"
    );
    assert!(w.subject().digest_on().unwrap());
}

#[test]
fn the_demo_says_nothing_about_backups() {
    let dir = shopkeeper_testkit::fast_tempdir();
    let today = Utc::now().date_naive();
    let new_shop = |name: &str| {
        let path = dir.path().join(name);
        let pass = SecretString::from(PASSPHRASE);
        Shop::create_with_kdf(&path, &pass, crate::KdfParams::minimum())
            .unwrap()
            .0
    };
    let desk = Desk::new(
        dir.path().join("shop.vault"),
        std::time::Duration::from_secs(120),
    );
    desk.set_unlocked(new_shop("shop.vault"), None);
    let real = desk.morning_digest(today, Utc::now()).unwrap();
    assert_eq!(real.map(|d| d.backup_due), Some(true));
    // The demo is never backed up: a digest of nothing but that is none.
    desk.set_demo(new_shop("shop.demo.vault"));
    assert_eq!(desk.morning_digest(today, Utc::now()).unwrap(), None);
}
