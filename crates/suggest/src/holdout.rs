//! Holdout evaluation on purchase histories: summarise at a cut-off, fit
//! BG/NBD, score, and compare with what happened in the following horizon.
//!
//! Works on plain purchase times in days, so the same code serves simulated
//! shops (tests, the `evaluate` example) and a real shop's history.

use crate::backtest::{calibration, roc_auc, top_fraction, CalibrationBin, TopFraction};
use crate::bgnbd::{fit, Params, Rfm};
use crate::error::{BacktestError, FitError, ModelError};
use crate::rhythm::{Fallbacks, Interval};
use crate::score::{follow_up_score, recency_score};

/// Why a holdout evaluation failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum HoldoutError {
    /// BG/NBD could not be fitted on the calibration period.
    #[error(transparent)]
    Fit(#[from] FitError),
    /// A prediction failed.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// A metric was undefined (e.g. nobody bought in the horizon).
    #[error(transparent)]
    Metric(#[from] BacktestError),
}

/// Ranking quality of one score on the holdout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranking {
    /// ROC AUC for "bought at least once in the horizon".
    pub auc: f64,
    /// Precision and lift in the top 10%.
    pub top10: TopFraction,
}

/// Result of [`evaluate_holdout`].
#[derive(Debug, Clone, PartialEq)]
pub struct HoldoutReport {
    /// Customers with a purchase on or before the cut-off.
    pub customers: usize,
    /// Parameters fitted on the calibration period.
    pub params: Params,
    /// Share of customers who bought in the horizon.
    pub base_rate: f64,
    /// The blended [`follow_up_score`].
    pub score: Ranking,
    /// Plain BG/NBD P(≥1 purchase in the horizon).
    pub bgnbd: Ranking,
    /// Recency alone.
    pub recency: Ranking,
    /// BG/NBD expected purchases vs actual purchases, by decile.
    pub calibration: Vec<CalibrationBin>,
}

/// Evaluates on `histories` (each customer's purchase times in days, any
/// order): summaries and rhythms use purchases up to `cutoff`; outcomes are
/// purchase days in `(cutoff, cutoff + horizon]`. Customers with no purchase
/// by the cut-off are left out. The rhythm fallback is the shop-wide median
/// of own intervals at the cut-off.
pub fn evaluate_holdout(
    histories: &[Vec<f64>],
    cutoff: f64,
    horizon: f64,
) -> Result<HoldoutReport, HoldoutError> {
    let mut rfm = Vec::new();
    let mut past: Vec<Vec<f64>> = Vec::new();
    let mut bought = Vec::new();
    let mut counts = Vec::new();
    for h in histories {
        let Some(summary) = Rfm::from_times(h, cutoff) else {
            continue;
        };
        rfm.push(summary);
        past.push(h.iter().copied().filter(|t| *t <= cutoff).collect());
        let mut future: Vec<f64> = h
            .iter()
            .copied()
            .filter(|t| *t > cutoff && *t <= cutoff + horizon)
            .collect();
        future.sort_by(f64::total_cmp);
        future.dedup_by(|b, a| (*b - *a).abs() < 1e-9);
        bought.push(!future.is_empty());
        counts.push(future.len() as f64);
    }
    let params = fit(&rfm)?.params;
    let mut own: Vec<f64> = past
        .iter()
        .filter_map(|p| Interval::from_times(p, Fallbacks::default()).ok())
        .map(|i| i.days)
        .collect();
    own.sort_by(f64::total_cmp);
    let fallbacks = Fallbacks {
        catalog_days: None,
        shop_median_days: own.get(own.len() / 2).copied(),
    };

    let mut blended = Vec::with_capacity(rfm.len());
    let mut plain = Vec::with_capacity(rfm.len());
    let mut recency = Vec::with_capacity(rfm.len());
    let mut expected = Vec::with_capacity(rfm.len());
    for (summary, p) in rfm.iter().zip(&past) {
        let interval = Interval::from_times(p, fallbacks).ok();
        let s = follow_up_score(&params, summary, interval.as_ref(), horizon)?;
        blended.push(s.value);
        plain.push(s.bgnbd);
        recency.push(recency_score(summary));
        expected.push(params.expected_purchases(summary, horizon)?);
    }
    let rank = |scores: &[f64]| -> Result<Ranking, BacktestError> {
        Ok(Ranking {
            auc: roc_auc(scores, &bought)?,
            top10: top_fraction(scores, &bought, 0.1)?,
        })
    };
    Ok(HoldoutReport {
        customers: rfm.len(),
        params,
        base_rate: bought.iter().filter(|b| **b).count() as f64 / bought.len().max(1) as f64,
        score: rank(&blended)?,
        bgnbd: rank(&plain)?,
        recency: rank(&recency)?,
        calibration: calibration(&expected, &counts, 10)?,
    })
}
