//! vCard imports, run against a real shop: never a panic, and a refused
//! import (or a dry run) writes nothing. Seeds in every dialect the reader
//! takes (issue 18): 2.1 with quoted-printable soft breaks and 8-bit
//! charsets, Apple's groups and photos, `\r\r\n` line ends, 4.0.

use proptest::prelude::*;
use shopkeeper_core::{DayMonth, DuplicatePolicy, NewCustomer};
use shopkeeper_testkit::check;
use shopkeeper_testkit::hostile::{bytes_like, text_like};

use super::watched;

/// A vCard 3.0 as address books write them: groups, types, a structured
/// address, escapes.
const CARD_3: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna;;;\r\nFN:Anna Berg\r\n\
TEL;TYPE=CELL:+44 20 7946 0958\r\nitem1.EMAIL;TYPE=INTERNET:anna@example.se\r\n\
BDAY:1980-04-23\r\nADR;TYPE=HOME;LABEL=\"Storgata 1:Oslo\":;;Storgata 1;Oslo;;0155;Norway\r\n\
CATEGORIES:regular,wine\\, red\r\nNOTE:line one\\nline two\r\nitem1.X-ABLabel:custom\r\nEND:VCARD\r\n";

/// The address-book exports of `tests/fixtures/vcard/`.
fn fixtures() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/vcard");
    let mut files: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "vcf"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    files.sort();
    assert!(files.len() >= 9, "the fixtures are there");
    files
}

#[test]
fn vcard_bytes_in_any_dialect_never_panic_and_write_nothing_when_refused() {
    let w = watched(|shop| {
        shop.import_vcards(CARD_3, DuplicatePolicy::Skip, false)
            .unwrap();
    });
    let policy = prop_oneof![Just(DuplicatePolicy::Skip), Just(DuplicatePolicy::Merge)];
    let dry_run = prop_oneof![7 => Just(true), 1 => Just(false)];
    check(
        10_000,
        (bytes_like(fixtures()), policy, dry_run),
        |(bytes, policy, dry_run)| {
            let _ = w.attempt(
                |shop| shop.import_vcards(&bytes, policy, dry_run),
                |r| !r.dry_run,
            );
            Ok(())
        },
    );
}

#[test]
fn vcard_import_never_panics_and_writes_nothing_when_refused() {
    let mut exported = String::new();
    let w = watched(|shop| {
        let mut zoe = NewCustomer::new("Zoë Ødegård");
        zoe.email = Some("zoe@example.no".into());
        zoe.phone = Some("+47 912 34 567".into());
        zoe.notes = Some("Likes; commas, and \\ backslashes\nsecond line".into());
        zoe.tags = vec!["regular".into(), "wine, red".into()];
        zoe.birthday = Some(DayMonth {
            day: 29,
            month: 2,
            year: None,
        });
        zoe.address = Some("Storgata 1\n0155 Oslo".into());
        let zoe = shop.add_customer(&zoe).unwrap();
        exported = shop.export_vcards(&[zoe.id]).unwrap();
    });
    let cards = [exported.as_str(), CARD_3, &format!("{CARD_3}{exported}")];
    let policy = prop_oneof![Just(DuplicatePolicy::Skip), Just(DuplicatePolicy::Merge)];
    let dry_run = prop_oneof![7 => Just(true), 1 => Just(false)];
    check(
        10_000,
        (text_like(&cards), policy, dry_run),
        |(text, policy, dry_run)| {
            let _ = w.attempt(
                |shop| shop.import_vcards(&text, policy, dry_run),
                |r| !r.dry_run,
            );
            Ok(())
        },
    );
}
