//! Staff through sync (issue 23): a person added on one computer signs in
//! on another with the same PIN, what they record arrives with their name,
//! and only an owner may turn sync on or off.

use super::*;

const PIN: &str = "246810";

#[test]
fn a_person_added_on_one_computer_works_on_another_and_their_name_travels() {
    let dir = tempfile::tempdir().unwrap();
    let (mut counter, code) = first(dir.path());
    let anna = counter
        .add_staff(
            &NewStaff::new("Anna Berg", Role::Staff),
            &SecretString::from(PIN),
        )
        .unwrap();
    let zoe = add_zoe(&mut counter);
    counter.sync_now().unwrap();

    let mut workshop = join(dir.path(), &code, "Workshop");
    workshop
        .sign_in(&anna.id, &SecretString::from(PIN))
        .unwrap();
    workshop
        .record_consent(zoe.id, &consent(ConsentState::Granted))
        .unwrap();
    let sale = buy(&mut workshop, zoe.id, 1250).unwrap();
    assert_eq!(sale.staff_id.as_deref(), Some(anna.id.as_str()));
    workshop.sync_now().unwrap();
    counter.sync_now().unwrap();

    let ledger = counter.consent_history(zoe.id).unwrap();
    assert_eq!(
        ledger.last().unwrap().staff_id.as_deref(),
        Some(anna.id.as_str())
    );
    let bought = counter.purchases(zoe.id, 10).unwrap();
    assert_eq!(bought[0].staff_id.as_deref(), Some(anna.id.as_str()));
    assert_eq!(
        counter.author_name(Some(&anna.id)).unwrap().as_deref(),
        Some("Anna Berg")
    );

    // Removed on the counter: on the workshop she can no longer sign in.
    counter.remove_staff(&anna.id).unwrap();
    counter.sync_now().unwrap();
    workshop.work_as_owner();
    workshop.sync_now().unwrap();
    assert!(workshop
        .sign_in(&anna.id, &SecretString::from(PIN))
        .is_err());
    assert_eq!(dump(&counter), dump(&workshop));
}

#[test]
fn only_an_owner_may_turn_sync_on_or_off_or_show_the_pairing_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut shop = Shop::open_in_memory().unwrap();
    let tom = shop
        .add_staff(
            &NewStaff::new("Tom", Role::Manager),
            &SecretString::from(PIN),
        )
        .unwrap();
    shop.sign_in(&tom.id, &SecretString::from(PIN)).unwrap();
    let refused = shop.sync_enable(dir.path(), Some("Counter")).unwrap_err();
    assert!(matches!(refused, CoreError::NotAllowed { .. }), "{refused}");
    assert_eq!(
        shop.sync_status().unwrap(),
        SyncStatus::Off,
        "nothing was turned on"
    );
    shop.work_as_owner();
    shop.sync_enable(dir.path(), Some("Counter")).unwrap();
    shop.sign_in(&tom.id, &SecretString::from(PIN)).unwrap();
    assert!(matches!(
        shop.sync_pairing_code().unwrap_err(),
        CoreError::NotAllowed { .. }
    ));
    assert!(matches!(
        shop.sync_disable().unwrap_err(),
        CoreError::NotAllowed { .. }
    ));
    shop.sync_now().expect("anyone's work is still synced");
}
