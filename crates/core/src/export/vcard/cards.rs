//! A vCard file as cards: `BEGIN:VCARD` … `END:VCARD` in any letter case,
//! blank lines and anything else between or after cards ignored, a card
//! without its `END:VCARD` read up to the next card or the end of the file.

use super::dialect::{self, Property};
use super::fields::{CardRead, Reading};
use super::lines::{self, TooLong};

/// What a file held besides what its cards said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Outline {
    /// How many cards it held.
    pub cards: usize,
    /// Lines outside any card.
    pub lines_outside: usize,
}

fn is(p: &Property, name: &str) -> bool {
    p.name == name && p.value.trim().eq_ignore_ascii_case("VCARD")
}

/// Reads the file card by card, handing each to `card` as soon as it ends,
/// so no more than one card is held. Stops at the first error of `card`,
/// or at a line longer than the limit.
pub(crate) fn each<E: From<TooLong>>(
    file: &[u8],
    mut card: impl FnMut(CardRead) -> Result<(), E>,
) -> Result<Outline, E> {
    let bytes = lines::without_bom(file);
    let mut out = Outline {
        cards: 0,
        lines_outside: 0,
    };
    let mut done = |reading: Reading, no_end: bool| {
        out.cards += 1;
        card(reading.finish(no_end))
    };
    let mut open: Option<Reading> = None;
    for raw in lines::logical(&bytes) {
        let raw = raw?;
        match (dialect::property(&raw), &mut open) {
            (Some(p), _) if is(&p, "BEGIN") => {
                if let Some(reading) = open.replace(Reading::new(p.line)) {
                    done(reading, true)?;
                }
            }
            (Some(p), Some(_)) if is(&p, "END") => {
                if let Some(reading) = open.take() {
                    done(reading, false)?;
                }
            }
            (Some(p), Some(reading)) => reading.take(&p),
            (None, Some(reading)) => reading.unreadable(raw.line),
            (_, None) => out.lines_outside += 1,
        }
    }
    if let Some(reading) = open {
        done(reading, true)?;
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
        let mut cards = Vec::new();
        let outline = each(text, |c| {
            cards.push(c);
            Ok::<(), TooLong>(())
        })
        .unwrap();
        let names: Vec<&str> = cards.iter().map(|c| c.edit.display_name.as_str()).collect();
        assert_eq!(names, vec!["A", "B", "C"]);
        let notes: Vec<Vec<String>> = cards
            .iter()
            .map(|c| c.notes.iter().map(ToString::to_string).collect())
            .collect();
        assert_eq!(notes[0], Vec::<String>::new());
        assert_eq!(
            notes[1],
            vec![
                "line 8 not read: not a field",
                "no END:VCARD: read up to the next card"
            ]
        );
        assert_eq!(
            outline,
            Outline {
                cards: 3,
                lines_outside: 3
            }
        );
    }

    #[test]
    fn a_long_unknown_field_name_is_shown_shortened() {
        let name = "X-".to_string() + &"A".repeat(100_000);
        let text = format!("BEGIN:VCARD\r\nFN:A\r\n{name}:v\r\nEND:VCARD\r\n");
        let mut notes = Vec::new();
        each(text.as_bytes(), |c| {
            notes = c.notes;
            Ok::<(), TooLong>(())
        })
        .unwrap();
        let shown = notes[0].to_string();
        assert!(shown.len() < 100, "{shown}");
        assert!(shown.starts_with("1 field not kept: X-AAAA"), "{shown}");
    }
}
