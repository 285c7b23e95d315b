use shopkeeper_core::*;

use super::{customer, shop};

fn decision(channel: Channel, purpose: Purpose, state: ConsentState) -> NewConsent {
    NewConsent {
        channel,
        purpose,
        state,
        at: None,
        method: "signed form".into(),
        wording_version: Some("v2".into()),
        note: None,
        recorded_by: Some("Marta".into()),
    }
}

#[test]
fn the_current_state_is_the_latest_ledger_entry_and_not_asked_never_permits_marketing() {
    let (_d, mut shop) = shop();
    let c = customer(&mut shop, "Anna", None, None);
    let promo = |shop: &Shop| {
        shop.consent(c.id)
            .unwrap()
            .into_iter()
            .find(|s| s.channel == Channel::Email && s.purpose == Purpose::Promotions)
            .unwrap()
    };
    assert_eq!(promo(&shop).state, ConsentState::NotAsked);
    assert!(!promo(&shop).permits());
    shop.record_consent(
        c.id,
        &decision(Channel::Email, Purpose::Promotions, ConsentState::Granted),
    )
    .unwrap();
    assert!(promo(&shop).permits());
    shop.record_consent(
        c.id,
        &decision(Channel::Email, Purpose::Promotions, ConsentState::Refused),
    )
    .unwrap();
    assert!(!promo(&shop).permits());
    let history = shop.consent_history(c.id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].wording_version.as_deref(), Some("v2"));
    assert_eq!(
        shop.consent(c.id).unwrap().len(),
        Channel::ALL.len() * Purpose::ALL.len()
    );
}

#[test]
fn the_ledger_cannot_be_updated_or_deleted_even_with_raw_sql() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.vault");
    {
        let mut shop = super::create(&path);
        let c = customer(&mut shop, "Anna", None, None);
        shop.record_consent(
            c.id,
            &decision(Channel::Sms, Purpose::Service, ConsentState::Granted),
        )
        .unwrap();
    }
    let conn = super::raw(&path);
    let update = conn
        .execute("UPDATE consent_entry SET state = 'refused'", [])
        .unwrap_err();
    assert!(update.to_string().contains("cannot be changed"), "{update}");
    let delete = conn.execute("DELETE FROM consent_entry", []).unwrap_err();
    assert!(delete.to_string().contains("cannot be deleted"), "{delete}");
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM consent_entry WHERE state = 'granted'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn a_decision_without_a_method_is_refused() {
    let (_d, mut shop) = shop();
    let c = customer(&mut shop, "Anna", None, None);
    let mut d = decision(Channel::Post, Purpose::Occasions, ConsentState::Granted);
    d.method = "  ".into();
    assert_eq!(
        shop.record_consent(c.id, &d).unwrap_err().field(),
        Some("method")
    );
    assert!(shop.consent_history(c.id).unwrap().is_empty());
}
