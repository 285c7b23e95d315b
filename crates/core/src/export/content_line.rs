//! The text layer of vCard (RFC 6350 section 3): content lines, folding at
//! 75 octets, and value escaping. Knows nothing of customers.
//!
//! Hand-written rather than taken from a crate: the owner needs errors with
//! the line number and what is wrong, and the vCard crates looked at
//! (`vcard4`, `vcard`) report neither positions nor accept the vCard 3.0
//! files many address books still write; this layer is small.

use std::fmt::Write as _;

use crate::limits::MAX_VCARD_LINE;

/// Longest physical line, in octets, without its line break (RFC 6350 3.2).
pub(crate) const MAX_OCTETS: usize = 75;

/// One unfolded content line: `[group.]NAME *(;PARAM=VALUE) : VALUE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ContentLine {
    /// The physical line it starts on (1-based), for messages.
    pub line: usize,
    /// The property name, upper-cased, without its group.
    pub name: String,
    /// Parameters, names upper-cased, values unquoted.
    pub params: Vec<(String, String)>,
    /// The raw (still escaped) value.
    pub value: String,
}

impl ContentLine {
    /// The value of parameter `name` (upper case), if present.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

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

/// What is wrong with a line, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LineError {
    /// The physical line (1-based).
    pub line: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

/// Unfolds `text` (CRLF or LF line breaks) and parses every content line.
/// Blank lines are skipped; a line longer than [`MAX_VCARD_LINE`] once
/// unfolded is refused.
pub(crate) fn parse(text: &str) -> Result<Vec<ContentLine>, LineError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut logical: Vec<(usize, String)> = Vec::new();
    for (i, physical) in text.split('\n').enumerate() {
        let physical = physical.strip_suffix('\r').unwrap_or(physical);
        if let Some(rest) = physical.strip_prefix([' ', '\t']) {
            match logical.last_mut() {
                Some((_, l)) => l.push_str(rest),
                None => return Err(LineError {
                    line: i + 1,
                    message:
                        "the file starts with a continuation line (a line beginning with a space)"
                            .into(),
                }),
            }
        } else if !physical.is_empty() {
            logical.push((i + 1, physical.to_string()));
        }
        if let Some((start, l)) = logical.last() {
            if l.len() > MAX_VCARD_LINE {
                return Err(LineError {
                    line: *start,
                    message: format!(
                        "the line is longer than {} KiB, the most a line may hold",
                        MAX_VCARD_LINE >> 10
                    ),
                });
            }
        }
    }
    logical
        .into_iter()
        .map(|(line, text)| parse_line(line, &text))
        .collect()
}

fn parse_line(line: usize, text: &str) -> Result<ContentLine, LineError> {
    let err = |message: String| LineError { line, message };
    // The value starts at the first colon outside a quoted parameter value.
    let mut quoted = false;
    let colon = text
        .char_indices()
        .find(|&(_, c)| {
            if c == '"' {
                quoted = !quoted;
            }
            c == ':' && !quoted
        })
        .map(|(i, _)| i)
        .ok_or_else(|| {
            err(format!(
                "\"{}\" has no colon between the property name and its value",
                shorten(text)
            ))
        })?;
    let (head, value) = (&text[..colon], &text[colon + 1..]);
    let mut pieces = split_params(head).into_iter();
    let name = pieces.next().unwrap_or_default();
    let name = name.rsplit('.').next().unwrap_or_default().to_uppercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(err(format!(
            "\"{}\" is not a property name (letters, digits and - only)",
            shorten(head)
        )));
    }
    let mut params = Vec::new();
    for p in pieces {
        let (k, v) = p.split_once('=').ok_or_else(|| {
            err(format!(
                "the parameter \"{}\" of {name} has no = and value",
                shorten(&p)
            ))
        })?;
        params.push((k.to_uppercase(), v.replace('"', "")));
    }
    Ok(ContentLine {
        line,
        name,
        params,
        value: value.to_string(),
    })
}

/// Splits `NAME;A=1;B="x;y"` at semicolons outside quotes.
fn split_params(head: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for c in head.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                out.last_mut().expect("non-empty").push(c);
            }
            ';' if !quoted => out.push(String::new()),
            other => out.last_mut().expect("non-empty").push(other),
        }
    }
    out
}

fn shorten(text: &str) -> String {
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text.to_string()
    }
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
        let parsed = parse(&folded).unwrap();
        assert_eq!(parsed.len(), 1);
        assert_eq!(format!("NOTE:{}", parsed[0].value), long);
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

    #[test]
    fn parameters_group_and_quoted_colons_are_read() {
        let l = &parse("item1.TEL;TYPE=\"cell,voice\";PREF=1:tel:+44 20 7946 0958\r\n").unwrap()[0];
        assert_eq!(l.name, "TEL");
        assert_eq!(l.param("TYPE"), Some("cell,voice"));
        assert_eq!(l.param("PREF"), Some("1"));
        assert_eq!(l.value, "tel:+44 20 7946 0958");
        let q = &parse("ADR;LABEL=\"a:b\":;;x;;;;\n").unwrap()[0];
        assert_eq!(q.param("LABEL"), Some("a:b"));
        assert_eq!(q.value, ";;x;;;;");
    }

    #[test]
    fn broken_lines_are_reported_with_their_number() {
        let e = parse("BEGIN:VCARD\r\nVERSION:4.0\r\nFN Zoë\r\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("no colon"), "{}", e.message);
        let e = parse(" FN:x").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("BEGIN:VCARD\nF N:x\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("property name"), "{}", e.message);
    }

    #[test]
    fn a_line_longer_than_the_limit_is_refused_with_its_number() {
        let long = "x".repeat(MAX_VCARD_LINE);
        let text = format!("BEGIN:VCARD\nNOTE:{long}\nEND:VCARD\n");
        assert_eq!(parse(&text).unwrap_err().line, 2);
        // Folded into many short physical lines: still one line too long.
        let folded: String = long
            .as_bytes()
            .chunks(70)
            .map(|c| format!(" {}\n", std::str::from_utf8(c).unwrap()))
            .collect();
        let text = format!("BEGIN:VCARD\nNOTE:\n{folded}END:VCARD\n");
        let e = parse(&text).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("longer than"), "{}", e.message);
    }
}
