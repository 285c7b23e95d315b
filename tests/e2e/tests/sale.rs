//! End-to-end: the welcome screen's shop details, the Catalog, a New sale
//! made with the keyboard alone, and the demo shop.

use fantoccini::key::Key;
use fantoccini::Locator;
use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// Takes a light and a dark screenshot (`NAME-light`, `NAME-dark`) through
/// the sidebar's theme choice, checking accessibility in both.
async fn both_themes(app: &Session, name: &str) -> anyhow::Result<()> {
    for theme in ["light", "dark"] {
        app.select("#theme", theme).await?;
        app.screenshot(&format!("{name}-{theme}")).await?;
        app.assert_accessible(&format!("{name} ({theme})")).await?;
    }
    app.select("#theme", "light").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sale_is_made_with_the_keyboard_alone_from_a_product_just_added() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;

    // Welcome: the shop's name and currency with the passphrase.
    app.fill("#create-shop-name", "Fahrradladen Ødegård")
        .await?;
    app.select("#create-currency", "EUR").await?;
    app.fill("#create-passphrase", PASSPHRASE).await?;
    app.fill("#create-confirmation", PASSPHRASE).await?;
    app.wait_for_text("#create-strength", "trong").await?;
    for theme in ["light", "dark"] {
        app.paint(theme).await?;
        app.screenshot(&format!("welcome-{theme}")).await?;
        app.assert_accessible(&format!("welcome ({theme})")).await?;
    }
    app.paint("light").await?;
    app.find("#create-vault").await?.click().await?;
    let kit = app.find(".kit pre").await?.prop("textContent").await?;
    assert!(kit.unwrap_or_default().contains("Fahrradladen Ødegård"));
    app.find("#kit-done").await?.click().await?;

    // Catalog: a bad price is explained beside it and nothing typed is lost.
    app.find("#nav-catalog").await?.click().await?;
    app.fill("#product-sku", "YIR-250").await?;
    app.fill("#product-name", "Kaffee Yirgacheffe").await?;
    app.fill("#product-price", "12,5x").await?;
    app.fill("#product-use-up", "30").await?;
    app.find("#product-save").await?.click().await?;
    app.wait_for_text("#product-price-error", "12,5x").await?;
    let name = app.find("#product-name").await?.prop("value").await?;
    assert_eq!(name.as_deref(), Some("Kaffee Yirgacheffe"));
    app.fill("#product-price", "12,50").await?;
    app.find("#product-save").await?.click().await?;
    app.wait_for_text("#product-list", "Kaffee Yirgacheffe")
        .await?;
    app.wait_for_text("#product-list", "used up in 30 days")
        .await?;
    let price = app
        .find("#product-list tr[data-sku='YIR-250'] .price")
        .await?
        .text()
        .await?;
    assert!(
        price.contains("12.50") || price.contains("12,50"),
        "{price}"
    );
    both_themes(&app, "catalog").await?;

    // New sale, keyboard only: Alt+3, the customer added inline, the item
    // from the catalog, quantity 2, Ctrl+Enter.
    app.type_keys(&format!("{}3", Key::Alt)).await?;
    app.wait_for_focus("#sale-customer").await?;
    app.type_keys("李小龙").await?;
    app.wait_for_text("#sale-customer-list", "Add “李小龙” as a new customer")
        .await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_text("#sale-customer-chosen", "李小龙").await?;
    app.wait_for_focus("#sale-item").await?;
    app.type_keys("yir").await?;
    app.wait_for_text("#sale-item-list", "Kaffee Yirgacheffe")
        .await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_focus("#sale-lines input[id$='-quantity']")
        .await?;
    app.type_keys("2").await?;
    app.wait_for_text("#sale-total", "25").await?;
    both_themes(&app, "sale").await?;
    app.find("#sale-lines input[id$='-quantity']")
        .await?
        .click()
        .await?;
    app.type_keys(&format!("{}{}", Key::Control, Key::Enter))
        .await?;
    app.wait_for_text("#sale-confirmation", "李小龙").await?;
    let confirmation = app.find("#sale-confirmation").await?.text().await?;
    assert!(
        // "25,00 €" or "€25.00", as the system's locale writes euros.
        confirmation.contains('€')
            && (confirmation.contains("25,00") || confirmation.contains("25.00")),
        "{confirmation}"
    );
    // The form is ready for the next sale.
    app.wait_for_focus("#sale-customer").await?;
    assert!(app
        .client
        .find_all(Locator::Css("#sale-lines input[id$='-quantity']"))
        .await?
        .is_empty());
    app.screenshot("sale-saved").await?;
    app.assert_accessible("sale confirmation").await?;

    // The purchase is in the customer book: searching for what was bought
    // finds the buyer.
    app.type_keys(&format!("{}k", Key::Control)).await?;
    app.fill("#palette-input", "Yirgacheffe").await?;
    app.wait_for_text("#palette-results", "李小龙").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sale_without_items_is_refused_beside_the_lines_and_nothing_is_lost() -> anyhow::Result<()>
{
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;

    app.find("#nav-sale").await?.click().await?;
    app.wait_for_focus("#sale-customer").await?;
    app.type_keys("O'Brien").await?;
    app.wait_for_text("#sale-customer-list", "O'Brien").await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_text("#sale-customer-chosen", "O'Brien")
        .await?;
    app.fill("#sale-note", "asked about the trip to Porto")
        .await?;
    app.find("#sale-save").await?.click().await?;
    app.wait_for_text("#sale-lines-error", "Add at least one item")
        .await?;

    // A free-text line with a price that is not an amount.
    app.find("#sale-item").await?.click().await?;
    app.type_keys(&format!("Gift wrapping{}", Key::Enter))
        .await?;
    app.wait_for_focus("#sale-lines input[id$='-price']")
        .await?;
    app.type_keys("2,5,0").await?;
    app.find("#sale-save").await?.click().await?;
    app.wait_for_text("#sale-lines", "not an amount").await?;
    let note = app.find("#sale-note").await?.prop("value").await?;
    assert_eq!(note.as_deref(), Some("asked about the trip to Porto"));
    app.wait_for_text("#sale-customer-chosen", "O'Brien")
        .await?;
    app.screenshot("sale-errors").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_shop_opens_beside_the_real_one_and_leaving_deletes_it() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let demo = dir.path().join("shop.demo.vault");
    let app = Session::start(&vault).await?;

    app.find("#try-demo").await?.click().await?;
    app.wait_for_text("#demo-banner", "Demo shop — made-up customers")
        .await?;
    // The demo opens on Today, with people worth a note.
    app.find("#today-queue .suggestion").await?;
    assert!(demo.exists(), "the demo lives in its own file");
    assert!(!vault.exists(), "the real vault is never made by the demo");
    // Every screen says it is the demo.
    app.find("#nav-catalog").await?.click().await?;
    app.wait_for_text("#product-list", "Comté").await?;
    app.wait_for_text("#demo-banner", "nothing here is saved for real")
        .await?;
    app.find("#nav-customers").await?.click().await?;
    app.find("#customer-list li").await?;
    both_themes(&app, "demo").await?;

    app.find("#leave-demo").await?.click().await?;
    app.find("#create-vault").await?;
    assert!(!demo.exists(), "leaving the demo deletes it");
    assert_eq!(std::fs::read_dir(dir.path())?.count(), 0);
    app.close().await?;
    Ok(())
}
