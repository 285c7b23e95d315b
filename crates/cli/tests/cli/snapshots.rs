//! The command line's words, pinned: every command's help, the errors an
//! owner meets most, and each `--format` of a listing. A change to any of
//! them shows up as a snapshot diff (`cargo insta review`, or run with
//! `INSTA_UPDATE=always` and read the diff before committing).

use std::path::Path;

use crate::common::*;

/// Ids, dates and times that differ from run to run, replaced by names.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "[id]",
    );
    s.add_filter(
        r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})",
        "[time]",
    );
    s.add_filter(r"\d{4}-\d{2}-\d{2}", "[date]");
    s.add_filter(r"[^\s]*/\.tmp[^\s:,]*", "[temp]");
    s.add_filter(r"/tmp/[^\s:,]*", "[temp]");
    s
}

/// The subcommands `--help` lists under "Commands:" for `args`.
fn subcommands(vault: &Path, args: &[&str]) -> Vec<String> {
    let help = ok(vault, &[args, &["--help"]].concat());
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn every_commands_help() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("none.vault");
    let _guard = settings().bind_to_scope();
    insta::assert_snapshot!("help", ok(&vault, &["--help"]));
    for top in subcommands(&vault, &[]) {
        let help = ok(&vault, &[top.as_str(), "--help"]);
        insta::assert_snapshot!(format!("help-{top}"), help);
        for sub in subcommands(&vault, &[top.as_str()]) {
            let help = ok(&vault, &[top.as_str(), sub.as_str(), "--help"]);
            insta::assert_snapshot!(format!("help-{top}-{sub}"), help);
        }
    }
}

#[test]
fn the_errors_an_owner_meets_most() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.vault");
    let _guard = settings().bind_to_scope();
    insta::assert_snapshot!("error-no-vault", fails(&missing, &["customer", "list"]));
    let (_shop_dir, vault) = new_shop();
    let wrong = shopkeeper_with(
        &vault,
        &["customer", "list"],
        &[("SHOPKEEPER_PASSPHRASE", "not the passphrase")],
    );
    assert!(!wrong.status.success());
    insta::assert_snapshot!("error-wrong-passphrase", stderr(&wrong));
    ok(&vault, &["customer", "add", "--name", "Ada Lovelace"]);
    let cases: [(&str, &[&str]); 6] = [
        ("unknown-customer", &["customer", "show", "Nobody Here"]),
        ("bad-date", &["score", "--as-of", "31/02/2026"]),
        ("no-sync", &["sync", "now"]),
        (
            "missing-file",
            &["import", "purchases", "/nonexistent/till.csv"],
        ),
        (
            "bad-amount",
            &[
                "purchase",
                "add",
                "--customer",
                "Ada Lovelace",
                "--item",
                "Tea @ twelve",
            ],
        ),
        (
            "unknown-suggestion",
            &["suggest", "done", "thank-you:nobody:2026-01-01"],
        ),
    ];
    for (name, args) in cases {
        insta::assert_snapshot!(format!("error-{name}"), fails(&vault, args));
    }
}

#[test]
fn listings_in_every_format() {
    let (_dir, vault) = new_shop();
    for (name, email) in [
        ("Zoë Ødegård", "zoe@example.no"),
        ("李小龙", "lee@example.cn"),
        ("Seán O'Brien", "sean@example.ie"),
    ] {
        ok(
            &vault,
            &["customer", "add", "--name", name, "--email", email],
        );
    }
    ok(
        &vault,
        &[
            "purchase",
            "add",
            "--customer",
            "Zoë Ødegård",
            "--date",
            "2026-03-01",
            "--item",
            "0.25x Gruyère @ 32.00",
        ],
    );
    let _guard = settings().bind_to_scope();
    for format in ["table", "csv", "json"] {
        insta::assert_snapshot!(
            format!("customers-{format}"),
            ok(&vault, &["customer", "list", "--format", format])
        );
        insta::assert_snapshot!(
            format!("purchases-{format}"),
            ok(
                &vault,
                &[
                    "purchase",
                    "list",
                    "--customer",
                    "zoe@example.no",
                    "--format",
                    format
                ]
            )
        );
    }
}
