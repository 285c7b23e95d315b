//! A passphrase strength estimate (no dictionary download, no network).
//!
//! The estimate counts guesses for the cheapest of three attacker models:
//! brute force over the character classes used, a word-list attack on
//! passphrases made of words (~2^11 per common word), and a list of very
//! common passwords. Repeats and keyboard or alphabet runs are discounted.

use unicode_normalization::UnicodeNormalization;

/// How strong a passphrase looks.
#[derive(Debug, Clone, PartialEq)]
pub struct Strength {
    /// 0 (very weak) to 4 (strong), like zxcvbn.
    pub score: u8,
    /// Estimated guesses, as log10.
    pub guesses_log10: f64,
    /// Short advice for the person choosing it (empty when strong).
    pub feedback: Vec<String>,
}

const COMMON: &[&str] = &[
    "password",
    "123456",
    "12345678",
    "qwerty",
    "letmein",
    "welcome",
    "admin",
    "iloveyou",
    "monkey",
    "dragon",
    "football",
    "baseball",
    "sunshine",
    "princess",
    "abc123",
    "111111",
    "passw0rd",
    "shop",
    "shopkeeper",
    "master",
    "login",
    "trustno1",
    "starwars",
    "whatever",
    "qwertyuiop",
    "1234567890",
];
const RUNS: &[&str] = &[
    "abcdefghijklmnopqrstuvwxyz",
    "qwertyuiopasdfghjklzxcvbnm",
    "0123456789",
];

/// Estimate the strength of `p` (normalized to NFC first).
pub fn passphrase_strength(p: &str) -> Strength {
    let p: String = p.nfc().collect();
    let chars: Vec<char> = p.chars().collect();
    let mut feedback = Vec::new();
    let lower = p.to_lowercase();
    if chars.is_empty() {
        return Strength {
            score: 0,
            guesses_log10: 0.0,
            feedback: vec!["Type a passphrase.".into()],
        };
    }
    let mut charset = 0f64;
    if chars.iter().any(|c| c.is_ascii_lowercase()) {
        charset += 26.0;
    }
    if chars.iter().any(|c| c.is_ascii_uppercase()) {
        charset += 26.0;
    }
    if chars.iter().any(|c| c.is_ascii_digit()) {
        charset += 10.0;
    }
    if chars.iter().any(|c| c.is_ascii_punctuation() || *c == ' ') {
        charset += 33.0;
    }
    if chars.iter().any(|c| !c.is_ascii()) {
        charset += 100.0;
    }
    // Effective length: repeated characters and runs count little.
    let mut effective = 0f64;
    let lc: Vec<char> = lower.chars().collect();
    for i in 0..lc.len() {
        let repeat = i > 0 && lc[i] == lc[i - 1];
        let run = i > 0
            && RUNS.iter().any(|r| {
                let mut pair = String::new();
                pair.push(lc[i - 1]);
                pair.push(lc[i]);
                r.contains(&pair)
            });
        effective += if repeat || run { 0.2 } else { 1.0 };
    }
    let brute = effective * charset.max(2.0).log10();
    // Word model: each word of letters ~ 2^11 guesses (a 2000-word list), plus separators.
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let word_model = words.len() as f64 * 2048f64.log10() + if words.len() > 1 { 0.5 } else { 0.0 };
    let mut guesses = brute.min(word_model.max(brute.min(4.0)));
    if words.len() <= 1 {
        guesses = brute;
    }
    let stripped: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if COMMON
        .iter()
        .any(|c| stripped == *c || stripped.trim_end_matches(|c: char| c.is_ascii_digit()) == *c)
    {
        guesses = guesses.min(2.0);
        feedback.push("This is one of the most common passwords.".into());
    }
    let score = match guesses {
        g if g < 3.0 => 0,
        g if g < 6.0 => 1,
        g if g < 10.0 => 2,
        g if g < 14.0 => 3,
        _ => 4,
    };
    if score < 3 {
        if chars.len() < 12 {
            feedback.push("Make it longer: four or five unrelated words work well.".into());
        }
        if effective < chars.len() as f64 * 0.8 {
            feedback.push("Avoid repeated characters and runs like abc or 123.".into());
        }
        if feedback.is_empty() {
            feedback.push("Add another uncommon word.".into());
        }
    }
    Strength {
        score,
        guesses_log10: guesses,
        feedback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordering_makes_sense() {
        assert_eq!(passphrase_strength("").score, 0);
        assert_eq!(passphrase_strength("password").score, 0);
        assert_eq!(passphrase_strength("Password1").score, 0);
        assert!(passphrase_strength("aaaaaaaaaaaa").score <= 1);
        assert!(passphrase_strength("tulip").score <= 1);
        assert!(passphrase_strength("correct horse battery staple").score >= 3);
        assert_eq!(
            passphrase_strength("violet-harbor-tin-mango-quartz-ledger").score,
            4
        );
        assert!(passphrase_strength("correct horse battery staple")
            .feedback
            .is_empty());
    }
}
