//! Whole-shop export and import, vCards, a customer's own export, erasure
//! and retention, run as a user would run them.

use std::path::Path;

use crate::common::*;

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn demo_shop() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, vault) = new_shop();
    ok(
        &vault,
        &[
            "demo",
            "--customers",
            "12",
            "--years",
            "1",
            "--seed",
            "3",
            "--until",
            "2025-06-30",
        ],
    );
    ok(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "Seán O'Brien",
            "--email",
            "sean@example.ie",
            "--notes",
            "ask about Porto",
        ],
    );
    (dir, vault)
}

#[test]
fn a_shop_goes_out_and_back_in_unchanged() {
    let (dir, vault) = demo_shop();
    let first = dir.path().join("first.json");
    let out = ok(&vault, &["export", "shop", "-o", p(&first)]);
    assert!(out.contains("not encrypted"), "{out}");
    let (dir2, vault2) = new_shop();
    let out = ok(&vault2, &["import", "shop", p(&first)]);
    assert!(out.contains("customer: 13"), "{out}");
    let second = dir2.path().join("second.json");
    ok(&vault2, &["export", "shop", "-o", p(&second)]);
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        std::fs::read_to_string(&second).unwrap()
    );
    assert!(ok(&vault2, &["customer", "show", "sean@example.ie"]).contains("ask about Porto"));

    let err = fails(&vault2, &["import", "shop", p(&first)]);
    assert!(
        err.contains("not empty") && err.contains("Nothing was imported"),
        "{err}"
    );

    let csv = ok(&vault, &["export", "purchases", "--format", "csv"]);
    assert!(csv.starts_with("purchase_id,customer_id,date"), "{csv}");
}

#[test]
fn vcards_are_exported_and_imported_with_duplicates_reported() {
    let (dir, vault) = demo_shop();
    let all = dir.path().join("all.vcf");
    ok(&vault, &["export", "vcard", "-o", p(&all)]);
    let text = std::fs::read_to_string(&all).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), 13);
    let per = dir.path().join("cards");
    std::fs::create_dir(&per).unwrap();
    ok(
        &vault,
        &[
            "export",
            "vcard",
            "--customer",
            "sean@example.ie",
            "--per-customer",
            p(&per),
        ],
    );
    let files: Vec<_> = std::fs::read_dir(&per)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(files.len(), 1);
    assert!(
        files[0].to_str().unwrap().starts_with("Se\u{e1}n-O-Brien-"),
        "{files:?}"
    );

    let out = ok(&vault, &["import", "vcard", p(&all), "--dry-run"]);
    // Cards without email, phone or birthday cannot be matched, so they would be added.
    assert!(out.contains("duplicates would be skipped"), "{out}");
    let listed = ok(&vault, &["customer", "list", "--format", "csv"]);
    assert_eq!(
        listed.lines().count(),
        14,
        "a dry run writes nothing: {listed}"
    );
    assert!(
        out.contains("same email") && out.contains("Dry run"),
        "{out}"
    );

    let (_d2, vault2) = new_shop();
    let out = ok(&vault2, &["import", "vcard", p(&all)]);
    assert!(out.contains("Added 13 customers"), "{out}");

    // A broken card no longer refuses the file: it is reported (issue 18).
    let broken = dir.path().join("broken.vcf");
    std::fs::write(&broken, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nNOTE broken\r\n").unwrap();
    let (_d3, vault3) = new_shop();
    let out = ok(&vault3, &["import", "vcard", p(&broken)]);
    assert!(
        out.contains("Card 2 (line 5) \"(no name)\":")
            && out.contains("  - line 7 not read: not a field")
            && out.contains("  - no name, email or phone: card skipped")
            && out.contains("Added 1 customers; 1 cards skipped"),
        "{out}"
    );
    // Only a file with no card at all is refused.
    let none = dir.path().join("none.vcf");
    std::fs::write(&none, "FN:A\r\n").unwrap();
    let err = fails(&vault3, &["import", "vcard", p(&none)]);
    assert!(
        err.contains("holds no vCards") && err.contains("Nothing was imported"),
        "{err}"
    );

    let nowhere = dir.path().join("no-such-folder").join("x.vcf");
    let err = fails(&vault, &["export", "vcard", "-o", p(&nowhere)]);
    assert!(
        err.contains("does not exist") && err.contains("nothing was written"),
        "{err}"
    );
}

