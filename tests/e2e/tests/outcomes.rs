//! End-to-end: what came of a follow-up. A new customer's first sale brings
//! a thank-you, explained in plain words; marking it done in person and
//! ringing up her next sale shows on the quality card as a follow-up still
//! within its 60 days, whose customer has come back already.

use fantoccini::key::Key;
use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// Rings up a sale of `item` at `price` for Anna Berg, found (or, the first
/// time, added) by typing `search`.
async fn sale(app: &Session, search: &str, item: &str, price: &str) -> anyhow::Result<()> {
    app.click("#nav-sale").await?;
    app.wait_for_focus("#sale-customer").await?;
    app.type_keys(search).await?;
    app.wait_for_text("#sale-customer-list", "Anna Berg")
        .await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_text("#sale-customer-chosen", "Anna Berg")
        .await?;
    app.wait_for_focus("#sale-item").await?;
    app.type_keys(&format!("{item}{}", Key::Enter)).await?;
    app.wait_for_focus("#sale-lines input[id$='-price']")
        .await?;
    app.type_keys(price).await?;
    app.type_keys(&format!("{}{}", Key::Control, Key::Enter))
        .await?;
    app.wait_for_text("#sale-confirmation", "Anna Berg").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_follow_up_done_and_a_later_sale_show_on_the_outcomes_card() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;

    // Before anything is done there is nothing to tell.
    app.click("#suggestion-quality summary").await?;
    app.wait_for_text("#suggestion-quality", "Nothing to tell yet")
        .await?;

    // Anna's first purchase (she is added at the till).
    sale(&app, "Anna Berg", "Cheese board", "15").await?;

    // Today suggests thanking her, and says why in words, no internal names.
    app.click("#nav-today").await?;
    app.wait_for_text("#today-queue .suggestion .kind", "Say thank you")
        .await?;
    app.click("#today-queue .suggestion details summary")
        .await?;
    app.wait_for_text("#today-queue .suggestion .why", "First purchase today")
        .await?;
    let why = app
        .find("#today-queue .suggestion .why")
        .await?
        .text()
        .await?;
    assert!(
        !why.contains('_') && why.contains("Not contacted in the last"),
        "plain words only: {why}"
    );

    // Thanked in person at the counter.
    app.click("#today-queue .suggestion .done").await?;
    app.click("#today-queue .suggestion .save-done").await?;
    app.wait_for_text(".today .notice", "contact log").await?;

    // She comes back and buys again.
    sale(&app, "berg", "Olive oil", "9").await?;

    // The card counts the thank-you as still within its 60 days, and her
    // as come back already.
    app.click("#nav-today").await?;
    app.click("#suggestion-quality summary").await?;
    app.wait_for_text(
        "#outcomes-list",
        "1 thank-you is still within its 60 days; 1 has come back so far.",
    )
    .await?;
    app.client
        .execute(
            "document.querySelector('#outcomes-list').scrollIntoView({ block: 'end' });",
            vec![],
        )
        .await?;
    app.screenshot("outcomes").await?;
    app.assert_accessible("follow-up outcomes").await?;
    app.close().await?;
    Ok(())
}
