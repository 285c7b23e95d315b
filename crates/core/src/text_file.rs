//! Reading a till's or web shop's text file as it is: its character encoding
//! and its CSV dialect, found from the file itself so the owner never has to
//! open it in a spreadsheet first.
//!
//! The encoding comes from a byte-order mark (UTF-8, UTF-16 LE/BE), else from
//! the start of the file: valid UTF-8 stays UTF-8 (read without transcoding,
//! the fast path of big imports), anything else is guessed by `chardetng`
//! (Windows-1252 / Latin-1 in practice for European tills) and decoded to
//! UTF-8 on the fly by `encoding_rs_io`. The delimiter is the one of `,` `;`
//! tab `|` that splits the first lines into the same number of fields (more
//! than one), so a German till's `;` file with decimal commas is read right.

use std::io::{Chain, Cursor, Read};

use chardetng::{Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};

/// How much of the start of a file is looked at to decide.
const SAMPLE: usize = 64 * 1024;
/// How many records of the sample the delimiter must split alike.
const SAMPLE_RECORDS: usize = 50;
/// The delimiters files use, most common first (ties go to the earlier).
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// What was found about a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    /// The character encoding, by its WHATWG name (`UTF-8`, `windows-1252`,
    /// `UTF-16LE`, ...).
    pub encoding: &'static str,
    /// Whether the file starts with a byte-order mark.
    pub bom: bool,
    /// The field delimiter.
    pub delimiter: u8,
}

impl Sniffed {
    /// The delimiter in words, for reports ("semicolon").
    pub fn delimiter_name(&self) -> &'static str {
        match self.delimiter {
            b',' => "comma",
            b';' => "semicolon",
            b'\t' => "tab",
            b'|' => "vertical bar",
            _ => "other",
        }
    }
}

impl Default for Sniffed {
    /// Shopkeeper's own files: UTF-8 without a byte-order mark, commas.
    fn default() -> Self {
        Sniffed {
            encoding: UTF_8.name(),
            bom: false,
            delimiter: b',',
        }
    }
}

/// A file's bytes read as UTF-8: the sample looked at, then the rest.
pub type Decoded<R> = DecodeReaderBytes<Chain<Cursor<Vec<u8>>, R>, Vec<u8>>;

/// A text file opened for reading as UTF-8, with what was found about it.
pub struct TextFile<R: Read> {
    /// The encoding and dialect.
    pub sniffed: Sniffed,
    /// The whole file, decoded to UTF-8 (without its byte-order mark).
    pub reader: Decoded<R>,
}

/// Looks at the start of `input` and returns it as UTF-8 with its encoding
/// and delimiter. Reading errors are returned as they are.
pub fn open<R: Read>(mut input: R) -> std::io::Result<TextFile<R>> {
    let mut sample = Vec::with_capacity(SAMPLE);
    (&mut input).take(SAMPLE as u64).read_to_end(&mut sample)?;
    let complete = sample.len() < SAMPLE;
    let (encoding, bom) = encoding_of(&sample, complete);
    let delimiter = delimiter_of(&decode_sample(&sample, encoding, bom, complete));
    let reader = DecodeReaderBytesBuilder::new()
        // With a BOM the decoder finds the encoding itself and drops the BOM;
        // valid UTF-8 passes through untouched (only checked).
        .encoding((!bom).then_some(encoding))
        .bom_override(true)
        .strip_bom(true)
        .utf8_passthru(true)
        .build(Cursor::new(sample).chain(input));
    Ok(TextFile {
        sniffed: Sniffed {
            encoding: encoding.name(),
            bom,
            delimiter,
        },
        reader,
    })
}

