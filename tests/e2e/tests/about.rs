//! End-to-end: the About window, from Settings and from the Ctrl+K palette,
//! in the real app window (light and dark, axe-core).

use std::time::Duration;

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// The app's version, from the repository's root `Cargo.toml`.
fn app_version() -> anyhow::Result<String> {
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.toml"))?;
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .map(str::to_string)
        .ok_or_else(|| anyhow::anyhow!("no version in Cargo.toml"))
}

async fn dialog_open(app: &Session) -> anyhow::Result<bool> {
    let open = app
        .client
        .execute("return document.querySelector('#about').open;", vec![])
        .await?;
    Ok(open == serde_json::json!(true))
}

#[tokio::test(flavor = "multi_thread")]
async fn about_shows_the_version_the_data_file_and_the_formats() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("Zoë's shop").join("shop.vault");
    let app = Session::start(&vault).await?;
    app.create_shop(PASSPHRASE).await?;

    // From Settings.
    app.click("#nav-settings").await?;
    let version = app_version()?;
    app.wait_for_text("#set-about + p", &version).await?;
    app.click("#open-about").await?;
    app.wait_for_text("#about-version", &format!("Version {version}"))
        .await?;
    app.wait_for_text("#about-vault", &vault.display().to_string())
        .await?;
    app.wait_for_text("#about", "shop.vault.before-v").await?;
    app.wait_for_text("#about-network", "Shopkeeper uses no network.")
        .await?;
    app.wait_for_text("#about-network", "Sync: off.").await?;
    app.wait_for_text("#about-licence", "MIT or Apache-2.0")
        .await?;
    app.wait_for_text("#about-formats", "Data in the vault")
        .await?;
    app.wait_for_text("#about-formats", "Backups").await?;
    app.wait_for_focus("#about-close").await?;
    for theme in ["light", "dark"] {
        app.select("#theme", theme).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.screenshot(&format!("about-{theme}")).await?;
        app.assert_accessible(&format!("About ({theme})")).await?;
    }
    app.select("#theme", "light").await?;

    // Escape closes it, back where the owner was.
    app.type_keys("\u{E00C}").await?;
    for _ in 0..50 {
        if !dialog_open(&app).await? {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!dialog_open(&app).await?, "Escape closes the About window");
    app.find("#open-about").await?;

    // From the palette: Ctrl+K, a few letters, Enter.
    app.press_ctrl("k").await?;
    app.fill("#palette-input", "about").await?;
    app.wait_for_text("#palette-results", "About Shopkeeper")
        .await?;
    app.press_enter("#palette-input").await?;
    app.wait_for_text("#about-version", &version).await?;
    app.click("#about-close").await?;
    assert!(!dialog_open(&app).await?, "Close closes it");
    app.close().await?;
    Ok(())
}
