//! Integration tests: parameter recovery, calibration against the true
//! process, and holdout ranking on simulated shops.

use shopkeeper_suggest::bgnbd::{fit, Params, Rfm};
use shopkeeper_suggest::holdout::evaluate_holdout;
use shopkeeper_suggest::simulate::{simulate_bgnbd, simulate_shop, ShopConfig, DAYS_PER_YEAR};

fn rel_err(got: f64, want: f64) -> f64 {
    (got - want).abs() / want
}

mod recovery {
    use super::*;

    fn check(truth: Params, n: usize, years: f64, seed: u64, tol: f64) {
        let shop = simulate_bgnbd(&truth, n, years, seed);
        let cutoff = years * DAYS_PER_YEAR;
        let rfm: Vec<Rfm> = shop
            .iter()
            .filter_map(|c| Rfm::from_times(&c.purchases, cutoff))
            .collect();
        let started = std::time::Instant::now();
        let fitted = fit(&rfm).expect("fit");
        let elapsed = started.elapsed();
        let p = fitted.params;
        println!(
            "recovery n={n} seed={seed}: r {:.3} ({:.3}) alpha {:.2} ({:.2}) a {:.3} ({:.3}) b {:.3} ({:.3}) in {:?}, {} evals",
            p.r, truth.r, p.alpha, truth.alpha, p.a, truth.a, p.b, truth.b, elapsed, fitted.evaluations
        );
        for (name, got, want) in [
            ("r", p.r, truth.r),
            ("alpha", p.alpha, truth.alpha),
            ("a", p.a, truth.a),
            ("b", p.b, truth.b),
        ] {
            assert!(
                rel_err(got, want) < tol,
                "{name}: {got} vs {want} (seed {seed})"
            );
        }
    }

    #[test]
    fn recovers_parameters_from_simulated_shop() {
        // 8k customers over 3 years; every parameter within 25%.
        let (n, tol) = (8_000, 0.25);
        let truth = Params {
            r: 0.6,
            alpha: 60.0,
            a: 0.7,
            b: 3.0,
        };
        for seed in [11, 12, 13] {
            check(truth, n, 3.0, seed, tol);
        }
    }

    #[test]
    fn recovers_cdnow_like_parameters() {
        // CDNOW's published estimates, converted from weeks to days.
        let truth = Params {
            r: 0.243,
            alpha: 4.414 * 7.0,
            a: 0.793,
            b: 2.426,
        };
        check(truth, 10_000, 1.5, 21, 0.25);
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "timing is only meaningful in release")]
    fn fits_ten_thousand_customers_fast() {
        let truth = Params {
            r: 0.6,
            alpha: 60.0,
            a: 0.7,
            b: 3.0,
        };
        let shop = simulate_bgnbd(&truth, 10_000, 3.0, 5);
        let rfm: Vec<Rfm> = shop
            .iter()
            .filter_map(|c| Rfm::from_times(&c.purchases, 3.0 * DAYS_PER_YEAR))
            .collect();
        let started = std::time::Instant::now();
        fit(&rfm).expect("fit");
        let elapsed = started.elapsed();
        println!("fit of 10k customers: {elapsed:?}");
        assert!(elapsed.as_secs_f64() < 1.0, "{elapsed:?}");
    }
}

mod calibration {
    use super::*;

    /// With the true parameters, mean predicted P(≥1) and expected purchases
    /// over a holdout match what the process then does.
    #[test]
    fn predictions_match_simulated_future() {
        let truth = Params {
            r: 0.6,
            alpha: 60.0,
            a: 0.7,
            b: 3.0,
        };
        let n = 20_000;
        let shop = simulate_bgnbd(&truth, n, 3.0, 77);
        let (cutoff, h) = (2.5 * DAYS_PER_YEAR, 0.5 * DAYS_PER_YEAR);
        let (mut p_sum, mut e_sum, mut hit, mut count, mut m) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for c in &shop {
            let Some(rfm) = Rfm::from_times(&c.purchases, cutoff) else {
                continue;
            };
            p_sum += truth.p_at_least_one_purchase(&rfm, h).unwrap();
            e_sum += truth.expected_purchases(&rfm, h).unwrap();
            let k = c.purchases_in(cutoff, cutoff + h);
            hit += f64::from(u8::from(k > 0));
            count += k as f64;
            m += 1.0;
        }
        let (p_mean, hit_rate) = (p_sum / m, hit / m);
        let (e_mean, count_mean) = (e_sum / m, count / m);
        println!(
            "calibration: P(>=1) {p_mean:.4} vs {hit_rate:.4}; E[Y] {e_mean:.4} vs {count_mean:.4}"
        );
        // Binomial standard error of the hit rate is below 0.007 here.
        assert!((p_mean - hit_rate).abs() < 0.025, "{p_mean} vs {hit_rate}");
        assert!(
            rel_err(e_mean, count_mean) < 0.1,
            "{e_mean} vs {count_mean}"
        );
    }
}

mod ranking {
    use super::*;

