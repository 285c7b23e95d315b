//! What the owner does with a suggestion (done, snooze, dismiss), refusals
//! of bad keys, and promises.

use chrono::Duration;
use shopkeeper_core::{
    Channel, CoreError, CustomerId, DismissReason, PromiseStatus, Purpose, Shop, SuggestionKind,
};

use super::{days_ago, grant, of, one, product_spec, today, zoe};
use crate::{customer, shop};

#[test]
fn done_logs_the_contact_with_the_key_and_the_suggestion_does_not_come_back() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let taste = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    let service = one(&shop, today(), id, SuggestionKind::ServiceCheck);

    // Mentioned in person: logged without a channel, not counted towards
    // the cap (one contact in 30 days), so the service check keeps its email.
    let entry = shop
        .complete_suggestion(&taste.key, id, None, "  ")
        .unwrap();
    assert_eq!(entry.channel, None);
    assert_eq!(entry.purpose, Purpose::Recommendations);
    assert_eq!(entry.summary, "Just in, to their taste");
    assert_eq!(entry.suggestion_ref.as_deref(), Some(taste.key.as_str()));
    assert!(of(&shop, today(), id, SuggestionKind::MatchesTaste).is_empty());
    assert_eq!(
        one(&shop, today(), id, SuggestionKind::ServiceCheck).channel,
        Some(Channel::Email)
    );

    // By email: now the cap is reached for anything else.
    let e = shop
        .complete_suggestion(
            &service.key,
            id,
            Some(Channel::Email),
            "Offered a slot on Friday",
        )
        .unwrap();
    assert_eq!(e.channel, Some(Channel::Email));
    assert_eq!(shop.contacts(id, 10).unwrap().len(), 2);
    assert!(of(&shop, today(), id, SuggestionKind::ServiceCheck).is_empty());
    // ... and for later days too: done is done.
    assert!(of(
        &shop,
        today() + Duration::days(3),
        id,
        SuggestionKind::ServiceCheck
    )
    .is_empty());

    // Doing it twice is refused and writes nothing.
    let err = shop
        .complete_suggestion(&service.key, id, Some(Channel::Email), "again")
        .unwrap_err();
    assert!(err.to_string().contains("already marked done"), "{err}");
    assert_eq!(shop.contacts(id, 10).unwrap().len(), 2);
}

#[test]
fn a_snoozed_suggestion_comes_back_on_its_day() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let s = one(&shop, today(), id, SuggestionKind::ServiceCheck);
    let until = today() + Duration::days(3);
    shop.snooze_suggestion(&s.key, id, until).unwrap();
    assert!(of(&shop, today(), id, SuggestionKind::ServiceCheck).is_empty());
    assert!(of(
        &shop,
        until - Duration::days(1),
        id,
        SuggestionKind::ServiceCheck
    )
    .is_empty());
    assert_eq!(
        one(&shop, until, id, SuggestionKind::ServiceCheck).key,
        s.key
    );
    // Other kinds are untouched.
    assert_eq!(
        of(&shop, today(), id, SuggestionKind::MatchesTaste).len(),
        1
    );

    for past in [today(), days_ago(1)] {
        let err = shop.snooze_suggestion(&s.key, id, past).unwrap_err();
        assert_eq!(err.field(), Some("until"));
        assert!(err.to_string().contains("a day after today"), "{err}");
    }
}

