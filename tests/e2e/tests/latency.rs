//! How quickly the real app answers the owner on a 10,000-customer shop:
//! going to a screen, searching, opening a customer. Reported, not asserted
//! (these machines are noisy): numbers go to target/e2e/latency.txt and
//! docs/benchmarks.md.
//!
//! Each interaction is timed inside the webview, from the moment the input
//! event is dispatched to the frame in which the answer is on screen, so
//! WebDriver's own round trips are not counted.

use std::time::Duration;

use anyhow::{bail, Context};
use shopkeeper_e2e::{artifacts_dir, Session};

const PASSPHRASE: &str = "copper kettle under the plum tree";
const RUNS: usize = 7;

/// Performs an action (the app's strict CSP allows no `eval`, so actions
/// and conditions are named, not passed as code) and resolves with the
/// milliseconds until the named condition holds, checked on every animation
/// frame (a minute at most).
const MEASURE: &str = r#"
const [action, arg, ready, done] = arguments;
const list = () => document.querySelector('#customer-list');
const before = list() ? list().innerHTML : '';
const rows = () => !!list() && !!list().querySelector('li .open') && !list().textContent.includes('Loading');
const conditions = {
  listRedrawn: () => rows() && list().innerHTML !== before,
  listShown: rows,
  profile: () => { const h = document.querySelector('#profile-name'); return !!h && h.textContent.length > 0; },
  today: () => !!document.querySelector('#today-queue[data-loaded="true"]'),
};
const start = performance.now();
if (action === 'search') {
  const i = document.querySelector('#customer-search');
  i.value = arg;
  i.dispatchEvent(new Event('input', { bubbles: true }));
} else if (action === 'alt') {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: arg, code: 'Digit' + arg, altKey: true, bubbles: true }));
} else if (action === 'click') {
  document.querySelector(arg).click();
}
const tick = () => {
  const t = performance.now() - start;
  if (conditions[ready]()) done(t);
  else if (t > 60000) done(-1);
  else requestAnimationFrame(tick);
};
tick();
"#;

/// What the owner does.
enum Action<'a> {
    /// Types `query` into the customer search.
    Search(&'a str),
    /// Presses Alt and a digit (the sidebar shortcuts).
    Alt(char),
    /// Clicks the element matching the CSS selector.
    Click(&'a str),
}

async fn measure(app: &Session, action: Action<'_>, ready: &str) -> anyhow::Result<f64> {
    let (kind, arg) = match action {
        Action::Search(q) => ("search", q.to_string()),
        Action::Alt(d) => ("alt", d.to_string()),
        Action::Click(css) => ("click", css.to_string()),
    };
    let ms = app
        .client
        .execute_async(MEASURE, vec![kind.into(), arg.clone().into(), ready.into()])
        .await?
        .as_f64()
        .context("the measurement returned no number")?;
    if ms < 0.0 {
        bail!("not {ready} a minute after {kind} {arg}");
    }
    Ok(ms)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// A 10,000-customer demo shop made by the `shopkeeper` CLI built beside the app.
fn big_shop(vault: &std::path::Path) -> anyhow::Result<()> {
    let kit = vault.with_extension("kit.txt");
    shopkeeper_e2e::cli(
        vault,
        PASSPHRASE,
        &["vault", "init", "--kit", &kit.to_string_lossy()],
    )?;
    shopkeeper_e2e::cli(
        vault,
        PASSPHRASE,
        &["demo", "--customers", "10000", "--years", "2"],
    )?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn interactions_on_a_10k_customer_shop_are_reported() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    big_shop(&vault)?;
    let app = Session::start(&vault).await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;
    // The first Today works out the suggestions for the whole shop (slow in
    // a debug build); later visits use the app's cache, as in the shop.
    let mut loaded = false;
    for _ in 0..240 {
        let done = app
            .client
            .find_all(fantoccini::Locator::Css("#today-queue[data-loaded='true']"))
            .await?;
        if !done.is_empty() {
            loaded = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    anyhow::ensure!(loaded, "Today never finished loading");
    // The first visit of each screen loads its code and warms the caches.
    app.click("#nav-customers").await?;
    app.find("#customer-list li .open").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;

    let mut rows: Vec<(&str, f64, f64)> = Vec::new();
    let mut record = |what, xs: Vec<f64>| {
        let worst = xs.iter().copied().fold(0.0, f64::max);
        rows.push((what, median(xs), worst));
    };

    let mut xs = Vec::new();
    for i in 0..RUNS {
        let q = ["smi", "jo", "ann", "ross", "gra", "müll", "tanaka"][i];
        xs.push(measure(&app, Action::Search(q), "listRedrawn").await?);
        // Back to the whole list for the next run.
        measure(&app, Action::Search(""), "listRedrawn").await?;
    }
    record("search as you type (one query, list redrawn)", xs);

    let mut open = Vec::new();
    let mut back = Vec::new();
    for i in 0..RUNS {
        let row = format!("#customer-list li[data-index='{i}'] .open");
        open.push(measure(&app, Action::Click(&row), "profile").await?);
        back.push(measure(&app, Action::Alt('2'), "listShown").await?);
    }
    record("open a customer's profile", open);
    record("back to the customer list (Alt+2)", back);

    // Today works the suggestions out again on each visit: fewer runs.
    let mut today = Vec::new();
    for _ in 0..3 {
        today.push(measure(&app, Action::Alt('1'), "today").await?);
        measure(&app, Action::Alt('2'), "listShown").await?;
    }
    record("to Today (Alt+1)", today);
    app.close().await?;

    let mut report =
        String::from("interaction on the 10,000-customer demo shop | median ms | worst ms\n");
    for (what, m, w) in &rows {
        report.push_str(&format!("{what} | {m:.0} | {w:.0}\n"));
    }
    print!("{report}");
    std::fs::write(artifacts_dir().join("latency.txt"), &report)?;
    Ok(())
}
