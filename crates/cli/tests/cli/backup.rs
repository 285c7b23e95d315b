//! Backups from the command line: create, verify, list, restore, and
//! restores killed or fed a damaged file.

use crate::common::*;

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
    // The spinners draw only on a terminal: nothing of them in a pipe.
    assert_eq!(stderr(&made), "", "{made:?}");
    assert_eq!(stderr(&verified), "", "{verified:?}");

    // A wrong passphrase is a clear error.
    let wrong = shopkeeper_with(
        &vault,
        &["backup", "verify", &file],
        &[("SHOPKEEPER_PASSPHRASE", "not the right one at all")],
    );
    assert_eq!(wrong.status.code(), Some(4), "exit code: wrong passphrase");
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

/// On a terminal (a pseudo-terminal from util-linux's `script`, where
/// installed), `backup verify` shows its spinner on standard error.
#[test]
fn verify_shows_a_spinner_on_a_terminal() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("script (util-linux) is not installed: skipped");
        return;
    }
    let (dir, vault) = new_shop();
    let file = dir.path().join("b.skbackup");
    ok(&vault, &["backup", "create", file.to_str().unwrap()]);
    let line = format!(
        "{} --vault {} backup verify {}",
        env!("CARGO_BIN_EXE_shopkeeper"),
        vault.display(),
        file.display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env("SHOPKEEPER_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let seen = String::from_utf8_lossy(&out.stdout);
    assert!(seen.contains("Checking the backup"), "{seen}");
    assert!(seen.contains("checked out"), "{seen}");
}
