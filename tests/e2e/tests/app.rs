//! End-to-end tests: the real app, in a real webview, driven like a person would.

use shopkeeper_e2e::Session;

/// One app at a time: each test has its own display, but two WebKit
/// processes building at once on 2 cores only makes both slower.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test(flavor = "multi_thread")]
async fn a_customer_added_in_the_window_is_still_there_after_a_restart() -> anyhow::Result<()> {
    let _turn = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");

    let app = Session::start(&vault).await?;
    app.find("#customer-name").await?;
    app.fill("#customer-name", "Zoë Ødegård").await?;
    app.fill("#customer-email", "zoe@example.no").await?;
    app.fill("#customer-phone", "+47 22 33 44 55").await?;
    app.find("#save-customer").await?.click().await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    app.wait_for_text("#customer-list", "zoe@example.no")
        .await?;
    app.screenshot("customer-added").await?;
    app.close().await?;

    let app = Session::start(&vault).await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    app.screenshot("customer-after-restart").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_empty_name_is_explained_next_to_the_field_and_nothing_is_saved() -> anyhow::Result<()> {
    let _turn = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;

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
