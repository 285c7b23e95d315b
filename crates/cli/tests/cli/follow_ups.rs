//! `shopkeeper suggest done|snooze|dismiss|draft`, `promise` and `template`,
//! run as a user would on a real vault.

use std::path::Path;

use crate::common::{fails, new_shop, ok};

/// The suggestions listed today, as JSON.
fn listed(vault: &Path) -> Vec<serde_json::Value> {
    let json = ok(vault, &["suggest", "--format", "json"]);
    serde_json::from_str::<serde_json::Value>(&json)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn key_of(list: &[serde_json::Value], customer: &str, kind: &str) -> Option<String> {
    list.iter()
        .find(|s| s["customer"] == customer && s["kind"] == kind)
        .map(|s| s["key"].as_str().unwrap().to_string())
}

/// Zoë (email; service messages by email granted) and 李小龙, each with a
/// purchase today; Marta signs.
fn shop_with_customers() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, vault) = new_shop();
    ok(
        &vault,
        &[
            "settings",
            "set",
            "--owner-name",
            "Marta",
            "--name",
            "Marta's",
        ],
    );
    ok(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "Zoë Ødegård",
            "--email",
            "zoe@example.no",
            "--ref",
            "Z1",
        ],
    );
    ok(
        &vault,
        &["customer", "add", "--name", "李小龙", "--ref", "L1"],
    );
    ok(
        &vault,
        &[
            "consent",
            "set",
            "--customer",
            "Z1",
            "--channel",
            "email",
            "--purpose",
            "service",
            "--state",
            "granted",
            "--method",
            "in person",
        ],
    );
    for who in ["Z1", "L1"] {
        ok(
            &vault,
            &[
                "purchase",
                "add",
                "--customer",
                who,
                "--item",
                "Gift wrap @ 2.50",
            ],
        );
    }
    (dir, vault)
}

#[test]
fn a_promise_is_listed_with_its_key_drafted_and_done() {
    let (_dir, vault) = shop_with_customers();
    let noted = ok(
        &vault,
        &["promise", "add", "Z1", "Ring when the blue 42s arrive"],
    );
    assert!(noted.starts_with("Noted for Zoë Ødegård"), "{noted}");
    assert!(fails(&vault, &["promise", "add", "Nobody", "x"]).contains("No customer matches"));
    assert!(fails(&vault, &["promise", "add", "Z1", "x", "--due", "soon"]).contains("not a date"));

    let list = listed(&vault);
    let key = key_of(&list, "Zoë Ødegård", "promised-follow-up").expect("the promise is listed");
    assert!(key.starts_with("promised-follow-up:"), "{key}");
    let csv = ok(&vault, &["suggest", "--format", "csv"]);
    assert!(csv.lines().next().unwrap().contains(",key,"), "{csv}");
    assert!(csv.contains(&key));

    let text = ok(&vault, &["suggest", "draft", &key]);
    assert!(text.starts_with("Subject: As promised"), "{text}");
    assert!(
        text.contains("Hi Zoë — as promised: Ring when the blue 42s arrive."),
        "{text}"
    );
    assert!(text.contains("— Marta"), "{text}");
    let draft: serde_json::Value =
        serde_json::from_str(&ok(&vault, &["suggest", "draft", &key, "--format", "json"])).unwrap();
    assert_eq!(draft[0]["language"], "en");
    assert!(
        draft[0]["links"]
            .as_str()
            .unwrap()
            .starts_with("mailto:zoe@example.no?subject=As%20promised&body=Hi%20Zo%C3%AB"),
        "{draft}"
    );

    let done = ok(
        &vault,
        &[
            "suggest",
            "done",
            &key,
            "--channel",
            "email",
            "--note",
            "Rang about the 42s",
        ],
    );
    assert!(
        done.starts_with("Done: Rang about the 42s (email)"),
        "{done}"
    );
    let contacts = ok(
        &vault,
        &["contact", "list", "--customer", "Z1", "--format", "csv"],
    );
    assert!(
        contacts.contains(&key) && contacts.contains("email"),
        "{contacts}"
    );
    assert!(ok(&vault, &["promise", "list", "Z1", "--format", "csv"]).contains(",done,"));
    assert!(key_of(&listed(&vault), "Zoë Ødegård", "promised-follow-up").is_none());
    assert!(fails(&vault, &["suggest", "done", &key]).contains("already marked done"));
    assert!(fails(&vault, &["suggest", "draft", &key]).contains("No suggestion for"));
}

