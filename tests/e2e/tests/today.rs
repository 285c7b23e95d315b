//! End-to-end: a customer with consent and a preference buys something; Today
//! suggests a thank-you by the channel she allowed, with a draft; marking it
//! done writes the contact log, and it stays done after locking and unlocking.

use fantoccini::key::Key;
use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

#[tokio::test(flavor = "multi_thread")]
async fn consent_a_purchase_a_suggestion_done_then_lock_and_unlock() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;

    // The day starts on Today, quiet in a new shop.
    app.wait_for_text("#today-queue", "Nobody needs a follow-up today")
        .await?;

    // A new customer who allows email about her orders, and a preference.
    app.click("#nav-customers").await?;
    app.fill("#customer-name", "Zoë Ødegård").await?;
    app.fill("#customer-email", "zoe@example.no").await?;
    app.click("#save-customer").await?;
    app.click("#customer-list li[data-index='0'] .open").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;
    app.click("#consent-email-service").await?;
    app.find("#consent-state-granted:focus").await?;
    app.select("#consent-method", "in person").await?;
    app.press_enter("#consent-save").await?;
    app.wait_for_text("#consent-email-service", "Yes").await?;
    app.select("#pref-category", "dislike").await?;
    app.fill("#pref-value", "lilies").await?;
    app.press_enter("#pref-add").await?;
    app.wait_for_text("#preferences", "lilies").await?;

    // Her first purchase.
    app.click("#nav-sale").await?;
    app.wait_for_focus("#sale-customer").await?;
    app.type_keys("odegard").await?;
    app.wait_for_text("#sale-customer-list", "Zoë Ødegård")
        .await?;
    app.type_keys(&Key::Enter.to_string()).await?;
    app.wait_for_focus("#sale-item").await?;
    app.type_keys(&format!("Blumenstrauß{}", Key::Enter))
        .await?;
    app.wait_for_focus("#sale-lines input[id$='-price']")
        .await?;
    app.type_keys("35").await?;
    app.type_keys(&format!("{}{}", Key::Control, Key::Enter))
        .await?;
    app.wait_for_text("#sale-confirmation", "Zoë Ødegård")
        .await?;

    // Today suggests thanking her, by email as she allowed, with a draft.
    app.click("#nav-today").await?;
    app.wait_for_text("#today-queue", "Zoë Ødegård").await?;
    // The kind is the card's reason (one kind: no filter to show).
    app.wait_for_text("#today-queue .suggestion .kind", "Say thank you")
        .await?;
    app.wait_for_text("#today-queue .suggestion .channel", "email")
        .await?;
    app.click("#today-queue .suggestion .draft").await?;
    let body = app
        .find("#today-queue .suggestion textarea")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    assert!(body.contains("Zoë"), "the draft greets her: {body}");
    for theme in ["light", "dark"] {
        app.select("#theme", theme).await?;
        app.screenshot(&format!("today-{theme}")).await?;
        app.assert_accessible(&format!("today ({theme})")).await?;
    }
    app.select("#theme", "light").await?;

    // Done, by email: the contact log shows it and the suggestion goes.
    app.click("#today-queue .suggestion .done").await?;
    app.fill(
        "#today-queue .suggestion input[id$='-note']",
        "sent the thank-you note",
    )
    .await?;
    app.click("#today-queue .suggestion .save-done").await?;
    app.wait_for_text(".today .notice", "contact log").await?;
    app.wait_for_text("#recent-contacts", "sent the thank-you note")
        .await?;
    app.wait_for_text("#today-queue", "Nobody needs a follow-up today")
        .await?;

    // Lock and unlock: still done, still in the log.
    app.click("#lock").await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.find("#unlock").await?.click().await?;
    app.wait_for_text("#recent-contacts", "Zoë Ødegård").await?;
    app.wait_for_text("#today-queue", "Nobody needs a follow-up today")
        .await?;
    app.close().await?;
    Ok(())
}
