//! The `shopkeeper` binary, run as a user would run it.

mod common;

use common::*;

#[test]
fn add_then_list_in_every_format() {
    let (_dir, vault) = new_shop();
    let added = shopkeeper(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "Zoë Ødegård",
            "--email",
            "zoe@example.no",
        ],
    );
    assert!(added.status.success(), "{added:?}");
    assert!(shopkeeper(
        &vault,
        &[
            "customer",
            "add",
            "--name",
            "李小龙",
            "--phone",
            "+86 10 1234 5678"
        ]
    )
    .status
    .success());

    let table = stdout(&shopkeeper(&vault, &["customer", "list"]));
    assert!(table.starts_with("ID"), "{table}");
    assert!(
        table.contains("Zoë Ødegård") && table.contains("李小龙"),
        "{table}"
    );

    let csv = stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "csv"],
    ));
    assert_eq!(
        csv.lines().next(),
        Some("id,name,email,phone,customer_ref,tags,created_at")
    );
    assert_eq!(csv.lines().count(), 3);

    let json: serde_json::Value = serde_json::from_str(&stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "json"],
    )))
    .unwrap();
    let names: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Zoë Ødegård", "李小龙"]);
}

#[test]
fn an_empty_name_fails_with_a_message_and_writes_nothing() {
    let (_dir, vault) = new_shop();
    let out = shopkeeper(&vault, &["customer", "add", "--name", "  "]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("A customer needs a name."));
    let list = stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "csv"],
    ));
    assert_eq!(list.lines().count(), 1, "only the header: {list}");
}

#[cfg(unix)]
#[test]
fn an_unwritable_location_fails_with_a_message() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
    if std::fs::write(locked.join("probe"), b"").is_ok() {
        eprintln!("running as a user who can write anywhere (root): permission check skipped");
        return;
    }
    let out = shopkeeper(
        &locked.join("shop.vault"),
        &["customer", "add", "--name", "Tom"],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not open its data file"), "{err}");
    assert!(!locked.join("shop.vault").exists());
}

#[test]
fn a_location_inside_a_file_fails_with_a_message_even_for_root() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, b"x").unwrap();
    let out = shopkeeper_with(
        &file.join("shop.vault"),
        &["vault", "init"],
        &[("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE)],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not open its data file"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"x");
}

#[test]
fn init_prints_a_kit_and_the_vault_holds_no_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let out = shopkeeper_with(
        &vault,
        &["vault", "init"],
        &[("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE)],
    );
    assert!(out.status.success(), "{out:?}");
    let kit = stdout(&out);
    assert!(kit.contains("EMERGENCY KIT"), "{kit}");
    assert!(!kit.contains(PASSPHRASE), "the passphrase is never printed");

    assert!(shopkeeper(
        &vault,
        &["customer", "add", "--name", "Canary Ødegård-Zyxwv"]
    )
    .status
    .success());
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for needle in ["Zyxwv".as_bytes(), PASSPHRASE.as_bytes()] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        }
    }
}

