//! Import files too large to hold: a CSV row that never ends, a whole-shop
//! export or vCard file of gigabytes, a vCard line of megabytes. Each is
//! refused with a clear message before it is read whole, and nothing is
//! written.

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use shopkeeper_core::import::{preview_csv, ImportOptions};
use shopkeeper_core::limits::{self, MAX_CSV_RECORD};
use shopkeeper_core::DuplicatePolicy;

use crate::shop;

/// A reader that counts the bytes taken from it.
struct Counted<R>(R, Arc<AtomicU64>);

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.read(buf)?;
        self.1.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A CSV file whose second line never ends (an endless stream of `a`).
fn endless_row() -> (Counted<impl Read>, Arc<AtomicU64>) {
    let read = Arc::new(AtomicU64::new(0));
    let input = b"customer_name,notes\nZo\xc3\xab,".chain(std::io::repeat(b'a'));
    (Counted(input, read.clone()), read)
}

#[test]
fn a_csv_row_that_never_ends_is_refused_with_its_line_before_it_is_read() {
    let (_dir, mut shop) = shop();
    let (input, read) = endless_row();
    let err = shop
        .import_customers(input, &ImportOptions::default(), &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 2") && err.contains("1 MiB"), "{err}");
    assert!(read.load(Ordering::Relaxed) < 4 * MAX_CSV_RECORD as u64);
    assert!(shop.list_customers().unwrap().is_empty());
    let (input, _) = endless_row();
    let err = preview_csv(input, 5).unwrap_err().to_string();
    assert!(err.contains("line 2"), "{err}");
    // A quoted cell broken over endless short lines is one endless row too.
    let input = b"customer_name,notes\nAnna,\"".chain(std::io::repeat(b'\n'));
    let err = shop
        .import_customers(input, &ImportOptions::default(), &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn an_export_or_vcard_file_of_gigabytes_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    for (name, len, limit) in [
        ("shop.json", 2 << 30, limits::MAX_SHOP_EXPORT),
        ("contacts.vcf", 2 << 30, limits::MAX_VCARD_FILE),
        (
            "contacts2.vcf",
            limits::MAX_VCARD_FILE + 1,
            limits::MAX_VCARD_FILE,
        ),
    ] {
        let path = dir.path().join(name);
        // Sparse: no disk is used.
        std::fs::File::create(&path).unwrap().set_len(len).unwrap();
        let start = Instant::now();
        let err = limits::read_text(&path, limit).unwrap_err().to_string();
        assert!(start.elapsed() < Duration::from_millis(100), "{name}");
        assert!(
            err.contains("larger than") && err.contains("MiB"),
            "{name}: {err}"
        );
    }
    let path = dir.path().join("small.vcf");
    std::fs::write(&path, "BEGIN:VCARD\nVERSION:4.0\nFN:Zoë\nEND:VCARD\n").unwrap();
    assert!(limits::read_text(&path, limits::MAX_VCARD_FILE)
        .unwrap()
        .contains("Zoë"));
}

#[test]
fn a_vcard_line_of_megabytes_is_refused_with_its_number_and_nothing_written() {
    let (_dir, mut shop) = shop();
    let note = "n".repeat(limits::MAX_VCARD_LINE + 1);
    let text = format!("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoë\r\nNOTE:{note}\r\nEND:VCARD\r\n");
    let err = shop
        .import_vcards(&text, DuplicatePolicy::Skip, false)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("line 4") && err.contains("longer than"),
        "{err}"
    );
    assert!(shop.list_customers().unwrap().is_empty());
}

/// Issue 18: a quoted-printable value whose soft line breaks never end is
/// one line, refused at the line limit with its number; lines that are no
/// field are counted, not each kept in the report.
#[test]
fn a_quoted_printable_value_that_never_ends_is_refused_at_the_line_limit() {
    let (_dir, mut shop) = shop();
    // Each physical line adds three bytes ("=41") to the one logical line.
    let soft = "=41=\r\n".repeat(limits::MAX_VCARD_LINE / 3 + 1);
    let text =
        format!("BEGIN:VCARD\r\nFN:Zoë\r\nNOTE;ENCODING=QUOTED-PRINTABLE:{soft}x\r\nEND:VCARD\r\n");
    let err = shop
        .import_vcards(&text, DuplicatePolicy::Skip, false)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("line 3") && err.contains("longer than"),
        "{err}"
    );
    assert!(shop.list_customers().unwrap().is_empty());

    let junk = "no colon here\r\n".repeat(100_000);
    let text = format!("BEGIN:VCARD\r\nFN:Zoë\r\n{junk}END:VCARD\r\n");
    let report = shop
        .import_vcards(&text, DuplicatePolicy::Skip, true)
        .unwrap();
    assert_eq!(
        report.cards[0].notes[0].to_string(),
        "100000 lines not read (not fields): 3, 4, 5, 6, 7 and 99995 more"
    );
}

/// Issue 18: the reader holds one card at a time, and of a card only what
/// the shop may keep: a card of 200,000 different unknown fields and
/// 200,000 different emails is read at once, its notes count the rest; a
/// file of 1,500 cards that are all skipped lists 1,000 of them.
#[test]
fn a_hostile_card_or_file_makes_a_bounded_report() {
    let (_dir, mut shop) = shop();
    let mut text = String::from("BEGIN:VCARD\r\nFN:Zoë\r\n");
    for i in 0..200_000 {
        text.push_str(&format!("X-F{i}:v\r\nEMAIL:z{i}@example.no\r\n"));
    }
    text.push_str("END:VCARD\r\n");
    let started = Instant::now();
    let report = shop
        .import_vcards(&text, DuplicatePolicy::Skip, true)
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    let notes: Vec<String> = report.cards[0]
        .notes
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        notes,
        vec![
            "1000 fields not kept: X-F0, X-F1, X-F2, X-F3, X-F4 and 995 more",
            "199950 more email values not kept",
        ]
    );

    let text = "BEGIN:VCARD\r\nNOTE:nothing else\r\nEND:VCARD\r\n".repeat(1_500);
    let report = shop
        .import_vcards(&text, DuplicatePolicy::Skip, true)
        .unwrap();
    assert_eq!(report.cards.len(), 1_000);
    assert_eq!(report.unlisted, 500);
    assert_eq!(report.skipped, 1_500);
}
