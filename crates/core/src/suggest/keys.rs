//! Stable suggestion keys: `<kind>:<customer id>:<what it is about>`.
//!
//! A key is the same on every refresh for the same thing, so what the owner
//! did with a suggestion (done, snoozed, dismissed) sticks to it. The last
//! part names the occasion of the suggestion, so that the *next* one of the
//! same sort gets a new key: the last purchase day for replenishment,
//! lapsing and service, the year for occasions, the arrival date for new
//! arrivals, the purchase day for thank-yous, the promise's id.

use crate::text::fold;
use crate::{CoreError, CustomerId, Result};

use super::SuggestionKind;

/// What a key says about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyParts {
    /// The suggestion's kind.
    pub kind: SuggestionKind,
    /// Whom it is about.
    pub customer_id: CustomerId,
}

/// Builds the key for `kind` about `customer` and `parts`.
pub(super) fn make(kind: SuggestionKind, customer: CustomerId, parts: &[&str]) -> String {
    let mut key = format!("{kind}:{customer}");
    for p in parts {
        key.push(':');
        key.push_str(p);
    }
    key
}

/// A label as a key part: folded, letters and digits only, words joined by `-`
/// ("Daughter's wedding" becomes `daughter-s-wedding`).
pub(super) fn slug(label: &str) -> String {
    fold(label)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Reads the kind and customer from a key as shown with each suggestion.
pub fn parse_key(key: &str) -> Result<KeyParts> {
    let key = key.trim();
    if key.is_empty() {
        return Err(CoreError::invalid(
            "key",
            msg!("error-key-which-suggestion-key"),
        ));
    }
    let bad = || {
        CoreError::invalid(
            "key",
            msg!("error-key-suggestion-key-keys", key = key.to_string()),
        )
    };
    let mut it = key.splitn(3, ':');
    let kind: SuggestionKind = it.next().unwrap_or_default().parse().map_err(|_| bad())?;
    let customer_id: CustomerId = it.next().unwrap_or_default().parse().map_err(|_| bad())?;
    match it.next() {
        Some(rest) if !rest.trim().is_empty() => Ok(KeyParts { kind, customer_id }),
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_labels_become_plain_slugs() {
        let c = CustomerId::new();
        let key = make(
            SuggestionKind::Occasion,
            c,
            &[&slug("Daughter's Wedding"), "2026"],
        );
        assert_eq!(key, format!("occasion:{c}:daughter-s-wedding:2026"));
        assert_eq!(
            parse_key(&key).unwrap(),
            KeyParts {
                kind: SuggestionKind::Occasion,
                customer_id: c
            }
        );
        assert_eq!(slug("Zoë's Ødegård day"), "zoe-s-odegard-day");
        for bad in [
            "",
            "  ",
            "occasion",
            "nonsense:x:y",
            &format!("occasion:{c}"),
            "occasion:123:x",
        ] {
            assert_eq!(parse_key(bad).unwrap_err().field(), Some("key"), "{bad}");
        }
    }
}
