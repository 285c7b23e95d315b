//! `shopkeeper suggest`, `score` and `backtest` on a demo shop, run as a user would.

use std::path::Path;
use std::process::Output;

use crate::common::{new_shop, shopkeeper_with, stdout, PASSPHRASE};

fn shopkeeper(vault: &Path, args: &[&str]) -> Output {
    let out = shopkeeper_with(vault, args, &[("SHOPKEEPER_PASSPHRASE", PASSPHRASE)]);
    assert!(out.status.success(), "{args:?}: {out:?}");
    out
}

#[test]
fn score_csv_suggest_json_and_backtest_on_a_demo_shop() {
    let (_dir, vault) = new_shop();
    shopkeeper(
        &vault,
        &[
            "demo",
            "--customers",
            "400",
            "--years",
            "2",
            "--seed",
            "3",
            "--until",
            "2025-12-31",
        ],
    );

    let score = stdout(&shopkeeper(
        &vault,
        &[
            "score",
            "--as-of",
            "2025-10-01",
            "--horizon-days",
            "30",
            "--format",
            "csv",
        ],
    ));
    let mut lines = score.lines();
    assert_eq!(
        lines.next(),
        Some("customer_ref,customer_id,p_purchase,expected_purchases,p_alive,score")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 400);
    assert!(rows.iter().any(|r| r.starts_with("D000000,")));

    // `suggest` lists in the order of `score`'s score column (Today's
    // horizon, the default).
    let today = stdout(&shopkeeper(
        &vault,
        &["score", "--as-of", "2025-10-01", "--format", "csv"],
    ));
    let score_of: std::collections::HashMap<&str, f64> = today
        .lines()
        .skip(1)
        .map(|r| {
            let cells: Vec<&str> = r.split(',').collect();
            (cells[1], cells[5].parse().unwrap())
        })
        .collect();
    let all = stdout(&shopkeeper(
        &vault,
        &[
            "suggest",
            "--as-of",
            "2025-10-01",
            "--limit",
            "1000",
            "--format",
            "json",
        ],
    ));
    let all: Vec<serde_json::Value> = serde_json::from_str(&all).unwrap();
    assert!(all.len() > 10, "{all:?}");
    let ranked: Vec<f64> = all
        .iter()
        .map(|s| score_of[s["customer_id"].as_str().unwrap()])
        .collect();
    assert!(
        ranked.windows(2).all(|w| w[0] >= w[1]),
        "suggest follows the score column: {ranked:?}"
    );

    let json = stdout(&shopkeeper(
        &vault,
        &[
            "suggest",
            "--as-of",
            "2025-10-01",
            "--limit",
            "7",
            "--format",
            "json",
        ],
    ));
    let list: serde_json::Value = serde_json::from_str(&json).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 7, "{json}");
    for s in list {
        for key in [
            "customer",
            "kind",
            "channel",
            "score",
            "reason",
            "rule",
            "inputs",
            "customer_id",
        ] {
            assert!(s.get(key).is_some(), "{key} in {s}");
        }
        let channel = s["channel"].as_str().unwrap();
        if channel == "in person" {
            assert!(s["reason"]
                .as_str()
                .unwrap()
                .contains("Mention in person next visit"));
        }
    }

    let table = stdout(&shopkeeper(
        &vault,
        &["suggest", "--as-of", "2025-10-01", "--limit", "3"],
    ));
    assert!(table.starts_with("CUSTOMER"), "{table}");

    let report = stdout(&shopkeeper(
        &vault,
        &["backtest", "--as-of", "2025-10-01", "--horizon-days", "60"],
    ));
    assert!(report.contains("ROC AUC"), "{report}");
    assert!(report.contains("Today's order"), "{report}");
    assert!(report.contains("recency alone"), "{report}");
    assert!(report.contains("Calibration"), "{report}");
    println!("{report}");
}
