//! `shopkeeper completions` and `shopkeeper man`: generated from clap, they
//! need neither a vault nor a passphrase.

use std::path::Path;
use std::process::Output;

use crate::common::*;

/// Runs `args` with no vault on disk and no passphrase anywhere.
fn without_a_vault(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let out = shopkeeper_with(&dir.path().join("none.vault"), args, &[]);
    assert!(out.status.success(), "{args:?}: {out:?}");
    assert!(!dir.path().join("none.vault").exists());
    out
}

/// The first `n` lines of `text`, each ending in a newline.
fn head(text: &str, n: usize) -> String {
    text.lines().take(n).map(|l| format!("{l}\n")).collect()
}

#[test]
fn completions_for_each_shell_without_a_vault() {
    for shell in ["bash", "zsh", "fish"] {
        let out = stdout(&without_a_vault(&["completions", shell]));
        assert!(out.contains("shopkeeper"), "{shell}: {out}");
        assert!(out.contains("customer"), "{shell}: no subcommand in {out}");
    }
    let bash = stdout(&without_a_vault(&["completions", "bash"]));
    insta::assert_snapshot!("completions-bash-head", head(&bash, 12));
}

#[test]
fn the_bash_completion_is_valid_bash() {
    let Ok(probe) = std::process::Command::new("bash").arg("--version").output() else {
        eprintln!("bash is not installed: skipped");
        return;
    };
    assert!(probe.status.success());
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("shopkeeper.bash");
    std::fs::write(&script, without_a_vault(&["completions", "bash"]).stdout).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .unwrap();
    assert!(check.status.success(), "{check:?}");
}

#[test]
fn the_man_page_without_a_vault() {
    let page = stdout(&without_a_vault(&["man"]));
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(env!("CARGO_PKG_VERSION"), "[version]");
    settings.bind(|| insta::assert_snapshot!("man-head", head(&page, 8)));
    assert!(
        page.contains("Exit codes"),
        "the exit codes are in the page"
    );
}

#[test]
fn man_writes_a_page_per_command_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man1");
    without_a_vault(&["man", "--dir", pages.to_str().unwrap()]);
    for page in [
        "shopkeeper.1",
        "shopkeeper-customer.1",
        "shopkeeper-backup.1",
    ] {
        let text = std::fs::read_to_string(Path::new(&pages).join(page)).unwrap();
        assert!(
            text.starts_with(".ie") || text.contains(".TH"),
            "{page}: {text}"
        );
    }
}
