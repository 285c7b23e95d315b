//! End-to-end: the import wizard takes real till and web-shop exports as
//! they are (crates/core/tests/fixtures/import/: a Square item-details
//! export, refused in words for its currency, and a Shopify orders export):
//! it says what it recognised and shows the first lines as they will be
//! stored before anything is saved, imports with progress and a summary,
//! and "Undo this import" puts the shop back (issue 18).

use std::time::Duration;

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

/// Screenshots `name` in the light and the dark theme, checking each for
/// accessibility problems.
async fn both_themes(app: &Session, name: &str) -> anyhow::Result<()> {
    for theme in ["light", "dark"] {
        app.paint(theme).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.screenshot(&format!("{name}-{theme}")).await?;
        app.assert_accessible(&format!("{name} ({theme})")).await?;
    }
    app.paint("light").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_till_export_is_recognised_previewed_imported_and_undone() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let fixture = |name: &str| {
        format!(
            "{}/../../crates/core/tests/fixtures/import/{name}",
            env!("CARGO_MANIFEST_DIR")
        )
    };
    let app = Session::start(&vault).await?;
    app.create_shop(PASSPHRASE).await?;

    // A Square export in dollars, in a shop that sells in euros: the file is
    // recognised, and the refusal is said in words, with nothing saved.
    app.click("#nav-import").await?;
    app.fill("#import-file", &fixture("square_items.csv"))
        .await?;
    app.press_enter("#import-file").await?;
    app.wait_for_text(
        "#import-found",
        "This looks like a Square item-details export.",
    )
    .await?;
    app.wait_for_text("#import-error", "the shop in EUR")
        .await?;
    app.screenshot("import-square-refused").await?;
    app.assert_accessible("import refused").await?;

    // A Shopify orders export: choosing it (Enter in the field, as a
    // keyboard user would) checks it at once; nothing says which shop it
    // came from.
    app.click("#import-back").await?;
    app.fill("#import-file", &fixture("shopify_orders.csv"))
        .await?;
    app.press_enter("#import-file").await?;
    app.wait_for_text("#import-found", "This looks like a Shopify orders export.")
        .await?;
    for fact in ["7 rows", "3 receipts or orders", "amounts in EUR"] {
        app.wait_for_text("#import-facts", fact).await?;
    }
    // The first lines as they will be stored: the billing name (never the
    // order number), the product, quantity, unit price and total, the order.
    for seen in [
        "Zoë Ødegård",
        "Yirgacheffe 250g",
        "12.90",
        "25.80",
        "#1001",
        "Séan O'Brien",
    ] {
        app.wait_for_text("#import-lines", seen).await?;
    }
    both_themes(&app, "import-shopify-found").await?;

    // The column choices start from what was recognised; the owner can
    // change them and the layout, and is told they will be remembered.
    app.click("#import-fix > summary").await?;
    let quantity = app.find("#map-16").await?;
    assert_eq!(quantity.prop("value").await?.as_deref(), Some("quantity"));
    app.wait_for_text("#import-fix", "Shopkeeper will remember these choices")
        .await?;
    app.select("#import-layout", "shopify").await?;
    app.click("#import-recheck").await?;
    app.wait_for_text(
        "#import-found",
        "Read as a Shopify orders export, as you chose.",
    )
    .await?;
    app.wait_for_text("#import-lines", "Yirgacheffe 250g")
        .await?;
    both_themes(&app, "import-shopify-fix").await?;

    // The import, then its summary.
    app.click("#import-run").await?;
    for line in [
        "3 purchases recorded, 4 lines.",
        "2 new customers, 0 already in the shop.",
        "1 sale without a customer, not imported.",
        "2 rows are not a sale",
    ] {
        app.wait_for_text("#import-summary", line).await?;
    }
    both_themes(&app, "import-shopify-summary").await?;

    // The imported customer is found with Ctrl+K.
    app.press_ctrl("k").await?;
    app.fill("#palette-input", "odegard").await?;
    app.wait_for_text("#palette-results", "Zoë Ødegård").await?;
    app.client
        .execute(
            "document.querySelector('#palette-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));",
            vec![],
        )
        .await?;

    // Undo asks once more, then says what it removed.
    app.click("#import-undo").await?;
    app.wait_for_text("#import-undo-ask", "Remove everything this import added?")
        .await?;
    app.click("#import-undo-yes").await?;
    app.wait_for_text("#import-undone", "removed 3 purchases, 2 new customers and 3 new products, and 2 consents recorded from the file")
        .await?;
    app.screenshot("import-shopify-undone").await?;
    app.assert_accessible("import undone").await?;

    // The shop is back as it was: no customers.
    app.click("#nav-customers").await?;
    app.wait_for_text("body", "No customers yet").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_ambiguous_file_asks_for_the_date_order_and_the_fixes_are_remembered(
) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let csv = dir.path().join("till.csv");
    std::fs::write(
        &csv,
        "date,customer_name,product,quantity,line_total,Bemerkung\n\
         03/04/2024,Anna Berg,Tea,1,3.00,for the trip\n\
         05/06/2024,Anna Berg,Teapot,1,20.00,\n",
    )?;
    let app = Session::start(&vault).await?;
    app.create_shop(PASSPHRASE).await?;

    // Every date reads both ways: the wizard says so and asks.
    app.click("#nav-import").await?;
    app.fill("#import-file", csv.to_str().unwrap()).await?;
    app.click("#import-next").await?;
    app.wait_for_text(
        "#import-found",
        "This looks like a Shopkeeper purchase file.",
    )
    .await?;
    app.wait_for_text("#import-error", "could be 3 April or 4 March")
        .await?;
    app.wait_for_text("#import-date-ask", "how this file writes dates")
        .await?;
    app.screenshot("import-dates-ask").await?;
    app.assert_accessible("import asks the date order").await?;

    // Day first, and the remark column as the purchase's note.
    app.select("#import-date-order", "dmy").await?;
    app.select("#map-5", "note").await?;
    app.click("#import-recheck").await?;
    app.wait_for_text("#import-facts", "dates written day first")
        .await?;
    app.wait_for_text("#import-lines", "Apr 3, 2024").await?;
    app.click("#import-run").await?;
    app.wait_for_text("#import-summary", "2 purchases recorded, 2 lines.")
        .await?;
    app.wait_for_text(
        "#import-summary",
        "Your column choices are remembered for the next file like this one.",
    )
    .await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_long_import_shows_how_far_it_has_got() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let csv = dir.path().join("till.csv");
    let mut rows = String::from("date,customer_name,product,quantity,line_total\n");
    for i in 0..30_000 {
        rows.push_str(&format!(
            "2024-{:02}-{:02},Customer {},Bread,1,3.50\n",
            i % 12 + 1,
            i % 28 + 1,
            i % 700
        ));
    }
    std::fs::write(&csv, rows)?;
    let app = Session::start(&vault).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-import").await?;
    app.fill("#import-file", csv.to_str().unwrap()).await?;
    app.click("#import-next").await?;
    app.wait_for_text("#import-facts", "rows").await?;

    // Every figure the bar shows while the import runs, as the owner sees it.
    app.client
        .execute(
            "window.__seen = [];
             new MutationObserver(() => {
               const shown = document.querySelector('.progress span')?.textContent;
               if (shown && window.__seen.at(-1) !== shown) window.__seen.push(shown);
             }).observe(document.body, { subtree: true, childList: true, characterData: true });",
            vec![],
        )
        .await?;
    app.click("#import-run").await?;
    app.wait_for_text("#import-summary", "purchases recorded")
        .await?;
    let seen = app.client.execute("return window.__seen;", vec![]).await?;
    let seen: Vec<String> = serde_json::from_value(seen)?;
    assert!(
        seen.iter()
            .any(|s| !s.starts_with("0 of") && s.contains("30") && s.ends_with("rows")),
        "the bar moved while the rows were read: {seen:?}"
    );
    app.close().await?;
    Ok(())
}
