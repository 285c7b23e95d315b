//! One run of the real app under WebDriver.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use fantoccini::{Client, ClientBuilder, Locator};

use crate::desktop::Desktop;
use crate::display::Display;
use crate::driver::Driver;

/// How long to wait for something to appear in the window.
const WAIT: Duration = Duration::from_secs(20);

/// The repository's root folder.
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where tests put screenshots: `target/e2e/` in the repository.
pub fn artifacts_dir() -> PathBuf {
    let dir = repo_root().join("target/e2e");
    std::fs::create_dir_all(&dir).expect("target/e2e can be created");
    dir
}

/// The app binary under test: `$SHOPKEEPER_APP`, else the debug build in the
/// cargo target folder.
pub fn app_binary() -> anyhow::Result<PathBuf> {
    let path = match std::env::var_os("SHOPKEEPER_APP") {
        Some(p) => PathBuf::from(p),
        None => std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| repo_root().join("target"))
            .join("debug/shopkeeper-desktop"),
    };
    if !path.exists() {
        bail!(
            "the app binary {} does not exist: build it with `make app` (cargo build --features custom-protocol)",
            path.display()
        );
    }
    Ok(path)
}

/// The real app, running in its window, driven over WebDriver.
pub struct Session {
    /// The WebDriver client; use it to find and operate elements.
    pub client: Client,
    // Field order matters: the client closes the app before the driver stops,
    // and the display and the desktop's bus go last.
    _driver: Driver,
    display: Display,
    desktop: Desktop,
}

impl Session {
    /// Starts the app with its data file at `vault`.
    pub async fn start(vault: &Path) -> anyhow::Result<Session> {
        Self::start_with_env(vault, &[]).await
    }

    /// Starts the app with its data file at `vault` and extra environment
    /// variables (for example a shorter timeout a test needs).
    pub async fn start_with_env(vault: &Path, env: &[(&str, &str)]) -> anyhow::Result<Session> {
        let mut all: Vec<(&str, &Path)> = vec![("SHOPKEEPER_VAULT", vault)];
        all.extend(env.iter().map(|(k, v)| (*k, Path::new(*v))));
        Self::start_with(&app_binary()?, &all).await
    }

