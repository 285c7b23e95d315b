//! Helpers shared by the CLI's tests: run the real `shopkeeper` binary
//! against a real vault, as a user would.

use std::path::Path;
use std::process::{Command, Output};

pub const PASSPHRASE: &str = "copper kettle under the plum tree";

/// Runs `shopkeeper --vault VAULT ARGS` with the test passphrase in the environment.
pub fn shopkeeper(vault: &Path, args: &[&str]) -> Output {
    shopkeeper_with(vault, args, &[("SHOPKEEPER_PASSPHRASE", PASSPHRASE)])
}

pub fn shopkeeper_with(vault: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    command(vault, args, env)
        .output()
        .expect("the shopkeeper binary runs")
}

/// The `shopkeeper --vault VAULT ARGS` command with only `env` set of
/// Shopkeeper's variables, to run or to spawn (and kill).
pub fn command(vault: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_shopkeeper"));
    cmd.arg("--vault").arg(vault).args(args);
    for var in [
        "SHOPKEEPER_VAULT",
        "SHOPKEEPER_PASSPHRASE",
        "SHOPKEEPER_NEW_PASSPHRASE",
        "SHOPKEEPER_RECOVERY_KEY",
        "SHOPKEEPER_STAFF_PIN",
    ] {
        cmd.env_remove(var);
    }
    // English, whatever the test computer's language (a test that wants
    // another sets LC_ALL or --lang itself).
    cmd.env("LC_ALL", "C.UTF-8").env_remove("LANGUAGE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

/// A new vault in a temporary folder, created through `shopkeeper vault init`.
pub fn new_shop() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let kit = dir.path().join("kit.txt");
    let out = shopkeeper_with(
        &vault,
        &["vault", "init", "--kit", kit.to_str().unwrap()],
        &[("SHOPKEEPER_NEW_PASSPHRASE", PASSPHRASE)],
    );
    assert!(out.status.success(), "{out:?}");
    (dir, vault)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// What the command printed on standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs the command, asserts it succeeded and returns what it printed.
pub fn ok(vault: &Path, args: &[&str]) -> String {
    let out = shopkeeper(vault, args);
    assert!(out.status.success(), "{args:?}: {out:?}");
    stdout(&out)
}

/// Runs the command, asserts it failed and returns its error output.
pub fn fails(vault: &Path, args: &[&str]) -> String {
    let out = shopkeeper(vault, args);
    assert!(!out.status.success(), "{args:?} should fail: {out:?}");
    stderr(&out)
}
