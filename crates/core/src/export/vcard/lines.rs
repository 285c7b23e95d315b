//! The physical layer of a vCard file as address books really write it:
//! a byte-order mark (UTF-8, or UTF-16 decoded first), any line end
//! (`\r\n`, `\n`, a lone `\r`, and the iPhone's `\r\r\n`), folded lines
//! (a line starting with a space or tab continues the one before), the
//! soft line breaks of vCard 2.1's quoted-printable values (a value ending
//! in `=` continues on the next line, which is not indented), and 2.1's
//! base64 photos whose continuation lines are not indented either.
//!
//! Works on bytes: a 2.1 file may hold ISO-8859-1 or Windows-1252 text,
//! which is decoded per value (`dialect`). No logical line is held longer
//! than [`MAX_VCARD_LINE`]: a photo (or other binary value) that grows past
//! it is cut off and skipped like any photo; any other line refuses the file.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

use crate::limits::MAX_VCARD_LINE;

/// How far into a line its head (name and parameters) is looked for.
const HEAD_SCAN: usize = 4096;

/// One unfolded line, still undecoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawLine {
    /// The physical line it starts on (1-based).
    pub line: usize,
    /// The line's bytes, folds and soft breaks removed.
    pub bytes: Vec<u8>,
    /// True when a binary value grew past the limit and its data was dropped.
    pub cut: bool,
    /// Its value is quoted-printable (soft line breaks apply).
    qp: bool,
    /// Its value is base64 (unindented continuation lines apply).
    base64: bool,
    /// A binary value (a photo, logo, sound or key), which is cut off
    /// rather than refuse the file when it grows too long.
    binary: bool,
}

/// A line that is not a photo grew longer than [`MAX_VCARD_LINE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooLong {
    /// The physical line it starts on.
    pub line: usize,
}

/// The file's bytes without a byte-order mark; UTF-16 turned into UTF-8.
pub(crate) fn without_bom(file: &[u8]) -> Cow<'_, [u8]> {
    match Encoding::for_bom(file) {
        Some((enc, bom)) if enc == UTF_8 => Cow::Borrowed(&file[bom..]),
        Some((enc, bom)) => Cow::Owned(
            enc.decode_without_bom_handling(&file[bom..])
                .0
                .into_owned()
                .into_bytes(),
        ),
        None => Cow::Borrowed(file),
    }
}

/// The physical lines of a text. A line ends at `\n`, at a run of `\r`
/// with or without a `\n` after it (so `\r\r\n` is one line end).
struct Physical<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for Physical<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let rest = self.rest;
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len());
        let mut next = end;
        while rest.get(next) == Some(&b'\r') {
            next += 1;
        }
        if rest.get(next) == Some(&b'\n') {
            next += 1;
        }
        self.rest = &rest[next..];
        Some(&rest[..end])
    }
}

/// The head of a line (before its first colon) split at `;`, upper-cased.
fn head_parts(first: &[u8]) -> Vec<String> {
    let head = first.split(|&b| b == b':').next().unwrap_or_default();
    String::from_utf8_lossy(head)
        .to_ascii_uppercase()
        .split(';')
        .map(str::to_string)
        .collect()
}

fn is_base64_data(line: &[u8]) -> bool {
    !line.is_empty()
        && line
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=')
}

impl RawLine {
    /// A new line starting with `first`; its kind is read from its head.
    fn new(line: usize, first: &[u8]) -> Result<RawLine, TooLong> {
        // The head is short; never scan a megabyte for it.
        let parts = head_parts(&first[..first.len().min(HEAD_SCAN)]);
        let has = |words: &[&str]| {
            parts[1..].iter().any(|p| {
                let value = p.rsplit('=').next().unwrap_or_default();
                words.contains(&value.trim_matches('"'))
            })
        };
        let name = parts[0].rsplit('.').next().unwrap_or_default().trim();
        let base64 = has(&["BASE64", "B"]);
        let mut raw = RawLine {
            line,
            bytes: Vec::new(),
            cut: false,
            qp: has(&["QUOTED-PRINTABLE"]),
            base64,
            binary: base64 || matches!(name, "PHOTO" | "LOGO" | "SOUND" | "KEY"),
        };
        raw.append(first)?;
        Ok(raw)
    }

    fn append(&mut self, more: &[u8]) -> Result<(), TooLong> {
        if self.cut {
            return Ok(());
        }
        if self.bytes.len() + more.len() > MAX_VCARD_LINE {
            if !self.binary {
                return Err(TooLong { line: self.line });
            }
            let head = self.bytes.iter().position(|&b| b == b':');
            self.bytes.truncate(head.map_or(0, |i| i + 1));
            self.cut = true;
            return Ok(());
        }
        self.bytes.extend_from_slice(more);
        Ok(())
    }
}

/// The logical lines of a text, one at a time: only the line being
/// unfolded is held. After a [`TooLong`] it yields nothing more.
pub(crate) struct Logical<'a> {
    physical: Physical<'a>,
    /// Physical lines read so far.
    read: usize,
    pending: Option<RawLine>,
    failed: bool,
}

