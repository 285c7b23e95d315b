//! Times follow-up suggestions, scores and the backtest on a demo shop in a
//! real (encrypted) vault.
//!
//! ```sh
//! cargo run -p shopkeeper-core --release --example suggest_bench -- 10000 [LINES]
//! ```

use std::time::Instant;

use chrono::NaiveDate;
use shopkeeper_core::demo::DemoOptions;
use shopkeeper_core::{KdfParams, SecretString, Shop};

fn main() {
    let mut args = std::env::args().skip(1);
    let customers: u32 = args
        .next()
        .map_or(10_000, |a| a.parse().expect("customers"));
    let lines: Option<u64> = args.next().map(|a| a.parse().expect("lines"));
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut shop, _) = Shop::create_with_kdf(
        &dir.path().join("bench.vault"),
        &SecretString::from("copper kettle under the plum tree"),
        KdfParams::minimum(),
    )
    .expect("vault");
    let until = NaiveDate::from_ymd_opt(2025, 12, 31).expect("date");
    let t = Instant::now();
    let s = shop
        .generate_demo(&DemoOptions {
            customers,
            years: 3,
            seed: 1,
            lines,
            until,
        })
        .expect("demo");
    println!(
        "demo: {} customers, {} purchases, {} lines in {:.1} s",
        s.customers,
        s.purchases,
        s.lines,
        t.elapsed().as_secs_f64()
    );
    let as_of = NaiveDate::from_ymd_opt(2025, 9, 30).expect("date");
    for round in 0..3 {
        let t = Instant::now();
        let all = shop.suggestions(as_of, 50).expect("suggestions");
        let suggest_ms = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let scores = shop.scores(as_of, 60).expect("scores");
        let score_ms = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let r = shop.backtest(as_of, 60).expect("backtest");
        let backtest_ms = t.elapsed().as_secs_f64() * 1e3;
        println!(
            "round {round}: suggest {suggest_ms:.0} ms ({} shown), score {score_ms:.0} ms ({} customers), backtest {backtest_ms:.0} ms",
            all.len(),
            scores.len()
        );
        if round == 0 {
            println!(
                "backtest as of {as_of}, 60 days: customers {} base rate {:.3}; AUC {:.3} (BG/NBD {:.3}, recency {:.3}); top-10% precision {:.3} lift {:.2} (BG/NBD {:.3}, recency {:.3})",
                r.customers,
                r.base_rate,
                r.auc,
                r.auc_bgnbd,
                r.auc_recency,
                r.precision_top10,
                r.lift_top10,
                r.precision_top10_bgnbd,
                r.precision_top10_recency
            );
            for (i, b) in r.calibration.iter().enumerate() {
                println!(
                    "  decile {:>2}: expected {:.3} actual {:.3}",
                    i + 1,
                    b.mean_predicted,
                    b.mean_actual
                );
            }
        }
    }
}
