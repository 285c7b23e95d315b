//! Compares the two learners considered for the learned ranking on exactly
//! the same data: L2 logistic regression (`linfa-logistic`, the one the
//! ranker uses: [`Model`]) and gradient-boosted trees (`gbdt`). Trained on
//! windows k ≥ 2, judged by AUC on window k = 1 (labels in the last 13
//! weeks before the cut-off), as in the ranker's contest.
//!
//! `cargo run -p shopkeeper-suggest --release --example learners`

use std::time::Instant;

use gbdt::config::Config;
use gbdt::decision_tree::{Data, DataVec};
use gbdt::gradient_boost::GBDT;
use shopkeeper_suggest::backtest::roc_auc;
use shopkeeper_suggest::ranker::{learning_windows, Features, History, Model};
use shopkeeper_suggest::simulate::{
    simulate_retail, simulate_shop, RetailConfig, ShopConfig, DAYS_PER_YEAR,
};

/// Seeds (the tests use others).
const SEEDS: [u64; 3] = [201, 202, 203];
/// 13 weeks.
const HORIZON: f64 = 91.0;

fn main() {
    println!(
        "| shop | n | seed | train rows | AUC logistic | AUC gbdt | fit s logistic | fit s gbdt |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for n in [8_000, 500] {
        for seed in SEEDS {
            for (name, histories) in shops(n, seed) {
                compare(name, n, seed, &histories);
            }
        }
    }
}

fn shops(n: usize, seed: u64) -> Vec<(&'static str, Vec<History>)> {
    let sim = |config: ShopConfig| -> Vec<History> {
        simulate_shop(
            &ShopConfig {
                customers: n,
                ..config
            },
            seed,
        )
        .iter()
        .map(|c| {
            let mut days: Vec<f64> = c.purchases.iter().map(|t| t.floor()).collect();
            days.dedup();
            History {
                spend: vec![1_000.0; days.len()],
                days,
                follow_ups: vec![],
            }
        })
        .collect()
    };
    let retail = simulate_retail(
        &RetailConfig {
            customers: n,
            ..RetailConfig::default()
        },
        seed,
    )
    .into_iter()
    .map(|c| History {
        days: c.days,
        spend: c.spend,
        follow_ups: vec![],
    })
    .collect();
    vec![
        ("mixed", sim(ShopConfig::default())),
        (
            "rhythm-heavy",
            sim(ShopConfig {
                share_bgnbd: 0.3,
                share_rhythmic: 0.5,
                ..ShopConfig::default()
            }),
        ),
        ("retail", retail),
    ]
}

fn compare(name: &str, n: usize, seed: u64, histories: &[History]) {
    let cutoff = (3.0 * DAYS_PER_YEAR).floor();
    let windows = learning_windows(histories, cutoff, HORIZON);
    let Some(((test_x, test_y), older)) = windows.split_first() else {
        return;
    };
    let train_x: Vec<Features> = older.iter().flat_map(|w| w.0.clone()).collect();
    let train_y: Vec<bool> = older.iter().flat_map(|w| w.1.clone()).collect();

    let start = Instant::now();
    let Some(model) = Model::fit(&train_x, &train_y) else {
        return;
    };
    let logistic_s = start.elapsed().as_secs_f64();
    let logistic: Vec<f64> = test_x.iter().map(|f| model.predict(f)).collect();

    let start = Instant::now();
    let mut config = Config::new();
    config.set_feature_size(train_x[0].len());
    config.set_max_depth(4);
    config.set_min_leaf_size(20);
    config.set_iterations(100);
    config.set_shrinkage(0.1);
    config.set_loss("LogLikelyhood");
    config.set_data_sample_ratio(1.0);
    config.set_feature_sample_ratio(1.0);
    config.set_training_optimization_level(2);
    let mut trees = GBDT::new(&config);
    let mut train: DataVec = train_x
        .iter()
        .zip(&train_y)
        .map(|(f, y)| Data::new_training_data(to_f32(f), 1.0, if *y { 1.0 } else { -1.0 }, None))
        .collect();
    trees.fit(&mut train);
    let gbdt_s = start.elapsed().as_secs_f64();
    let test: DataVec = test_x
        .iter()
        .map(|f| Data::new_test_data(to_f32(f), None))
        .collect();
    let boosted: Vec<f64> = trees.predict(&test).iter().map(|p| f64::from(*p)).collect();

    let auc = |s: &[f64]| roc_auc(s, test_y).map_or(f64::NAN, |a| a);
    println!(
        "| {name} | {n} | {seed} | {} | {:.4} | {:.4} | {logistic_s:.2} | {gbdt_s:.2} |",
        train_x.len(),
        auc(&logistic),
        auc(&boosted)
    );
}

fn to_f32(f: &Features) -> Vec<f32> {
    f.iter().map(|v| *v as f32).collect()
}