/// Unfolds `bytes` (without a byte-order mark) into logical lines; blank
/// lines are dropped.
pub(crate) fn logical(bytes: &[u8]) -> Logical<'_> {
    Logical {
        physical: Physical { rest: bytes },
        read: 0,
        pending: None,
        failed: false,
    }
}

impl Logical<'_> {
    /// Takes one physical line; returns the logical line it ends, if any.
    fn take(&mut self, phys: &[u8]) -> Result<Option<RawLine>, TooLong> {
        let starts_card = phys.len() >= 4 && phys[..4].eq_ignore_ascii_case(b"END:")
            || phys.len() >= 6 && phys[..6].eq_ignore_ascii_case(b"BEGIN:");
        match self.pending.as_mut() {
            Some(last) if last.qp && last.bytes.last() == Some(&b'=') && !starts_card => {
                last.bytes.pop();
                last.append(phys)?;
            }
            Some(last) if phys.first().is_some_and(|b| *b == b' ' || *b == b'\t') => {
                last.append(&phys[1..])?;
            }
            Some(last) if last.base64 && is_base64_data(phys) => last.append(phys)?,
            _ if phys.iter().all(u8::is_ascii_whitespace) => {
                if let Some(last) = self.pending.as_mut() {
                    // A blank line ends a 2.1 photo's data.
                    last.base64 = false;
                }
            }
            _ => {
                let line = RawLine::new(self.read, phys)?;
                return Ok(self.pending.replace(line));
            }
        }
        Ok(None)
    }
}

impl Iterator for Logical<'_> {
    type Item = Result<RawLine, TooLong>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        while let Some(phys) = self.physical.next() {
            self.read += 1;
            match self.take(phys) {
                Ok(None) => {}
                Ok(Some(line)) => return Some(Ok(line)),
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
        self.pending.take().map(Ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(bytes: &[u8]) -> Vec<(usize, String)> {
        logical(&without_bom(bytes))
            .map(Result::unwrap)
            .map(|l| (l.line, String::from_utf8(l.bytes).unwrap()))
            .collect()
    }

    #[test]
    fn every_line_end_is_one_line_end() {
        let want = |n: usize| (n, format!("L{n}"));
        assert_eq!(
            texts(b"L1\r\r\nL2\r\nL3\nL4\rL5"),
            (1..=5).map(want).collect::<Vec<_>>()
        );
        // Blank lines are dropped but still counted.
        assert_eq!(texts(b"L1\r\n\r\nL3\r\n"), vec![want(1), want(3)]);
    }

    #[test]
    fn a_byte_order_mark_is_dropped_and_utf16_is_read() {
        assert_eq!(
            texts(b"\xEF\xBB\xBFFN:Zo\xC3\xAB"),
            vec![(1, "FN:Zoë".into())]
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("FN:Zoë\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(texts(&utf16), vec![(1, "FN:Zoë".into())]);
    }

    #[test]
    fn folds_soft_breaks_and_unindented_base64_are_joined() {
        let text = b"NOTE:one\r\n  two\r\n\tthree\r\n\
N;ENCODING=QUOTED-PRINTABLE:=C3=98deg=\r\n=C3=A5rd;Zo=C3=AB\r\n\
PHOTO;ENCODING=BASE64;TYPE=JPEG:AAAA\r\nBBBB\r\nCC==\r\n\r\nTEL;CELL:1\r\n";
        assert_eq!(
            texts(text),
            vec![
                (1, "NOTE:one twothree".into()),
                (
                    4,
                    "N;ENCODING=QUOTED-PRINTABLE:=C3=98deg=C3=A5rd;Zo=C3=AB".into()
                ),
                (6, "PHOTO;ENCODING=BASE64;TYPE=JPEG:AAAABBBBCC==".into()),
                (10, "TEL;CELL:1".into()),
            ]
        );
        // A soft break never swallows the end of the card.
        assert_eq!(texts(b"NOTE;QUOTED-PRINTABLE:a=\r\nEND:VCARD").len(), 2);
    }

    #[test]
    fn a_long_photo_is_cut_and_any_other_long_line_refused() {
        let data = "A".repeat(1000);
        let photo: String = (0..=MAX_VCARD_LINE / 1000)
            .map(|_| format!(" {data}\r\n"))
            .collect();
        let text = format!("PHOTO;ENCODING=b:\r\n{photo}FN:Anna\r\n");
        let lines: Vec<RawLine> = logical(text.as_bytes()).map(Result::unwrap).collect();
        assert!(lines[0].cut);
        assert_eq!(lines[0].bytes, b"PHOTO;ENCODING=b:");
        assert_eq!(lines[1].bytes, b"FN:Anna");
        let text = format!("FN:Anna\r\nNOTE:\r\n{photo}");
        let lines: Vec<_> = logical(text.as_bytes()).collect();
        assert_eq!(lines.last(), Some(&Err(TooLong { line: 2 })));
    }
}
