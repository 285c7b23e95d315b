//! One line of a vCard in any of its dialects, as a property: vCard 2.1's
//! bare parameters (`TEL;WORK;VOICE`, `PHOTO;BASE64`), 3.0's repeated and
//! lower-case ones (`TEL;type=CELL;type=pref`), 4.0's quoted ones; groups
//! (Apple's `item1.EMAIL`) dropped; values decoded from quoted-printable
//! and from their `CHARSET` (UTF-8, ISO-8859-1, Windows-1252, any label
//! `encoding_rs` knows), and bytes that are not UTF-8 read as Windows-1252.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::lines::RawLine;

/// One property of a card, its value decoded to text (still escaped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Property {
    /// The physical line it starts on.
    pub line: usize,
    /// The name, upper case, without its group.
    pub name: String,
    /// Parameters, names upper case, values unquoted; a 2.1 bare parameter
    /// is `TYPE` (or `ENCODING` for an encoding).
    pub params: Vec<(String, String)>,
    /// The value as text; empty for a binary value.
    pub value: String,
    /// The value is binary (base64, or cut off for being too long).
    pub binary: bool,
}

impl Property {
    /// The value of parameter `name` (upper case), if present.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether a `TYPE` (any of its comma-separated values) is `word`.
    pub fn has_type(&self, word: &str) -> bool {
        self.params
            .iter()
            .filter(|(n, _)| n == "TYPE")
            .flat_map(|(_, v)| v.split(','))
            .any(|t| t.trim().eq_ignore_ascii_case(word))
    }

    /// Marked as preferred: `TYPE=pref` (2.1, 3.0) or `PREF=n` (4.0).
    pub fn preferred(&self) -> bool {
        self.has_type("PREF") || self.param("PREF").is_some()
    }
}

/// Encodings a 2.1 card names as a bare parameter.
const ENCODINGS: &[&str] = &["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"];

/// Reads one line; `None` when it is no property (no colon, or no name).
pub(crate) fn property(raw: &RawLine) -> Option<Property> {
    let colon = first_colon(&raw.bytes)?;
    let head = String::from_utf8_lossy(&raw.bytes[..colon]);
    let mut pieces = split_outside_quotes(&head).into_iter();
    let name = pieces.next().unwrap_or_default();
    let name = name.rsplit('.').next().unwrap_or_default().trim();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return None;
    }
    let params: Vec<(String, String)> = pieces
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_uppercase(), v.replace('"', "")),
            None if ENCODINGS.contains(&p.trim().to_ascii_uppercase().as_str()) => {
                ("ENCODING".into(), p.trim().to_string())
            }
            None => ("TYPE".into(), p.trim().to_string()),
        })
        .collect();
    let mut property = Property {
        line: raw.line,
        name: name.to_ascii_uppercase(),
        params,
        value: String::new(),
        binary: raw.cut,
    };
    let encoding = property.param("ENCODING").map(str::to_ascii_uppercase);
    let bytes = &raw.bytes[colon + 1..];
    match encoding.as_deref() {
        _ if raw.cut => {}
        Some("B" | "BASE64") => property.binary = true,
        Some("QUOTED-PRINTABLE") => {
            property.value = decode(&quoted_printable(bytes), property.param("CHARSET"));
        }
        _ => property.value = decode(bytes, property.param("CHARSET")),
    }
    Some(property)
}

/// Where the value starts: the first colon outside a quoted parameter.
fn first_colon(bytes: &[u8]) -> Option<usize> {
    let mut quoted = false;
    bytes.iter().position(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == b':' && !quoted
    })
}

/// Splits `NAME;A=1;B="x;y"` at semicolons outside quotes.
fn split_outside_quotes(head: &str) -> Vec<String> {
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

/// Decodes quoted-printable (`=C3=AB`); a `=` not followed by two hex
/// digits is kept as it is. Soft line breaks are already joined (`lines`).
fn quoted_printable(bytes: &[u8]) -> Vec<u8> {
    let hex = |b: Option<&u8>| b.and_then(|b| (*b as char).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
            (b'=', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// Text from `bytes` in the named charset; without one (or with UTF-8),
/// UTF-8, and Windows-1252 when the bytes are not UTF-8. Line breaks
/// become `\n`.
fn decode(bytes: &[u8], charset: Option<&str>) -> String {
    let declared = charset.and_then(|c| Encoding::for_label(c.trim().as_bytes()));
    let text = match declared {
        Some(enc) if enc != UTF_8 => enc.decode_without_bom_handling(bytes).0,
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => text.into(),
            Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0,
        },
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::logical;
    use super::*;

    fn one(text: &[u8]) -> Property {
        property(&logical(text).next().unwrap().unwrap()).unwrap()
    }

    #[test]
    fn bare_parameters_of_2_1_are_types_and_encodings() {
        let p = one(b"TEL;WORK;VOICE:+1 555 0100");
        assert_eq!(p.name, "TEL");
        assert!(p.has_type("work") && p.has_type("VOICE"));
        assert_eq!(p.value, "+1 555 0100");
        let p = one(b"item1.email;type=INTERNET;type=pref:a@b.example");
        assert_eq!(p.name, "EMAIL");
        assert!(p.preferred());
        let p = one(b"PHOTO;BASE64:AAAA");
        assert!(p.binary);
        assert_eq!(p.value, "");
    }

    #[test]
    fn quoted_printable_is_decoded_in_its_charset() {
        let p =
            one(b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=98deg=\r\n=C3=A5rd;Zo=C3=AB;;;");
        assert_eq!(p.value, "Ødegård;Zoë;;;");
        let p = one(b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:=D8deg=E5rd;Zo=EB;;;");
        assert_eq!(p.value, "Ødegård;Zoë;;;");
        let p = one(b"NOTE;ENCODING=QUOTED-PRINTABLE:line one=0D=0Aline two =3D 2=");
        assert_eq!(p.value, "line one\nline two = 2=");
    }

    #[test]
    fn bytes_that_are_not_utf8_are_read_as_windows_1252() {
        assert_eq!(one(b"FN:Zo\xEB \x80").value, "Zoë €");
        assert_eq!(one(b"FN;CHARSET=WINDOWS-1252:\x80").value, "€");
        assert_eq!(one(b"FN;CHARSET=no-such-thing:Zo\xC3\xAB").value, "Zoë");
    }

    #[test]
    fn a_line_without_colon_or_name_is_no_property() {
        for text in [&b"FN Anna"[..], b":value", b"F N:x", b"item1.:x"] {
            assert_eq!(
                property(&logical(text).next().unwrap().unwrap()),
                None,
                "{text:?}"
            );
        }
        let p = one(b"ADR;LABEL=\"a:b;c\":;;x;;;;");
        assert_eq!(p.param("LABEL"), Some("a:b;c"));
        assert_eq!(p.value, ";;x;;;;");
    }
}
