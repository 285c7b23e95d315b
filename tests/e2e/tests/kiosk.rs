//! End-to-end: Customer view holds the window, not just the screens. While
//! it is on, the window fills the screen; the window's own code can neither
//! minimise, close or shrink it nor open a file dialog (every plugin
//! command is refused); a request to close the window is refused and rests
//! on the thank-you screen; many wrong PINs at once each count, and the
//! wait after them applies; and an app killed during Customer view starts
//! again locked in it, until the owner gives the passphrase.

use std::path::Path;
use std::time::Duration;

use shopkeeper_e2e::{x11, Session};

const PASSPHRASE: &str = "copper kettle under the plum tree";
const PIN: &str = "2580";

/// The code of `command`'s refusal from the page (or `allowed`).
async fn invoke(app: &Session, command: &str, args: serde_json::Value) -> anyhow::Result<String> {
    let answer = app.invoke(command, args).await?;
    Ok(answer.split(':').next().unwrap_or_default().to_string())
}

/// A shop with Zoë, her profile open.
async fn shop_with_zoe(app: &Session) -> anyhow::Result<()> {
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    app.fill("#customer-name", "Zoë Ødegård").await?;
    app.fill("#customer-email", "zoe@example.no").await?;
    app.click("#save-customer").await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    app.click("#customer-list li[data-index='0'] .open").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await
}

/// The app's top-level window as X sees it: its width and height.
fn window_size(app: &Session) -> anyhow::Result<(u32, u32)> {
    Ok(x11::window(app.display())?.1)
}

/// The page's idea of the window and the screen.
async fn page_size(app: &Session) -> anyhow::Result<serde_json::Value> {
    Ok(app
        .client
        .execute(
            "return [window.innerWidth, window.innerHeight, screen.width, screen.height];",
            vec![],
        )
        .await?)
}

fn marker(vault: &Path) -> std::path::PathBuf {
    vault.with_file_name("shop.vault.customer-view")
}

#[tokio::test(flavor = "multi_thread")]
async fn customer_view_holds_the_window_and_refuses_every_escape() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let app = Session::start(&vault).await?;
    shop_with_zoe(&app).await?;
    assert_eq!(
        window_size(&app)?,
        (1200, 800),
        "the owner's window as configured"
    );
    assert!(!marker(&vault).exists());

    app.click("#open-customer-view").await?;
    app.wait_for_text("#cv-name", "Zoë Ødegård").await?;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        marker(&vault).exists(),
        "Customer view is marked beside the vault"
    );
    let marked = std::fs::read_to_string(marker(&vault))?;
    assert!(
        !marked.contains("Zoë") && !marked.contains("zoe@"),
        "{marked}"
    );
    // The window fills the screen.
    let screen = page_size(&app).await?;
    assert_eq!(screen[0], screen[2], "fills the screen's width: {screen}");
    assert_eq!(screen[1], screen[3], "fills the screen's height: {screen}");
    assert_eq!(window_size(&app)?, (1280, 800));
    app.screenshot("kiosk-fullscreen").await?;

    // The window's own code tries every way out: all refused, by the same
    // permissions that leave it only Shopkeeper's guarded commands.
    for (command, args) in [
        (
            "plugin:window|minimize",
            serde_json::json!({ "label": "main" }),
        ),
        (
            "plugin:window|close",
            serde_json::json!({ "label": "main" }),
        ),
        (
            "plugin:window|destroy",
            serde_json::json!({ "label": "main" }),
        ),
        (
            "plugin:window|set_fullscreen",
            serde_json::json!({ "label": "main", "value": false }),
        ),
        (
            "plugin:window|set_always_on_top",
            serde_json::json!({ "label": "main", "value": false }),
        ),
        ("plugin:window|hide", serde_json::json!({ "label": "main" })),
        (
            "plugin:webview|create_webview_window",
            serde_json::json!({ "options": { "label": "x", "url": "index.html" } }),
        ),
        ("plugin:dialog|open", serde_json::json!({ "options": {} })),
        ("plugin:dialog|save", serde_json::json!({ "options": {} })),
        (
            "plugin:opener|open_path",
            serde_json::json!({ "path": "/tmp" }),
        ),
        ("plugin:app|app_hide", serde_json::json!({})),
        (
            "choose_save_path",
            serde_json::json!({ "request": { "title": "x", "defaultPath": null, "filters": [], "folder": false } }),
        ),
        (
            "choose_open_path",
            serde_json::json!({ "request": { "title": "x", "defaultPath": null, "filters": [], "folder": true } }),
        ),
    ] {
        let answer = invoke(&app, command, args).await?;
        assert_ne!(answer, "allowed", "{command} was allowed");
        assert!(
            answer == "customer-view" || answer.contains("not allowed"),
            "{command}: {answer}"
        );
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(window_size(&app)?, (1280, 800), "still fills the screen");
    app.wait_for_text("#cv-name", "Zoë Ødegård").await?;

    // A request to close the window (as the window manager's close button
    // or Alt+F4 sends it) is refused: the view rests on the thank-you screen.
    x11::request_close(app.display())?;
    app.wait_for_text("#cv-thanks", "Thank you").await?;
    assert_eq!(window_size(&app)?, (1280, 800), "the window is still there");
    let body = app.body_text().await?;
    assert!(!body.contains("Zoë"), "the thank-you screen shows:\n{body}");
    assert_eq!(
        invoke(&app, "customer_view_load", serde_json::json!({})).await?,
        "customer-view-ended"
    );

    // The owner takes it back; the window is theirs again.
    app.click("#cv-staff").await?;
    app.fill("#cv-secret", PASSPHRASE).await?;
    app.click("#cv-unlock").await?;
    app.wait_for_text("#cv-summary", "No changes made by the customer")
        .await?;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        !marker(&vault).exists(),
        "the marker goes with Customer view"
    );
    assert_eq!(
        window_size(&app)?,
        (1200, 800),
        "the window is back to its size"
    );
    app.close().await
}

