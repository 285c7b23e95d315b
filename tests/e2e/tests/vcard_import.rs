//! End-to-end: the import wizard takes an Android vCard 2.1 export
//! (quoted-printable names, a photo, a card with nothing to keep) and shows
//! what each contact left out, in the real app window (issue 18).

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_export_is_imported_with_each_contacts_notes() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let vcf = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../crates/core/tests/fixtures/vcard/android-2.1-utf8.vcf"
    );
    let app = Session::start(&vault).await?;
    app.create_shop(PASSPHRASE).await?;

    app.click("#nav-import").await?;
    app.click("#import-kind-vcard").await?;
    app.fill("#import-file", vcf).await?;
    app.click("#import-next").await?;
    app.wait_for_text(
        "#import-check-summary",
        "New customers: 3. Already customers: 0. Contacts left out: 1.",
    )
    .await?;
    app.wait_for_text("#import-card-notes", "2. 李小龙").await?;
    app.wait_for_text("#import-card-notes", "photo not kept")
        .await?;
    app.wait_for_text(
        "#import-card-notes",
        "no name, email or phone: card skipped",
    )
    .await?;
    app.screenshot("vcard-import-check").await?;
    app.assert_accessible("vCard import check").await?;

    app.click("#import-run").await?;
    app.wait_for_text("#import-summary", "New customers: 3.")
        .await?;
    app.assert_accessible("vCard import done").await?;

    // The imported contact is found with Ctrl+K, its name decoded.
    app.press_ctrl("k").await?;
    app.fill("#palette-input", "odegard").await?;
    app.wait_for_text("#palette-results", "Zoë Ødegård").await?;
    Ok(())
}
