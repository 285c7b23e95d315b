//! The Debian package, installed the way a shop owner installs it: `dpkg -i`
//! (and `apt-get install -f` for missing dependencies), the `shopkeeper`
//! command answers from `/usr/bin`, the installed app opens its first screen
//! under Xvfb and makes a shop, and `dpkg -r` leaves the owner's data
//! directory exactly as it was, byte for byte.
//!
//! `make test` builds a debug package (`make package-debug`) and names it in
//! `SHOPKEEPER_DEB`. Without it, without dpkg, or without root or
//! passwordless sudo, the test says why it is skipped and passes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context};
use shopkeeper_e2e::Session;

const PACKAGE: &str = "shopkeeper";
const PASSPHRASE: &str = "copper kettle under the plum tree";

/// How to run a command as root here: directly, through `sudo -n`, or not at all.
fn root_prefix() -> Option<Vec<&'static str>> {
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        return Some(vec![]);
    }
    let sudo = Command::new("sudo").args(["-n", "true"]).output().ok()?;
    sudo.status.success().then(|| vec!["sudo", "-n"])
}

/// Runs `args` as root and fails with its output if it fails.
fn as_root(prefix: &[&str], args: &[&str]) -> anyhow::Result<String> {
    let all: Vec<&str> = prefix.iter().chain(args).copied().collect();
    let out = Command::new(all[0])
        .args(&all[1..])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output()
        .with_context(|| format!("could not run {all:?}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if !out.status.success() {
        bail!("{all:?} failed ({}):\n{text}", out.status);
    }
    Ok(text)
}

fn installed() -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", PACKAGE])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("ok installed"))
        .unwrap_or(false)
}

/// Why the test cannot run here, if it cannot.
fn skip_reason() -> Option<String> {
    let Some(deb) = std::env::var_os("SHOPKEEPER_DEB") else {
        return Some(
            "SHOPKEEPER_DEB is not set (`make test` builds the package and sets it)".into(),
        );
    };
    if !Path::new(&deb).exists() {
        return Some(format!("{} does not exist", Path::new(&deb).display()));
    }
    if Command::new("dpkg").arg("--version").output().is_err() {
        return Some("dpkg is not available on this machine".into());
    }
    if root_prefix().is_none() {
        return Some("installing needs root or passwordless sudo".into());
    }
    if installed() {
        return Some(format!(
            "the `{PACKAGE}` package is already installed here, and the test would remove it"
        ));
    }
    None
}

/// Removes the package again if the test stops half-way.
struct Uninstall<'a>(&'a [&'static str]);

impl Drop for Uninstall<'_> {
    fn drop(&mut self) {
        if installed() {
            let _ = as_root(self.0, &["dpkg", "--purge", PACKAGE]);
        }
    }
}

/// Every file under `dir` with its bytes (and every folder, empty or not).
fn snapshot(dir: &Path) -> anyhow::Result<BTreeMap<PathBuf, Option<Vec<u8>>>> {
    let mut all = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            let rel = path.strip_prefix(dir)?.to_path_buf();
            if path.is_dir() {
                all.insert(rel, None);
                todo.push(path);
            } else {
                all.insert(rel, Some(std::fs::read(&path)?));
            }
        }
    }
    Ok(all)
}

/// [`snapshot`] once two pictures a second apart agree (at most 20 s).
fn settled(dir: &Path) -> anyhow::Result<BTreeMap<PathBuf, Option<Vec<u8>>>> {
    let mut last = snapshot(dir)?;
    for _ in 0..20 {
        std::thread::sleep(std::time::Duration::from_secs(1));
        let now = snapshot(dir)?;
        if now == last {
            return Ok(now);
        }
        last = now;
    }
    Ok(last)
}

fn field(deb: &Path, name: &str) -> anyhow::Result<String> {
    let out = Command::new("dpkg-deb")
        .arg("-f")
        .arg(deb)
        .arg(name)
        .output()?;
    Ok(String::from_utf8(out.stdout)?.trim().to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_package_installs_opens_and_leaves_the_owners_data_when_removed() -> anyhow::Result<()>
{
    if let Some(why) = skip_reason() {
        println!("SKIPPED: the install test did not run: {why}.");
        return Ok(());
    }
    let started = Instant::now();
    let deb = PathBuf::from(std::env::var_os("SHOPKEEPER_DEB").expect("checked above"));
    let root = root_prefix().expect("checked above");
    let version = field(&deb, "Version")?;
    assert_eq!(field(&deb, "Package")?, PACKAGE);
    let depends = field(&deb, "Depends")?;
    assert!(depends.contains("libwebkit2gtk-4.1-0"), "{depends}");

    let _uninstall = Uninstall(&root);
    let deb_arg = deb.to_str().context("package path is not UTF-8")?;
    if let Err(e) = as_root(&root, &["dpkg", "-i", deb_arg]) {
        println!("dpkg -i left dependencies to install ({e}); running apt-get install -f");
        as_root(&root, &["apt-get", "install", "-f", "-y", "-qq"])?;
    }
    assert!(installed(), "dpkg says {PACKAGE} is installed");

    // The command line sits beside the app and knows its version.
    let out = Command::new("/usr/bin/shopkeeper")
        .arg("--version")
        .output()?;
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "shopkeeper --version: {said}");
    assert!(said.contains(&version), "{said:?} names {version}");
    // And the desktop knows where to find the app and its icon.
    let entry = std::fs::read_to_string("/usr/share/applications/Shopkeeper.desktop")?;
    assert!(entry.contains("Exec=shopkeeper-desktop"), "{entry}");
    assert!(Path::new("/usr/share/icons/hicolor/256x256/apps/shopkeeper-desktop.png").exists());

    // The installed app opens on its first screen and makes the owner's
    // shop in its default place under XDG_DATA_HOME.
    let home = tempfile::tempdir()?;
    let data = home.path().join("data");
    std::fs::create_dir_all(&data)?;
    std::env::remove_var("SHOPKEEPER_VAULT");
    let app = Session::start_with(
        Path::new("/usr/bin/shopkeeper-desktop"),
        &[("XDG_DATA_HOME", &data)],
    )
    .await?;
    app.fill("#create-passphrase", PASSPHRASE).await?;
    app.screenshot("installed-welcome").await?;
    app.fill("#create-confirmation", PASSPHRASE).await?;
    app.find("#create-vault").await?.click().await?;
    app.find("#recovery-key").await?;
    app.find("#kit-done").await?.click().await?;
    app.find("#nav-customers").await?;
    app.close().await?;
    let vault = data.join("shopkeeper/shop.vault");
    assert!(vault.exists(), "the installed app made {}", vault.display());

    // WebKit's storage process may still be tidying its own folders for a
    // moment after the window closed: take the "before" picture once the
    // folder has stopped changing, so the comparison is about dpkg alone.
    let before = settled(&data)?;
    as_root(&root, &["dpkg", "-r", PACKAGE])?;
    assert!(!installed(), "dpkg -r removed {PACKAGE}");
    assert!(!Path::new("/usr/bin/shopkeeper").exists());
    assert!(!Path::new("/usr/bin/shopkeeper-desktop").exists());
    let after = snapshot(&data)?;
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "the same files"
    );
    assert!(before == after, "every byte of the owner's data is kept");
    println!(
        "The install test installed, opened and removed Shopkeeper {version} in {:.1} s.",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
