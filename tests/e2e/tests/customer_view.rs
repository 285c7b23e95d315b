//! End-to-end: Customer view in the real app window. The owner opens it for
//! one customer; the customer sets consent and a preference; every way out
//! (the palette, Alt+digits, Ctrl+L, browser back, a reload, even calling an
//! owner command straight from the page) leads nowhere; the owner takes the
//! screen back with the PIN and sees what changed; the ledger names the
//! source and the wording version. A second run checks the thank-you screen
//! after the timeout (shortened with SHOPKEEPER_CUSTOMER_VIEW_TIMEOUT_SECS,
//! which only debug builds read).

use std::time::Duration;

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";
const PIN: &str = "2580";

/// Calls an owner command straight from the page, as a script on it could;
/// answers `allowed` or the refusal's code.
async fn call_from_page(app: &Session, command: &str) -> anyhow::Result<String> {
    let answer = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke(arguments[0], { query: '', limit: 50 }).then(
               () => done('allowed'), (e) => done(e && e.code ? e.code : String(e)));",
            vec![command.into()],
        )
        .await?;
    Ok(answer.as_str().unwrap_or_default().to_string())
}

/// Nothing of the owner's screens, and no other customer, is on screen.
async fn still_kiosk(app: &Session, what: &str) -> anyhow::Result<()> {
    tokio::time::sleep(Duration::from_millis(400)).await;
    let body = app.body_text().await?;
    for other in ["李小龙", "Siobhán O'Brien"] {
        assert!(!body.contains(other), "{what}: {other} is visible:\n{body}");
    }
    for owner in [
        "nav",
        "#palette",
        ".palette",
        "#nav-customers",
        "#customer-search",
    ] {
        let found = app
            .client
            .execute(
                "return document.querySelectorAll(arguments[0]).length;",
                vec![owner.into()],
            )
            .await?;
        assert_eq!(
            found,
            serde_json::json!(0),
            "{what}: `{owner}` is on screen"
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_customer_sets_their_choices_and_cannot_get_out() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;

    // The owner's PIN, set in Settings with the passphrase.
    app.click("#nav-settings").await?;
    app.fill("#settings-pin", "12").await?;
    app.fill("#settings-pin-passphrase", PASSPHRASE).await?;
    app.click("#settings-pin-save").await?;
    app.wait_for_text("#settings-pin-error", "4 to 12 digits")
        .await?;
    app.fill("#settings-pin", PIN).await?;
    app.fill("#settings-pin-passphrase", PASSPHRASE).await?;
    app.click("#settings-pin-save").await?;
    app.wait_for_text("#settings-pin-saved", "PIN saved")
        .await?;
    app.wait_for_text("#settings-pin-state", "A PIN is set")
        .await?;
    app.screenshot("customer-view-settings-pin").await?;
    app.assert_accessible("the owner PIN in Settings").await?;

    app.click("#nav-customers").await?;
    app.add_customer("Zoë Ødegård", "zoe@example.no").await?;
    app.add_customer("李小龙", "li@example.cn").await?;
    app.add_customer("Siobhán O'Brien", "siobhan@example.ie")
        .await?;
    app.click("#customer-list li[data-index='1'] .open").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;

    // Turn the screen to her.
    app.click("#open-customer-view").await?;
    app.wait_for_text("#cv-name", "Zoë Ødegård").await?;
    // The shop's own wordings, version 1 of each, in her language (English).
    app.wait_for_text("#cv-wording-version", "1·1·1·1").await?;
    app.wait_for_text(
        "#cv-consent-title ~ fieldset legend",
        "May we contact you about your own orders and repairs?",
    )
    .await?;
    still_kiosk(&app, "Customer view").await?;

    // As the customer: yes to recommendations by email, no to promotions by
    // text, and a dislike.
    app.click("#cv-consent-email-recommendations-granted")
        .await?;
    app.wait_for_text("#cv-history", "Yes").await?;
    app.click("#cv-consent-sms-promotions-refused").await?;
    app.select("#cv-pref-kind", "dislike").await?;
    app.fill("#cv-pref-value", "goat cheese").await?;
    app.click("#cv-pref-add").await?;
    app.wait_for_text("#cv-prefs", "goat cheese").await?;
    app.fill("#cv-phone", "+47 22 33 44 55").await?;
    app.click("#cv-details-save").await?;
    app.wait_for_text("#cv-saved", "Saved").await?;
    let pressed = app
        .find("#cv-consent-email-recommendations-granted")
        .await?
        .attr("aria-pressed")
        .await?;
    assert_eq!(pressed.as_deref(), Some("true"));

    for theme in ["light", "dark"] {
        app.paint(theme).await?;
        app.client.execute("window.scrollTo(0, 0);", vec![]).await?;
        app.screenshot(&format!("customer-view-{theme}")).await?;
        app.assert_accessible(&format!("Customer view ({theme})"))
            .await?;
    }
    app.paint("light").await?;
    app.client
        .execute("window.scrollTo(0, document.body.scrollHeight);", vec![])
        .await?;
    app.screenshot("customer-view-end").await?;

    // Every way out leads back here.
    app.press_ctrl("k").await?;
    still_kiosk(&app, "Ctrl+K").await?;
    app.press_chord("2", &["alt"]).await?;
    still_kiosk(&app, "Alt+2").await?;
    app.press_ctrl("l").await?;
    still_kiosk(&app, "Ctrl+L").await?;
    app.press_chord("ArrowLeft", &["alt"]).await?;
    app.press_chord("Backspace", &[]).await?;
    app.client.execute("history.back();", vec![]).await?;
    still_kiosk(&app, "back").await?;
    app.wait_for_text("#cv-name", "Zoë Ødegård").await?;
    app.client.execute("location.reload();", vec![]).await?;
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.wait_for_text("#cv-name", "Zoë Ødegård").await?;
    still_kiosk(&app, "reload").await?;
    // The backend itself refuses the owner's commands, not just the screen.
    for command in ["search_customers", "list_customers", "lock", "get_settings"] {
        assert_eq!(
            call_from_page(&app, command).await?,
            "customer-view",
            "{command} was not refused"
        );
    }

    // The owner takes the screen back: a wrong PIN first.
    app.click("#cv-done").await?;
    app.fill("#cv-secret", "0000").await?;
    app.click("#cv-unlock").await?;
    app.wait_for_text("#cv-secret-error", "not the owner's PIN")
        .await?;
    // Guessing: after the third wrong try, each next one has to wait.
    for guess in ["1111", "2222"] {
        app.fill("#cv-secret", guess).await?;
        app.click("#cv-unlock").await?;
        // Each check takes a moment (Argon2id); the button is back when done.
        tokio::time::sleep(Duration::from_millis(200)).await;
        app.find("#cv-unlock:not([disabled])").await?;
    }
    app.fill("#cv-secret", PIN).await?;
    app.click("#cv-unlock").await?;
    app.wait_for_text("#cv-secret-error", "Too many wrong tries")
        .await?;
    tokio::time::sleep(Duration::from_secs(6)).await;
    app.fill("#cv-secret", PIN).await?;
    app.click("#cv-unlock").await?;
    app.wait_for_text("#cv-summary", "4 changes made by the customer")
        .await?;
    app.wait_for_text("#cv-summary", "goat cheese").await?;
    app.wait_for_text("#cv-summary", "Updated their phone")
        .await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;
    app.find("#nav-customers").await?;
    app.screenshot("customer-view-return").await?;

    // The ledger says who set it and with which words.
    app.click("#consent-history-toggle").await?;
    app.wait_for_text("#consent-history", "Set by the customer in the shop")
        .await?;
    app.wait_for_text("#consent-history", "1 (en)").await?;
    app.wait_for_text("#consent-email-recommendations", "Yes")
        .await?;

    // A signed paper form, copied into the ledger.
    app.click("#paper-open").await?;
    app.select("#paper-post-occasions", "granted").await?;
    app.fill("#paper-note", "form in the blue folder").await?;
    app.screenshot("customer-view-paper-form").await?;
    app.click("#paper-save").await?;
    app.wait_for_text("#cv-panel-message", "1 answer added")
        .await?;
    app.wait_for_text("#consent-history", "Signed form").await?;
    app.wait_for_text("#consent-history", "form-1").await?;
    app.assert_accessible("the profile after Customer view")
        .await?;
    app.close().await
}

#[tokio::test(flavor = "multi_thread")]
async fn left_alone_it_says_thank_you_and_shows_nothing() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start_with_env(
        &dir.path().join("shop.vault"),
        &[("SHOPKEEPER_CUSTOMER_VIEW_TIMEOUT_SECS", "6")],
    )
    .await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    app.add_customer("Zoë Ødegård", "zoe@example.no").await?;
    app.click("#customer-list li[data-index='0'] .open").await?;
    // She speaks German: Customer view does too.
    app.fill("#details-language", "de").await?;
    app.click("#details-save").await?;
    app.wait_for_text(".ok", "Saved").await?;
    app.click("#open-customer-view").await?;
    app.wait_for_text("#cv-name", "Guten Tag, Zoë Ødegård")
        .await?;
    app.wait_for_text("#cv-consent-title", "Dürfen wir Sie kontaktieren?")
        .await?;

    // Nobody touches it.
    app.wait_for_text("#cv-thanks", "Vielen Dank").await?;
    let body = app.body_text().await?;
    assert!(!body.contains("Zoë"), "the thank-you screen shows:\n{body}");
    assert!(!body.contains("zoe@example.no"));
    // A reload rests there too, and the customer's commands are refused now.
    app.client.execute("location.reload();", vec![]).await?;
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.wait_for_text("#cv-thanks", "Vielen Dank").await?;
    assert_eq!(
        call_from_page(&app, "customer_view_load").await?,
        "customer-view-ended"
    );
    app.screenshot("customer-view-thanks").await?;
    app.assert_accessible("the thank-you screen").await?;

    // Touching it asks only for the owner; no PIN is set: the passphrase.
    app.click("#cv-staff").await?;
    app.fill("#cv-secret", PASSPHRASE).await?;
    app.click("#cv-unlock").await?;
    app.wait_for_text("#cv-summary", "No changes made by the customer")
        .await?;
    app.close().await
}