#[test]
fn a_customer_gets_their_data_and_can_be_erased() {
    let (dir, vault) = demo_shop();
    let out_dir = dir.path().join("for-sean");
    ok(
        &vault,
        &["export", "customer", "sean@example.ie", "-o", p(&out_dir)],
    );
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names[0].ends_with("-data.json") && names[1].ends_with("-summary.pdf"),
        "{names:?}"
    );
    let json = std::fs::read_to_string(out_dir.join(&names[0])).unwrap();
    assert!(json.contains("\"scope\": \"customer\"") && json.contains("ask about Porto"));

    let missing = dir.path().join("for-nobody");
    let err = fails(
        &vault,
        &[
            "export",
            "customer",
            "nobody@example.com",
            "-o",
            p(&missing),
        ],
    );
    assert!(err.contains("No customer matches"), "{err}");
    assert!(!missing.exists(), "nothing partial");

    let out = shopkeeper(
        &vault,
        &[
            "customer",
            "erase",
            "sean@example.ie",
            "--purchases",
            "delete",
        ],
    );
    assert!(!out.status.success());
    let preview = stdout(&out);
    assert!(
        preview.contains("Seán O'Brien")
            && preview.contains("1 email")
            && preview.contains("notes"),
        "{preview}"
    );
    assert!(
        preview.contains("Backup files made before now still hold"),
        "{preview}"
    );
    assert!(stderr(&out).contains("nothing was erased"));
    ok(&vault, &["customer", "show", "sean@example.ie"]);

    let out = ok(
        &vault,
        &[
            "customer",
            "erase",
            "sean@example.ie",
            "--purchases",
            "keep-anonymized",
            "--yes",
        ],
    );
    assert!(out.contains("Erased Seán O'Brien"), "{out}");
    let err = fails(&vault, &["customer", "show", "sean@example.ie"]);
    assert!(err.contains("No customer matches"), "{err}");
}

#[test]
fn the_retention_rule_lists_keeps_and_erases() {
    let (_dir, vault) = new_shop();
    ok(&vault, &["customer", "add", "--name", "Quiet Quentin"]);
    ok(&vault, &["customer", "add", "--name", "Kept Kim"]);
    let err = fails(&vault, &["retention", "list"]);
    assert!(err.contains("rule is off"), "{err}");
    assert!(ok(&vault, &["retention", "rule", "--years", "2"]).contains("2 years"));
    assert!(
        !ok(&vault, &["retention", "list"]).contains("Quentin"),
        "nobody is quiet yet"
    );
    let later = ok(
        &vault,
        &[
            "retention",
            "list",
            "--as-of",
            "2099-01-01",
            "--format",
            "csv",
        ],
    );
    assert!(
        later.contains("Quiet Quentin") && later.contains("Kept Kim"),
        "{later}"
    );
    ok(
        &vault,
        &[
            "retention",
            "keep",
            "Kept Kim",
            "--reason",
            "wedding next spring",
        ],
    );
    ok(
        &vault,
        &[
            "retention",
            "erase",
            "Quiet Quentin",
            "--purchases",
            "delete",
            "--yes",
        ],
    );
    let after = ok(
        &vault,
        &[
            "retention",
            "list",
            "--as-of",
            "2026-01-01",
            "--format",
            "csv",
        ],
    );
    assert!(!after.contains("Quentin"), "{after}");
    assert!(ok(&vault, &["retention", "rule", "--off"]).contains("off"));
}

/// Issue 18: an Outlook vCard 2.1 in Windows-1252 (not UTF-8) comes in,
/// and what its card left out is listed.
#[test]
fn an_outlook_2_1_vcard_in_windows_1252_is_imported_with_its_notes() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/vcard/outlook-2.1.vcf"
    );
    let (_d, vault) = new_shop();
    let out = ok(&vault, &["import", "vcard", file]);
    assert!(
        out.contains("Card 1 (line 1) \"Se\u{e1}n O'Brien\":")
            && out.contains("  - 2 fields not kept: URL, X-MS-OL-DESIGN")
            && out.contains("Added 1 customers; 0 cards skipped"),
        "{out}"
    );
    let listed = ok(&vault, &["customer", "list", "--format", "csv"]);
    assert!(listed.contains("Se\u{e1}n O'Brien"), "{listed}");
}

/// A card's name and notes quote the file: a terminal escape in them is
/// shown as a placeholder, never sent to the owner's terminal.
#[test]
fn vcard_notes_never_send_control_characters_to_the_terminal() {
    let (dir, vault) = new_shop();
    let file = dir.path().join("escape.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\u{1b}]0;owned\u{7}\r\nBDAY:\u{1b}[2J\r\nEMAIL:eve@example.com\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let out = ok(&vault, &["import", "vcard", p(&file), "--dry-run"]);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("birthday \"\u{fffd}[2J\" not read"), "{out}");
}
