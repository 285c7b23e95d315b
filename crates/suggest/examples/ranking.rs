//! Measures the ranker (`shopkeeper_suggest::ranker`) against BG/NBD, the
//! blend and recency on simulated shops: fit at 13 weeks before the end,
//! outcome = bought in the last 13 weeks. The tables in docs/suggestions.md
//! ("The ranker: measured") come from here.
//!
//! `cargo run -p shopkeeper-suggest --release --example ranking [-- quick]`

use std::collections::BTreeMap;
use std::time::Instant;

use shopkeeper_suggest::backtest::{roc_auc, top_fraction};
use shopkeeper_suggest::bgnbd::{fit, Rfm};
use shopkeeper_suggest::ranker::{History, Method, Ranker};
use shopkeeper_suggest::simulate::{
    simulate_retail, simulate_shop, RetailConfig, ShopConfig, SimCustomer, DAYS_PER_YEAR,
};

/// Example seeds (the tests use others).
const SEEDS: [u64; 3] = [201, 202, 203];
/// 13 weeks.
const HORIZON: f64 = 91.0;

fn main() {
    let quick = std::env::args().any(|a| a == "quick");
    let seeds = if quick { &SEEDS[..1] } else { &SEEDS[..] };
    println!("Horizon {HORIZON} days; fit at end − horizon; seeds {seeds:?}.");
    println!("AUC and P@10% (precision in the top 10%): mean (min..max) over seeds.\n");
    println!("| shop | n | chosen (per seed) | AUC chosen | AUC BG/NBD | chosen − BG/NBD (worst seed) | AUC blend | AUC recency | P@10% chosen | P@10% BG/NBD | P@10% blend | P@10% recency | fit s | BG/NBD fit s | fit / BG/NBD | score µs |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for n in [10_000, 500] {
        for (name, make) in shops() {
            let runs: Vec<Run> = seeds.iter().map(|s| run(&make(n, *s))).collect();
            print_row(name, n, &runs);
        }
    }
}

type Maker = Box<dyn Fn(usize, u64) -> Vec<History>>;

fn shops() -> Vec<(&'static str, Maker)> {
    let sim = |config: ShopConfig| -> Maker {
        Box::new(move |n, seed| {
            let config = ShopConfig {
                customers: n,
                ..config
            };
            simulate_shop(&config, seed)
                .iter()
                .map(to_history)
                .collect()
        })
    };
    let base = ShopConfig::default();
    vec![
        (
            "pure BG/NBD",
            sim(ShopConfig {
                share_bgnbd: 1.0,
                share_rhythmic: 0.0,
                seasonality: 0.0,
                ..base
            }),
        ),
        ("mixed", sim(base)),
        (
            "rhythm-heavy",
            sim(ShopConfig {
                share_bgnbd: 0.3,
                share_rhythmic: 0.5,
                ..base
            }),
        ),
        (
            "strongly seasonal",
            sim(ShopConfig {
                seasonality: 1.0,
                ..base
            }),
        ),
        (
            "retail (drift, December, churn)",
            Box::new(|n, seed| {
                let config = RetailConfig {
                    customers: n,
                    ..RetailConfig::default()
                };
                simulate_retail(&config, seed)
                    .into_iter()
                    .map(|c| History {
                        days: c.days,
                        spend: c.spend,
                        follow_ups: vec![],
                    })
                    .collect()
            }),
        ),
    ]
}

/// Whole days, as a till records them; a flat spend (the simulator has
/// none).
fn to_history(c: &SimCustomer) -> History {
    let mut days: Vec<f64> = c.purchases.iter().map(|t| t.floor()).collect();
    days.dedup();
    History {
        spend: vec![1_000.0; days.len()],
        days,
        follow_ups: vec![],
    }
}

struct Run {
    chosen: Method,
    auc: BTreeMap<&'static str, f64>,
    p10: BTreeMap<&'static str, f64>,
    fit_s: f64,
    bgnbd_s: f64,
    score_us: f64,
}

