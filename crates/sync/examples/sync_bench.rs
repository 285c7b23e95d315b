//! Times sync on a demo shop in real (encrypted) vaults: writing the whole
//! shop as the first change file and applying it on a joining computer,
//! against a plain whole-shop export and import of the same rows in the
//! same run; then a small incremental sync.
//!
//! ```sh
//! cargo run -p shopkeeper-sync --release --example sync_bench -- 10000
//! ```

use std::time::Instant;

use chrono::NaiveDate;
use shopkeeper_core::demo::DemoOptions;
use shopkeeper_core::{KdfParams, SecretString, Shop};
use shopkeeper_sync::ShopSync;

fn vault(dir: &std::path::Path, name: &str) -> Shop {
    Shop::create_with_kdf(
        &dir.join(name),
        &SecretString::from("copper kettle under the plum tree"),
        KdfParams::minimum(),
    )
    .expect("vault")
    .0
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let customers: u32 = std::env::args()
        .nth(1)
        .map_or(10_000, |a| a.parse().expect("customers"));
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).expect("folder");
    let mut a = vault(dir.path(), "a.vault");
    let t = Instant::now();
    let s = a
        .generate_demo(&DemoOptions {
            customers,
            years: 3,
            seed: 1,
            lines: None,
            until: NaiveDate::from_ymd_opt(2025, 12, 31).expect("date"),
        })
        .expect("demo");
    println!(
        "demo: {} customers, {} purchases in {:.0} ms",
        s.customers,
        s.purchases,
        ms(t)
    );

    let t = Instant::now();
    let text = a.export_shop().expect("export");
    let export_ms = ms(t);
    let t = Instant::now();
    let started = a.sync_enable(&folder, Some("Counter")).expect("enable");
    let enable_ms = ms(t);
    let bytes: u64 = std::fs::read_dir(&folder)
        .expect("folder")
        .map(|e| e.expect("entry").metadata().expect("size").len())
        .sum();
    println!(
        "whole shop out: plain export {export_ms:.0} ms ({:.1} MB JSON); first change file {enable_ms:.0} ms ({} records, {:.1} MB encrypted): {:.2}x",
        text.len() as f64 / 1e6,
        started.report.changes_sent,
        bytes as f64 / 1e6,
        enable_ms / export_ms
    );

    let mut plain = vault(dir.path(), "plain.vault");
    let t = Instant::now();
    plain.import_shop(&text).expect("import");
    let import_ms = ms(t);
    let mut b = vault(dir.path(), "b.vault");
    let t = Instant::now();
    let report = b
        .sync_join(&folder, &started.code, Some("Workshop"))
        .expect("join");
    let join_ms = ms(t);
    println!(
        "whole shop in: plain import {import_ms:.0} ms; joining (apply {} records) {join_ms:.0} ms: {:.2}x",
        report.changes_received,
        join_ms / import_ms
    );

    let ids: Vec<_> = a
        .list_customers()
        .expect("list")
        .into_iter()
        .take(100)
        .collect();
    for c in &ids {
        let mut e = c.edit();
        e.notes = Some("Asked about the new season".into());
        a.update_customer(c.id, &e).expect("edit");
    }
    let t = Instant::now();
    let out = a.sync_now().expect("sync a");
    let send_ms = ms(t);
    let t = Instant::now();
    let back = b.sync_now().expect("sync b");
    let apply_ms = ms(t);
    println!(
        "100 customers edited: send {send_ms:.0} ms ({} records), apply {apply_ms:.0} ms ({} records)",
        out.changes_sent, back.changes_received
    );
    assert_eq!(
        a.list_customers().expect("a"),
        b.list_customers().expect("b")
    );
    println!("both vaults hold the same customers");
}
