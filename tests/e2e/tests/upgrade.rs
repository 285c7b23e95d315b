//! End-to-end: the app opens a shop written by an older version (the
//! committed schema-1 fixture of `crates/core/tests/fixtures/`, vault
//! format 1), keeps the encrypted copy of the file as it was, and shows
//! every customer.

use shopkeeper_e2e::Session;

/// The passphrase of the fixtures (see `crates/core/tests/fixtures/README.md`).
const PASSPHRASE: &str = "copper kettle under the plum tree";

#[tokio::test(flavor = "multi_thread")]
async fn an_older_shop_opens_after_a_copy_of_it_is_kept() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let vault = dir.path().join("shop.vault");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../crates/core/tests/fixtures/shop-v1.vault"
    );
    std::fs::copy(fixture, &vault)?;
    let original = std::fs::read(&vault)?;

    let app = Session::start(&vault).await?;
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock").await?;
    app.click("#nav-customers").await?;
    for name in ["Zoë Ødegård", "李小龙", "Seán O'Brien"] {
        app.wait_for_text("#customer-list", name).await?;
    }
    app.close().await?;

    let copies: Vec<_> = std::fs::read_dir(dir.path())?
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("shop.vault.before-v")
        })
        .collect();
    assert_eq!(copies.len(), 1, "one copy kept before migrating");
    // The vault format is upgraded first (vault-format.md, "Upgrading from
    // format 1"), keeping the file as the older version left it; the schema
    // copy is then of the upgraded file.
    assert!(
        std::fs::read(dir.path().join("shop.vault.before-format-v2"))? == original,
        "the copy is the file as the older version left it"
    );
    assert!(
        std::fs::read(&vault)? != original,
        "the shop itself was updated"
    );
    Ok(())
}
