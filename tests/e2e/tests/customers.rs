//! End-to-end: the Customers screen and a customer's profile, in the real
//! app window: add, open, record consent with its history, note preferences
//! (an allergy stands out), find again by search, both themes, accessible.

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// Takes a light and a dark screenshot named `NAME-light`/`NAME-dark` and
/// checks the screen in both.
async fn both_themes(app: &Session, name: &str) -> anyhow::Result<()> {
    for theme in ["light", "dark"] {
        app.select("#theme", theme).await?;
        app.client.execute("window.scrollTo(0, 0);", vec![]).await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        app.screenshot(&format!("{name}-{theme}")).await?;
        app.assert_accessible(&format!("{name} ({theme})")).await?;
    }
    app.select("#theme", "light").await
}

#[tokio::test(flavor = "multi_thread")]
async fn add_open_consent_preferences_search_in_both_themes() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;

    app.add_customer("Zoë Ødegård", "zoe@example.no").await?;
    app.add_customer("李小龙", "li@example.cn").await?;
    app.add_customer("Siobhán O'Brien", "siobhan@example.ie")
        .await?;

    // Open her profile from the list (by name: Siobhán, Zoë, 李小龙).
    app.click("#customer-list li[data-index='1'] .open").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;

    // Grant email for personal recommendations, obtained in person.
    app.click("#consent-email-recommendations").await?;
    // The form focuses its first choice as it opens; let it settle.
    app.find("#consent-state-granted:focus").await?;
    app.press_enter("#consent-save").await?;
    app.wait_for_text("#consent-error", "Say how the customer told you")
        .await?;
    app.select("#consent-method", "in person").await?;
    app.fill("#consent-wording", "v1").await?;
    app.fill("#consent-note", "asked at the counter").await?;
    app.press_enter("#consent-save").await?;
    app.wait_for_text("#consent-email-recommendations", "Yes")
        .await?;
    app.click("#consent-history-toggle").await?;
    app.wait_for_text("#consent-history", "In person").await?;
    app.wait_for_text("#consent-history", "asked at the counter")
        .await?;

    // A size, and an allergy that stands out.
    app.select("#pref-category", "size").await?;
    app.fill("#pref-value", "40").await?;
    app.fill("#pref-applies", "shoes").await?;
    app.press_enter("#pref-add").await?;
    app.wait_for_text("#preferences", "40").await?;
    app.select("#pref-category", "allergy").await?;
    app.fill("#pref-value", "nuts").await?;
    app.press_enter("#pref-add").await?;
    app.wait_for_text(".group.warn li[data-category='allergy']", "nuts")
        .await?;
    both_themes(&app, "customer").await?;

    // Back in the list, her privacy symbol says email is allowed.
    app.click("#back-to-customers").await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    let symbol = app
        .find("#customer-list li[data-index='1'] .privacy")
        .await?
        .attr("aria-label")
        .await?;
    assert_eq!(symbol.as_deref(), Some("May receive messages by email"));
    both_themes(&app, "customers").await?;

    // Searching without the accents finds her, and only her.
    app.fill("#customer-search", "odegard").await?;
    app.wait_for_text("#customer-count", "1 of 3 customers")
        .await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;

    // O'Brien asks to be forgotten: the profile shows what goes, then it goes.
    app.fill("#customer-search", "obrien").await?;
    app.wait_for_text("#customer-list", "O'Brien").await?;
    app.click("#customer-list li[data-index='0'] .open").await?;
    app.wait_for_text("#profile-name", "O'Brien").await?;
    app.click("#rights-erase").await?;
    app.wait_for_text("#erasure-preview", "purchases").await?;
    app.client
        .execute(
            "document.querySelector('#erase-confirm').scrollIntoView({ block: 'end' });",
            vec![],
        )
        .await?;
    app.screenshot("customer-erase").await?;
    app.assert_accessible("erasure preview").await?;
    app.click("#erase-confirm").await?;
    app.wait_for_text(".notice", "Siobhán O'Brien was erased")
        .await?;
    app.wait_for_text("#customer-count", "2 customers").await?;
    app.close().await?;
    Ok(())
}
