//! Backtest metrics for ranking scores against held-out outcomes.

use crate::error::BacktestError;

fn check(scores: &[f64], n_outcomes: usize) -> Result<(), BacktestError> {
    if scores.len() != n_outcomes {
        return Err(BacktestError::LengthMismatch {
            scores: scores.len(),
            outcomes: n_outcomes,
        });
    }
    if scores.is_empty() {
        return Err(BacktestError::Empty);
    }
    if let Some(i) = scores.iter().position(|s| s.is_nan()) {
        return Err(BacktestError::NanScore(i));
    }
    Ok(())
}

/// Area under the ROC curve via the Mann–Whitney U statistic: the
/// probability that a random positive scores above a random negative, ties
/// counting one half (mid-ranks).
///
/// AUC = (R₊ − n₊(n₊+1)/2) / (n₊·n₋), R₊ the sum of the positives' mid-ranks.
pub fn roc_auc(scores: &[f64], outcomes: &[bool]) -> Result<f64, BacktestError> {
    check(scores, outcomes.len())?;
    let n_pos = outcomes.iter().filter(|o| **o).count();
    let n_neg = outcomes.len() - n_pos;
    if n_pos == 0 || n_neg == 0 {
        return Err(BacktestError::SingleClass);
    }
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&i, &j| scores[i].total_cmp(&scores[j]));
    let mut rank_sum_pos = 0.0;
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && scores[order[end]] == scores[order[start]] {
            end += 1;
        }
        // Ranks start..end (0-based) share the mid-rank (1-based).
        let mid_rank = (start + 1 + end) as f64 / 2.0;
        let pos_in_group = order[start..end].iter().filter(|&&i| outcomes[i]).count();
        rank_sum_pos += mid_rank * pos_in_group as f64;
        start = end;
    }
    let (p, n) = (n_pos as f64, n_neg as f64);
    Ok((rank_sum_pos - p * (p + 1.0) / 2.0) / (p * n))
}

/// Precision and lift among the highest-scored `fraction` of customers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TopFraction {
    /// Number of customers selected: ⌈fraction · n⌉ (at least 1).
    pub selected: usize,
    /// Share of positives among them.
    pub precision: f64,
    /// Share of positives overall.
    pub base_rate: f64,
    /// precision / base_rate (NaN when there are no positives at all).
    pub lift: f64,
}

/// Precision and lift in the top `fraction` (e.g. 0.1) by score. Customers
/// tied at the boundary score are counted fractionally (each contributes its
/// share of the remaining slots), so the result does not depend on input
/// order.
pub fn top_fraction(
    scores: &[f64],
    outcomes: &[bool],
    fraction: f64,
) -> Result<TopFraction, BacktestError> {
    check(scores, outcomes.len())?;
    if !(fraction > 0.0 && fraction <= 1.0) {
        return Err(BacktestError::InvalidArgument);
    }
    let n = scores.len();
    let k = ((fraction * n as f64).ceil() as usize).clamp(1, n);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| scores[j].total_cmp(&scores[i]));
    let boundary = scores[order[k - 1]];
    let above: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| scores[i] > boundary)
        .collect();
    let tied: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| scores[i] == boundary)
        .collect();
    let slots = (k - above.len()) as f64;
    let hits_above = above.iter().filter(|&&i| outcomes[i]).count() as f64;
    let hits_tied = tied.iter().filter(|&&i| outcomes[i]).count() as f64;
    let hits = hits_above + hits_tied * slots / tied.len() as f64;
    let precision = hits / k as f64;
    let base_rate = outcomes.iter().filter(|o| **o).count() as f64 / n as f64;
    let lift = if base_rate > 0.0 {
        precision / base_rate
    } else {
        f64::NAN
    };
    Ok(TopFraction {
        selected: k,
        precision,
        base_rate,
        lift,
    })
}

/// One row of a calibration table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CalibrationBin {
    /// Number of customers in the bin.
    pub count: usize,
    /// Smallest and largest prediction in the bin.
    pub min_predicted: f64,
    /// See `min_predicted`.
    pub max_predicted: f64,
    /// Mean prediction (e.g. expected purchases) in the bin.
    pub mean_predicted: f64,
    /// Mean actual value (e.g. purchases made) in the bin.
    pub mean_actual: f64,
}

