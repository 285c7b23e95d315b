//! End-to-end: Settings (auto-lock, passphrase), a backup into a folder, and
//! the import wizard, in the real app window.

use std::time::{Duration, Instant};

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";
const NEW_PASSPHRASE: &str = "violet harbour lantern at midnight";

/// Screenshots `name` in the light and the dark theme, checking each for
/// accessibility problems.
async fn both_themes(app: &Session, name: &str) -> anyhow::Result<()> {
    for theme in ["light", "dark"] {
        app.select("#theme", theme).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.screenshot(&format!("{name}-{theme}")).await?;
        app.assert_accessible(&format!("{name} ({theme})")).await?;
    }
    app.select("#theme", "light").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn settings_backup_and_import_wizard() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let backups = dir.path().join("USB stick");
    std::fs::create_dir(&backups)?;
    let csv = dir.path().join("kunder.csv");
    std::fs::write(
        &csv,
        "Name,E-mail,Telefon\nZoë Ødegård,zoe@example.no,+47 22 33 44 55\n,nobody@example.com,\nO'Brien,ob@example.ie,\n",
    )?;

    let app = Session::start(&vault).await?;
    let first_key = app.create_shop(PASSPHRASE).await?;

    // Settings: a longer auto-lock time and a new passphrase.
    app.click("#nav-settings").await?;
    app.find("#settings-auto-lock").await?;
    app.wait_for_text("#settings-last-backup", "Last backup: never")
        .await?;
    app.fill("#settings-auto-lock", "45").await?;
    app.click("#settings-save").await?;
    app.wait_for_text("#settings-saved", "Saved").await?;
    both_themes(&app, "settings").await?;

    app.fill("#settings-current-passphrase", "not my passphrase")
        .await?;
    app.fill("#settings-new-passphrase", NEW_PASSPHRASE).await?;
    app.fill("#settings-new-confirmation", NEW_PASSPHRASE)
        .await?;
    app.click("#settings-change-passphrase").await?;
    app.wait_for_text("#settings-current-passphrase-error", "not right")
        .await?;
    app.fill("#settings-current-passphrase", PASSPHRASE).await?;
    app.click("#settings-change-passphrase").await?;

    app.wait_for_text("#settings-passphrase-changed", "changed")
        .await?;
    // The data key changed with the passphrase: the old kit no longer
    // works, and the new one is shown once.
    let key = app.find("#recovery-key").await?.text().await?;
    assert_ne!(key, first_key, "a new recovery key");
    app.click("#kit-done").await?;

    // The owner's own wording for thank-you drafts; a placeholder the kind
    // cannot fill is explained beside the message and nothing is saved.
    app.select("#template-kind", "thank-you").await?;
    app.fill("#template-body", "Dear {first_name}, thank you. {weather}")
        .await?;
    app.click("#template-save").await?;
    app.wait_for_text("#template-error", "weather").await?;
    app.fill(
        "#template-body",
        "Dear {first_name}, thank you for coming in. — Marta",
    )
    .await?;
    app.click("#template-save").await?;
    app.wait_for_text("#template-saved", "Saved").await?;
    app.find("#template-reset").await?;

    // Back up now into the chosen folder.
    app.fill("#backup-folder", backups.to_str().unwrap())
        .await?;
    app.click("#backup-now").await?;
    app.wait_for_text("#backup-message", "Backed up to").await?;
    app.wait_for_text("#last-backup", "Last backup: just now")
        .await?;
    let made: Vec<_> = std::fs::read_dir(&backups)?.collect::<Result<_, _>>()?;
    assert_eq!(made.len(), 1, "one backup in the folder");
    assert!(made[0].file_name().to_string_lossy().ends_with(".skbackup"));

    // That backup restores with the new emergency kit's recovery key alone, into
    // a new copy with a new passphrase; the shop's own file is untouched.
    let before = std::fs::read(&vault)?;
    app.fill("#restore-file", made[0].path().to_str().unwrap())
        .await?;
    app.click("#restore-with-key").await?;
    app.fill("#restore-key", &key).await?;
    app.fill(
        "#restore-new-passphrase",
        "a quiet copy restored from the stick",
    )
    .await?;
    app.fill(
        "#restore-new-confirmation",
        "a quiet copy restored from the stick",
    )
    .await?;
    app.click("#restore-run").await?;
    app.wait_for_text("#restored-facts", "My shop").await?;
    app.screenshot("settings-restored").await?;
    assert_eq!(
        std::fs::read(&vault)?,
        before,
        "restoring never touches the shop's file"
    );

    // The import wizard: the file is checked as soon as it is chosen; a
    // column is fixed by hand and checked again; then the import.
    app.click("#nav-import").await?;
    app.fill("#import-file", csv.to_str().unwrap()).await?;
    both_themes(&app, "import-1-file").await?;
    app.click("#import-next").await?;
    app.wait_for_text("#import-preview", "Zoë Ødegård").await?;
    app.click("#import-fix > summary").await?;
    app.select("#map-1", "email").await?;
    both_themes(&app, "import-2-columns").await?;
    app.click("#import-recheck").await?;
    app.wait_for_text("#import-found", "Read with your column choices.")
        .await?;
    // A row with an email and no name is a customer too.
    app.wait_for_text("#import-facts", "3 rows, 3 ready to import")
        .await?;
    both_themes(&app, "import-3-check").await?;
    app.click("#import-run").await?;
    app.wait_for_text("#import-summary", "3 new customers")
        .await?;
    both_themes(&app, "import-4-done").await?;

    // The imported customer is found with Ctrl+K.
    app.press_ctrl("k").await?;
    app.fill("#palette-input", "odegard").await?;
    app.wait_for_text("#palette-results", "Zoë Ødegård").await?;
    app.client
        .execute(
            "document.querySelector('#palette-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));",
            vec![],
        )
        .await?;

    // Lock, then the new passphrase opens the shop; the old one does not.
    app.click("#lock").await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;
    app.wait_for_text("#unlock-error", "not right").await?;
    app.fill("#unlock-passphrase", NEW_PASSPHRASE).await?;
    app.click("#unlock").await?;
    app.click("#nav-settings").await?;
    let minutes = app.find("#settings-auto-lock").await?;
    assert_eq!(minutes.prop("value").await?.as_deref(), Some("45"));

    // A shorter auto-lock time takes effect at once: after a quiet minute
    // the app locks itself.
    app.fill("#settings-auto-lock", "1").await?;
    app.click("#settings-save").await?;
    app.wait_for_text("#settings-saved", "Saved").await?;
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let body = app.find("body").await?.text().await?;
        if body.contains("locked itself") {
            break;
        }
        assert!(Instant::now() < deadline, "the app did not lock itself");
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    app.close().await?;
    Ok(())
}