#[tokio::test(flavor = "multi_thread")]
async fn many_wrong_pins_at_once_each_count_and_the_wait_applies() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-settings").await?;
    app.fill("#settings-pin", PIN).await?;
    app.fill("#settings-pin-passphrase", PASSPHRASE).await?;
    app.click("#settings-pin-save").await?;
    app.wait_for_text("#settings-pin-state", "A PIN is set")
        .await?;
    app.click("#nav-customers").await?;
    app.fill("#customer-name", "Zoë Ødegård").await?;
    app.click("#save-customer").await?;
    app.click("#customer-list li[data-index='0'] .open").await?;
    app.click("#open-customer-view").await?;
    app.wait_for_text("#cv-name", "Zoë Ødegård").await?;

    // Twelve wrong PINs fired together from the page.
    let answers = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const tries = Array.from({ length: 12 }, (_, i) =>
               window.__TAURI_INTERNALS__.invoke('leave_customer_view', { secret: String(1000 + i) })
                 .then(() => 'allowed', (e) => e.code));
             Promise.all(tries).then(done);",
            vec![],
        )
        .await?;
    let answers: Vec<String> = serde_json::from_value(answers)?;
    let wrong = answers.iter().filter(|a| *a == "wrong-secret").count();
    let waits = answers.iter().filter(|a| *a == "wait").count();
    assert_eq!((wrong, waits), (3, 9), "{answers:?}");
    // Even the right PIN waits now.
    assert_eq!(
        invoke(
            &app,
            "leave_customer_view",
            serde_json::json!({ "secret": PIN })
        )
        .await?,
        "wait"
    );
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(
        invoke(
            &app,
            "leave_customer_view",
            serde_json::json!({ "secret": PIN })
        )
        .await?,
        "allowed"
    );
    app.close().await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_app_killed_during_customer_view_starts_again_locked_in_it() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let first = Session::start(&vault).await?;
    shop_with_zoe(&first).await?;
    first.click("#open-customer-view").await?;
    first.wait_for_text("#cv-name", "Zoë Ødegård").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(first.kill_app()? >= 1, "the app process was found");
    drop(first);

    let app = Session::start(&vault).await?;
    app.wait_for_text("#cv-thanks", "Thank you").await?;
    let body = app.body_text().await?;
    assert!(!body.contains("Zoë"), "after the restart:\n{body}");
    // Nothing the owner's welcome or unlock screens offer is reachable.
    for command in [
        "vault_status",
        "unlock",
        "open_demo",
        "create_vault",
        "restore_backup",
        "lock",
    ] {
        assert_eq!(
            invoke(
                &app,
                command,
                serde_json::json!({ "passphrase": PASSPHRASE })
            )
            .await?,
            "customer-view",
            "{command} was not refused"
        );
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(window_size(&app)?, (1280, 800), "it fills the screen again");
    app.screenshot("kiosk-after-restart").await?;

    // Only the passphrase gives it back, and it unlocks the shop too.
    app.click("#cv-staff").await?;
    app.fill("#cv-secret", "2580").await?;
    app.click("#cv-unlock").await?;
    app.wait_for_text("#cv-secret-error", "not the owner's PIN or passphrase")
        .await?;
    app.fill("#cv-secret", PASSPHRASE).await?;
    app.click("#cv-unlock").await?;
    app.find("#nav-customers").await?;
    assert!(!marker(&vault).exists());
    app.click("#nav-customers").await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    app.close().await
}
