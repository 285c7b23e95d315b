//! Sync through the real binary: two vaults in two directories edit the same
//! shop offline and converge through a shared folder; and no network socket
//! is opened, with sync off or through a folder (checked under strace).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{new_shop, ok, shopkeeper, stderr, stdout, PASSPHRASE};
use serde_json::Value;

/// The pairing code in `sync enable`'s output (the indented line of groups).
fn code_in(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| l.len() == 62 && l.split('-').count() == 9)
        .unwrap_or_else(|| panic!("no pairing code in:\n{text}"))
        .to_string()
}

/// The shop as both computers must hold it: the whole-shop export without
/// this computer's own settings (backup folder, recovery secret).
fn shared_dump(vault: &Path) -> Value {
    let file = vault.with_extension("export.json");
    ok(vault, &["export", "shop", "-o", file.to_str().unwrap()]);
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let settings = doc["tables"]["setting"].as_array_mut().unwrap();
    settings.retain(|s| !s["key"].as_str().unwrap().starts_with("backup_"));
    doc
}

#[test]
fn two_vaults_edit_offline_and_converge_through_a_shared_folder() {
    let (_a_dir, a) = new_shop();
    let (_b_dir, b) = new_shop();
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_str().unwrap();

    assert!(ok(&a, &["sync", "status"]).contains("Sync is off"));
    ok(
        &a,
        &[
            "customer",
            "add",
            "--name",
            "Zoë Ødegård",
            "--email",
            "zoe@example.no",
        ],
    );
    let out = ok(
        &a,
        &["sync", "enable", "--folder", folder, "--name", "Counter"],
    );
    let code = code_in(&out);
    let out = ok(
        &b,
        &[
            "sync", "enable", "--folder", folder, "--join", &code, "--name", "Workshop",
        ],
    );
    assert!(out.contains("joined"), "{out}");
    assert!(ok(&b, &["customer", "list"]).contains("Zoë Ødegård"));

    // Offline: each computer changes the shop.
    ok(
        &a,
        &[
            "customer",
            "edit",
            "zoe@example.no",
            "--notes",
            "Ask about Porto",
        ],
    );
    ok(
        &a,
        &[
            "purchase",
            "add",
            "--customer",
            "zoe@example.no",
            "--item",
            "Comté 200g @ 6.50",
        ],
    );
    ok(
        &b,
        &[
            "customer",
            "add",
            "--name",
            "O'Brien",
            "--phone",
            "+44 20 7946 0018",
        ],
    );
    ok(
        &b,
        &[
            "consent",
            "set",
            "--customer",
            "zoe@example.no",
            "--channel",
            "email",
            "--purpose",
            "promotions",
            "--state",
            "granted",
            "--method",
            "in person",
        ],
    );
    let status = ok(&a, &["sync", "status"]);
    assert!(status.contains("Sync is on"), "{status}");
    assert!(status.contains("Files to apply:   1"), "{status}");

    for vault in [&a, &b, &a] {
        ok(vault, &["sync", "now"]);
    }
    // (Before the dumps: an export is itself noted in the activity log.)
    let status = ok(&b, &["sync", "status"]);
    assert!(status.contains("Counter"), "{status}");
    assert!(status.contains("Changes to send:  0"), "{status}");
    assert_eq!(shared_dump(&a), shared_dump(&b));
    let list = ok(&a, &["customer", "list"]);
    assert!(list.contains("O'Brien"), "{list}");
    let history = ok(&a, &["consent", "history", "--customer", "zoe@example.no"]);
    assert!(history.contains("granted"), "{history}");

    assert!(ok(&b, &["sync", "conflicts"]).contains("No conflicts"));

    // A second enable is refused with words; disabling is plain.
    let again = shopkeeper(&b, &["sync", "enable", "--folder", folder]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already on"), "{}", stderr(&again));
    ok(&b, &["sync", "disable"]);
    assert!(ok(&b, &["sync", "status"]).contains("Sync is off"));
}

#[test]
fn a_tampered_file_is_reported_and_the_rest_applied() {
    let (_a_dir, a) = new_shop();
    let (_b_dir, b) = new_shop();
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_str().unwrap();
    let code = code_in(&ok(&a, &["sync", "enable", "--folder", folder]));
    ok(&b, &["sync", "enable", "--folder", folder, "--join", &code]);
    ok(&a, &["customer", "add", "--name", "Ana"]);
    ok(&a, &["sync", "now"]);
    ok(&a, &["customer", "add", "--name", "李小龙"]);
    ok(&a, &["sync", "now"]);
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort_by_key(|p| std::fs::metadata(p).unwrap().modified().unwrap());
    let newest = files.last().unwrap();
    let mut bytes = std::fs::read(newest).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(newest, bytes).unwrap();
    let out = shopkeeper(&b, &["sync", "now"]);
    assert!(out.status.success(), "{out:?}");
    let err = stderr(&out);
    assert!(err.contains("was skipped"), "{err}");
    assert!(err.contains("changed or damaged"), "{err}");
    let list = ok(&b, &["customer", "list"]);
    assert!(list.contains("Ana") && !list.contains("李小龙"), "{list}");
}

/// Runs the binary under `strace -f -e trace=connect` and returns every
/// connect() to an internet address other than this computer itself.
fn outside_connects(vault: &Path, args: &[&str], trace: &Path) -> Vec<String> {
    let out = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=connect", "-o"])
        .arg(trace)
        .arg(env!("CARGO_BIN_EXE_shopkeeper"))
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env("SHOPKEEPER_PASSPHRASE", PASSPHRASE)
        .env("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE)
        .output()
        .expect("strace runs (apt package strace; see the Makefile)");
    assert!(out.status.success(), "{args:?}: {out:?}");
    let log = std::fs::read_to_string(trace).unwrap();
    log.lines()
        .filter(|l| l.contains("connect("))
        .filter(|l| l.contains("AF_INET"))
        .filter(|l| !l.contains("\"127.0.0.1\"") && !l.contains("\"::1\""))
        .map(str::to_string)
        .collect()
}

#[test]
fn no_network_socket_is_opened_with_sync_off_or_through_a_folder() {
    if Command::new("strace").arg("-V").output().is_err() {
        panic!("strace is not installed: `make deps` installs it (APT_PACKAGES)");
    }
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.vault");
    let b = dir.path().join("b.vault");
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    let folder = shared.to_str().unwrap();
    let trace = dir.path().join("trace.log");
    let kit = dir.path().join("kit.txt");
    let kit_b = dir.path().join("kit-b.txt");
    let export = dir.path().join("shop.json");
    let backup = dir.path().join("shop.backup");
    let journeys: Vec<(&Path, Vec<&str>)> = vec![
        (&a, vec!["vault", "init", "--kit", kit.to_str().unwrap()]),
        (
            &a,
            vec![
                "customer",
                "add",
                "--name",
                "Zoë Ødegård",
                "--email",
                "zoe@example.no",
            ],
        ),
        (&a, vec!["customer", "list"]),
        (&a, vec!["search", "odegard"]),
        (
            &a,
            vec![
                "purchase",
                "add",
                "--customer",
                "zoe@example.no",
                "--item",
                "Comté @ 6.50",
            ],
        ),
        (
            &a,
            vec![
                "consent",
                "set",
                "--customer",
                "zoe@example.no",
                "--channel",
                "email",
                "--purpose",
                "promotions",
                "--state",
                "granted",
                "--method",
                "in person",
            ],
        ),
        (&a, vec!["suggest"]),
        (&a, vec!["export", "shop", "-o", export.to_str().unwrap()]),
        (&a, vec!["backup", "create", backup.to_str().unwrap()]),
        (&a, vec!["sync", "status"]),
        // Sync through a folder needs no network either.
        (&a, vec!["sync", "enable", "--folder", folder]),
        (&b, vec!["vault", "init", "--kit", kit_b.to_str().unwrap()]),
    ];
    let mut found = Vec::new();
    for (vault, args) in &journeys {
        found.extend(outside_connects(vault, args, &trace));
    }
    let code = {
        let out = shopkeeper(&a, &["sync", "status", "--show-code"]);
        let text = stdout(&out);
        text.lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix("Pairing code:")
                    .map(|c| c.trim().to_string())
            })
            .unwrap()
    };
    for (vault, args) in [
        (
            &b,
            vec!["sync", "enable", "--folder", folder, "--join", &code],
        ),
        (&b, vec!["customer", "add", "--name", "O'Brien"]),
        (&b, vec!["sync", "now"]),
        (&a, vec!["sync", "now"]),
    ] {
        found.extend(outside_connects(vault, &args, &trace));
    }
    assert!(ok(&a, &["customer", "list"]).contains("O'Brien"));
    assert!(found.is_empty(), "network connections: {found:#?}");
}