    /// Mixed shop: BG/NBD buyers with seasonality, regular buyers, many
    /// one-time buyers. The blended score must rank at least as well as
    /// plain BG/NBD (within 0.005 AUC) and better than recency, on every
    /// seed (seeds fixed in advance, not chosen after looking).
    #[test]
    fn score_beats_recency_and_matches_bgnbd() {
        let config = ShopConfig {
            customers: 6_000,
            ..ShopConfig::default()
        };
        let cutoff = (config.years - 0.25) * DAYS_PER_YEAR;
        let horizon = 60.0;
        for seed in [1, 2, 3, 4, 5] {
            let shop = simulate_shop(&config, seed);
            let histories: Vec<Vec<f64>> = shop.into_iter().map(|c| c.purchases).collect();
            let r = evaluate_holdout(&histories, cutoff, horizon).expect("evaluate");
            println!(
                "shop seed {seed}: n={} base {:.3} | AUC score {:.4} bgnbd {:.4} recency {:.4} | P@10% score {:.3} bgnbd {:.3} recency {:.3}",
                r.customers, r.base_rate, r.score.auc, r.bgnbd.auc, r.recency.auc,
                r.score.top10.precision, r.bgnbd.top10.precision, r.recency.top10.precision
            );
            assert!(r.score.auc >= r.bgnbd.auc - 0.005, "seed {seed}: {r:?}");
            assert!(r.score.auc > r.recency.auc, "seed {seed}: {r:?}");
        }
    }
}

mod invariants {
    use proptest::prelude::*;
    use shopkeeper_suggest::backtest::roc_auc;
    use shopkeeper_suggest::bgnbd::{Params, Rfm};

    fn params() -> impl Strategy<Value = Params> {
        (0.05f64..5.0, 0.5f64..200.0, 0.05f64..5.0, 0.1f64..20.0)
            .prop_map(|(r, alpha, a, b)| Params { r, alpha, a, b })
    }

    fn rfm() -> impl Strategy<Value = Rfm> {
        (0u32..60, 0.0f64..1.0, 0.5f64..1500.0).prop_map(|(x, frac, t)| {
            let t_x = if x == 0 { 0.0 } else { (frac * t).max(1e-3) };
            Rfm { x, t_x, t }
        })
    }

    proptest! {
        /// 0 <= P(>=1) <= P(alive) <= 1 and E[Y] >= P(Y >= 1) (Y is a count).
        #[test]
        fn prediction_invariants(p in params(), c in rfm(), h in 0.0f64..400.0) {
            let alive = p.p_alive(&c).unwrap();
            let one = p.p_at_least_one_purchase(&c, h).unwrap();
            prop_assert!((0.0..=1.0).contains(&alive));
            prop_assert!(one >= 0.0 && one <= alive + 1e-12);
            let e = p.expected_purchases(&c, h).unwrap();
            prop_assert!(e + 1e-9 >= one, "E {} < P {}", e, one);
        }

        /// Reversing the scores mirrors the AUC.
        #[test]
        fn auc_mirror(v in proptest::collection::vec((0u8..5, any::<bool>()), 2..60)) {
            let scores: Vec<f64> = v.iter().map(|(s, _)| f64::from(*s)).collect();
            let neg: Vec<f64> = scores.iter().map(|s| -s).collect();
            let out: Vec<bool> = v.iter().map(|(_, o)| *o).collect();
            if let (Ok(a), Ok(b)) = (roc_auc(&scores, &out), roc_auc(&neg, &out)) {
                prop_assert!((a + b - 1.0).abs() < 1e-12);
            }
        }
    }
}

mod degenerate {
    use chrono::NaiveDate;
    use shopkeeper_suggest::bgnbd::{fit, Params, Rfm};
    use shopkeeper_suggest::holdout::{evaluate_holdout, HoldoutError};
    use shopkeeper_suggest::score::follow_up_score;
    use shopkeeper_suggest::FitError;

    #[test]
    fn holdout_on_empty_or_one_time_shop_is_an_error_not_a_panic() {
        assert!(matches!(
            evaluate_holdout(&[], 100.0, 30.0),
            Err(HoldoutError::Fit(FitError::NotEnoughData { .. }))
        ));
        let one_time: Vec<Vec<f64>> = (0..100).map(|i| vec![f64::from(i)]).collect();
        assert!(matches!(
            evaluate_holdout(&one_time, 200.0, 30.0),
            Err(HoldoutError::Fit(FitError::NotEnoughData {
                repeat_buyers: 0,
                ..
            }))
        ));
        assert!(fit(&[Rfm {
            x: 0,
            t_x: 0.0,
            t: 0.0
        }])
        .is_err());
    }

    #[test]
    fn new_customer_bought_today_scores_finite() {
        let p = Params {
            r: 0.6,
            alpha: 60.0,
            a: 0.7,
            b: 3.0,
        };
        let today = Rfm {
            x: 0,
            t_x: 0.0,
            t: 0.0,
        };
        let s = follow_up_score(&p, &today, None, 30.0).unwrap();
        assert!(s.value.is_finite() && (0.0..=1.0).contains(&s.value));
        assert!(p.expected_purchases(&today, 30.0).unwrap().is_finite());
    }

    #[test]
    fn rfm_from_dates_counts_purchase_days() {
        let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
        let dates = [d(1, 10), d(1, 10), d(2, 9), d(3, 10), d(6, 1)];
        let rfm = Rfm::from_dates(&dates, d(4, 9)).unwrap();
        assert_eq!(
            rfm,
            Rfm {
                x: 2,
                t_x: 60.0,
                t: 90.0
            }
        );
        assert_eq!(Rfm::from_dates(&dates, d(1, 1)), None);
    }
}