#[test]
fn dismissing_for_good_and_not_interested_in_a_kind_until_undone() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let s = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    // The kind must be the key's.
    let err = shop
        .dismiss_suggestion(
            &s.key,
            id,
            SuggestionKind::Occasion,
            DismissReason::NotRelevant,
            None,
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("kind"));
    assert_eq!(
        of(&shop, today(), id, SuggestionKind::MatchesTaste).len(),
        1
    );

    shop.dismiss_suggestion(
        &s.key,
        id,
        SuggestionKind::MatchesTaste,
        DismissReason::NotInterestedInKind,
        Some("Prefers to browse herself"),
    )
    .unwrap();
    assert_eq!(
        shop.blocked_suggestion_kinds(id).unwrap(),
        vec![SuggestionKind::MatchesTaste]
    );
    // A new arrival with a new key: still nothing of that kind.
    let mut p = product_spec("COF-SID", "Sidamo", "coffee", &["ethiopian"]);
    p.arrival_date = Some(today());
    shop.add_product(&p).unwrap();
    assert!(of(&shop, today(), id, SuggestionKind::MatchesTaste).is_empty());
    assert_eq!(
        of(&shop, today(), id, SuggestionKind::ServiceCheck).len(),
        1
    );

    // Undone: the new arrival comes back; the dismissed key does not.
    shop.unblock_suggestion_kind(id, SuggestionKind::MatchesTaste)
        .unwrap();
    let back = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    assert_ne!(back.key, s.key);
    assert_eq!(back.input("product"), Some("Sidamo"));
    assert!(shop.blocked_suggestion_kinds(id).unwrap().is_empty());
    let err = shop
        .unblock_suggestion_kind(id, SuggestionKind::MatchesTaste)
        .unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)), "{err}");

    // Not relevant: just this key.
    shop.dismiss_suggestion(
        &back.key,
        id,
        SuggestionKind::MatchesTaste,
        DismissReason::NotRelevant,
        None,
    )
    .unwrap();
    assert!(shop.blocked_suggestion_kinds(id).unwrap().is_empty());
    assert!(of(&shop, today(), id, SuggestionKind::MatchesTaste).is_empty());
}

#[test]
fn bad_keys_and_customers_are_refused_in_plain_words_and_nothing_is_written() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let other = customer(&mut shop, "Seán O'Brien", None, None).id;
    let s = one(&shop, today(), id, SuggestionKind::ServiceCheck);

    let err = shop.complete_suggestion("", id, None, "x").unwrap_err();
    assert_eq!(err.field(), Some("key"));
    assert!(err.to_string().contains("empty"), "{err}");
    let err = shop
        .complete_suggestion("no such thing", id, None, "x")
        .unwrap_err();
    assert!(err.to_string().contains("not a suggestion key"), "{err}");
    let err = shop
        .complete_suggestion(&s.key, CustomerId::new(), None, "x")
        .unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)), "{err}");
    let err = shop
        .complete_suggestion(&s.key, other, None, "x")
        .unwrap_err();
    assert!(err.to_string().contains("another customer"), "{err}");
    let err = shop
        .snooze_suggestion(&s.key, other, today() + Duration::days(2))
        .unwrap_err();
    assert_eq!(err.field(), Some("key"));
    let long = "x".repeat(30_000);
    let err = shop
        .complete_suggestion(&s.key, id, Some(Channel::Email), &long)
        .unwrap_err();
    assert!(err.to_string().contains("too long"), "{err}");

    assert!(shop.contacts(id, 10).unwrap().is_empty());
    assert!(shop.contacts(other, 10).unwrap().is_empty());
    assert_eq!(
        one(&shop, today(), id, SuggestionKind::ServiceCheck).key,
        s.key
    );
}

