//! End-to-end: the Sync panel in Settings, in the real app window: "sync is
//! off" said plainly, turning it on with a folder, the pairing code shown
//! only on request, a change file in the folder, syncing now, turning it off;
//! and a second vault, joined with the command line, receiving a customer
//! added in the app.

use std::path::{Path, PathBuf};
use std::time::Duration;

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// Creates a shop in the app and opens Settings.
async fn new_shop_in_settings(vault: &Path) -> anyhow::Result<Session> {
    let app = Session::start(vault).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-settings").await?;
    Ok(app)
}

/// Turns sync on in the Settings panel with `folder` typed in.
async fn turn_sync_on(app: &Session, folder: &Path) -> anyhow::Result<()> {
    app.wait_for_text("#sync-state", "Sync is off — Shopkeeper uses no network")
        .await?;
    app.fill("#sync-folder", folder.to_str().unwrap()).await?;
    app.fill("#sync-name", "Till").await?;
    app.click("#sync-start").await?;
    app.wait_for_text("#sync-message", "Sync is on").await?;
    app.wait_for_text("#sync-device", "Till").await
}

/// Reveals the pairing code (the passphrase is asked again) and returns it.
async fn reveal_code(app: &Session) -> anyhow::Result<String> {
    app.click("#sync-show-code").await?;
    app.fill("#sync-code-passphrase", PASSPHRASE).await?;
    app.click("#sync-code-reveal").await?;
    Ok(app.find("#sync-pairing-code").await?.text().await?)
}

/// The change files in `folder` (and below it).
fn change_files(folder: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut dirs = vec![folder.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "shopsync") {
                found.push(path);
            }
        }
    }
    Ok(found)
}

/// Scrolls the Sync panel into view, then screenshots it in the light and
/// the dark theme, checking each for accessibility problems.
async fn both_themes(app: &Session, name: &str) -> anyhow::Result<()> {
    for theme in ["light", "dark"] {
        app.select("#theme", theme).await?;
        app.client
            .execute(
                "document.querySelector('#set-sync').scrollIntoView({ block: 'start' });",
                vec![],
            )
            .await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.screenshot(&format!("{name}-{theme}")).await?;
        app.assert_accessible(&format!("{name} ({theme})")).await?;
    }
    app.select("#theme", "light").await
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_off_on_code_now_off_in_the_settings_panel() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("Sync folder · Zoë");
    std::fs::create_dir(&folder)?;
    let app = new_shop_in_settings(&dir.path().join("shop.vault")).await?;

    // Off, plainly; a folder that does not exist is refused beside the field.
    app.wait_for_text("#sync-state", "Sync is off — Shopkeeper uses no network")
        .await?;
    app.assert_accessible("sync off").await?;
    app.fill("#sync-code", "not a code").await?;
    app.click("#sync-join").await?;
    app.wait_for_text("#sync-folder-error", "Choose the shared folder")
        .await?;

    turn_sync_on(&app, &folder).await?;
    assert!(
        !change_files(&folder)?.is_empty(),
        "turning sync on writes the shop's first change file into the folder"
    );
    // The pairing code stays hidden until asked for.
    assert!(app
        .client
        .find(fantoccini::Locator::Css("#sync-pairing-code"))
        .await
        .is_err());
    // Someone at the unlocked window without the passphrase sees no code.
    app.click("#sync-show-code").await?;
    app.fill("#sync-code-passphrase", "not the passphrase")
        .await?;
    app.click("#sync-code-reveal").await?;
    app.wait_for_text("#sync-code-passphrase-error", "passphrase")
        .await?;
    assert!(app
        .client
        .find(fantoccini::Locator::Css("#sync-pairing-code"))
        .await
        .is_err());
    app.click("#sync-show-code").await?;
    let code = reveal_code(&app).await?;
    assert!(code.trim().len() >= 16, "a pairing code is shown: {code:?}");
    let text = app.body_text().await?;
    assert!(
        text.contains("Never send it by email"),
        "the code comes with its note"
    );

    // The About window tells the truth about it.
    app.click("#open-about").await?;
    app.wait_for_text("#about-network", "Sync: on, through a shared folder")
        .await?;
    app.click("#about-close").await?;

    app.click("#sync-now").await?;
    app.wait_for_text("#sync-report", "Nothing new from the other computers")
        .await?;
    app.wait_for_text("#sync-last", "just now").await?;
    app.wait_for_text("#sync-peers", "No other computer heard from yet")
        .await?;
    app.wait_for_text("#sync-conflicts", "No conflicts so far")
        .await?;
    both_themes(&app, "sync").await?;

    app.click("#sync-off").await?;
    app.wait_for_text("#sync-message", "Sync is off").await?;
    app.wait_for_text("#sync-state", "Sync is off — Shopkeeper uses no network")
        .await?;
    assert!(
        !change_files(&folder)?.is_empty(),
        "turning sync off leaves the files for the other computers"
    );
    app.close().await
}

/// Runs the command line on `vault`, failing with its words when it fails.
fn cli(vault: &Path, args: &[&str]) -> anyhow::Result<String> {
    shopkeeper_e2e::cli(vault, PASSPHRASE, args)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_computer_joined_with_the_cli_receives_a_customer_added_in_the_app(
) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder)?;
    let app = new_shop_in_settings(&dir.path().join("till.vault")).await?;
    turn_sync_on(&app, &folder).await?;
    let code = reveal_code(&app).await?;

    // The back-office laptop: its own vault, joined with the code.
    let laptop = dir.path().join("laptop").join("shop.vault");
    std::fs::create_dir(laptop.parent().unwrap())?;
    let kit = dir.path().join("laptop-kit.txt");
    cli(&laptop, &["vault", "init", "--kit", kit.to_str().unwrap()])?;
    let folder_arg = folder.to_str().unwrap();
    cli(
        &laptop,
        &[
            "sync",
            "enable",
            "--folder",
            folder_arg,
            "--join",
            code.trim(),
            "--name",
            "Laptop",
        ],
    )?;

    // A customer added in the app travels after "Sync now".
    app.click("#nav-customers").await?;
    app.fill("#customer-name", "Zoë Ødegård").await?;
    app.fill("#customer-email", "zoe@example.no").await?;
    app.click("#save-customer").await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    app.click("#nav-settings").await?;
    app.click("#sync-now").await?;
    app.wait_for_text("#sync-report", "written for the other computers")
        .await?;

    let report = cli(&laptop, &["sync", "now"])?;
    let customers = cli(&laptop, &["customer", "list"])?;
    assert!(
        customers.contains("Zoë Ødegård"),
        "the laptop has the customer added in the app after syncing ({report}): {customers}"
    );

    // And the app hears from the laptop on its next sync.
    app.click("#sync-now").await?;
    app.wait_for_text("#sync-peers", "Laptop").await?;
    app.close().await
}
