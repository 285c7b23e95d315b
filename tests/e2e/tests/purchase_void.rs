//! End-to-end: a sale of half a kilo of cheese typed with a decimal comma,
//! corrected from the customer's profile (the sale form's lines in a
//! dialog: a quarter kilo, 7.225 rounded half to even to 7.22), then voided
//! (a confirmation that names the purchase, a reason); the purchase stays
//! listed, marked void, the visits no longer count it, and its history
//! shows both changes.

use fantoccini::key::Key;
use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

#[tokio::test(flavor = "multi_thread")]
async fn a_decimal_sale_is_voided_from_the_profile() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;

    // New sale: Zoë, 0,5 of Comté at 28,90 → 14,45.
    app.click("#nav-sale").await?;
    app.wait_for_focus("#sale-customer").await?;
    app.type_keys("Zoë Ødegård").await?;
    app.wait_for_text("#sale-customer-list", "Zoë Ødegård")
        .await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_text("#sale-customer-chosen", "Zoë").await?;
    app.wait_for_focus("#sale-item").await?;
    app.type_keys("Comté, per kg").await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_focus("#sale-lines input[id$='-price']")
        .await?;
    app.type_keys("28,90").await?;
    app.fill("#sale-lines input[id$='-quantity']", "0,5")
        .await?;
    app.wait_for_text("#sale-total", "14").await?;
    let total = app.find("#sale-total").await?.text().await?;
    assert!(
        total.contains("14,45") || total.contains("14.45"),
        "{total}"
    );
    app.click("#sale-save").await?;
    app.wait_for_text("#sale-confirmation", "Zoë").await?;

    // The profile: the line shows 0.5, then Void with a reason.
    app.click("#sale-open-profile").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;
    app.wait_for_text("#purchases", "0.5×").await?;
    app.click("#purchases .purchase-correct").await?;
    app.find("#correct-purchase input[id$='-quantity']").await?;
    app.fill("#correct-purchase input[id$='-quantity']", "0,25")
        .await?;
    app.fill("#correct-reason", "weighed again").await?;
    app.screenshot("purchase-correct").await?;
    app.assert_accessible("correction dialog").await?;
    app.click("#correct-save").await?;
    app.wait_for_text("#purchases", "0.25×").await?;
    let corrected = app.find("#purchases .total").await?.text().await?;
    assert!(
        corrected.contains("7,22") || corrected.contains("7.22"),
        "{corrected}"
    );
    app.click("#purchases .purchase-void").await?;
    app.wait_for_text("#void-question", "Void the purchase of")
        .await?;
    app.click("#void-confirm").await?;
    app.wait_for_text("#purchases", "Say why").await?;
    app.fill("#void-reason", "rang up twice").await?;
    app.screenshot("purchase-void-confirm").await?;
    app.assert_accessible("void confirmation").await?;
    app.click("#void-confirm").await?;
    app.wait_for_text("#purchases .badge", "Void").await?;
    app.wait_for_text("#purchases", "Voided: rang up twice")
        .await?;
    app.wait_for_text("#profile-stats", "0 visits").await?;
    app.click("#purchases .purchase-history").await?;
    app.wait_for_text("#purchases .history", "Voided on")
        .await?;
    app.wait_for_text("#purchases .history", "rang up twice")
        .await?;
    app.wait_for_text("#purchases .history", "Corrected on")
        .await?;
    app.wait_for_text("#purchases .history", "weighed again")
        .await?;
    let history = app.find("#purchases .history").await?.text().await?;
    assert!(
        !history.contains("date:"),
        "the date was not changed: {history}"
    );
    app.screenshot("purchase-voided").await?;
    app.assert_accessible("voided purchase and its history")
        .await?;
    app.close().await?;
    Ok(())
}
