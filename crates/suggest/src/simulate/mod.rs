//! Synthetic purchase histories: the exact BG/NBD generating process, and a
//! richer "shop" mixing BG/NBD buyers, customers with a regular rhythm,
//! one-time buyers and seasonality, and a non-stationary retail shop
//! ([`simulate_retail`]: drifting rates, a December peak, a cohort that
//! churns, spend). Used by the tests and the `evaluate`
//! example; deterministic for a given seed (within one `rand` version).
//!
//! The Gamma and Beta variates are drawn here (Marsaglia–Tsang) so the crate
//! needs nothing beyond `rand`.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::bgnbd::Params;

mod retail;

pub use retail::{simulate_retail, RetailConfig, RetailCustomer};

/// Days per year used to turn `years` arguments into days.
pub const DAYS_PER_YEAR: f64 = 365.25;

/// What kind of buyer a simulated customer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Follows the BG/NBD process (possibly with seasonal intensity).
    Bgnbd,
    /// Buys at a personal, fairly regular interval until dropping out.
    Rhythmic,
    /// Buys once and never again.
    OneTime,
}

/// One simulated customer.
#[derive(Debug, Clone, PartialEq)]
pub struct SimCustomer {
    /// Buyer type.
    pub kind: Kind,
    /// Purchase times in days since the start of the simulation, ascending;
    /// the first is the customer's first purchase ("birth").
    pub purchases: Vec<f64>,
}

impl SimCustomer {
    /// Number of purchases in `(from, to]`.
    pub fn purchases_in(&self, from: f64, to: f64) -> usize {
        self.purchases
            .iter()
            .filter(|t| **t > from && **t <= to)
            .count()
    }
}

/// Simulates `n_customers` following BG/NBD with `params` (rates per day):
/// first purchases uniform over `[0, t_years)`, λ ~ Gamma(r, α),
/// p ~ Beta(a, b), Poisson purchases at rate λ and, after each repeat
/// purchase, dropout with probability p. Purchases are generated up to
/// `t_years` years.
pub fn simulate_bgnbd(
    params: &Params,
    n_customers: usize,
    t_years: f64,
    seed: u64,
) -> Vec<SimCustomer> {
    let mut rng = StdRng::seed_from_u64(seed);
    let end = t_years.max(0.0) * DAYS_PER_YEAR;
    (0..n_customers)
        .map(|_| {
            let birth = rng.gen::<f64>() * end;
            let purchases = bgnbd_customer(&mut rng, params, birth, end, 0.0);
            SimCustomer {
                kind: Kind::Bgnbd,
                purchases,
            }
        })
        .collect()
}

/// One BG/NBD customer from `birth` to `end`. With `seasonality` = A > 0 the
/// purchase intensity is λ·(1 + A·sin(2πt/365.25)) (drawn by thinning).
fn bgnbd_customer(
    rng: &mut StdRng,
    p: &Params,
    birth: f64,
    end: f64,
    seasonality: f64,
) -> Vec<f64> {
    let lambda = gamma(rng, p.r) / p.alpha;
    let drop = beta(rng, p.a, p.b);
    let amp = seasonality.clamp(0.0, 1.0);
    let mut out = vec![birth];
    let mut t = birth;
    if lambda <= 0.0 {
        return out;
    }
    loop {
        t += exponential(rng) / (lambda * (1.0 + amp));
        if t > end {
            break;
        }
        let keep = (1.0 + amp * (std::f64::consts::TAU * t / DAYS_PER_YEAR).sin()) / (1.0 + amp);
        if rng.gen::<f64>() >= keep {
            continue;
        }
        out.push(t);
        if rng.gen::<f64>() < drop {
            break;
        }
    }
    out
}

/// Configuration of [`simulate_shop`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShopConfig {
    /// Number of customers.
    pub customers: usize,
    /// Simulated span in years (first purchases uniform over it).
    pub years: f64,
    /// Share of BG/NBD buyers.
    pub share_bgnbd: f64,
    /// Share of rhythmic buyers; the rest are one-time buyers.
    pub share_rhythmic: f64,
    /// Parameters of the BG/NBD segment (per day).
    pub bgnbd: Params,
    /// Seasonal amplitude A in [0, 1] of the BG/NBD segment's intensity.
    pub seasonality: f64,
    /// Rhythmic buyers' typical interval is log-uniform in this range (days).
    pub rhythm_days: (f64, f64),
    /// Log-normal σ of a rhythmic buyer's gaps around their own interval.
    pub rhythm_jitter: f64,
    /// Probability that a rhythmic buyer stops after each purchase.
    pub rhythm_dropout: f64,
}

impl Default for ShopConfig {
    fn default() -> Self {
        ShopConfig {
            customers: 5_000,
            years: 3.0,
            share_bgnbd: 0.45,
            share_rhythmic: 0.2,
            bgnbd: Params {
                r: 0.6,
                alpha: 60.0,
                a: 0.7,
                b: 3.0,
            },
            seasonality: 0.5,
            rhythm_days: (14.0, 120.0),
            rhythm_jitter: 0.2,
            rhythm_dropout: 0.04,
        }
    }
}

