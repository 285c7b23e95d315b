//! End-to-end: the app in German walks the main journey (a new shop, unlock,
//! Today, a customer's profile with consent history, a sale, the print
//! preview, Settings) with no English phrase of the catalogue on screen, accessible on
//! every screen; and the same screens in French. Screenshots go to
//! target/e2e/ (de-*.png, fr-*.png; copies in docs/screenshots/).

use fantoccini::key::Key;
use shopkeeper_e2e::language::Foreign;
use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "Kupferkessel unter dem Pflaumenbaum";

/// The app on `vault`, in `lang`: chosen as Settings → Language does (the
/// test computer may have no German or French locale installed, so the
/// computer's own language cannot be used). The webview keeps the choice in
/// its local storage under `XDG_DATA_HOME`: the test's own folder, so that no
/// other test (they run side by side) sees it.
async fn start(vault: &std::path::Path, lang: &str) -> anyhow::Result<Session> {
    let data = vault.with_file_name("data");
    std::fs::create_dir_all(&data)?;
    let data = data.to_string_lossy().into_owned();
    let app = Session::start_with_env(vault, &[("XDG_DATA_HOME", data.as_str())]).await?;
    app.find("main").await?;
    app.client
        .execute(
            "localStorage.setItem('shopkeeper.language', arguments[0]); location.reload();",
            vec![lang.into()],
        )
        .await?;
    app.client
        .wait()
        .for_element(fantoccini::Locator::Css(&format!("html[lang='{lang}']")))
        .await?;
    Ok(app)
}

/// Checks the screen as it is: no English, accessible; then a screenshot.
async fn check(app: &Session, foreign: &Foreign, lang: &str, screen: &str) -> anyhow::Result<()> {
    app.assert_no_english(foreign, screen).await?;
    app.assert_accessible(screen).await?;
    app.screenshot(&format!("{lang}-{screen}")).await?;
    Ok(())
}

/// The journey, in `lang`.
async fn journey(lang: &str) -> anyhow::Result<()> {
    let foreign = Foreign::for_language(lang);
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");

    let app = start(&vault, lang).await?;
    app.find("#create-passphrase").await?;
    check(&app, &foreign, lang, "welcome").await?;
    app.fill("#create-shop-name", "Käserei Ødegård").await?;
    app.select("#create-currency", "EUR").await?;
    app.create_shop(PASSPHRASE).await?;
    app.close().await?;

    let app = start(&vault, lang).await?;
    app.find("#unlock-passphrase").await?;
    check(&app, &foreign, lang, "unlock").await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;
    app.find("#nav-customers").await?;
    check(&app, &foreign, lang, "today").await?;

    // A product, a customer with consent and its history.
    app.click("#nav-catalog").await?;
    app.fill("#product-sku", "BK-1").await?;
    app.fill("#product-name", "Bergkäse").await?;
    app.fill("#product-price", "12,50").await?;
    app.click("#product-save").await?;
    app.wait_for_text("#product-list", "Bergkäse").await?;
    check(&app, &foreign, lang, "catalog").await?;
    app.click("#nav-customers").await?;
    app.add_customer("Zoë Ødegård", "zoe@example.no").await?;
    check(&app, &foreign, lang, "customers").await?;
    app.click("#customer-list li[data-index='0'] .open").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;
    app.click("#consent-email-recommendations").await?;
    app.find("#consent-state-granted:focus").await?;
    app.select("#consent-method", "in person").await?;
    app.fill("#consent-wording", "v1").await?;
    app.press_enter("#consent-save").await?;
    app.click("#consent-history-toggle").await?;
    app.find("#consent-history tbody tr").await?;
    check(&app, &foreign, lang, "profile").await?;

    // A sale, by keyboard.
    app.click("#nav-sale").await?;
    app.wait_for_focus("#sale-customer").await?;
    app.type_keys("Zoë").await?;
    app.wait_for_text("#sale-customer-list", "Zoë Ødegård")
        .await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_focus("#sale-item").await?;
    app.type_keys("BK-1").await?;
    app.wait_for_text("#sale-item-list", "Bergkäse").await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_focus("#sale-lines input[id$='-quantity']")
        .await?;
    app.type_keys("2").await?;
    app.wait_for_text("#sale-total", "25").await?;
    check(&app, &foreign, lang, "sale").await?;
    app.type_keys(&format!("{}{}", Key::Control, Key::Enter))
        .await?;
    app.wait_for_text("#sale-confirmation", "Zoë Ødegård")
        .await?;
    let confirmation = app.find("#sale-confirmation").await?.text().await?;
    assert!(
        confirmation.contains("25,00"),
        "a decimal comma in {lang}: {confirmation}"
    );
    check(&app, &foreign, lang, "sale-saved").await?;

    // Her profile with the sale, as it prints.
    app.click("#sale-open-profile").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;
    app.find("#profile-print").await?;
    check(&app, &foreign, lang, "print-preview").await?;

    app.click("#nav-settings").await?;
    app.find("#settings-language").await?;
    check(&app, &foreign, lang, "settings").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn in_german_the_main_journey_shows_no_english() -> anyhow::Result<()> {
    journey("de").await
}

#[tokio::test(flavor = "multi_thread")]
async fn in_french_the_main_journey_shows_no_english() -> anyhow::Result<()> {
    journey("fr").await
}

#[tokio::test(flavor = "multi_thread")]
async fn in_german_todays_reasons_and_why_are_german() -> anyhow::Result<()> {
    let foreign = Foreign::for_language("de");
    let dir = tempfile::tempdir()?;
    let app = start(&dir.path().join("shop.vault"), "de").await?;
    app.click("#try-demo").await?;
    app.find("#today-queue .suggestion").await?;
    check(&app, &foreign, "de", "today-demo").await?;
    app.close().await?;
    Ok(())
}
