//! A customer's own purchase rhythm for a product or category.
//!
//! **Interval.** The typical gap between a customer's purchase *days* is the
//! median of their gaps once there are at least [`MIN_OWN_GAPS`] of them
//! (medians ignore the odd very long break or stock-up). Otherwise the
//! catalog's use-up interval for the product is used, and failing that the
//! shop-wide median of customers' own intervals ([`shop_median_interval`]).
//! The [`IntervalSource`] says which one was used.
//!
//! **Spread and confidence.** Gaps are modelled as log-normal around the
//! interval: σ is the robust spread of log-gaps (1.4826 · MAD), shrunk
//! towards a prior σ₀ = 0.5 with two pseudo-gaps, so two identical gaps do
//! not claim perfect regularity. `confidence` in [0, 1] says how much the
//! interval reflects this customer's own, regular behaviour:
//! n/(n+2) · exp(−(σ/σ₀)²) for own history (≈0.7 for a steady monthly
//! buyer with 10 gaps, ≈0.005 for Poisson-like buying where σ ≈ 1.1);
//! [`CATALOG_CONFIDENCE`] for a catalog interval; 0 for the shop median,
//! which says nothing about the person.
//!
//! **Lapsing.** See [`lapsing`]: P(alive) times how unusual the current
//! silence is for this customer's rhythm.

use chrono::{Datelike, NaiveDate};

use crate::error::RhythmError;
use crate::special::{normal_cdf, normal_sf};

/// Own gaps needed before a customer's own median is trusted.
pub const MIN_OWN_GAPS: usize = 2;
/// Prior log-spread σ₀ of gaps (also used for fallback intervals).
pub const PRIOR_SIGMA: f64 = 0.5;
/// Confidence given to a catalog use-up interval.
pub const CATALOG_CONFIDENCE: f64 = 0.3;
/// Floor on σ so that a due date is never treated as exact.
const MIN_SIGMA: f64 = 0.05;

/// Where an [`Interval`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntervalSource {
    /// The median of the customer's own gaps (at least [`MIN_OWN_GAPS`]).
    OwnHistory,
    /// The catalog's use-up interval for the product.
    Catalog,
    /// The shop-wide median of customers' own intervals.
    ShopMedian,
}

/// Fallback intervals in days, used when the own history is too short.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Fallbacks {
    /// The product's use-up interval from the catalog, if known.
    pub catalog_days: Option<f64>,
    /// The shop-wide median interval, if known.
    pub shop_median_days: Option<f64>,
}

/// A typical purchase interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Typical gap in days (> 0).
    pub days: f64,
    /// Which source produced it.
    pub source: IntervalSource,
    /// Number of own gaps behind it (0 for fallbacks).
    pub gaps: usize,
    /// Log-normal spread σ of gaps around `days`.
    pub sigma_log: f64,
    /// How much the interval reflects the customer's own regular behaviour,
    /// in [0, 1] (see the module docs).
    pub confidence: f64,
}

impl Interval {
    /// Interval from purchase times in days (any origin, any order); times
    /// within 1e-9 days of each other are one purchase day.
    pub fn from_times(times: &[f64], fallbacks: Fallbacks) -> Result<Interval, RhythmError> {
        let mut t: Vec<f64> = times.iter().copied().filter(|v| v.is_finite()).collect();
        t.sort_by(f64::total_cmp);
        t.dedup_by(|b, a| (*b - *a).abs() < 1e-9);
        let gaps: Vec<f64> = t.windows(2).map(|w| w[1] - w[0]).collect();
        Interval::from_gaps(&gaps, fallbacks)
    }

    /// Interval from purchase dates; several purchases on one day count once.
    pub fn from_dates(dates: &[NaiveDate], fallbacks: Fallbacks) -> Result<Interval, RhythmError> {
        let times: Vec<f64> = dates.iter().map(|d| day_number(*d)).collect();
        Interval::from_times(&times, fallbacks)
    }

