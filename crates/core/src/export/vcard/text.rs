//! The text of a vCard value (RFC 6350 section 3): folding at 75 octets
//! when writing, and escaping. Knows nothing of customers; reading lines is
//! `lines` and `dialect`.

use std::fmt::Write as _;

/// Longest physical line, in octets, without its line break (RFC 6350 3.2).
pub(crate) const MAX_OCTETS: usize = 75;

/// Folds one logical line into physical lines of at most [`MAX_OCTETS`]
/// octets, each ending in CRLF; continuation lines start with a space. A
/// UTF-8 sequence is never split.
pub(crate) fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// Escapes a text value: backslash, comma, semicolon and line breaks.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            other => out.push(other),
        }
    }
    out
}

/// Writes `NAME[;PARAMS]:VALUE` folded; `value` must already be escaped.
pub(crate) fn write(out: &mut String, name: &str, params: &str, value: &str) {
    let mut line = String::with_capacity(name.len() + params.len() + value.len() + 1);
    let _ = write!(line, "{name}{params}:{value}");
    out.push_str(&fold(&line));
}

/// Splits an escaped value at unescaped `sep` and unescapes each part.
pub(crate) fn split(value: &str, sep: char) -> Vec<String> {
    unescape_parts(value, Some(sep))
}

/// Unescapes a whole text value (commas and semicolons included).
pub(crate) fn unescape(value: &str) -> String {
    unescape_parts(value, None).concat()
}

fn unescape_parts(value: &str, sep: Option<char>) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => parts.last_mut().expect("non-empty").push('\n'),
                Some(other) => parts.last_mut().expect("non-empty").push(other),
                None => {}
            },
            c if Some(c) == sep => parts.push(String::new()),
            other => parts.last_mut().expect("non-empty").push(other),
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_within_75_octets_and_utf8_whole() {
        let long = format!("NOTE:{}", "Zoë Ødegård 李小龙 ".repeat(12));
        let folded = fold(&long);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= MAX_OCTETS,
                "{} octets: {physical}",
                physical.len()
            );
        }
        assert!(folded.contains("\r\n "));
        let parsed: Vec<_> = super::super::lines::logical(folded.as_bytes()).collect();
        assert_eq!(parsed.len(), 1);
        assert_eq!(parsed[0].as_ref().unwrap().bytes, long.as_bytes());
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let line = format!("FN:{}", "a".repeat(72));
        assert_eq!(fold(&line), format!("{line}\r\n"));
        assert!(fold(&format!("{line}b")).contains("\r\n b"));
    }

    #[test]
    fn escaping_round_trips_commas_semicolons_backslashes_and_newlines() {
        let text = "O'Brien, Séan; \\ the \"best\"\r\nsecond line\nthird";
        let escaped = escape(text);
        assert_eq!(
            escaped,
            "O'Brien\\, Séan\\; \\\\ the \"best\"\\nsecond line\\nthird"
        );
        assert_eq!(unescape(&escaped), text.replace("\r\n", "\n"));
        assert_eq!(split("a\\;b;c\\,d;", ';'), vec!["a;b", "c,d", ""]);
    }
}
