//! Cold start and memory of the real app, reported (not asserted against a
//! target: these machines are noisy). Numbers go to target/e2e/footprint.txt
//! and docs/benchmarks.md.

use std::time::Instant;

use shopkeeper_e2e::{app_binary, artifacts_dir, footprint, Session};

#[tokio::test(flavor = "multi_thread")]
async fn cold_start_and_memory_are_reported() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let started = Instant::now();
    let app = Session::start(&dir.path().join("shop.vault")).await?;
    app.find("#create-passphrase").await?;
    let first_screen = started.elapsed();
    // Let the webview settle before measuring memory.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let f = footprint::of_app(&app_binary()?);
    app.close().await?;

    let report = format!(
        "first screen after launch (Xvfb + tauri-driver + app): {:.2} s\n\
         memory (PSS) of the app and its WebKit processes: {:.1} MiB in {} processes\n",
        first_screen.as_secs_f64(),
        f.pss_kib as f64 / 1024.0,
        f.processes
    );
    print!("{report}");
    std::fs::write(artifacts_dir().join("footprint.txt"), &report)?;
    assert!(
        f.processes >= 2,
        "the app and at least one WebKit process: {f:?}"
    );
    Ok(())
}
