//! End-to-end: the window cannot name a file to write. Every command that
//! saves to a path from the window (emergency kit, backup copy, customer
//! summary, the customer's data, the consent form) takes only a path the
//! owner chose in the native save dialog just now; a script on the page
//! asking to write to `~/.bashrc` or `/tmp/evil` is refused with a clear
//! error, and nothing is written.

use shopkeeper_e2e::Session;

const PASSPHRASE: &str = "copper kettle under the plum tree";

#[tokio::test(flavor = "multi_thread")]
async fn a_save_command_refuses_a_path_the_owner_did_not_choose() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.create_shop(PASSPHRASE).await?;
    app.click("#nav-customers").await?;
    app.fill("#customer-name", "Zoë Ødegård").await?;
    app.click("#save-customer").await?;
    app.wait_for_text("#customer-list", "Zoë Ødegård").await?;
    let id = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke('search_customers', { query: 'Zoë', limit: 1 })
               .then((found) => done(found[0].id));",
            vec![],
        )
        .await?;

    let home = tempfile::tempdir()?;
    let bashrc = home.path().join(".bashrc");
    std::fs::write(&bashrc, "# the owner's shell settings\n")?;
    let evil = home.path().join("evil");
    let (bashrc_s, evil_s) = (bashrc.to_str().unwrap(), evil.to_str().unwrap());
    for (command, args) in [
        (
            "save_emergency_kit",
            serde_json::json!({ "path": bashrc_s }),
        ),
        ("backup_to_file", serde_json::json!({ "path": bashrc_s })),
        ("backup_to_file", serde_json::json!({ "path": evil_s })),
        (
            "export_customer_summary",
            serde_json::json!({ "ids": [id], "variant": "shop", "path": bashrc_s }),
        ),
        (
            "export_customer_data",
            serde_json::json!({ "id": id, "path": evil_s }),
        ),
        (
            "export_consent_form",
            serde_json::json!({ "id": null, "path": bashrc_s }),
        ),
        (
            "export_consent_form",
            serde_json::json!({ "id": id, "path": "/tmp/evil.pdf" }),
        ),
    ] {
        let answer = app.invoke(command, args).await?;
        assert!(
            answer.starts_with("not-chosen: Shopkeeper saves only to a file you chose"),
            "{command}: {answer}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(&bashrc)?,
        "# the owner's shell settings\n"
    );
    let left: Vec<_> = std::fs::read_dir(home.path())?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<Result<_, _>>()?;
    assert_eq!(
        left,
        vec![std::ffi::OsString::from(".bashrc")],
        "nothing else written"
    );
    assert!(!std::path::Path::new("/tmp/evil.pdf").exists());
    // Nor can the page open the dialog plugin itself to pick a path.
    let answer = app
        .invoke("plugin:dialog|save", serde_json::json!({ "options": {} }))
        .await?;
    assert!(answer.contains("not allowed"), "{answer}");
    app.close().await
}