    /// Interval from positive gaps in days (non-positive or non-finite gaps
    /// are ignored).
    pub fn from_gaps(gaps: &[f64], fallbacks: Fallbacks) -> Result<Interval, RhythmError> {
        let mut gaps: Vec<f64> = gaps
            .iter()
            .copied()
            .filter(|g| g.is_finite() && *g > 0.0)
            .collect();
        if gaps.len() >= MIN_OWN_GAPS {
            gaps.sort_by(f64::total_cmp);
            let days = median_sorted(&gaps);
            let logs: Vec<f64> = gaps.iter().map(|g| (g / days).ln()).collect();
            let mut dev: Vec<f64> = logs.iter().map(|l| l.abs()).collect();
            dev.sort_by(f64::total_cmp);
            let s = 1.4826 * median_sorted(&dev);
            let n = gaps.len() as f64;
            let sigma_log = ((n * s * s + 2.0 * PRIOR_SIGMA * PRIOR_SIGMA) / (n + 2.0))
                .sqrt()
                .max(MIN_SIGMA);
            let confidence = n / (n + 2.0) * (-(sigma_log / PRIOR_SIGMA).powi(2)).exp();
            return Ok(Interval {
                days,
                source: IntervalSource::OwnHistory,
                gaps: gaps.len(),
                sigma_log,
                confidence,
            });
        }
        let valid = |v: f64| {
            if v.is_finite() && v > 0.0 {
                Ok(v)
            } else {
                Err(RhythmError::InvalidFallback)
            }
        };
        if let Some(c) = fallbacks.catalog_days {
            return Ok(Interval {
                days: valid(c)?,
                source: IntervalSource::Catalog,
                gaps: 0,
                sigma_log: PRIOR_SIGMA,
                confidence: CATALOG_CONFIDENCE,
            });
        }
        if let Some(m) = fallbacks.shop_median_days {
            return Ok(Interval {
                days: valid(m)?,
                source: IntervalSource::ShopMedian,
                gaps: 0,
                sigma_log: PRIOR_SIGMA,
                confidence: 0.0,
            });
        }
        Err(RhythmError::NoInterval)
    }

    /// Days from `as_of` until the next purchase is due (last purchase +
    /// interval); negative when overdue.
    pub fn days_until_due(&self, last_purchase: NaiveDate, as_of: NaiveDate) -> f64 {
        self.days - (as_of - last_purchase).num_days() as f64
    }

    /// Probability that the next gap is longer than `days` (log-normal
    /// survival with median `self.days` and spread `sigma_log`).
    pub fn gap_survival(&self, days: f64) -> f64 {
        if days <= 0.0 {
            return 1.0;
        }
        normal_sf((days / self.days).ln() / self.sigma_log)
    }
}

/// Shop-wide median of customers' own intervals, over customers with at
/// least [`MIN_OWN_GAPS`] gaps. `None` if no customer qualifies.
pub fn shop_median_interval<'a, I>(histories: I) -> Option<f64>
where
    I: IntoIterator<Item = &'a [NaiveDate]>,
{
    median_own_interval(
        histories
            .into_iter()
            .map(|h| Interval::from_dates(h, Fallbacks::default())),
    )
}

/// [`shop_median_interval`] for histories given as purchase times in days.
pub fn shop_median_interval_of_times<'a, I>(histories: I) -> Option<f64>
where
    I: IntoIterator<Item = &'a [f64]>,
{
    median_own_interval(
        histories
            .into_iter()
            .map(|h| Interval::from_times(h, Fallbacks::default())),
    )
}

/// The median of the intervals that could be found (own history only, as
/// no fallbacks are given).
fn median_own_interval(
    intervals: impl Iterator<Item = Result<Interval, RhythmError>>,
) -> Option<f64> {
    let mut own: Vec<f64> = intervals.filter_map(Result::ok).map(|i| i.days).collect();
    if own.is_empty() {
        return None;
    }
    own.sort_by(f64::total_cmp);
    Some(median_sorted(&own))
}

/// A lapsing assessment (see [`lapsing`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lapsing {
    /// Days since the last purchase divided by the typical interval.
    pub overdue_ratio: f64,
    /// ln(overdue_ratio) / σ: how many log-spreads past due (negative: not
    /// yet due).
    pub z: f64,
    /// Φ(z): the share of this customer's usual gaps shorter than the
    /// current silence (0.5 exactly at the due date).
    pub unusualness: f64,
    /// `p_alive · unusualness`, in [0, 1].
    pub score: f64,
}

/// Lapsing score: high for customers who are probably still active
/// (`p_alive`, e.g. from BG/NBD) but whose current silence is long for their
/// own rhythm — worth a nudge. It is low both for customers not yet due and
/// for customers who are most likely gone (already lapsed).
///
/// `p_alive` is clamped to [0, 1]; a negative `days_since_last` counts as 0.
pub fn lapsing(p_alive: f64, days_since_last: f64, interval: &Interval) -> Lapsing {
    let p_alive = if p_alive.is_nan() {
        0.0
    } else {
        p_alive.clamp(0.0, 1.0)
    };
    let d = days_since_last.max(0.0);
    let overdue_ratio = d / interval.days;
    let z = if d > 0.0 {
        overdue_ratio.ln() / interval.sigma_log
    } else {
        f64::NEG_INFINITY
    };
    let unusualness = if d > 0.0 { normal_cdf(z) } else { 0.0 };
    Lapsing {
        overdue_ratio,
        z,
        unusualness,
        score: p_alive * unusualness,
    }
}