/// The encoding of a file starting with `sample` (`complete`: the whole file).
fn encoding_of(sample: &[u8], complete: bool) -> (&'static Encoding, bool) {
    if let Some((encoding, _)) = Encoding::for_bom(sample) {
        return (encoding, true);
    }
    if let Some(utf16) = utf16_without_bom(sample) {
        return (utf16, false);
    }
    match std::str::from_utf8(sample) {
        Ok(_) => (UTF_8, false),
        // The sample may end inside a character; the rest must be valid.
        Err(e) if !complete && e.error_len().is_none() => (UTF_8, false),
        Err(_) => {
            // Not UTF-8 (checked above), and never the stateful ISO-2022-JP.
            let mut detector = chardetng::EncodingDetector::new(Iso2022JpDetection::Deny);
            detector.feed(sample, complete);
            (detector.guess(None, Utf8Detection::Deny), false)
        }
    }
}

/// UTF-16 written without a byte-order mark, told by its zero bytes: ASCII
/// text in UTF-16 has a zero in every other byte.
fn utf16_without_bom(sample: &[u8]) -> Option<&'static Encoding> {
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let zeros_at = |odd: usize| {
        sample
            .chunks_exact(2)
            .filter(|pair| pair[odd] == 0 && pair[1 - odd] != 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    if odd * 10 >= pairs * 9 {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 9 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The sample as text, for finding the delimiter.
fn decode_sample(sample: &[u8], encoding: &'static Encoding, bom: bool, complete: bool) -> String {
    let body = if bom {
        &sample[Encoding::for_bom(sample).map_or(0, |(_, n)| n)..]
    } else {
        sample
    };
    let mut text = encoding.decode_without_bom_handling(body).0.into_owned();
    if !complete {
        // The last line may be cut short: leave it out.
        if let Some(end) = text.rfind('\n') {
            text.truncate(end + 1);
        }
    }
    text
}

/// The delimiter that splits the sample's records most consistently into
/// more than one field; a comma when none does (a one-column file).
fn delimiter_of(sample: &str) -> u8 {
    DELIMITERS
        .iter()
        .enumerate()
        .max_by_key(|&(position, &d)| {
            let split = Split::of(sample, d);
            // Best: more than one field; then most records agreeing on their
            // width; then fewest quote marks left inside fields (the sign of
            // quoting read with the wrong delimiter); then the widest; ties
            // go to the more common delimiter.
            (
                split.width > 1,
                split.agreeing,
                std::cmp::Reverse(split.stray_quotes),
                split.width,
                std::cmp::Reverse(position),
            )
        })
        .map_or(b',', |(_, &d)| d)
}

/// The sample's first records as split by one delimiter.
struct Split {
    /// The most common number of fields.
    width: usize,
    /// How many records have that many.
    agreeing: usize,
    /// Fields with a quote mark left in them.
    stray_quotes: usize,
}

impl Split {
    fn of(sample: &str, delimiter: u8) -> Split {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(sample.as_bytes());
        let mut widths: Vec<(usize, usize)> = Vec::new();
        let mut stray_quotes = 0;
        for record in reader.records().take(SAMPLE_RECORDS) {
            let Ok(record) = record else { break };
            stray_quotes += record.iter().filter(|f| f.contains('"')).count();
            match widths.iter_mut().find(|(w, _)| *w == record.len()) {
                Some((_, n)) => *n += 1,
                None => widths.push((record.len(), 1)),
            }
        }
        let (agreeing, width) = widths
            .into_iter()
            .map(|(width, n)| (n, width))
            .max()
            .unwrap_or((0, 0));
        Split {
            width,
            agreeing,
            stray_quotes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(bytes: &[u8]) -> (Sniffed, String) {
        let mut file = open(bytes).unwrap();
        let mut text = String::new();
        file.reader.read_to_string(&mut text).unwrap();
        (file.sniffed, text)
    }

    #[test]
    fn utf8_with_and_without_a_bom() {
        let (s, text) = read("\u{feff}name,city\nZoë Ødegård,Tromsø\n".as_bytes());
        assert_eq!((s.encoding, s.bom, s.delimiter), ("UTF-8", true, b','));
        assert_eq!(text, "name,city\nZoë Ødegård,Tromsø\n");
        let (s, text) = read("Kunde;Betrag\n李小龙;12,50\n".as_bytes());
        assert_eq!((s.encoding, s.bom, s.delimiter), ("UTF-8", false, b';'));
        assert_eq!(text, "Kunde;Betrag\n李小龙;12,50\n");
    }

    #[test]
    fn windows_1252_from_a_german_till() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Datum;Kunde;Menge;Betrag\n03.05.2026;Jürgen Weiß;0,5;12,50 €\n");
        let (s, text) = read(&bytes);
        assert_eq!(s.encoding, "windows-1252");
        assert_eq!(s.delimiter, b';');
        assert!(text.contains("Jürgen Weiß;0,5;12,50 €"), "{text}");
    }

    #[test]
    fn utf16_with_a_bom_both_ways_and_without() {
        let text = "Date\tCustomer\tQty\n2026-05-03\tO'Brien\t2\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        for (bytes, name, bom) in [
            (le, "UTF-16LE", true),
            (be, "UTF-16BE", true),
            (bare, "UTF-16LE", false),
        ] {
            let (s, read_back) = read(&bytes);
            assert_eq!((s.encoding, s.bom, s.delimiter), (name, bom, b'\t'));
            assert_eq!(read_back, text);
        }
    }

    #[test]
    fn quoted_delimiters_do_not_fool_the_sniffer() {
        let (s, _) = read(b"name|note\n\"Smith, John\"|\"a; b; c\"\n\"Doe, Jane\"|x\n");
        assert_eq!(s.delimiter, b'|');
        let (s, _) = read(b"name,amount\n\"Weiss; Anna\",\"1.234,56\"\nBob,3\n");
        assert_eq!(s.delimiter, b',');
    }

    #[test]
    fn a_long_file_is_read_whole_past_the_sample() {
        let mut text = String::from("name;qty\n");
        while text.len() < 3 * SAMPLE {
            text.push_str("Zoë Ødegård;1,5\n");
        }
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        let (s, read_back) = read(&bytes);
        assert_eq!((s.encoding, s.delimiter), ("windows-1252", b';'));
        assert_eq!(read_back, text);
    }

    #[test]
    fn empty_and_one_column_files() {
        assert_eq!(read(b"").0.delimiter, b',');
        assert_eq!(read(b"email\na@b.c\n").0.delimiter, b',');
    }

    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-zA-Z0-9 ]{0,8}",
            "[,;|\t\"' a-zÖøé李]{0,8}",
            Just(String::from("12,50")),
            Just(String::from("1.234,56 €")),
        ]
    }

    proptest! {
        /// Any table written in any of the dialects the sniffer reports is
        /// read back in that dialect, cell for cell.
        #[test]
        fn every_dialect_round_trips(
            width in 2usize..6,
            rows in prop::collection::vec(prop::collection::vec(cell(), 6), 2..20),
            delimiter in prop::sample::select(DELIMITERS.to_vec()),
            quote_all in any::<bool>(),
        ) {
            // Other delimiters inside a cell are only unambiguous when quoted.
            let other = |c: char| c.is_ascii() && DELIMITERS.contains(&(c as u8)) && c as u8 != delimiter;
            let rows: Vec<Vec<String>> = rows
                .into_iter()
                .map(|mut r| {
                    r.truncate(width);
                    if !quote_all {
                        r = r.into_iter().map(|c| c.replace(other, "")).collect();
                    }
                    r
                })
                .collect();
            let style = if quote_all { csv::QuoteStyle::Always } else { csv::QuoteStyle::Necessary };
            let mut writer = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .quote_style(style)
                .from_writer(Vec::new());
            for row in &rows {
                writer.write_record(row).unwrap();
            }
            let bytes = writer.into_inner().unwrap();
            let (sniffed, text) = read(&bytes);
            prop_assert_eq!(sniffed.delimiter, delimiter);
            let read_back: Vec<Vec<String>> = csv::ReaderBuilder::new()
                .delimiter(sniffed.delimiter)
                .has_headers(false)
                .from_reader(text.as_bytes())
                .records()
                .map(|r| r.unwrap().iter().map(str::to_string).collect())
                .collect();
            prop_assert_eq!(read_back, rows);
        }
    }
}
