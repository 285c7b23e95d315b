//! "Why this suggestion" in sentences: on a made-up shop and on Zoë's
//! suggestions, every suggestion is explained, and no sentence carries an
//! internal name or an unrounded number.

use shopkeeper_core::demo::DemoOptions;
use shopkeeper_core::{Suggestion, SuggestionKind};

use super::{today, zoe};
use crate::shop;

/// Checks that `s` is explained in plain words.
fn plain(s: &Suggestion) {
    assert!(s.explanation.len() >= 2, "{s:?}");
    // Every message and nested message has its words and every variable
    // (Fluent writes a missing one as `{$name}`, an unknown id as itself).
    let reason = s.reason.to_string();
    for said in s
        .explanation
        .iter()
        .map(ToString::to_string)
        .chain([reason])
    {
        assert!(
            !said.contains("{$") && !said.contains("reason-"),
            "a message not said in \"{said}\""
        );
    }
    for sentence in s.explanation.iter().map(ToString::to_string) {
        let internal = s
            .inputs
            .iter()
            .any(|(name, _)| name.contains('_') && sentence.contains(name.as_str()));
        assert!(
            !internal && !sentence.contains('_'),
            "an internal name in \"{sentence}\""
        );
        // Money has two decimals; nothing else has any.
        let unrounded = sentence
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter_map(|w| w.trim_end_matches('.').split_once('.'))
            .any(|(_, fraction)| fraction.len() != 2);
        assert!(!unrounded, "an unrounded number in \"{sentence}\"");
    }
}

#[test]
fn every_suggestion_is_explained_in_plain_words() {
    let (_dir, mut shop) = shop();
    shop.generate_demo(&DemoOptions::ending_today(400, 2, 11))
        .unwrap();
    let all = shop.suggestions(today(), 500).unwrap();
    assert!(all.len() > 20, "{}", all.len());
    all.iter().for_each(plain);
    let lapsing = all
        .iter()
        .find(|s| s.kind == SuggestionKind::LapsingRegular)
        .expect("the demo has lapsing regulars");
    let said: Vec<String> = lapsing
        .explanation
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(said[0].starts_with("Comes in about every "), "{said:?}");
    assert!(said[1].starts_with("Last seen "));

    let (_dir, mut shop) = crate::shop();
    let id = zoe(&mut shop);
    let hers = shop.suggestions(today(), 500).unwrap();
    assert!(hers.len() >= 2);
    hers.iter().for_each(plain);
    let service = hers
        .iter()
        .find(|s| s.customer_id == id && s.kind == SuggestionKind::ServiceCheck)
        .unwrap();
    let said: Vec<String> = service
        .explanation
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        said[..2],
        [
            "bike service: serviced about every 6 months",
            "Last bought about 6 months ago"
        ]
    );
}