    /// Starts the app binary `app` (an installed one, say) with `env` added
    /// to its environment (for example `XDG_DATA_HOME`). The app gets its own
    /// session bus and configuration folder unless `env` names its own.
    pub async fn start_with(app: &Path, env: &[(&str, &Path)]) -> anyhow::Result<Session> {
        let display = Display::start()?;
        let desktop = Desktop::start()?;
        let own = desktop.env();
        let mut all: Vec<(&str, &Path)> = own.iter().map(|(k, v)| (*k, v.as_path())).collect();
        all.extend_from_slice(env);
        let driver = Driver::start(&display.name, &all)?;
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app }),
        );
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .context("could not open a WebDriver session with the app")?;
        Ok(Session {
            client,
            _driver: driver,
            display,
            desktop,
        })
    }

    /// Calls `command` with `args` straight from the page, as a script on
    /// it could; answers `allowed`, or the refusal's code and words
    /// (`code: words`), or what was thrown when it has no code.
    pub async fn invoke(&self, command: &str, args: serde_json::Value) -> anyhow::Result<String> {
        let answer = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(
                   () => done('allowed'), (e) => done(e && e.code ? `${e.code}: ${e.message}` : String(e)));",
                vec![command.into(), args],
            )
            .await?;
        Ok(answer.as_str().unwrap_or_default().to_string())
    }

    /// Waits for the element matching the CSS selector and returns it.
    pub async fn find(&self, css: &str) -> anyhow::Result<fantoccini::elements::Element> {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .with_context(|| format!("no element `{css}` appeared within {WAIT:?}"))
    }

    /// Waits until the element matching `css` contains `text`.
    pub async fn wait_for_text(&self, css: &str, text: &str) -> anyhow::Result<()> {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                if el.text().await.unwrap_or_default().contains(text) {
                    return Ok(());
                }
            }
            if std::time::Instant::now() > deadline {
                let body = self.client.find(Locator::Css("body")).await?.text().await?;
                bail!("`{css}` never showed {text:?}; the window shows:\n{body}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Types `text` into the field matching `css`, replacing what was there.
    pub async fn fill(&self, css: &str, text: &str) -> anyhow::Result<()> {
        let field = self.find(css).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// Adds a customer through the Customers screen's form (which must be
    /// open) and waits until the list shows them.
    pub async fn add_customer(&self, name: &str, email: &str) -> anyhow::Result<()> {
        self.fill("#customer-name", name).await?;
        self.fill("#customer-email", email).await?;
        self.click("#save-customer").await?;
        self.wait_for_text("#customer-list", name).await
    }

    /// Types `keys` into whatever has the keyboard focus, as someone at the
    /// keyboard would. Mix text with `fantoccini::key::Key`s (`Key::Enter`,
    /// `Key::Control`); a modifier stays down until the end of `keys`.
    pub async fn type_keys(&self, keys: &str) -> anyhow::Result<()> {
        self.client.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    /// Waits until the element with the keyboard focus matches `css`.
    pub async fn wait_for_focus(&self, css: &str) -> anyhow::Result<()> {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let here = self
                .client
                .execute(
                    "const e = document.activeElement; return !!e && e.matches(arguments[0]);",
                    vec![serde_json::json!(css)],
                )
                .await?;
            if here == serde_json::json!(true) {
                return Ok(());
            }
            if std::time::Instant::now() > deadline {
                bail!("the keyboard focus never reached `{css}`");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Paints the window light or dark without the sidebar's theme choice
    /// (for the screens before unlocking, which have none).
    pub async fn paint(&self, theme: &str) -> anyhow::Result<()> {
        self.client
            .execute(
                "document.documentElement.dataset.theme = arguments[0];",
                vec![serde_json::json!(theme)],
            )
            .await?;
        Ok(())
    }

    /// Creates the shop on the welcome screen with `passphrase`, closes the
    /// emergency kit and returns the recovery key it showed.
    pub async fn create_shop(&self, passphrase: &str) -> anyhow::Result<String> {
        self.fill("#create-passphrase", passphrase).await?;
        self.fill("#create-confirmation", passphrase).await?;
        self.click("#create-vault").await?;
        let key = self.find("#recovery-key").await?.text().await?;
        self.click("#kit-done").await?;
        Ok(key)
    }

    /// Scrolls the element matching `css` to the middle of the window and
    /// clicks it (an element half off screen may otherwise miss the click).
    /// A list that renders again between finding and clicking replaces the
    /// element; the click then finds it afresh, as a person's eye would.
    pub async fn click(&self, css: &str) -> anyhow::Result<()> {
        let mut tries = 0;
        loop {
            let el = self.find(css).await?;
            self.client
                .execute(
                    "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });",
                    vec![css.into()],
                )
                .await?;
            match el.click().await {
                Ok(()) => return Ok(()),
                Err(e) if tries < 3 && is_stale(&e) => tries += 1,
                Err(e) => return Err(e).with_context(|| format!("clicking `{css}`")),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Chooses `value` in the `<select>` matching `css`, as a person picking
    /// it would (the page sees `input` and `change` events).
    pub async fn select(&self, css: &str, value: &str) -> anyhow::Result<()> {
        self.find(css).await?;
        self.client
            .execute(
                "const el = document.querySelector(arguments[0]);
                 el.value = arguments[1];
                 el.dispatchEvent(new Event('input', { bubbles: true }));
                 el.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![css.into(), value.into()],
            )
            .await?;
        Ok(())
    }

    /// Presses `key` with Ctrl held (for example `"k"` for Ctrl+K).
    pub async fn press_ctrl(&self, key: &str) -> anyhow::Result<()> {
        self.client
            .execute(
                "window.dispatchEvent(new KeyboardEvent('keydown', { key: arguments[0], ctrlKey: true, bubbles: true }));",
                vec![key.into()],
            )
            .await?;
        Ok(())
    }

    /// Presses `key` with the `modifiers` held (`"ctrl"`, `"alt"`, `"shift"`),
    /// as a keydown on whatever has the focus (for example `"2"` with
    /// `["alt"]` for Alt+2, `"ArrowLeft"` with `["alt"]` for Alt+Left).
    pub async fn press_chord(&self, key: &str, modifiers: &[&str]) -> anyhow::Result<()> {
        self.client
            .execute(
                "const [key, mods] = [arguments[0], arguments[1]];
                 const target = document.activeElement || document.body;
                 target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true,
                   ctrlKey: mods.includes('ctrl'), altKey: mods.includes('alt'), shiftKey: mods.includes('shift') }));",
                vec![key.into(), serde_json::json!(modifiers)],
            )
            .await?;
        Ok(())
    }

    /// The text of the whole window.
    pub async fn body_text(&self) -> anyhow::Result<String> {
        Ok(self.client.find(Locator::Css("body")).await?.text().await?)
    }

    /// Presses Enter on the element matching `css` (a button or a field),
    /// as a keyboard user would.
    pub async fn press_enter(&self, css: &str) -> anyhow::Result<()> {
        self.find(css).await?.send_keys("\u{E007}").await?;
        Ok(())
    }

    /// Saves a screenshot of the window as `target/e2e/NAME.png`, once the
    /// window has painted what it shows now (a webview under a virtual
    /// display can otherwise hand back an older frame).
    pub async fn screenshot(&self, name: &str) -> anyhow::Result<PathBuf> {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 setTimeout(done, 1000);
                 requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));",
                vec![],
            )
            .await?;
        let png = self.client.screenshot().await?;
        let path = artifacts_dir().join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    /// Runs axe-core (from `ui/node_modules`) on the window as it is now and
    /// fails on any serious or critical accessibility violation: missing
    /// labels, contrast below WCAG AA, broken ARIA.
    pub async fn assert_accessible(&self, what: &str) -> anyhow::Result<()> {
        let axe = repo_root().join("ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe).with_context(|| {
            format!("axe-core is missing at {}: run `make setup`", axe.display())
        })?;
        self.client.execute(&source, vec![]).await?;
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] }).then(
                   (r) => done(r.violations
                     .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                     .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)),
                   (e) => done([`axe failed: ${e}`]));",
                vec![],
            )
            .await?;
        let problems: Vec<String> = serde_json::from_value(found)?;
        if !problems.is_empty() {
            bail!("accessibility problems on {what}:\n{}", problems.join("\n"));
        }
        Ok(())
    }

    /// The X display the app runs on (for `xwininfo` and the like).
    pub fn display(&self) -> &str {
        &self.display.name
    }

    /// Kills the app at once (SIGKILL), as a crash or a pulled plug would:
    /// it gets no chance to refuse or tidy up. Returns how many processes
    /// were killed.
    pub fn kill_app(&self) -> anyhow::Result<usize> {
        let pids = crate::process::app_processes(self._driver.pid(), &app_binary()?);
        for pid in &pids {
            std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status()?;
        }
        Ok(pids.len())
    }

    /// The app's private session bus address (`DBUS_SESSION_BUS_ADDRESS`).
    pub fn bus_address(&self) -> &str {
        &self.desktop.bus_address
    }

    /// The app's private configuration folder (`XDG_CONFIG_HOME`), unless
    /// the test gave its own.
    pub fn config_home(&self) -> &Path {
        self.desktop.config_home()
    }

    /// Closes the app and ends the session.
    pub async fn close(self) -> anyhow::Result<()> {
        self.client.close().await?;
        Ok(())
    }
}

/// Whether WebDriver refused a command because the element it named was
/// replaced (WebKit words it "Node with identifier ... was not found").
fn is_stale(e: &fantoccini::error::CmdError) -> bool {
    use fantoccini::error::{CmdError, ErrorStatus};
    match e {
        CmdError::Standard(w) => {
            matches!(
                w.error,
                ErrorStatus::StaleElementReference | ErrorStatus::NoSuchElement
            ) || w.message.contains("was not found")
        }
        _ => false,
    }
}
