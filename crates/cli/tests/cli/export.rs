//! `shopkeeper export ...`, run as a user would run it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;

const WARNING: &str = "This file is not encrypted: keep it safe or delete it when done.";

/// A shop with Zoë (an allergy, a dislike, a purchase, two consent choices).
fn zoe_shop() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let kit = dir.path().join("kit.txt");
    let out = shopkeeper_with(
        &vault,
        &["vault", "init", "--kit", kit.to_str().unwrap()],
        &[("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE)],
    );
    assert!(out.status.success(), "{out:?}");
    ok(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "Zoë Ødegård",
            "--email",
            "zoe@example.no",
            "--notes",
            "<script>alert(1)</script> & cake",
        ],
    );
    for (cat, value) in [("allergy", "Hazelnuts"), ("dislike", "Goat cheese")] {
        ok(
            &vault,
            &[
                "pref",
                "add",
                "--customer",
                "Zoë Ødegård",
                "--category",
                cat,
                "--value",
                value,
            ],
        );
    }
    (dir, vault)
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn summary_as_pdf_html_and_markdown() {
    let (dir, vault) = zoe_shop();
    let pdf = dir.path().join("zoe.pdf");
    let out = ok(
        &vault,
        &[
            "export",
            "summary",
            "zoe@example.no",
            "--variant",
            "customer",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(out.contains(&pdf.display().to_string()), "{out}");
    assert!(out.contains(WARNING), "{out}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    if let Ok(text) = Command::new("pdftotext").arg(&pdf).arg("-").output() {
        if text.status.success() {
            let text = String::from_utf8_lossy(&text.stdout);
            assert!(text.contains("Zoë Ødegård"), "{text}");
            assert!(text.contains("Hazelnuts"), "{text}");
        }
    }

    let html = dir.path().join("zoe.html");
    ok(
        &vault,
        &[
            "export",
            "summary",
            "Zoë Ødegård",
            "-o",
            html.to_str().unwrap(),
        ],
    );
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(html.contains("Zoë Ødegård"));
    assert!(html.contains("&lt;script&gt;"), "the note is escaped");
    assert!(!html.contains("<script>alert"));

    let md = dir.path().join("zoe.md");
    ok(
        &vault,
        &[
            "export",
            "summary",
            "Zoë Ødegård",
            "-o",
            md.to_str().unwrap(),
        ],
    );
    let md = std::fs::read_to_string(&md).unwrap();
    assert!(md.starts_with("# Zoë Ødegård"), "{md}");
    assert!(md.contains("Hazelnuts") && md.contains("Goat cheese"));
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn several_customers_go_into_one_pdf() {
    let (dir, vault) = zoe_shop();
    ok(&vault, &["customer", "add", "--name", "李小龙"]);
    let pdf = dir.path().join("today.pdf");
    ok(
        &vault,
        &[
            "export",
            "summary",
            "Zoë Ødegård",
            "李小龙",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    // Not for HTML.
    let html = dir.path().join("today.html");
    let out = shopkeeper(
        &vault,
        &[
            "export",
            "summary",
            "Zoë Ødegård",
            "李小龙",
            "-o",
            html.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    assert!(!html.exists());
}

#[test]
fn bad_requests_fail_clearly_and_write_nothing() {
    let (dir, vault) = zoe_shop();
    // Unknown customer.
    let pdf = dir.path().join("nobody.pdf");
    let out = shopkeeper(
        &vault,
        &["export", "summary", "Nobody", "-o", pdf.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("nothing was written"),
        "{}",
        stderr(&out)
    );
    assert!(!pdf.exists());

    // A folder that does not exist.
    let missing = dir.path().join("no-such-folder").join("zoe.pdf");
    let out = shopkeeper(
        &vault,
        &[
            "export",
            "summary",
            "Zoë Ødegård",
            "-o",
            missing.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!missing.exists());

    // A "folder" that is a file.
    let inside_file = dir.path().join("shop.vault").join("zoe.pdf");
    let out = shopkeeper(
        &vault,
        &[
            "export",
            "summary",
            "Zoë Ødegård",
            "-o",
            inside_file.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("is a file, not a folder"),
        "{}",
        stderr(&out)
    );

    // An unknown extension.
    let txt = dir.path().join("zoe.txt");
    let out = shopkeeper(
        &vault,
        &[
            "export",
            "summary",
            "Zoë Ødegård",
            "-o",
            txt.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(".pdf, .html or .md"),
        "{}",
        stderr(&out)
    );
    assert!(!txt.exists());

    // A folder we may not write into (skipped when running as root).
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
        if std::fs::write(locked.join("probe"), b"").is_err() {
            let target = locked.join("zoe.pdf");
            let out = shopkeeper(
                &vault,
                &[
                    "export",
                    "summary",
                    "Zoë Ødegård",
                    "-o",
                    target.to_str().unwrap(),
                ],
            );
            assert!(!out.status.success());
            assert!(stderr(&out).contains("could not write"), "{}", stderr(&out));
            assert!(std::fs::read_dir(&locked).unwrap().next().is_none());
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn customers_and_consents_as_csv_and_json() {
    let (dir, vault) = zoe_shop();
    for state in ["granted", "refused"] {
        ok(
            &vault,
            &[
                "consent",
                "set",
                "--customer",
                "Zoë Ødegård",
                "--channel",
                "email",
                "--purpose",
                "promotions",
                "--state",
                state,
                "--method",
                "signed form",
            ],
        );
    }
    let csv = ok(&vault, &["export", "customers", "--format", "csv"]);
    assert!(csv.starts_with("id,name,"), "{csv}");
    assert!(csv.contains("Zoë Ødegård"));

    let json = dir.path().join("consents.json");
    let out = ok(
        &vault,
        &[
            "export",
            "consents",
            "--format",
            "json",
            "-o",
            json.to_str().unwrap(),
        ],
    );
    assert!(out.contains(WARNING));
    let rows: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["customer"], "Zoë Ødegård");
    assert_eq!(rows[0]["state"], "granted");
    assert_eq!(rows[1]["state"], "refused");
}
