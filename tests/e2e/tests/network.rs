//! No network when sync is off: the real app runs under
//! `strace -f -e trace=connect` (every process it starts, WebKit's
//! included) through the owner's main journeys, and not one socket to an
//! address outside this computer is opened.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use shopkeeper_e2e::{app_binary, Session};

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// A script that starts the app under strace, writing the trace to `log`.
fn traced_app(dir: &Path, log: &Path) -> anyhow::Result<std::path::PathBuf> {
    let script = dir.join("shopkeeper-traced");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nexec strace -f -qq -e trace=connect -o '{}' '{}' \"$@\"\n",
            log.display(),
            app_binary()?.display()
        ),
    )?;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))?;
    Ok(script)
}

/// Every connect() in the trace to an internet address other than this
/// computer itself.
fn outside_connects(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("connect(") && l.contains("AF_INET"))
        .filter(|l| !l.contains("\"127.0.0.1\"") && !l.contains("\"::1\""))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_opens_no_network_socket_with_sync_off() -> anyhow::Result<()> {
    if Command::new("strace").arg("-V").output().is_err() {
        anyhow::bail!("strace is not installed: `make test` installs it (APT_PACKAGES)");
    }
    let dir = tempfile::tempdir()?;
    let log = dir.path().join("connect.trace");
    let vault = dir.path().join("shop.vault");
    let app = Session::start_with(
        &traced_app(dir.path(), &log)?,
        &[("SHOPKEEPER_VAULT", &vault)],
    )
    .await?;

    // The demo shop, there and back.
    app.click("#try-demo").await?;
    app.find("#today-queue .suggestion").await?;
    app.click("#leave-demo").await?;
    // A real shop: create, a customer, their profile, Today, Settings, lock, unlock (on Settings again).
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    app.fill("#customer-name", "Zoë Ødegård").await?;
    app.fill("#customer-email", "zoe@example.no").await?;
    app.click("#save-customer").await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    app.click("#customer-list li[data-index='0'] .open").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;
    app.click("#nav-today").await?;
    app.find("#today-queue").await?;
    app.click("#nav-settings").await?;
    app.wait_for_text(".retention", "Keeping data").await?;
    app.press_ctrl("l").await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;
    // The screen it was locked on opens again.
    app.wait_for_text(".retention", "Keeping data").await?;
    app.close().await?;

    let trace = std::fs::read_to_string(&log)?;
    assert!(
        trace.lines().count() > 0 && trace.contains("connect("),
        "the trace recorded the app's connections (X server, D-Bus): {} lines",
        trace.lines().count()
    );
    let outside = outside_connects(&trace);
    assert!(outside.is_empty(), "network connections: {outside:#?}");
    Ok(())
}
