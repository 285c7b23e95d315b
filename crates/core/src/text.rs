//! Text helpers: trimming input, length limits, and folding for search.

use unicode_normalization::UnicodeNormalization;

use crate::{CoreError, Result};

/// The longest note we keep, in characters (about ten printed pages).
pub const MAX_NOTE_CHARS: usize = 20_000;
/// The longest short text (names, values, labels), in characters.
pub const MAX_SHORT_CHARS: usize = 200;

/// Trims; an empty result becomes `None`.
pub(crate) fn tidy(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// Trims and checks a required short text.
pub(crate) fn required(value: &str, field: &'static str, what: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(CoreError::invalid(
            field,
            msg!("error-empty", what = what.to_string()),
        ));
    }
    limit(v, field, MAX_SHORT_CHARS)?;
    Ok(v.to_string())
}

/// Trims and checks an optional short text.
pub(crate) fn optional(value: Option<&str>, field: &'static str) -> Result<Option<String>> {
    let v = tidy(value);
    if let Some(v) = &v {
        limit(v, field, MAX_SHORT_CHARS)?;
    }
    Ok(v)
}

/// Checks a note's length.
pub(crate) fn note(value: Option<&str>, field: &'static str) -> Result<Option<String>> {
    let v = tidy(value);
    if let Some(v) = &v {
        limit(v, field, MAX_NOTE_CHARS)?;
    }
    Ok(v)
}

/// Refuses text longer than `max` characters.
pub(crate) fn limit(v: &str, field: &'static str, max: usize) -> Result<()> {
    // Count cheaply: a byte length within the limit is always fine.
    if v.len() > max && v.chars().count() > max {
        return Err(CoreError::invalid(
            field,
            msg!(
                "error-too-long-characters",
                field = field.to_string(),
                v = (v.chars().count()).to_string(),
                max = max.to_string()
            ),
        ));
    }
    Ok(())
}

/// Checks and tidies a language code ("en", "de", "pt-BR"): trimmed, 2 to
/// 35 letters, digits and hyphens, lower case.
pub(crate) fn language(value: &str, field: &'static str) -> Result<String> {
    let v = value.trim().to_lowercase();
    let ok = (2..=35).contains(&v.len())
        && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && v.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    if !ok {
        return Err(CoreError::invalid(
            field,
            msg!(
                "error-language-code-write",
                value = (value.trim()).to_string()
            ),
        ));
    }
    Ok(v)
}

/// Folds text for search: lower case, accents removed, letters that do not
/// decompose (ø, æ, ß, ł, đ, œ, þ) spelled out, CJK ideographs split into
/// single-character words so any part of a name matches.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        for l in c.to_lowercase() {
            match l {
                'ø' => out.push('o'),
                'æ' => out.push_str("ae"),
                'ß' => out.push_str("ss"),
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'œ' => out.push_str("oe"),
                'þ' => out.push_str("th"),
                'ı' => out.push('i'),
                l if is_ideograph(l) => {
                    out.push(' ');
                    out.push(l);
                    out.push(' ');
                }
                l => out.push(l),
            }
        }
    }
    out
}

fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_and_spells_out_special_letters() {
        assert_eq!(fold("Zoë Ødegård"), "zoe odegard");
        assert_eq!(fold("Straße Łódź Æsir Œuvre"), "strasse lodz aesir oeuvre");
        assert_eq!(
            fold("李小龙").split_whitespace().collect::<Vec<_>>(),
            ["李", "小", "龙"]
        );
    }

    #[test]
    fn a_ten_megabyte_note_is_refused_with_a_clear_message() {
        let big = "x".repeat(10 * 1024 * 1024);
        let err = note(Some(&big), "note").unwrap_err();
        assert_eq!(err.field(), Some("note"));
        assert!(err.to_string().contains("too long"), "{err}");
        assert!(note(Some("short"), "note").unwrap().is_some());
    }
}
