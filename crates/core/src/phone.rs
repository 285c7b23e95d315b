//! Phone numbers: kept as typed, normalized to E.164 for matching.

use serde::{Deserialize, Serialize};

use crate::{CoreError, Result};

/// A phone number as the owner typed it, with its E.164 form when it parses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    /// As typed (shown to people).
    pub typed: String,
    /// International form such as `+442079460958` (used for matching), when known.
    pub e164: Option<String>,
}

impl Phone {
    /// Checks `typed` and normalizes it; `region` (e.g. `GB`) applies to
    /// numbers written without a country code.
    pub fn parse(typed: &str, region: Option<&str>) -> Result<Phone> {
        let typed = typed.trim();
        let digits = typed.chars().filter(char::is_ascii_digit).count();
        let allowed = typed
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
        if !allowed || !(3..=20).contains(&digits) {
            return Err(CoreError::invalid(
                "phone",
                msg!("error-phone-does-look-like", typed = typed.to_string()),
            ));
        }
        Ok(Phone {
            typed: typed.to_string(),
            e164: e164(typed, region),
        })
    }

    /// The key used to match this number: E.164 when known, else the digits.
    pub fn match_key(&self) -> String {
        self.e164.clone().unwrap_or_else(|| digits(&self.typed))
    }

    /// Digit strings under which search finds this number: as typed, the
    /// international digits, and the national number with and without a leading 0.
    pub(crate) fn search_variants(&self) -> Vec<String> {
        let mut v = vec![digits(&self.typed)];
        if let Some(e) = &self.e164 {
            v.push(digits(e));
            if let Ok(n) = phonenumber::parse(None, e) {
                let national = n.national().value().to_string();
                v.push(format!("0{national}"));
                v.push(national);
            }
        }
        v.sort();
        v.dedup();
        v
    }
}

/// The E.164 form of `text`, if it is a valid number.
pub(crate) fn e164(text: &str, region: Option<&str>) -> Option<String> {
    let country = region.and_then(|r| r.trim().to_ascii_uppercase().parse().ok());
    // Parsed numbers are kept even if not assigned (e.g. the UK's 07700 900xxx
    // drama range): matching needs a stable form, not a dialable one.
    let number = phonenumber::parse(country, text).ok()?;
    Some(number.format().mode(phonenumber::Mode::E164).to_string())
}

/// Only the ASCII digits of `text`.
pub(crate) fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Checks a region code such as `GB` or `DE`.
pub fn parse_region(code: &str) -> Result<String> {
    let c = code.trim().to_ascii_uppercase();
    c.parse::<phonenumber::country::Id>()
        .map(|_| c.clone())
        .map_err(|_| {
            CoreError::invalid(
                "region",
                msg!("error-region-country-code-use", code = code.to_string()),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_formatting_gives_the_same_e164() {
        let forms = [
            "020 7946 0958",
            "+44 20 7946 0958",
            "(020) 7946-0958",
            "+442079460958",
        ];
        for f in forms {
            let p = Phone::parse(f, Some("GB")).unwrap();
            assert_eq!(p.e164.as_deref(), Some("+442079460958"), "{f}");
            assert_eq!(p.typed, f);
        }
        let p = Phone::parse("+44 20 7946 0958", None).unwrap();
        assert!(p.search_variants().contains(&"02079460958".to_string()));
    }

    #[test]
    fn unparseable_numbers_are_kept_as_typed_and_garbage_refused() {
        let p = Phone::parse("12345", None).unwrap();
        assert_eq!(p.e164, None);
        assert_eq!(p.match_key(), "12345");
        assert_eq!(
            Phone::parse("call me", None).unwrap_err().field(),
            Some("phone")
        );
        assert!(parse_region("gb").is_ok());
        assert!(parse_region("XX").is_err());
    }
}
