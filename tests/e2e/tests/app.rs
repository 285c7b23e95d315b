//! End-to-end tests: the real app, in a real webview, driven like a person would.

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// Creates a vault through the welcome screen and returns the recovery key shown.
async fn create_shop(app: &Session) -> anyhow::Result<String> {
    app.fill("#create-passphrase", PASSPHRASE).await?;
    app.fill("#create-confirmation", PASSPHRASE).await?;
    app.find("#create-vault").await?.click().await?;
    let key = app.find("#recovery-key").await?.text().await?;
    Ok(key)
}

async fn unlock(app: &Session, passphrase: &str) -> anyhow::Result<()> {
    app.fill("#unlock-passphrase", passphrase).await?;
    app.find("#unlock").await?.click().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn create_a_shop_add_a_customer_and_find_it_again_after_a_restart() -> anyhow::Result<()> {
    let started = std::time::SystemTime::now();
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");

    let app = Session::start(&vault).await?;
    // The strength meter answers as the owner types.
    app.fill("#create-passphrase", PASSPHRASE).await?;
    app.wait_for_text("#create-strength", "trong").await?;
    app.screenshot("welcome").await?;
    app.assert_accessible("welcome").await?;
    let key = create_shop(&app).await?;
    assert_eq!(
        key.split('-').count(),
        9,
        "recovery key in nine groups: {key}"
    );
    app.screenshot("emergency-kit").await?;
    app.assert_accessible("emergency-kit").await?;
    app.find("#kit-done").await?.click().await?;
    // The day starts on Today; the customer book is one click away.
    app.find("#nav-customers").await?.click().await?;

    app.fill("#customer-name", "Zoë Ødegård").await?;
    app.fill("#customer-email", "zoe.k7q@example.no").await?;
    app.fill("#customer-phone", "+47 22 33 44 55").await?;
    app.find("#save-customer").await?.click().await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    app.wait_for_text("#customer-list", "zoe.k7q@example.no")
        .await?;
    app.screenshot("customers").await?;
    app.assert_accessible("customers").await?;
    app.close().await?;

    // The name is not in the file on disk in plain text.
    let bytes = std::fs::read(&vault)?;
    let needle = "Ødegård".as_bytes();
    assert!(
        !bytes.windows(needle.len()).any(|w| w == needle),
        "plaintext name in the vault file"
    );

    let app = Session::start(&vault).await?;
    unlock(&app, "not the passphrase").await?;
    app.wait_for_text("#unlock-error", "The passphrase is not right")
        .await?;
    app.screenshot("unlock-wrong-passphrase").await?;
    unlock(&app, PASSPHRASE).await?;
    app.find("#nav-customers").await?.click().await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;

    // Locking goes back to the unlock screen.
    app.find("#lock").await?.click().await?;
    app.find("#unlock-passphrase").await?;
    app.close().await?;

    // Nothing the owner typed reached the webview's storage or a temp file.
    let leaks = shopkeeper_e2e::canary::files_containing("k7q@example.no", started);
    assert!(leaks.is_empty(), "customer data found in {leaks:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_empty_name_is_explained_next_to_the_field_and_nothing_is_saved() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    create_shop(&app).await?;
    app.find("#kit-done").await?.click().await?;
    app.find("#nav-customers").await?.click().await?;

    app.fill("#customer-email", "someone@example.com").await?;
    app.find("#save-customer").await?.click().await?;
    app.wait_for_text("#customer-name-error", "A customer needs a name.")
        .await?;
    // What the owner typed is kept.
    let email = app.find("#customer-email").await?.prop("value").await?;
    assert_eq!(email.as_deref(), Some("someone@example.com"));
    assert!(
        app.client
            .find_all(fantoccini::Locator::Css("#customer-list li"))
            .await?
            .is_empty(),
        "no customer may be listed"
    );
    app.screenshot("customer-name-missing").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_recovery_key_unlocks_and_sets_a_new_passphrase() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let app = Session::start(&vault).await?;
    let key = create_shop(&app).await?;
    app.find("#kit-done").await?.click().await?;
    app.close().await?;

    let app = Session::start(&vault).await?;
    app.find("button.link").await?.click().await?;
    // A typo in the key is caught and explained.
    let mut typo = key.clone();
    typo.replace_range(0..1, if key.starts_with('A') { "B" } else { "A" });
    app.fill("#recovery-key-input", &typo).await?;
    app.fill("#reset-passphrase", "a brand new passphrase for the shop")
        .await?;
    app.fill("#reset-confirmation", "a brand new passphrase for the shop")
        .await?;
    app.find("#recover").await?.click().await?;
    app.wait_for_text("#recovery-key-input-error", "typing mistake")
        .await?;

    app.fill("#recovery-key-input", &key.to_lowercase()).await?;
    app.find("#recover").await?.click().await?;
    app.find("#nav-today").await?;
    app.close().await?;

    let app = Session::start(&vault).await?;
    unlock(&app, "a brand new passphrase for the shop").await?;
    app.find("#nav-today").await?;
    app.close().await?;
    Ok(())
}