/// Simulates a mixed shop (see [`ShopConfig`]).
pub fn simulate_shop(config: &ShopConfig, seed: u64) -> Vec<SimCustomer> {
    let mut rng = StdRng::seed_from_u64(seed);
    let end = config.years.max(0.0) * DAYS_PER_YEAR;
    (0..config.customers)
        .map(|_| {
            let birth = rng.gen::<f64>() * end;
            let u = rng.gen::<f64>();
            if u < config.share_bgnbd {
                let purchases =
                    bgnbd_customer(&mut rng, &config.bgnbd, birth, end, config.seasonality);
                SimCustomer {
                    kind: Kind::Bgnbd,
                    purchases,
                }
            } else if u < config.share_bgnbd + config.share_rhythmic {
                let (lo, hi) = config.rhythm_days;
                let period = (lo.ln() + rng.gen::<f64>() * (hi.ln() - lo.ln())).exp();
                let mut purchases = vec![birth];
                let mut t = birth;
                loop {
                    t += period * (config.rhythm_jitter * standard_normal(&mut rng)).exp();
                    if t > end {
                        break;
                    }
                    purchases.push(t);
                    if rng.gen::<f64>() < config.rhythm_dropout {
                        break;
                    }
                }
                SimCustomer {
                    kind: Kind::Rhythmic,
                    purchases,
                }
            } else {
                SimCustomer {
                    kind: Kind::OneTime,
                    purchases: vec![birth],
                }
            }
        })
        .collect()
}

fn exponential(rng: &mut StdRng) -> f64 {
    // 1 - U is in (0, 1], so the log is finite.
    -(1.0 - rng.gen::<f64>()).ln()
}

fn standard_normal(rng: &mut StdRng) -> f64 {
    // Box–Muller; one of the pair is discarded for simplicity.
    let u1 = 1.0 - rng.gen::<f64>();
    let u2 = rng.gen::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// Gamma(shape, 1) variate (Marsaglia & Tsang 2000; shape < 1 by boosting).
fn gamma(rng: &mut StdRng, shape: f64) -> f64 {
    if !(shape > 0.0 && shape.is_finite()) {
        return 0.0;
    }
    if shape < 1.0 {
        let u = 1.0 - rng.gen::<f64>();
        return gamma(rng, shape + 1.0) * u.powf(1.0 / shape);
    }
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * d).sqrt();
    loop {
        let x = standard_normal(rng);
        let v = (1.0 + c * x).powi(3);
        if v <= 0.0 {
            continue;
        }
        let u = 1.0 - rng.gen::<f64>();
        if u.ln() < 0.5 * x * x + d - d * v + d * v.ln() {
            return d * v;
        }
    }
}

/// Beta(a, b) variate as G_a / (G_a + G_b).
fn beta(rng: &mut StdRng, a: f64, b: f64) -> f64 {
    let x = gamma(rng, a);
    let y = gamma(rng, b);
    if x + y > 0.0 {
        x / (x + y)
    } else {
        // Both underflowed (tiny shapes): pick an endpoint in proportion.
        f64::from(u8::from(rng.gen::<f64>() < a / (a + b)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mean_var(xs: &[f64]) -> (f64, f64) {
        let n = xs.len() as f64;
        let m = xs.iter().sum::<f64>() / n;
        (
            m,
            xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0),
        )
    }

    #[test]
    fn gamma_and_beta_moments() {
        let mut rng = StdRng::seed_from_u64(1);
        for shape in [0.3, 1.0, 4.5] {
            let xs: Vec<f64> = (0..40_000).map(|_| gamma(&mut rng, shape)).collect();
            let (m, v) = mean_var(&xs);
            assert!(
                (m - shape).abs() < 0.05 * shape.max(1.0),
                "shape {shape}: mean {m}"
            );
            assert!(
                (v - shape).abs() < 0.1 * shape.max(1.0),
                "shape {shape}: var {v}"
            );
        }
        let xs: Vec<f64> = (0..40_000).map(|_| beta(&mut rng, 0.7, 3.0)).collect();
        let (m, v) = mean_var(&xs);
        let (a, b) = (0.7, 3.0);
        assert!((m - a / (a + b)).abs() < 0.005, "{m}");
        assert!(
            (v - a * b / ((a + b).powi(2) * (a + b + 1.0))).abs() < 0.003,
            "{v}"
        );
    }

    #[test]
    fn simulation_is_deterministic_and_ordered() {
        let p = Params {
            r: 0.5,
            alpha: 30.0,
            a: 0.8,
            b: 2.0,
        };
        let one = simulate_bgnbd(&p, 200, 2.0, 9);
        assert_eq!(one, simulate_bgnbd(&p, 200, 2.0, 9));
        for c in &one {
            assert!(c.purchases.windows(2).all(|w| w[0] < w[1]));
            assert!(*c.purchases.last().unwrap() <= 2.0 * DAYS_PER_YEAR);
        }
        assert!(simulate_bgnbd(&p, 0, 2.0, 1).is_empty());
    }

    #[test]
    fn shop_mixes_kinds() {
        let shop = simulate_shop(
            &ShopConfig {
                customers: 2_000,
                ..ShopConfig::default()
            },
            3,
        );
        let count = |k| shop.iter().filter(|c| c.kind == k).count();
        assert!(
            count(Kind::Bgnbd) > 700 && count(Kind::Rhythmic) > 250 && count(Kind::OneTime) > 500
        );
        assert!(shop
            .iter()
            .filter(|c| c.kind == Kind::OneTime)
            .all(|c| c.purchases.len() == 1));
    }
}
