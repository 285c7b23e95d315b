//! The `shopkeeper` command line built beside the app, for tests that make
//! a shop (or act on one) the way an owner at a terminal would.

use std::path::Path;
use std::process::Command;

use anyhow::bail;

use crate::app_binary;

/// Runs the command line on `vault` with `args`, the passphrase (new or
/// current) given by the environment; answers what it printed, or fails
/// with its words.
pub fn cli(vault: &Path, passphrase: &str, args: &[&str]) -> anyhow::Result<String> {
    let bin = app_binary()?.with_file_name("shopkeeper");
    if !bin.exists() {
        bail!(
            "the command line {} is needed: cargo build -p shopkeeper-cli",
            bin.display()
        );
    }
    let out = Command::new(&bin)
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env("SHOPKEEPER_NEW_PASSPHRASE", passphrase)
        .env("SHOPKEEPER_PASSPHRASE", passphrase)
        .output()?;
    if !out.status.success() {
        bail!(
            "shopkeeper {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
