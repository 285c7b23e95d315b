//! Generators of hostile input: mutations of a valid input, and token soup.
//!
//! Mutating valid input reaches deep into a parser (past the magic, the
//! header, the first line) where purely random bytes never get; the soup
//! of separators, quotes, multi-byte characters and huge numbers reaches
//! the corners of text parsers.

use proptest::prelude::*;
use proptest::sample::Index;

/// Pieces that break parsers: separators and quotes, multi-byte and
/// invisible characters, numbers at and past the limits of integers.
pub const NASTY: &[&str] = &[
    "\"",
    "'",
    ",",
    ";",
    ":",
    "=",
    "\\",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "\0",
    "-",
    "--",
    ".",
    "+",
    "é",
    "ß",
    "İ",
    "€",
    "李",
    "🦀",
    "e\u{301}",
    "\u{feff}",
    "\u{202e}",
    "\u{fffd}",
    "\u{10ffff}",
    "0",
    "-1",
    "99999999999999999999999",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551616",
    "4294967296",
    "1e308",
    "NaN",
    "-0",
    "0.000000001",
    "1,000,000.999",
    "2024-02-30",
    "9999-12-31",
    "0000-00-00",
    "+275760-09-13",
    "%",
    "%Y",
    "%-",
    "%:z",
    "%.3f",
    "{",
    "}",
    "[",
    "]",
    "null",
    "true",
    "\"\"",
    "BEGIN:VCARD",
    "END:VCARD",
    "VERSION:4.0",
];

/// One nasty piece, a few random bytes (often not UTF-8) or a few random
/// Unicode characters.
pub fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => proptest::sample::select(NASTY).prop_map(|s| s.as_bytes().to_vec()),
        2 => proptest::collection::vec(any::<u8>(), 1..8),
        2 => ".{1,6}".prop_map(String::into_bytes),
        1 => (proptest::sample::select(&[";", ",", "\"", "-", "9"][..]), 2usize..300)
            .prop_map(|(s, n)| s.repeat(n).into_bytes()),
    ]
}

/// Token soup: nasty pieces and plain words run together, as text.
pub fn soup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        3 => proptest::sample::select(NASTY).prop_map(str::to_string),
        2 => "[a-zA-Z0-9]{1,6}",
        1 => ".{1,4}",
    ];
    proptest::collection::vec(token, 0..12).prop_map(|t| t.concat())
}

/// One change to an input.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Flip one bit of the byte at a place.
    FlipBit(Index, u8),
    /// Set the byte at a place.
    SetByte(Index, u8),
    /// Cut the input at a place.
    Truncate(Index),
    /// Insert bytes at a place.
    Insert(Index, Vec<u8>),
    /// Remove up to this many bytes from a place.
    Delete(Index, usize),
    /// Repeat up to this many bytes from a place right after them.
    Duplicate(Index, usize),
}

impl Mutation {
    /// Applies the change to `bytes`.
    pub fn apply(&self, bytes: &mut Vec<u8>) {
        let len = bytes.len();
        let at = |i: &Index| if len == 0 { 0 } else { i.index(len) };
        match self {
            Mutation::FlipBit(i, bit) if len > 0 => bytes[at(i)] ^= 1 << (bit % 8),
            Mutation::SetByte(i, b) if len > 0 => bytes[at(i)] = *b,
            Mutation::Truncate(i) => bytes.truncate(if len == 0 { 0 } else { i.index(len + 1) }),
            Mutation::Insert(i, what) => {
                let at = if len == 0 { 0 } else { i.index(len + 1) };
                bytes.splice(at..at, what.iter().copied());
            }
            Mutation::Delete(i, n) if len > 0 => {
                let at = at(i);
                bytes.drain(at..(at + n).min(len));
            }
            Mutation::Duplicate(i, n) if len > 0 => {
                let at = at(i);
                let copy = bytes[at..(at + n).min(len)].to_vec();
                let end = at + copy.len();
                bytes.splice(end..end, copy);
            }
            _ => {}
        }
    }
}

/// One [`Mutation`], inserts and bit flips most often.
pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::FlipBit(i, b)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::SetByte(i, b)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        4 => (any::<Index>(), piece()).prop_map(|(i, p)| Mutation::Insert(i, p)),
        1 => (any::<Index>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => (any::<Index>(), 1usize..64).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
    ]
}

/// `valid` with one to four [`Mutation`]s applied.
pub fn mutated(valid: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(mutation(), 1..=4).prop_map(move |changes| {
        let mut bytes = valid.clone();
        for c in &changes {
            c.apply(&mut bytes);
        }
        bytes
    })
}

/// `valid` mutated as [`mutated`] does, read back as text (bytes that are
/// not UTF-8 become U+FFFD).
pub fn mutated_text(valid: &str) -> impl Strategy<Value = String> {
    mutated(valid.as_bytes().to_vec()).prop_map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Hostile bytes: mostly one of the `valid` inputs mutated, sometimes
/// random bytes.
pub fn bytes_like(valid: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    let mutated = proptest::sample::select(valid).prop_flat_map(mutated);
    prop_oneof![
        6 => mutated,
        1 => proptest::collection::vec(any::<u8>(), 0..512),
    ]
}

/// Hostile text: mostly one of the `valid` texts mutated, sometimes token
/// soup or random Unicode.
pub fn text_like(valid: &[&str]) -> impl Strategy<Value = String> {
    let valid: Vec<String> = valid.iter().map(|s| s.to_string()).collect();
    let mutated = proptest::sample::select(valid).prop_flat_map(|v| mutated_text(&v));
    prop_oneof![
        6 => mutated,
        2 => soup(),
        1 => ".{0,64}",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest! {
        #[test]
        fn mutations_stay_in_bounds_on_empty_and_short_input(
            m in mutation(),
            start in proptest::collection::vec(any::<u8>(), 0..3),
        ) {
            let mut bytes = start;
            m.apply(&mut bytes);
        }
    }
}