#[test]
fn a_second_init_refuses_to_overwrite_the_shop() {
    let (_dir, vault) = new_shop();
    let before = std::fs::read(&vault).unwrap();
    let out = shopkeeper_with(
        &vault,
        &["vault", "init"],
        &[("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE)],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("will not overwrite"));
    assert_eq!(std::fs::read(&vault).unwrap(), before);
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let (_dir, vault) = new_shop();
    assert!(shopkeeper(&vault, &["customer", "add", "--name", "Anna"])
        .status
        .success());
    let before = std::fs::read(&vault).unwrap();
    let out = shopkeeper_with(
        &vault,
        &["customer", "add", "--name", "Tom"],
        &[("SHOPKEEPER_PASSPHRASE", "not the passphrase at all")],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("The passphrase is not right"));
    assert_eq!(std::fs::read(&vault).unwrap(), before);
}

#[test]
fn a_missing_vault_says_how_to_create_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = shopkeeper(&dir.path().join("none.vault"), &["customer", "list"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("shopkeeper vault init"));
}

#[test]
fn passphrase_change_reset_verify_and_info() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let kit_path = dir.path().join("kit.txt");
    let init = shopkeeper_with(
        &vault,
        &["vault", "init", "--kit", kit_path.to_str().unwrap()],
        &[("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE)],
    );
    assert!(init.status.success(), "{init:?}");
    let kit = std::fs::read_to_string(&kit_path).unwrap();
    let key = kit
        .lines()
        .map(str::trim)
        .find(|l| l.split('-').count() == 9)
        .expect("the kit holds the recovery key")
        .to_string();
    assert!(shopkeeper(&vault, &["customer", "add", "--name", "李小龙"])
        .status
        .success());

    // Change with a passphrase file (one trailing newline is ignored); it
    // must be readable by its owner only.
    let new_file = dir.path().join("new.txt");
    std::fs::write(&new_file, "a second long passphrase for the shop\n").unwrap();
    private(&new_file);
    let out = shopkeeper(
        &vault,
        &[
            "vault",
            "change-passphrase",
            "--new-passphrase-file",
            new_file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{out:?}");
    assert!(
        !shopkeeper(&vault, &["customer", "list"]).status.success(),
        "old passphrase no longer works"
    );
    // The data key changed with it, and so did the kit: the old one opens nothing.
    let printed = stdout(&out);
    assert!(printed.contains("EMERGENCY KIT"), "{printed}");
    let new_key = printed
        .lines()
        .map(str::trim)
        .find(|l| l.split('-').count() == 9)
        .expect("the new kit holds the recovery key")
        .to_string();
    assert_ne!(new_key, key);
    let out = shopkeeper_with(
        &vault,
        &["vault", "reset-passphrase"],
        &[
            ("SHOPKEEPER_RECOVERY_KEY", &key),
            (
                "SHOPKEEPER_NEW_PASSPHRASE",
                "an unlikely lantern passphrase set with the old kit",
            ),
        ],
    );
    assert!(!out.status.success(), "the old kit still works: {out:?}");
    let key = new_key;

    // Reset with the recovery key, typed in lower case.
    let third = "a third passphrase chosen with the recovery key";
    let out = shopkeeper_with(
        &vault,
        &["vault", "reset-passphrase"],
        &[
            ("SHOPKEEPER_RECOVERY_KEY", &key.to_lowercase()),
            ("SHOPKEEPER_NEW_PASSPHRASE", third),
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let list = shopkeeper_with(
        &vault,
        &["customer", "list"],
        &[("SHOPKEEPER_PASSPHRASE", third)],
    );
    assert!(stdout(&list).contains("李小龙"));

    let verify = shopkeeper_with(
        &vault,
        &["vault", "verify"],
        &[("SHOPKEEPER_PASSPHRASE", third)],
    );
    assert!(verify.status.success(), "{verify:?}");
    assert!(stdout(&verify).contains("intact"));

    let info = stdout(&shopkeeper_with(&vault, &["vault", "info"], &[]));
    assert!(
        info.contains("Argon2id") && info.contains("2 of 2 intact"),
        "{info}"
    );
    assert!(!info.contains(&key));
}

#[test]
fn a_mistyped_recovery_key_is_caught() {
    let (_dir, vault) = new_shop();
    let out = shopkeeper_with(
        &vault,
        &["vault", "reset-passphrase"],
        &[
            (
                "SHOPKEEPER_RECOVERY_KEY",
                "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ",
            ),
            (
                "SHOPKEEPER_NEW_PASSPHRASE",
                "a third passphrase chosen with the recovery key",
            ),
        ],
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("typing mistake"),
        "{out:?}"
    );
}

#[test]
fn the_shop_journey_from_demo_to_consent_history() {
    let (_dir, vault) = new_shop();
    let ok = |args: &[&str]| {
        let o = shopkeeper(&vault, args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        stdout(&o)
    };
    ok(&[
        "demo",
        "--customers",
        "30",
        "--years",
        "1",
        "--seed",
        "5",
        "--until",
        "2025-12-31",
    ]);
    ok(&[
        "customer",
        "add",
        "--name",
        "Zoë Ødegård",
        "--phone",
        "+47 912 34 567",
        "--ref",
        "Z1",
        "--tag",
        "regular",
    ]);
    ok(&[
        "customer",
        "edit",
        "Z1",
        "--add-email",
        "zoe@example.no",
        "--notes",
        "ask about Porto",
    ]);
    ok(&[
        "pref",
        "add",
        "--customer",
        "Z1",
        "--category",
        "allergy",
        "--value",
        "nuts",
    ]);
    ok(&[
        "purchase",
        "add",
        "--customer",
        "Z1",
        "--item",
        "2x COF-YIR",
        "--item",
        "Gift wrap @ 2.50",
    ]);
    ok(&[
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
    ]);
    ok(&[
        "contact",
        "log",
        "--customer",
        "Z1",
        "--channel",
        "email",
        "--purpose",
        "service",
        "--summary",
        "Beans are in",
    ]);

    let found: serde_json::Value =
        serde_json::from_str(&ok(&["search", "odegard porto", "--format", "json"])).unwrap();
    assert_eq!(found[0]["name"], "Zoë Ødegård");
    assert!(ok(&["search", "912 34 567"]).contains("Zoë"));
    let show = ok(&["customer", "show", "Z1", "--format", "csv"]);
    assert!(
        show.contains("allergy,nuts") && show.contains("Yirgacheffe"),
        "{show}"
    );
    let history = ok(&["consent", "history", "--customer", "Z1", "--format", "csv"]);
    assert_eq!(history.lines().count(), 2, "{history}");
    assert!(ok(&["consent", "show", "--customer", "Z1"]).contains("granted"));
    assert!(ok(&["purchase", "list", "--customer", "Z1", "--format", "csv"]).contains("Gift wrap"));
    assert!(ok(&["contact", "list", "--customer", "Z1"]).contains("Beans are in"));
    assert!(ok(&["product", "list", "--format", "csv"]).contains("COF-YIR"));

    let bad = shopkeeper(
        &vault,
        &["purchase", "add", "--customer", "Z1", "--item=-1x COF-YIR"],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("return"));
    let unknown = shopkeeper(&vault, &["pref", "list", "--customer", "Nobody At All"]);
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("No customer matches"));
}

#[test]
fn import_reports_bad_lines_and_writes_nothing_unless_told() {
    let (dir, vault) = new_shop();
    let file = dir.path().join("p.csv");
    std::fs::write(
        &file,
        "customer_ref,customer_name,date,sku,product,quantity,line_total\nC1,Anna,2024-03-01,,Tea,1,3.00\nC2,Bob,not a date,,Tea,1,3.00\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let refused = shopkeeper(&vault, &["import", "purchases", f]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("line 3:"));
    assert!(!stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Anna"));
    let dry = shopkeeper(
        &vault,
        &["import", "purchases", f, "--skip-bad", "--dry-run"],
    );
    assert!(
        stdout(&dry).contains("\nWould import 1 of 2 rows"),
        "{}",
        stdout(&dry)
    );
    assert!(
        shopkeeper(&vault, &["import", "purchases", f, "--skip-bad"])
            .status
            .success()
    );
    assert!(stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Anna"));
}

/// `backup create`, `verify`, `list` and `restore --to`: the whole journey.
#[test]
fn backup_create_verify_list_restore() {
    let (dir, vault) = new_shop();
    for name in ["Zoë Ødegård", "李小龙"] {
        let out = shopkeeper(&vault, &["customer", "add", "--name", name]);
        assert!(out.status.success(), "{out:?}");
    }
    let backups = dir.path().join("backups");
    std::fs::create_dir(&backups).unwrap();

    // Into a folder: a dated name, then rotation.
    let made = shopkeeper(&vault, &["backup", "create", backups.to_str().unwrap()]);
    assert!(made.status.success(), "{made:?}");
    let text = stdout(&made);
    assert!(
        text.contains("Backed up to") && text.contains("Customers:     2"),
        "{text}"
    );
    let files: Vec<_> = std::fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let file = files[0].to_str().unwrap().to_string();
    assert!(file.ends_with(".skbackup"), "{file}");

    let listed = shopkeeper(&vault, &["backup", "list", backups.to_str().unwrap()]);
    assert!(listed.status.success(), "{listed:?}");
    assert!(stdout(&listed).contains(".skbackup"), "{listed:?}");

    let verified = shopkeeper(&vault, &["backup", "verify", &file]);
    assert!(verified.status.success(), "{verified:?}");
    assert!(stdout(&verified).contains("checked out"), "{verified:?}");

    // A wrong passphrase is a clear error.
    let wrong = shopkeeper_with(
        &vault,
        &["backup", "verify", &file],
        &[("SHOPKEEPER_PASSPHRASE", "not the right one at all")],
    );
    assert!(!wrong.status.success());
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("passphrase is not right"),
        "{wrong:?}"
    );

    // Erased after the backup: the restore erases them from the copy too.
    let erased = shopkeeper(
        &vault,
        &[
            "customer",
            "erase",
            "李小龙",
            "--purchases",
            "delete",
            "--yes",
        ],
    );
    assert!(erased.status.success(), "{erased:?}");

    // Restore into a new vault with its own passphrase.
    let new_vault = dir.path().join("restored.vault");
    let new_pass = "a different lantern by the harbour";
    let restored = shopkeeper_with(
        &vault,
        &[
            "backup",
            "restore",
            &file,
            "--to",
            new_vault.to_str().unwrap(),
            "--kit",
            dir.path().join("new-kit.txt").to_str().unwrap(),
        ],
        &[
            ("SHOPKEEPER_PASSPHRASE", PASSPHRASE),
            ("SHOPKEEPER_NEW_PASSPHRASE", new_pass),
        ],
    );
    assert!(restored.status.success(), "{restored:?}");
    let text = stdout(&restored);
    assert!(text.contains("Customers:     1"), "{text}");
    assert!(text.contains("left untouched"), "{text}");
    assert!(text.contains("Erased:        1 customer erased"), "{text}");
    let listed = stdout(&shopkeeper_with(
        &new_vault,
        &["customer", "list"],
        &[("SHOPKEEPER_PASSPHRASE", new_pass)],
    ));
    assert!(
        listed.contains("Zoë Ødegård") && !listed.contains("李小龙"),
        "{listed}"
    );

    // Never over an existing vault.
    let again = shopkeeper_with(
        &vault,
        &["backup", "restore", &file, "--to", vault.to_str().unwrap()],
        &[
            ("SHOPKEEPER_PASSPHRASE", PASSPHRASE),
            ("SHOPKEEPER_NEW_PASSPHRASE", new_pass),
        ],
    );
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already exists"),
        "{again:?}"
    );
    assert!(stdout(&shopkeeper(&vault, &["customer", "list"])).contains("Zoë Ødegård"));
}

/// A restore killed while it writes pages into the new vault (written
/// without a journal, for speed) leaves the current shop exactly as it was,
/// and the half-made file is never taken over by a later restore.
#[cfg(unix)]
#[test]
fn killed_during_restore_leaves_the_shop_as_it_was() {
    use std::time::{Duration, Instant};

    let (dir, vault) = new_shop();
    let made = shopkeeper(&vault, &["demo", "--customers", "1500", "--years", "2"]);
    assert!(made.status.success(), "{made:?}");
    assert!(
        shopkeeper(&vault, &["customer", "add", "--name", "Zoë Ødegård"])
            .status
            .success()
    );
    let file = dir.path().join("shop.skbackup");
    let backed = shopkeeper(&vault, &["backup", "create", file.to_str().unwrap()]);
    assert!(backed.status.success(), "{backed:?}");
    let before = std::fs::read(&vault).unwrap();

    let new_vault = dir.path().join("restored.vault");
    let env = [
        ("SHOPKEEPER_PASSPHRASE", PASSPHRASE),
        ("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE),
    ];
    let restore_to = |to: &std::path::Path| {
        [
            "backup".to_string(),
            "restore".into(),
            file.to_str().unwrap().into(),
            "--to".into(),
            to.to_str().unwrap().into(),
            "--kit".into(),
            dir.path().join("new-kit.txt").to_str().unwrap().into(),
        ]
    };
    let args = restore_to(&new_vault);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut child = command(&vault, &args, &env)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    // Kill it once some pages are in the new file (the database is ~15 MB).
    while std::fs::metadata(&new_vault).map_or(0, |m| m.len()) < 2_000_000 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the restore finished before it could be interrupted"
        );
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "no pages written"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    // The current shop is byte for byte what it was, and opens.
    assert_eq!(std::fs::read(&vault).unwrap(), before);
    let listed = stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "csv"],
    ));
    assert!(listed.contains("Zoë Ødegård"), "{listed}");
    // The half-made file is never restored over; a new name works.
    let again = shopkeeper_with(&vault, &args, &env);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already exists"), "{again:?}");
    let fresh = restore_to(&dir.path().join("restored-2.vault"));
    let fresh: Vec<&str> = fresh.iter().map(String::as_str).collect();
    let done = shopkeeper_with(&vault, &fresh, &env);
    assert!(done.status.success(), "{done:?}");
    assert!(stdout(&done).contains("Customers:     1501"), "{done:?}");
}

#[test]
fn a_truncated_backup_fails_verify_and_restore_clearly() {
    let (dir, vault) = new_shop();
    assert!(
        shopkeeper(&vault, &["customer", "add", "--name", "Zoë Ødegård"])
            .status
            .success()
    );
    let file = dir.path().join("shop.skbackup");
    let made = shopkeeper(&vault, &["backup", "create", file.to_str().unwrap()]);
    assert!(made.status.success(), "{made:?}");
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();

    let verified = shopkeeper(&vault, &["backup", "verify", file.to_str().unwrap()]);
    assert!(!verified.status.success());
    let err = String::from_utf8_lossy(&verified.stderr).to_string();
    assert!(
        err.contains("incomplete") || err.contains("damaged"),
        "{err}"
    );

    let new_vault = dir.path().join("restored.vault");
    let restored = shopkeeper_with(
        &vault,
        &[
            "backup",
            "restore",
            file.to_str().unwrap(),
            "--to",
            new_vault.to_str().unwrap(),
        ],
        &[
            ("SHOPKEEPER_PASSPHRASE", PASSPHRASE),
            (
                "SHOPKEEPER_NEW_PASSPHRASE",
                "a different lantern by the harbour",
            ),
        ],
    );
    assert!(!restored.status.success());
    let err = String::from_utf8_lossy(&restored.stderr).to_string();
    assert!(
        err.contains("incomplete") || err.contains("damaged"),
        "{err}"
    );
    assert!(!new_vault.exists());
}

/// A customer's name (typed in, or from an imported file) cannot become a
/// spreadsheet formula in CSV or an escape sequence on the owner's terminal.
#[test]
fn listings_neutralise_formulas_and_control_characters() {
    let (_dir, vault) = new_shop();
    let formula = "=HYPERLINK(\"http://x\",\"y\")";
    let escape = "\x1b]0;pwn\x07Zoë";
    for name in [
        formula,
        escape,
        "-12.50",
        "Zoë Ødegård",
        "李小龙",
        "O'Brien",
    ] {
        let out = shopkeeper(&vault, &["customer", "add", &format!("--name={name}")]);
        assert!(out.status.success(), "{out:?}");
        assert!(!out.stdout.contains(&0x1b), "{out:?}");
    }
    for who in ["O'Brien", formula] {
        let out = shopkeeper(
            &vault,
            &[
                "purchase",
                "add",
                "--customer",
                who,
                "--item",
                &format!("{who} @ 12.50"),
                "--return",
            ],
        );
        assert!(out.status.success(), "{out:?}");
    }

    let csv = stdout(&shopkeeper(
        &vault,
        &["customer", "list", "--format", "csv"],
    ));
    let names: Vec<String> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap()[1].to_string())
        .collect();
    for expected in [
        format!("'{formula}"),
        escape.to_string(),
        "-12.50".into(),
        "Zoë Ødegård".into(),
        "李小龙".into(),
        "O'Brien".into(),
    ] {
        assert!(names.contains(&expected), "{expected:?} in {names:?}");
    }
    let bought = stdout(&shopkeeper(&vault, &["export", "purchases"]));
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(bought.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 2, "{bought}");
    assert!(
        rows.iter().all(|r| r.iter().any(|c| c == "-12.50 EUR")),
        "returns stay amounts: {bought}"
    );
    assert!(
        rows.iter()
            .any(|r| r.iter().any(|c| c == format!("'{formula}"))),
        "{bought}"
    );
    assert!(
        rows.iter().flatten().all(|c| !c.starts_with('=')),
        "{bought}"
    );

    let table = stdout(&shopkeeper(&vault, &["customer", "list"]));
    assert!(
        !table.contains('\x1b') && !table.contains('\x07'),
        "{table:?}"
    );
    assert!(table.contains("\u{FFFD}]0;pwn\u{FFFD}Zoë"), "{table}");
    for name in [formula, "-12.50", "Zoë Ødegård", "李小龙", "O'Brien"] {
        assert!(table.contains(name), "{name} in {table}");
    }
}

/// Makes `file` readable and writable by its owner only (`chmod 600`).
fn private(file: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = file;
}

#[cfg(unix)]
#[test]
fn a_passphrase_file_others_can_read_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, vault) = new_shop();
    let file = dir.path().join("pass.txt");
    std::fs::write(&file, PASSPHRASE).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = command(
        &vault,
        &[
            "--passphrase-file",
            file.to_str().unwrap(),
            "customer",
            "list",
        ],
        &[],
    )
    .env_remove("SHOPKEEPER_PASSPHRASE")
    .output()
    .unwrap();
    assert!(!out.status.success(), "{out:?}");
    let err = stderr(&out);
    assert!(err.contains("chmod 600"), "{err}");
    assert!(!err.contains(PASSPHRASE));
    private(&file);
    let out = command(
        &vault,
        &[
            "--passphrase-file",
            file.to_str().unwrap(),
            "customer",
            "list",
        ],
        &[],
    )
    .env_remove("SHOPKEEPER_PASSPHRASE")
    .output()
    .unwrap();
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn a_new_kit_retires_the_old_one_and_never_overwrites_a_file() {
    let (dir, vault) = new_shop();
    let taken = dir.path().join("taken.txt");
    std::fs::write(&taken, "the owner's notes").unwrap();
    let before = std::fs::read(&vault).unwrap();
    let out = shopkeeper(
        &vault,
        &["vault", "new-kit", "--kit", taken.to_str().unwrap()],
    );
    assert!(!out.status.success(), "{out:?}");
    assert!(stderr(&out).contains("already"), "{out:?}");
    assert_eq!(
        std::fs::read_to_string(&taken).unwrap(),
        "the owner's notes"
    );
    assert_eq!(
        std::fs::read(&vault).unwrap(),
        before,
        "nothing was changed"
    );

    let kit = dir.path().join("new-kit.txt");
    let out = shopkeeper(
        &vault,
        &["vault", "new-kit", "--kit", kit.to_str().unwrap()],
    );
    assert!(out.status.success(), "{out:?}");
    assert!(std::fs::read_to_string(&kit)
        .unwrap()
        .contains("EMERGENCY KIT"));
    assert!(shopkeeper(&vault, &["customer", "list"]).status.success());
}