#[test]
fn a_promise_is_suggested_when_due_and_kept_through_done() {
    let (_dir, mut shop) = shop();
    let sean = customer(&mut shop, "Seán O'Brien", None, Some("07700 900456")).id;
    grant(&mut shop, sean, Channel::Sms, Purpose::Service);
    let due = today() + Duration::days(10);
    let later = shop
        .add_promise(sean, "Ring when the blue 42s arrive", Some(due))
        .unwrap();
    let now = shop
        .add_promise(sean, "Check the Porto trip dates", None)
        .unwrap();
    assert_eq!(now.status, PromiseStatus::Open);
    let err = shop.add_promise(sean, "   ", None).unwrap_err();
    assert_eq!(err.field(), Some("text"));
    let err = shop.add_promise(CustomerId::new(), "x", None).unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)));
    assert_eq!(shop.promises(sean).unwrap().len(), 2);

    // Today only the undated one; three days before its day, the other too.
    let s = one(&shop, today(), sean, SuggestionKind::PromisedFollowUp);
    assert_eq!(s.key, format!("promised-follow-up:{sean}:{}", now.id));
    assert_eq!(s.channel, Some(Channel::Sms));
    assert!(
        s.reason
            .to_string()
            .starts_with("You promised Seán: \"Check the Porto trip dates\""),
        "{}",
        s.reason
    );
    assert_eq!(
        of(
            &shop,
            due - Duration::days(3),
            sean,
            SuggestionKind::PromisedFollowUp
        )
        .len(),
        2
    );

    shop.complete_suggestion(&s.key, sean, Some(Channel::Sms), "Texted the dates")
        .unwrap();
    let promises = shop.promises(sean).unwrap();
    assert_eq!(promises[0].id, later.id, "open first");
    assert_eq!(promises[1].status, PromiseStatus::Done);
    let status = |shop: &Shop, id| {
        shop.promises(sean)
            .unwrap()
            .into_iter()
            .find(|p| p.id == id)
            .unwrap()
            .status
    };
    let dated = one(&shop, due, sean, SuggestionKind::PromisedFollowUp);
    assert!(
        dated.reason.to_string().contains("(due "),
        "{}",
        dated.reason
    );
    shop.dismiss_suggestion(
        &dated.key,
        sean,
        SuggestionKind::PromisedFollowUp,
        DismissReason::AlreadyHandled,
        None,
    )
    .unwrap();
    assert_eq!(status(&shop, later.id), PromiseStatus::Dismissed);
    assert_eq!(status(&shop, now.id), PromiseStatus::Done);
    assert!(of(&shop, due, sean, SuggestionKind::PromisedFollowUp).is_empty());
}

/// The undo offered after a snooze or a dismissal puts the suggestion back
/// as it was: the kind stop lifted, the dropped promise open; "done" stays.
#[test]
fn a_snooze_or_a_dismissal_is_taken_back_and_the_suggestion_is_as_it_was() {
    let (_dir, mut shop) = shop();
    let id = zoe(&mut shop);
    let s = one(&shop, today(), id, SuggestionKind::ServiceCheck);
    shop.snooze_suggestion(&s.key, id, today() + Duration::days(7))
        .unwrap();
    assert!(of(&shop, today(), id, SuggestionKind::ServiceCheck).is_empty());
    shop.undo_suggestion_action(&s.key, id).unwrap();
    assert_eq!(
        one(&shop, today(), id, SuggestionKind::ServiceCheck).key,
        s.key
    );
    let err = shop.undo_suggestion_action(&s.key, id).unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)), "{err}");

    let taste = one(&shop, today(), id, SuggestionKind::MatchesTaste);
    shop.dismiss_suggestion(
        &taste.key,
        id,
        SuggestionKind::MatchesTaste,
        DismissReason::NotInterestedInKind,
        None,
    )
    .unwrap();
    assert!(!shop.blocked_suggestion_kinds(id).unwrap().is_empty());
    let other = customer(&mut shop, "Seán O'Brien", None, None).id;
    let err = shop.undo_suggestion_action(&taste.key, other).unwrap_err();
    assert_eq!(err.field(), Some("key"));
    shop.undo_suggestion_action(&taste.key, id).unwrap();
    assert!(shop.blocked_suggestion_kinds(id).unwrap().is_empty());
    assert_eq!(
        one(&shop, today(), id, SuggestionKind::MatchesTaste).key,
        taste.key
    );

    // A promise dropped and taken back is open again; one kept stays kept.
    let promise = shop
        .add_promise(id, "Ring about the grinder", None)
        .unwrap();
    let p = one(&shop, today(), id, SuggestionKind::PromisedFollowUp);
    let kind = SuggestionKind::PromisedFollowUp;
    shop.dismiss_suggestion(&p.key, id, kind, DismissReason::AlreadyHandled, None)
        .unwrap();
    shop.undo_suggestion_action(&p.key, id).unwrap();
    assert_eq!(shop.promises(id).unwrap()[0].id, promise.id);
    assert_eq!(shop.promises(id).unwrap()[0].status, PromiseStatus::Open);
    shop.complete_suggestion(&p.key, id, None, "Rang").unwrap();
    let err = shop.undo_suggestion_action(&p.key, id).unwrap_err();
    assert!(matches!(err, CoreError::NotFound(_)), "{err}");
    assert_eq!(shop.promises(id).unwrap()[0].status, PromiseStatus::Done);
}
