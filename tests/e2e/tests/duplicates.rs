//! End-to-end: possible duplicates in the real app window. Typing in a
//! customer who is already in the book points at them; the Customers screen
//! lists the pair with its reasons, shows both records side by side, and
//! merges them into the one the owner keeps.

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

#[tokio::test(flavor = "multi_thread")]
async fn a_person_written_twice_is_pointed_out_listed_compared_and_merged() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    app.add_customer("Zoë Ødegård", "zoe@example.no").await?;
    app.add_customer("李小龙", "li@example.cn").await?;

    // The same person, typed the other way round: the form points at her.
    app.fill("#customer-name", "Odegard, Zoe").await?;
    app.click("#customer-email").await?;
    app.wait_for_text("#look-alikes", "Open Zoë Ødegård")
        .await?;
    app.wait_for_text("#look-alikes", "same name, written differently")
        .await?;
    app.screenshot("duplicates-typing").await?;
    // Saved anyway (the owner may know better): now there are two records.
    app.click("#save-customer").await?;
    app.wait_for_text("#customer-list", "Odegard, Zoe").await?;

    app.click("#open-duplicates").await?;
    app.wait_for_text("#dup-count", "1 pair to look at").await?;
    app.wait_for_text("#dup-list", "Zoë Ødegård").await?;
    app.wait_for_text("#dup-list", "Odegard, Zoe").await?;
    app.click("#dup-list li[data-index='0'] .compare").await?;
    app.wait_for_text("#dup-merge", "Merge into Zoë Ødegård")
        .await?;
    app.screenshot("duplicates-compare").await?;
    app.assert_accessible("possible duplicates, side by side")
        .await?;
    app.click("#dup-merge").await?;
    app.wait_for_text("#dup-none", "No likely duplicates")
        .await?;
    app.wait_for_text(".notice", "Merged into Zoë Ødegård")
        .await?;
    app.wait_for_text("#customer-count", "2 customers").await?;
    app.close().await
}
