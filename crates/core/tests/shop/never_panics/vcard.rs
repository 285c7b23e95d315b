//! vCard imports, run against a real shop: never a panic, and a refused
//! import (or a dry run) writes nothing.

use proptest::prelude::*;
use shopkeeper_core::{DayMonth, DuplicatePolicy, NewCustomer};
use shopkeeper_testkit::check;
use shopkeeper_testkit::hostile::text_like;

use super::watched;

/// A vCard 3.0 as address books write them: groups, types, a structured
/// address, escapes.
const CARD_3: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna;;;\r\nFN:Anna Berg\r\n\
TEL;TYPE=CELL:+44 20 7946 0958\r\nitem1.EMAIL;TYPE=INTERNET:anna@example.se\r\n\
BDAY:1980-04-23\r\nADR;TYPE=HOME;LABEL=\"Storgata 1:Oslo\":;;Storgata 1;Oslo;;0155;Norway\r\n\
CATEGORIES:regular,wine\\, red\r\nNOTE:line one\\nline two\r\nitem1.X-ABLabel:custom\r\nEND:VCARD\r\n";

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
