//! End-to-end: looking after the data the shop keeps, in the real app
//! window: a household link made and removed again, the retention rule's
//! review with a customer kept for a reason, and the selection's summaries.

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

#[tokio::test(flavor = "multi_thread")]
async fn a_household_link_is_made_and_removed() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    for name in ["Zoë Ødegård", "李小龙"] {
        app.fill("#customer-name", name).await?;
        app.click("#save-customer").await?;
        app.wait_for_text("#customer-list", name).await?;
    }
    // By name: Zoë Ødegård, 李小龙.
    app.click("#customer-list li[data-index='0'] .open").await?;
    app.wait_for_text("#profile-name", "Zoë Ødegård").await?;

    app.fill("#household-find", "李").await?;
    app.wait_for_text("#household-other", "李小龙").await?;
    app.select("#household-relation", "partner").await?;
    app.click(".household form button[type='submit']").await?;
    app.wait_for_text(".household ul", "李小龙").await?;

    app.click(".household .remove").await?;
    app.wait_for_text(".household", "No one linked yet.")
        .await?;
    app.assert_accessible("household after removing a link")
        .await?;
    app.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_retention_review_lists_quiet_customers_and_keeps_one_for_a_reason(
) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.click("#try-demo").await?;
    app.find("#today-queue .suggestion").await?;

    // Two customers selected: their summaries can go into one PDF.
    app.click("#nav-customers").await?;
    app.click("#customer-list li[data-index='0'] .pick").await?;
    app.click("#customer-list li[data-index='1'] .pick").await?;
    app.wait_for_text(".bulk", "2 selected").await?;
    app.find("#bulk-summaries").await?;

    app.click("#nav-settings").await?;
    app.wait_for_text(".retention", "Keeping data").await?;
    app.select("#retention-years", "1").await?;
    app.wait_for_text("#retention-count", "to review").await?;
    let before = count(&app).await?;
    assert!(before > 0, "the demo shop has customers quiet for a year");

    app.click(".retention li .secondary").await?;
    app.fill("#retention-reason", "Comes every Christmas for the Stilton")
        .await?;
    app.press_enter("#retention-reason").await?;
    app.wait_for_text(".retention .notice", "out of the review for a year")
        .await?;
    assert_eq!(
        count(&app).await?,
        before - 1,
        "the kept customer left the list"
    );
    app.screenshot("retention").await?;
    app.assert_accessible("retention review").await?;

    // Off again: the list goes.
    app.select("#retention-years", "").await?;
    let mut gone = false;
    for _ in 0..50 {
        let left = app
            .client
            .find_all(fantoccini::Locator::Css(".retention li"))
            .await?;
        if left.is_empty() {
            gone = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(gone, "with the rule off, no one is listed");
    app.close().await?;
    Ok(())
}

/// The number in "N customers to review".
async fn count(app: &Session) -> anyhow::Result<usize> {
    let text = app.find("#retention-count").await?.text().await?;
    text.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| anyhow::anyhow!("no count in {text:?}"))
}