#[test]
fn snooze_dismiss_and_mentioned_in_person() {
    let (_dir, vault) = shop_with_customers();
    let list = listed(&vault);
    let zoe = key_of(&list, "Zoë Ødegård", "thank-you").expect("first purchase thanks");
    let li = key_of(&list, "李小龙", "thank-you").expect("first purchase thanks");

    let today = chrono::Utc::now().date_naive();
    let past = (today - chrono::Duration::days(1)).to_string();
    assert!(
        fails(&vault, &["suggest", "snooze", &zoe, "--until", &past]).contains("a day after today")
    );
    let until = (today + chrono::Duration::days(2)).to_string();
    assert_eq!(
        ok(&vault, &["suggest", "snooze", &zoe, "--until", &until]).trim(),
        format!("Snoozed until {until}")
    );
    assert!(key_of(&listed(&vault), "Zoë Ødegård", "thank-you").is_none());
    let later = ok(&vault, &["suggest", "--as-of", &until, "--format", "csv"]);
    // Still within the week after the first purchase: back on its day.
    assert!(later.contains(&zoe), "{later}");

    let err = fails(&vault, &["suggest", "dismiss", &li, "--reason", "bored"]);
    assert!(err.contains("not-interested-in-kind"), "{err}");
    ok(
        &vault,
        &[
            "suggest",
            "dismiss",
            &li,
            "--reason",
            "not-interested-in-kind",
            "--note",
            "Said no thank-you notes",
        ],
    );
    assert!(key_of(&listed(&vault), "李小龙", "thank-you").is_none());

    // Done in person (the default): logged without a channel.
    ok(
        &vault,
        &["promise", "add", "L1", "Ask about the Porto trip"],
    );
    let key = key_of(&listed(&vault), "李小龙", "promised-follow-up").unwrap();
    let done = ok(&vault, &["suggest", "done", &key]);
    assert!(done.starts_with("Done: You promised (in-person)"), "{done}");
    assert!(ok(&vault, &["contact", "list", "--customer", "L1"]).contains("in-person"));

    assert!(fails(&vault, &["suggest", "done", "garbage"]).contains("not a suggestion key"));
    assert!(fails(&vault, &["suggest", "done", &key, "--channel", "pigeon"]).contains("in-person"));
}

#[test]
fn templates_are_listed_set_with_checked_placeholders_and_reset() {
    let (_dir, vault) = new_shop();
    let csv = ok(&vault, &["template", "list", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("kind,language,built_in,subject,body,placeholders")
    );
    assert_eq!(csv.matches(",en,true,").count(), 7, "{csv}");

    let err = fails(
        &vault,
        &[
            "template",
            "set",
            "matches-taste",
            "--language",
            "nb",
            "--subject",
            "{produkt}",
            "--body",
            "Hei",
        ],
    );
    assert!(
        err.contains("{produkt} is not a placeholder") && err.contains("{product}"),
        "{err}"
    );
    assert!(fails(
        &vault,
        &["template", "set", "gossip", "--subject", "x", "--body", "y"]
    )
    .contains("not a known kind"));

    ok(
        &vault,
        &[
            "template",
            "set",
            "thank-you",
            "--subject",
            "Takk",
            "--body",
            "Hei {first_name}, takk for sist. — {owner}",
            "--language",
            "NB",
        ],
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(&vault, &["template", "list", "--format", "json"])).unwrap();
    let nb: Vec<_> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["language"] == "nb")
        .collect();
    assert_eq!(nb.len(), 1);
    assert_eq!(nb[0]["built_in"], false);
    assert_eq!(nb[0]["kind"], "thank-you");

    ok(
        &vault,
        &["template", "reset", "thank-you", "--language", "nb"],
    );
    let err = fails(
        &vault,
        &["template", "reset", "thank-you", "--language", "nb"],
    );
    assert!(err.contains("nothing to reset"), "{err}");
}