fn median_sorted(v: &[f64]) -> f64 {
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        0.5 * (v[n / 2 - 1] + v[n / 2])
    }
}

fn day_number(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn own_median_with_enough_gaps() {
        // Gaps 30, 28, 90 (a missed month), 31 → median 30.5.
        let dates = [
            d(2024, 1, 1),
            d(2024, 1, 31),
            d(2024, 2, 28),
            d(2024, 5, 28),
            d(2024, 6, 28),
        ];
        let i = Interval::from_dates(&dates, Fallbacks::default()).unwrap();
        assert_eq!(i.source, IntervalSource::OwnHistory);
        assert_eq!(i.gaps, 4);
        assert!((i.days - 30.5).abs() < 1e-12);
        assert!(i.confidence > 0.3 && i.confidence < 1.0);
        assert!((i.days_until_due(d(2024, 6, 28), d(2024, 7, 8)) - 20.5).abs() < 1e-12);
    }

    #[test]
    fn same_day_purchases_count_once() {
        let dates = [d(2024, 1, 1), d(2024, 1, 1), d(2024, 1, 11), d(2024, 1, 21)];
        let i = Interval::from_dates(&dates, Fallbacks::default()).unwrap();
        assert_eq!((i.gaps, i.days), (2, 10.0));
    }

    #[test]
    fn falls_back_in_order() {
        let one_gap = [d(2024, 1, 1), d(2024, 2, 1)];
        let both = Fallbacks {
            catalog_days: Some(45.0),
            shop_median_days: Some(60.0),
        };
        let i = Interval::from_dates(&one_gap, both).unwrap();
        assert_eq!((i.source, i.days), (IntervalSource::Catalog, 45.0));
        let shop = Fallbacks {
            catalog_days: None,
            shop_median_days: Some(60.0),
        };
        let i = Interval::from_dates(&one_gap, shop).unwrap();
        assert_eq!(
            (i.source, i.days, i.confidence),
            (IntervalSource::ShopMedian, 60.0, 0.0)
        );
        assert_eq!(
            Interval::from_dates(&[], Fallbacks::default()),
            Err(RhythmError::NoInterval)
        );
        let bad = Fallbacks {
            catalog_days: Some(-3.0),
            shop_median_days: None,
        };
        assert_eq!(
            Interval::from_dates(&one_gap, bad),
            Err(RhythmError::InvalidFallback)
        );
    }

    #[test]
    fn regular_buyer_is_more_confident_than_erratic_one() {
        let regular: Vec<f64> = (0..12).map(|k| 30.0 * k as f64 + (k % 3) as f64).collect();
        let erratic = [
            0.0, 3.0, 50.0, 52.0, 140.0, 141.0, 300.0, 310.0, 311.0, 400.0, 480.0, 481.0,
        ];
        let r = Interval::from_times(&regular, Fallbacks::default()).unwrap();
        let e = Interval::from_times(&erratic, Fallbacks::default()).unwrap();
        assert!(r.confidence > 0.6 && e.confidence < 0.05, "{r:?} {e:?}");
    }

    #[test]
    fn shop_median_over_qualifying_customers() {
        let a = [d(2024, 1, 1), d(2024, 1, 11), d(2024, 1, 21)]; // 10
        let b = [d(2024, 1, 1), d(2024, 1, 31), d(2024, 3, 1)]; // 30
        let c = [d(2024, 1, 1), d(2024, 2, 1)]; // one gap: ignored
        let e = [d(2024, 1, 1), d(2024, 2, 20), d(2024, 4, 10)]; // 50
        let hs: [&[NaiveDate]; 4] = [&a, &b, &c, &e];
        assert_eq!(shop_median_interval(hs), Some(30.0));
        assert_eq!(shop_median_interval(std::iter::empty()), None);
    }

    #[test]
    fn lapsing_score_shape() {
        let i = Interval {
            days: 30.0,
            source: IntervalSource::OwnHistory,
            gaps: 8,
            sigma_log: 0.2,
            confidence: 0.7,
        };
        let due = lapsing(0.9, 30.0, &i);
        assert!((due.unusualness - 0.5).abs() < 1e-6 && (due.score - 0.45).abs() < 1e-6);
        let early = lapsing(0.9, 10.0, &i);
        let late = lapsing(0.9, 60.0, &i);
        assert!(early.score < 0.01 && late.score > 0.85);
        assert_eq!(lapsing(0.0, 60.0, &i).score, 0.0);
        assert_eq!(lapsing(f64::NAN, 60.0, &i).score, 0.0);
        assert_eq!(lapsing(0.9, -5.0, &i).score, 0.0);
    }
}
