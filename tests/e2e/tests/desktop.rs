//! End-to-end: the desktop's habits. A second launch hands over to the
//! running app and opens no second window; the window opens again where and
//! as big as it was closed; unlocking reopens the screen the shop was
//! locked on, while a new start opens on Today.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use shopkeeper_e2e::{app_binary, x11, Session};

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// How many windows called "Shopkeeper" the display holds.
fn windows_on(display: &str) -> anyhow::Result<usize> {
    Ok(x11::windows(display)?.len())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_launch_hands_over_to_the_running_app() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let app = Session::start(&vault).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    app.add_customer("Zoë Ødegård", "zoe@example.no").await?;
    assert_eq!(windows_on(app.display())?, 1);

    // The owner double-clicks the icon again, on the same desktop.
    let mut second = Command::new(app_binary()?)
        .env("DISPLAY", app.display())
        .env("DBUS_SESSION_BUS_ADDRESS", app.bus_address())
        .env("XDG_CONFIG_HOME", app.config_home())
        .env("SHOPKEEPER_VAULT", &vault)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = second.try_wait()? {
            break status;
        }
        if Instant::now() > deadline {
            let windows = windows_on(app.display())?;
            let _ = second.kill();
            anyhow::bail!("the second launch kept running ({windows} windows on the display)");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut said = String::new();
    std::io::Read::read_to_string(&mut second.stderr.take().expect("piped"), &mut said)?;
    assert!(
        status.success(),
        "the second launch failed ({status}): {said}"
    );
    assert_eq!(windows_on(app.display())?, 1, "one window, the first");

    // The running app was not disturbed: the owner goes on where she was.
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    app.click("#nav-today").await?;
    app.find("#today-queue").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_window_and_the_screen_come_back_as_they_were_left() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let config = dir.path().join("config");
    let config_env = config.to_string_lossy().into_owned();
    let env = [("XDG_CONFIG_HOME", config_env.as_str())];
    let kept_at = config.join("org.shopkeeper.desktop/.window-state.json");

    let app = Session::start_with_env(&vault, &env).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    app.add_customer("Zoë Ødegård", "zoe@example.no").await?;

    // Locked on Customers (Ctrl+L), unlocked: Customers again, not Today.
    app.press_ctrl("l").await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;

    // The owner makes the window smaller and moves it, then closes it as
    // the close button would.
    let (_, before) = x11::window(app.display())?;
    app.client.set_window_rect(40, 30, 900, 640).await?;
    let deadline = Instant::now() + Duration::from_secs(10);
    let moved = loop {
        let (_, size) = x11::window(app.display())?;
        if size != before || Instant::now() > deadline {
            break size;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_ne!(moved, before, "the window took its new size");
    let display = app.display().to_string();
    x11::request_close(&display)?;
    // Kept as the window closes; a busy machine may take its time.
    let start = Instant::now();
    while !kept_at.exists() {
        let waited = start.elapsed();
        anyhow::ensure!(
            waited < Duration::from_secs(60),
            "the window's place was not kept; windows still on the display: {:?}",
            x11::windows(&display)?
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    drop(app);
    let kept = std::fs::read_to_string(&kept_at)?;
    assert!(!kept.contains("Zoë"), "nothing of the shop: {kept}");

    // Started again: the same size, and a new start opens on Today.
    let app = Session::start_with_env(&vault, &env).await?;
    app.find("#unlock-passphrase").await?;
    let (_, again) = x11::window(app.display())?;
    assert_eq!(again, moved, "the window came back as big as it was left");
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;
    app.find("#today-queue").await?;
    app.close().await?;
    Ok(())
}
