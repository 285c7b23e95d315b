//! The vault from the command line: creating it, its passphrase, the
//! recovery key and the emergency kit.

use crate::common::*;

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
    assert_eq!(out.status.code(), Some(7), "exit code: invalid input");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("typing mistake"),
        "{out:?}"
    );
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
