//! Measures parameter recovery, fit time and holdout ranking on several
//! simulated shops; the numbers in docs/suggestions.md come from here.
//!
//! `cargo run -p shopkeeper-suggest --release --example evaluate`

use std::time::Instant;

use shopkeeper_suggest::bgnbd::{fit, Params, Rfm};
use shopkeeper_suggest::holdout::{evaluate_holdout, HoldoutReport};
use shopkeeper_suggest::simulate::{simulate_bgnbd, simulate_shop, ShopConfig, DAYS_PER_YEAR};

const SEEDS: [u64; 5] = [101, 102, 103, 104, 105];

fn main() {
    recovery();
    ranking();
}

fn recovery() {
    println!("## Parameter recovery (BG/NBD process, 3 years, fit at the end)\n");
    println!("| truth (r, alpha, a, b) | n | seed | r | alpha | a | b | max rel. err | fit time |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let truths = [
        Params {
            r: 0.6,
            alpha: 60.0,
            a: 0.7,
            b: 3.0,
        },
        Params {
            r: 0.243,
            alpha: 4.414 * 7.0,
            a: 0.793,
            b: 2.426,
        },
        Params {
            r: 1.5,
            alpha: 40.0,
            a: 1.2,
            b: 6.0,
        },
    ];
    for truth in truths {
        for n in [5_000, 10_000] {
            for seed in &SEEDS[..3] {
                let shop = simulate_bgnbd(&truth, n, 3.0, *seed);
                let rfm: Vec<Rfm> = shop
                    .iter()
                    .filter_map(|c| Rfm::from_times(&c.purchases, 3.0 * DAYS_PER_YEAR))
                    .collect();
                let start = Instant::now();
                let f = fit(&rfm).expect("fit");
                let ms = start.elapsed().as_secs_f64() * 1e3;
                let p = f.params;
                let err = [
                    (p.r, truth.r),
                    (p.alpha, truth.alpha),
                    (p.a, truth.a),
                    (p.b, truth.b),
                ]
                .iter()
                .map(|(g, w)| (g - w).abs() / w)
                .fold(0.0, f64::max);
                println!(
                    "| ({}, {:.1}, {}, {}) | {n} | {seed} | {:.3} | {:.1} | {:.3} | {:.3} | {:.1}% | {ms:.0} ms |",
                    truth.r, truth.alpha, truth.a, truth.b, p.r, p.alpha, p.a, p.b, 100.0 * err
                );
            }
        }
    }
    println!();
}

fn ranking() {
    let base = ShopConfig {
        customers: 6_000,
        ..ShopConfig::default()
    };
    let shops = [
        ("mixed (default)", base),
        (
            "pure BG/NBD",
            ShopConfig {
                share_bgnbd: 1.0,
                share_rhythmic: 0.0,
                seasonality: 0.0,
                ..base
            },
        ),
        (
            "rhythm-heavy",
            ShopConfig {
                share_bgnbd: 0.3,
                share_rhythmic: 0.5,
                ..base
            },
        ),
        (
            "mostly one-time",
            ShopConfig {
                share_bgnbd: 0.2,
                share_rhythmic: 0.1,
                ..base
            },
        ),
        (
            "strong seasonality",
            ShopConfig {
                seasonality: 1.0,
                ..base
            },
        ),
    ];
    let horizon = 60.0;
    println!("## Holdout ranking: fit at years-0.25, outcome = bought in next {horizon} days");
    println!("Mean (min..max) over seeds {SEEDS:?}; P@10% = precision in the top 10%.\n");
    println!("| shop | base rate | AUC score | AUC BG/NBD | AUC recency | P@10% score | P@10% BG/NBD | P@10% recency | lift@10% score |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut first: Option<HoldoutReport> = None;
    for (name, config) in shops {
        let cutoff = (config.years - 0.25) * DAYS_PER_YEAR;
        let reports: Vec<HoldoutReport> = SEEDS
            .iter()
            .map(|seed| {
                let histories: Vec<Vec<f64>> = simulate_shop(&config, *seed)
                    .into_iter()
                    .map(|c| c.purchases)
                    .collect();
                evaluate_holdout(&histories, cutoff, horizon).expect("evaluate")
            })
            .collect();
        let stat = |f: &dyn Fn(&HoldoutReport) -> f64| {
            let v: Vec<f64> = reports.iter().map(f).collect();
            let mean = v.iter().sum::<f64>() / v.len() as f64;
            let lo = v.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            format!("{mean:.3} ({lo:.3}..{hi:.3})")
        };
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} |",
            stat(&|r| r.base_rate),
            stat(&|r| r.score.auc),
            stat(&|r| r.bgnbd.auc),
            stat(&|r| r.recency.auc),
            stat(&|r| r.score.top10.precision),
            stat(&|r| r.bgnbd.top10.precision),
            stat(&|r| r.recency.top10.precision),
            stat(&|r| r.score.top10.lift),
        );
        first.get_or_insert_with(|| reports[0].clone());
    }
    if let Some(r) = first {
        println!("\n## Calibration, mixed shop seed {}: BG/NBD expected vs actual purchases per decile\n", SEEDS[0]);
        println!(
            "fitted params: r {:.3}, alpha {:.2}, a {:.3}, b {:.3}\n",
            r.params.r, r.params.alpha, r.params.a, r.params.b
        );
        println!("| decile | n | mean predicted | mean actual |");
        println!("|---|---|---|---|");
        for (i, b) in r.calibration.iter().enumerate() {
            println!(
                "| {} | {} | {:.3} | {:.3} |",
                i + 1,
                b.count,
                b.mean_predicted,
                b.mean_actual
            );
        }
    }
}
