//! End-to-end: a draft opens in the app for the channel each customer
//! allowed (mail, a text, a call, WhatsApp and Signal), carrying the
//! message as the owner edited it, handed to the desktop's own opener
//! (`xdg-open`, here a stand-in that writes down what it was given); then
//! the owner says it was sent and it goes into the contact log.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::bail;
use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// Runs the command line on `vault` with `args`.
fn cli(vault: &Path, args: &[&str]) -> anyhow::Result<()> {
    shopkeeper_e2e::cli(vault, PASSPHRASE, args).map(drop)
}

/// Four customers, each allowing one channel for service messages, each
/// promised a call today.
fn shop(vault: &Path) -> anyhow::Result<()> {
    let kit = vault.with_extension("kit.txt");
    cli(vault, &["vault", "init", "--kit", &kit.to_string_lossy()])?;
    let today = today()?;
    for (name, channel, email, phone) in [
        ("Zoë Ødegård", "email", "zoe@example.no", "+44 7700 900101"),
        (
            "Siobhán O'Brien",
            "sms",
            "siobhan@example.ie",
            "+44 7700 900202",
        ),
        ("李小龙", "phone", "li@example.cn", "+44 7700 900303"),
        ("Ana Lima", "messaging", "ana@example.br", "+44 7700 900404"),
    ] {
        cli(
            vault,
            &[
                "customer", "add", "--name", name, "--email", email, "--phone", phone,
            ],
        )?;
        cli(
            vault,
            &[
                "consent",
                "set",
                "--customer",
                name,
                "--channel",
                channel,
                "--purpose",
                "service",
                "--state",
                "granted",
                "--method",
                "in person",
            ],
        )?;
        cli(
            vault,
            &["promise", "add", name, "the blue one", "--due", &today],
        )?;
    }
    Ok(())
}

/// Today as YYYY-MM-DD, from `date` (the app uses the same local day).
fn today() -> anyhow::Result<String> {
    let out = Command::new("date").arg("+%F").output()?;
    Ok(String::from_utf8(out.stdout)?.trim().to_string())
}

/// A stand-in for the desktop's opener that writes each link to `log`.
fn opener(dir: &Path, log: &Path) -> anyhow::Result<()> {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin)?;
    let script = bin.join("xdg-open");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display()),
    )?;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))?;
    Ok(())
}

/// Waits until the opener was given `n` links and answers the last.
async fn opened(log: &Path, n: usize) -> anyhow::Result<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() >= n {
            return Ok(lines[n - 1].to_string());
        }
        if Instant::now() > deadline {
            bail!(
                "the opener was given {} links, not {n}: {text}",
                lines.len()
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The CSS selector of `name`'s card on Today.
async fn card(app: &Session, name: &str) -> anyhow::Result<String> {
    app.wait_for_text("#today-queue", name).await?;
    let key = app
        .client
        .execute(
            "return [...document.querySelectorAll('#today-queue .suggestion')]
               .find((li) => li.textContent.includes(arguments[0])).dataset.key;",
            vec![name.into()],
        )
        .await?;
    Ok(format!(
        "li[data-key=\"{}\"]",
        key.as_str().unwrap_or_default()
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn each_channel_opens_its_app_with_the_draft_as_edited() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let log = dir.path().join("opened.txt");
    shop(&vault)?;
    opener(dir.path(), &log)?;
    let path = format!(
        "{}:{}",
        dir.path().join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let app = Session::start_with_env(&vault, &[("PATH", &path)]).await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;

    let mut n = 0;
    for (name, apps, start) in [
        (
            "Zoë Ødegård",
            &["mail"][..],
            "mailto:zoe@example.no?subject=",
        ),
        ("Siobhán O'Brien", &["sms"][..], "sms:+447700900202?body="),
        ("李小龙", &["call"][..], "tel:+447700900303"),
        ("Ana Lima", &["whatsapp", "signal"][..], ""),
    ] {
        let card = card(&app, name).await?;
        app.click(&format!("{card} .draft")).await?;
        let body = format!("{card} textarea");
        app.fill(&body, "Hi — the blue one is in, see you Saturday?")
            .await?;
        for via in apps {
            app.click(&format!("{card} .open-in[data-app='{via}']"))
                .await?;
            n += 1;
            let link = opened(&log, n).await?;
            let start = match *via {
                "whatsapp" => "https://wa.me/447700900404?text=",
                "signal" => "https://signal.me/#p/+447700900404",
                _ => start,
            };
            assert!(link.starts_with(start), "{via}: {link}");
            if *via != "call" && *via != "signal" {
                assert!(
                    link.contains("see%20you%20Saturday%3F"),
                    "{via} carries the message as edited: {link}"
                );
            }
        }
        let asked = if apps == ["call"] {
            "Spoke to them?"
        } else {
            "Sent it?"
        };
        app.wait_for_text(&format!("{card} .sent"), asked).await?;
    }

    // Zoë's went: marked as sent, it is in the contact log by email.
    let zoe = card(&app, "Zoë Ødegård").await?;
    app.click(&format!("{zoe} .mark-sent")).await?;
    app.click(&format!("{zoe} .save-done")).await?;
    app.wait_for_text("#recent-contacts", "Zoë Ødegård").await?;
    app.screenshot("contact-links").await?;
    app.close().await?;

    // Nothing but the five kinds of link ever reached the opener.
    let all = std::fs::read_to_string(&log)?;
    assert_eq!(all.lines().count(), 5, "{all}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dismissed_follow_up_is_taken_back_with_undo() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    shop(&vault)?;
    let app = Session::start(&vault).await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;

    let ana = card(&app, "Ana Lima").await?;
    app.click(&format!("{ana} .dismiss")).await?;
    app.click(&format!("{ana} form button[type='submit']"))
        .await?;
    app.wait_for_text(".today .notice", "Ana Lima").await?;
    let gone = app
        .client
        .execute(
            "return document.querySelector('#today-queue').textContent.includes('Ana Lima');",
            vec![],
        )
        .await?;
    assert_eq!(gone, serde_json::json!(false), "dismissed, off the list");
    app.screenshot("today-undo").await?;
    app.click("#today-undo").await?;
    app.wait_for_text(".today .notice", "on the list again")
        .await?;
    app.wait_for_text("#today-queue", "Ana Lima").await?;
    app.close().await?;
    Ok(())
}
