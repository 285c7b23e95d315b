//! End-to-end: the morning digest. A shop with a customer whose birthday is
//! today: unlocking sends one notification, over the app's session bus to
//! the test's own notification server, with the counts and no name;
//! unlocking again the same day sends none; clicking it shows Today. With
//! the digest switched off in Settings, unlocking sends nothing.

use std::time::Duration;

use shopkeeper_e2e::notifications::Notifications;
use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// How long a notification that should not come is waited for.
const QUIET: Duration = Duration::from_secs(4);

/// A new shop with Zoë, whose birthday is today (the window's own day).
async fn shop_with_a_birthday_today(app: &Session) -> anyhow::Result<()> {
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    app.add_customer("Zoë Ødegård", "zoe@example.no").await?;
    app.click("#customer-list li[data-index='0'] .open").await?;
    let today = app
        .client
        .execute(
            "const d = new Date(); const two = (n) => String(n).padStart(2, '0');
             return `${two(d.getMonth() + 1)}-${two(d.getDate())}`;",
            vec![],
        )
        .await?;
    app.fill("#details-birthday", today.as_str().unwrap_or_default())
        .await?;
    app.click("#details-save").await?;
    app.wait_for_text(".ok", "Saved").await
}

async fn lock_and_unlock(app: &Session) -> anyhow::Result<()> {
    app.click("#lock").await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;
    app.click("#nav-today").await?;
    app.wait_for_text("#today-queue", "Zoë Ødegård").await
}

#[tokio::test(flavor = "multi_thread")]
async fn one_digest_a_day_with_counts_only_and_a_click_shows_today() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    let server = Notifications::start(app.bus_address()).await?;
    shop_with_a_birthday_today(&app).await?;
    // Making the shop is no unlock: nothing yet.
    assert_eq!(server.shown(), vec![], "no digest on creating the shop");

    lock_and_unlock(&app).await?;
    let shown = server.wait_for(1, Duration::from_secs(20)).await?;
    let digest = &shown[0];
    assert_eq!(digest.summary, "Good morning");
    assert_eq!(
        digest.body,
        "1 follow-up on Today, 1 birthday or special day today, backup due"
    );
    for name in ["Zoë", "Ødegård", "zoe@"] {
        assert!(
            !digest.summary.contains(name) && !digest.body.contains(name),
            "the notification names {name}: {digest:?}"
        );
    }
    assert!(
        digest.actions.iter().any(|a| a == "default"),
        "a click is reported: {digest:?}"
    );

    // Unlocked again the same day: no second digest.
    lock_and_unlock(&app).await?;
    tokio::time::sleep(QUIET).await;
    assert_eq!(server.shown().len(), 1, "{:?}", server.shown());

    // Elsewhere in the app, a click on the notification shows Today.
    app.click("#nav-customers").await?;
    app.find("#customer-list").await?;
    server.click(digest.id).await?;
    app.wait_for_text("#today-queue", "Zoë Ødegård").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn switched_off_in_settings_no_digest_comes() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    let server = Notifications::start(app.bus_address()).await?;
    shop_with_a_birthday_today(&app).await?;
    app.click("#nav-settings").await?;
    let switch = app.find("#settings-digest:not([disabled])").await?;
    assert_eq!(switch.prop("checked").await?.as_deref(), Some("true"));
    app.click("#settings-digest").await?;
    app.wait_for_text("#settings-digest-saved", "Saved").await?;
    app.assert_accessible("Settings with the morning digest")
        .await?;

    lock_and_unlock(&app).await?;
    tokio::time::sleep(QUIET).await;
    assert_eq!(server.shown(), vec![], "the digest is off");
    // The switch stays off.
    app.click("#nav-settings").await?;
    let switch = app.find("#settings-digest:not([disabled])").await?;
    assert_eq!(switch.prop("checked").await?.as_deref(), Some("false"));
    app.close().await?;
    Ok(())
}
