//! End-to-end: a purchase leads to a suggestion on Today; marking it done
//! writes the contact log, and it stays done after locking and unlocking.

use fantoccini::key::Key;
use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

#[tokio::test(flavor = "multi_thread")]
async fn a_first_purchase_is_suggested_for_a_thank_you_and_done_is_remembered() -> anyhow::Result<()>
{
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.fill("#create-passphrase", PASSPHRASE).await?;
    app.fill("#create-confirmation", PASSPHRASE).await?;
    app.find("#create-vault").await?.click().await?;
    app.find("#kit-done").await?.click().await?;

    // The day starts on Today, quiet in a new shop.
    app.wait_for_text("#today-queue", "Nobody needs a follow-up today")
        .await?;

    // A first purchase by a new customer.
    app.find("#nav-sale").await?.click().await?;
    app.wait_for_focus("#sale-customer").await?;
    app.type_keys("Zoë Ødegård").await?;
    app.wait_for_text("#sale-customer-list", "Add “Zoë Ødegård” as a new customer")
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

    // Today suggests thanking her; she allowed no messages, so in person.
    app.find("#nav-today").await?.click().await?;
    app.wait_for_text("#today-queue", "Zoë Ødegård").await?;
    app.wait_for_text("#today-queue", "Thank-yous").await?;
    app.wait_for_text("#today-queue .suggestion", "mention it in person")
        .await?;
    for theme in ["light", "dark"] {
        app.select("#theme", theme).await?;
        app.screenshot(&format!("today-{theme}")).await?;
        app.assert_accessible(&format!("today ({theme})")).await?;
    }
    app.select("#theme", "light").await?;

    // Done, in person: the contact log shows it and the suggestion goes.
    app.click("#today-queue .suggestion .done").await?;
    app.fill(
        "#today-queue .suggestion input[id$='-note']",
        "thanked her at the till",
    )
    .await?;
    app.click("#today-queue .suggestion .save-done").await?;
    app.wait_for_text(".today .notice", "contact log").await?;
    app.wait_for_text("#recent-contacts", "thanked her at the till")
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
