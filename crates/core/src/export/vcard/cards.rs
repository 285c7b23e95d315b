//! A vCard file as cards: `BEGIN:VCARD` … `END:VCARD` in any letter case,
//! blank lines and anything else between or after cards ignored, a card
//! without its `END:VCARD` read up to the next card or the end of the file.

use super::dialect::{self, Property};
use super::lines::{self, TooLong};

/// The lines of one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawCard {
    /// The line of its `BEGIN:VCARD`.
    pub line: usize,
    /// Its properties, in file order.
    pub props: Vec<Property>,
    /// The lines inside it that are no property.
    pub unreadable: Vec<usize>,
    /// It has no `END:VCARD`.
    pub no_end: bool,
}

/// The cards of a file, and how many lines lay outside any card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawFile {
    /// The cards, in file order.
    pub cards: Vec<RawCard>,
    /// Lines outside any card.
    pub lines_outside: usize,
}

fn is(p: &Property, name: &str) -> bool {
    p.name == name && p.value.trim().eq_ignore_ascii_case("VCARD")
}

/// Splits the file into cards. Refused only when a line that is not a
/// photo is longer than the limit.
pub(crate) fn read(file: &[u8]) -> Result<RawFile, TooLong> {
    let bytes = lines::without_bom(file);
    let mut out = RawFile {
        cards: Vec::new(),
        lines_outside: 0,
    };
    let mut open: Option<RawCard> = None;
    for raw in lines::logical(&bytes)? {
        let property = dialect::property(&raw);
        match (property, &mut open) {
            (Some(p), _) if is(&p, "BEGIN") => {
                if let Some(mut card) = open.take() {
                    card.no_end = true;
                    out.cards.push(card);
                }
                open = Some(RawCard {
                    line: p.line,
                    props: Vec::new(),
                    unreadable: Vec::new(),
                    no_end: false,
                });
            }
            (Some(p), Some(_)) if is(&p, "END") => out.cards.extend(open.take()),
            (Some(p), Some(card)) => card.props.push(p),
            (None, Some(card)) => card.unreadable.push(raw.line),
            (_, None) => out.lines_outside += 1,
        }
    }
    if let Some(mut card) = open {
        card.no_end = true;
        out.cards.push(card);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_in_any_case_with_garbage_around_and_a_missing_end() {
        let text = b"garbage before\r\nbegin:vcard\r\nFN:A\r\nend:VCard\r\n\r\n\
BEGIN:VCARD\r\nFN:B\r\nnot a field\r\nBEGIN:VCARD\r\nFN:C\r\nEND:VCARD\r\ntrailing\r\n\x00\xff";
        let file = read(text).unwrap();
        let names: Vec<&str> = file
            .cards
            .iter()
            .map(|c| c.props[0].value.as_str())
            .collect();
        assert_eq!(names, vec!["A", "B", "C"]);
        assert_eq!(
            file.cards.iter().map(|c| c.no_end).collect::<Vec<_>>(),
            vec![false, true, false]
        );
        assert_eq!(file.cards[1].unreadable, vec![8]);
        assert_eq!(file.lines_outside, 3);
    }
}
