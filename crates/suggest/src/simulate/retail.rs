//! A retail shop with the non-stationarity real shops have and the BG/NBD
//! process lacks:
//!
//! * **drift**: each customer's purchase rate changes over time,
//!   λ(t) = λ₀·exp(β·(t − birth)/365) with β ~ N(0, `drift_sd`) (some buy
//!   more and more, some fade away without a clean "death");
//! * **a December peak**: the intensity is multiplied by
//!   1 + D·exp(−δ²/(2·12²)), δ the distance in days to 15 December, with
//!   D = `december` for most customers and 8·`december` for a share of
//!   gift buyers;
//! * **a cohort that churns**: a share of the customers who started in the
//!   first half of the span stop for good at `churn_at` years (a competitor
//!   opened);
//! * BG/NBD-style dropout after each repeat purchase, and a per-customer
//!   mean basket (log-normal) with per-visit noise; customers with bigger
//!   baskets drop out less often.
//!
//! Purchase times are whole days (a till records dates).

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::{beta, exponential, gamma, standard_normal, DAYS_PER_YEAR};
use crate::bgnbd::Params;

/// Configuration of [`simulate_retail`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetailConfig {
    /// Number of customers.
    pub customers: usize,
    /// Span in years (first purchases uniform over it).
    pub years: f64,
    /// Heterogeneity of base rates and dropout, as in BG/NBD (per day).
    pub base: Params,
    /// Standard deviation of the yearly log-drift β of a customer's rate.
    pub drift_sd: f64,
    /// December peak amplitude D for ordinary customers.
    pub december: f64,
    /// Share of gift buyers (peak 8·D).
    pub gift_share: f64,
    /// Share of the early cohort that churns at `churn_at`.
    pub churn_share: f64,
    /// When the churning cohort stops, in years.
    pub churn_at: f64,
}

impl Default for RetailConfig {
    fn default() -> Self {
        RetailConfig {
            customers: 5_000,
            years: 3.0,
            base: Params {
                r: 0.6,
                alpha: 60.0,
                a: 0.7,
                b: 3.0,
            },
            drift_sd: 0.6,
            december: 0.6,
            gift_share: 0.15,
            churn_share: 0.3,
            churn_at: 2.4,
        }
    }
}

/// One simulated retail customer.
#[derive(Debug, Clone, PartialEq)]
pub struct RetailCustomer {
    /// Distinct purchase days since the start, ascending.
    pub days: Vec<f64>,
    /// Spend on each of those days, in minor units.
    pub spend: Vec<f64>,
}

/// Simulates a non-stationary retail shop (see the module docs);
/// deterministic for a given seed.
pub fn simulate_retail(config: &RetailConfig, seed: u64) -> Vec<RetailCustomer> {
    let mut rng = StdRng::seed_from_u64(seed);
    let end = config.years.max(0.0) * DAYS_PER_YEAR;
    (0..config.customers)
        .map(|_| customer(&mut rng, config, end))
        .collect()
}

fn customer(rng: &mut StdRng, c: &RetailConfig, end: f64) -> RetailCustomer {
    let birth = rng.gen::<f64>() * end;
    let lambda0 = gamma(rng, c.base.r) / c.base.alpha;
    let drift = c.drift_sd * standard_normal(rng);
    let basket_z = standard_normal(rng);
    let basket = (8.0 + 0.6 * basket_z).exp();
    // Bigger baskets, more loyal: the dropout chance shrinks with the basket.
    let drop = beta(rng, c.base.a, c.base.b) * (-0.4 * basket_z).exp().min(3.0);
    let peak = if rng.gen::<f64>() < c.gift_share {
        8.0 * c.december
    } else {
        c.december
    };
    let stop = if birth < end / 2.0 && rng.gen::<f64>() < c.churn_share {
        (c.churn_at * DAYS_PER_YEAR).min(end)
    } else {
        end
    };
    let rate = |t: f64| lambda0 * (drift * (t - birth) / DAYS_PER_YEAR).exp() * season(t, peak);
    let bound = lambda0 * (drift.abs() * (end - birth) / DAYS_PER_YEAR).exp() * (1.0 + peak);
    let mut times = vec![birth];
    let mut t = birth;
    // A Gamma draw can underflow to 0: such a customer buys once.
    while bound > 0.0 && t <= stop {
        t += exponential(rng) / bound;
        if t > stop {
            break;
        }
        if rng.gen::<f64>() * bound >= rate(t) {
            continue;
        }
        times.push(t);
        if rng.gen::<f64>() < drop {
            break;
        }
    }
    let mut days: Vec<f64> = times.iter().map(|t| t.floor()).collect();
    days.dedup();
    let spend = days
        .iter()
        .map(|_| (basket * (0.3 * standard_normal(rng)).exp()).round())
        .collect();
    RetailCustomer { days, spend }
}

/// 1 + D·exp(−δ²/(2·12²)), δ the distance in days to 15 December.
fn season(t: f64, peak: f64) -> f64 {
    let day_of_year = t.rem_euclid(DAYS_PER_YEAR);
    let delta = (day_of_year - 349.0).abs();
    let delta = delta.min(DAYS_PER_YEAR - delta);
    1.0 + peak * (-delta * delta / (2.0 * 144.0)).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_with_a_december_peak_and_churn() {
        let config = RetailConfig {
            customers: 3_000,
            ..RetailConfig::default()
        };
        let shop = simulate_retail(&config, 5);
        assert_eq!(shop, simulate_retail(&config, 5));
        let mut december = 0;
        let mut june = 0;
        let mut after_churn = 0;
        let mut before_churn = 0;
        for c in &shop {
            assert_eq!(c.days.len(), c.spend.len());
            assert!(c.days.windows(2).all(|w| w[0] < w[1]));
            for d in &c.days {
                let doy = d.rem_euclid(DAYS_PER_YEAR);
                december += usize::from((335.0..365.0).contains(&doy));
                june += usize::from((152.0..182.0).contains(&doy));
                let rel = d / DAYS_PER_YEAR - config.churn_at;
                after_churn += usize::from((0.0..0.2).contains(&rel));
                before_churn += usize::from((-0.2..0.0).contains(&rel));
            }
        }
        assert!(december > 2 * june, "{december} vs {june}");
        assert!(
            after_churn < before_churn,
            "{after_churn} vs {before_churn}"
        );
    }
}