/// Calibration table: customers sorted by prediction (ties by input order)
/// and cut into `bins` groups of as equal size as possible (deciles for 10),
/// lowest predictions first. With fewer customers than bins, each customer is
/// a bin.
pub fn calibration(
    predicted: &[f64],
    actual: &[f64],
    bins: usize,
) -> Result<Vec<CalibrationBin>, BacktestError> {
    check(predicted, actual.len())?;
    if bins == 0 {
        return Err(BacktestError::InvalidArgument);
    }
    let n = predicted.len();
    let bins = bins.min(n);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| predicted[i].total_cmp(&predicted[j]).then(i.cmp(&j)));
    Ok((0..bins)
        .map(|b| {
            let (lo, hi) = (b * n / bins, (b + 1) * n / bins);
            let idx = &order[lo..hi];
            let m = idx.len() as f64;
            CalibrationBin {
                count: idx.len(),
                min_predicted: predicted[idx[0]],
                max_predicted: predicted[idx[idx.len() - 1]],
                mean_predicted: idx.iter().map(|&i| predicted[i]).sum::<f64>() / m,
                mean_actual: idx.iter().map(|&i| actual[i]).sum::<f64>() / m,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_hand_computed() {
        // Positives 0.9, 0.4; negatives 0.8, 0.3, 0.1.
        // Pairs won: 0.9 beats all 3; 0.4 beats 0.3 and 0.1 → 5/6.
        let s = [0.9, 0.8, 0.4, 0.3, 0.1];
        let o = [true, false, true, false, false];
        assert!((roc_auc(&s, &o).unwrap() - 5.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn auc_with_ties_counts_half() {
        // One positive and one negative tied, plus a clear win: (1 + 0.5)/2.
        let s = [0.5, 0.5, 0.1];
        let o = [true, false, false];
        assert!((roc_auc(&s, &o).unwrap() - 0.75).abs() < 1e-12);
        // All tied → 0.5.
        assert!((roc_auc(&[1.0; 4], &[true, false, true, false]).unwrap() - 0.5).abs() < 1e-12);
    }

    #[test]
    fn auc_errors() {
        assert_eq!(roc_auc(&[], &[]), Err(BacktestError::Empty));
        assert_eq!(
            roc_auc(&[1.0], &[true, false]),
            Err(BacktestError::LengthMismatch {
                scores: 1,
                outcomes: 2
            })
        );
        assert_eq!(
            roc_auc(&[1.0, 2.0], &[true, true]),
            Err(BacktestError::SingleClass)
        );
        assert_eq!(
            roc_auc(&[1.0, f64::NAN], &[true, false]),
            Err(BacktestError::NanScore(1))
        );
    }

    #[test]
    fn top_ten_percent_precision_and_lift() {
        // 20 customers, top 10% = 2; the two highest are one hit, one miss.
        let scores: Vec<f64> = (0..20).map(f64::from).collect();
        let mut outcomes = vec![false; 20];
        outcomes[19] = true;
        outcomes[3] = true;
        outcomes[4] = true;
        outcomes[5] = true;
        let t = top_fraction(&scores, &outcomes, 0.1).unwrap();
        assert_eq!(t.selected, 2);
        assert!((t.precision - 0.5).abs() < 1e-12);
        assert!((t.base_rate - 0.2).abs() < 1e-12);
        assert!((t.lift - 2.5).abs() < 1e-12);
    }

    #[test]
    fn top_fraction_splits_ties_fairly() {
        // k = 1 among three tied scores, one of which is a hit: 1/3.
        let t = top_fraction(&[1.0, 1.0, 1.0, 0.0], &[true, false, false, false], 0.25).unwrap();
        assert!((t.precision - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(
            top_fraction(&[1.0], &[true], 0.0),
            Err(BacktestError::InvalidArgument)
        );
    }

    #[test]
    fn calibration_deciles() {
        let predicted: Vec<f64> = (0..100).map(|i| f64::from(i) / 100.0).collect();
        let actual: Vec<f64> = predicted.iter().map(|p| 2.0 * p).collect();
        let table = calibration(&predicted, &actual, 10).unwrap();
        assert_eq!(table.len(), 10);
        assert!(table.iter().all(|b| b.count == 10));
        assert!((table[0].mean_predicted - 0.045).abs() < 1e-12);
        assert!((table[9].mean_actual - 1.89).abs() < 1e-12);
        assert_eq!(calibration(&[0.1, 0.2], &[0.0, 1.0], 10).unwrap().len(), 2);
        assert_eq!(
            calibration(&[0.1], &[0.0], 0),
            Err(BacktestError::InvalidArgument)
        );
    }
}