fn run(histories: &[History]) -> Run {
    let end = 3.0 * DAYS_PER_YEAR;
    let cutoff = (end - HORIZON).floor();
    let start = Instant::now();
    let ranker = Ranker::fit(histories, cutoff, HORIZON);
    let fit_s = start.elapsed().as_secs_f64();
    let rfm: Vec<Rfm> = histories
        .iter()
        .filter_map(|h| Rfm::from_times(h.days_until(cutoff), cutoff))
        .collect();
    let start = Instant::now();
    let _ = fit(&rfm);
    let bgnbd_s = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let scored: Vec<&History> = histories
        .iter()
        .filter(|h| ranker.score(h).is_some())
        .collect();
    let score_us = start.elapsed().as_secs_f64() * 1e6 / histories.len().max(1) as f64;
    let labels: Vec<bool> = scored
        .iter()
        .map(|h| h.days.iter().any(|d| *d > cutoff && *d <= cutoff + HORIZON))
        .collect();
    let mut auc = BTreeMap::new();
    let mut p10 = BTreeMap::new();
    let columns: [(&str, Option<Method>); 4] = [
        ("chosen", None),
        ("bgnbd", Some(Method::BgNbd)),
        ("blend", Some(Method::Blend)),
        ("recency", Some(Method::Recency)),
    ];
    for (name, method) in columns {
        let scores: Option<Vec<f64>> = scored
            .iter()
            .map(|h| match method {
                None => ranker.score(h),
                Some(m) => ranker.score_as(m, h),
            })
            .collect();
        if let Some(s) = scores {
            auc.insert(name, roc_auc(&s, &labels).unwrap_or(f64::NAN));
            p10.insert(
                name,
                top_fraction(&s, &labels, 0.1).map_or(f64::NAN, |t| t.precision),
            );
        }
    }
    if let Some(c) = ranker.contest() {
        let entries: Vec<String> = c
            .entries
            .iter()
            .map(|e| format!("{} {:.4}", e.method.as_str(), e.auc))
            .collect();
        eprintln!("held-out window: {}", entries.join(", "));
    }
    Run {
        chosen: ranker.method(),
        auc,
        p10,
        fit_s,
        bgnbd_s,
        score_us,
    }
}

fn stat(v: &[f64]) -> String {
    if v.is_empty() || v.iter().any(|x| x.is_nan()) {
        return "–".into();
    }
    let mean = v.iter().sum::<f64>() / v.len() as f64;
    let lo = v.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    format!("{mean:.3} ({lo:.3}..{hi:.3})")
}

fn print_row(name: &str, n: usize, runs: &[Run]) {
    let col = |m: &dyn Fn(&Run) -> Option<f64>| -> String {
        let v: Option<Vec<f64>> = runs.iter().map(m).collect();
        v.map_or("–".into(), |v| stat(&v))
    };
    let chosen: Vec<&str> = runs.iter().map(|r| r.chosen.as_str()).collect();
    let mut cells = vec![name.to_string(), n.to_string(), chosen.join(", ")];
    for key in ["chosen", "bgnbd"] {
        cells.push(col(&|r| r.auc.get(key).copied()));
    }
    let gap = |r: &Run| Some(r.auc.get("chosen")? - r.auc.get("bgnbd")?);
    let worst: Option<f64> = runs
        .iter()
        .map(gap)
        .try_fold(f64::INFINITY, |w, g| Some(w.min(g?)));
    cells.push(worst.map_or("–".into(), |w| format!("{w:+.4}")));
    for key in ["blend", "recency"] {
        cells.push(col(&|r| r.auc.get(key).copied()));
    }
    for key in ["chosen", "bgnbd", "blend", "recency"] {
        cells.push(col(&|r| r.p10.get(key).copied()));
    }
    cells.push(col(&|r| Some(r.fit_s)));
    cells.push(col(&|r| Some(r.bgnbd_s)));
    cells.push(col(&|r| Some(r.fit_s / r.bgnbd_s)));
    cells.push(col(&|r| Some(r.score_us)));
    println!("| {} |", cells.join(" | "));
}
