//! End-to-end: a customer's profile as it prints. WebDriver cannot open the
//! print dialog, so the test applies the app's own `@media print` rules to
//! the screen (a constructed style sheet, allowed by the strict CSP) and
//! saves what the page then looks like: the print preview, for people to
//! look at (docs/screenshots/print-preview.png).

use shopkeeper_e2e::Session;

/// Copies every rule inside `@media print` into a style sheet for the screen.
const PRINT_RULES_ON_SCREEN: &str = r#"
const rules = [];
const walk = (list) => {
  for (const r of list) {
    if (r instanceof CSSMediaRule && r.media.mediaText.includes('print')) {
      for (const inner of r.cssRules) rules.push(inner.cssText);
    } else if (r.cssRules) {
      walk(r.cssRules);
    }
  }
};
for (const s of document.styleSheets) walk(s.cssRules);
const sheet = new CSSStyleSheet();
sheet.replaceSync(rules.join('\n') + '\n body { background: white; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
return rules.length;
"#;

#[tokio::test(flavor = "multi_thread")]
async fn a_profile_prints_without_the_app_around_it() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.click("#try-demo").await?;
    app.find("#today-queue .suggestion").await?;
    app.select("#theme", "light").await?;
    app.click("#nav-customers").await?;
    app.click("#customer-list li[data-index='3'] .open").await?;
    app.find("#profile-print").await?;
    let name = app.find("#profile-name").await?.text().await?;

    let rules = app
        .client
        .execute(PRINT_RULES_ON_SCREEN, vec![])
        .await?
        .as_u64()
        .unwrap_or(0);
    assert!(rules >= 5, "the app has print rules ({rules} found)");
    // What print hides: the sidebar, the buttons and the forms.
    for hidden in [".sidebar", "#profile-print", ".household form"] {
        let shown = app
            .client
            .execute(
                "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0;",
                vec![hidden.into()],
            )
            .await?;
        assert_eq!(shown, serde_json::json!(false), "{hidden} does not print");
    }
    app.wait_for_text("#profile-name", &name).await?;
    let shot = app.screenshot("print-preview").await?;
    println!("print preview of {name}: {}", shot.display());
    app.close().await?;
    Ok(())
}
