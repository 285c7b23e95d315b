//! The learned model: L2-regularised logistic regression (`linfa-logistic`,
//! L-BFGS from zero, so deterministic) on standardised features. Its output
//! is a calibrated probability of buying within the horizon on the windows
//! it was trained on (logistic regression's maximum-likelihood fit makes
//! the mean prediction equal the base rate).
//!
//! The fitted state is plain numbers (means, spreads, weights) so scoring
//! one customer is a dot product.

use linfa::prelude::*;
use linfa_logistic::LogisticRegression;
use ndarray::{Array1, Array2};

use super::features::{Features, COUNT};

/// L2 penalty on the standardised weights. The loss is a sum over rows, so
/// the penalty matters for small shops (a few hundred rows) and fades for
/// big ones.
const ALPHA: f64 = 1.0;
/// L-BFGS iteration budget.
const MAX_ITERATIONS: u64 = 200;
/// L-BFGS stops once the gradient of the summed loss is below this times
/// the number of rows (a mean gradient of 1e-5 on standardised features:
/// far below what moves a ranking).
const GRADIENT_TOLERANCE_PER_ROW: f64 = 1e-5;
/// A feature whose spread on the training rows is below this is constant
/// there (e.g. follow-ups in a shop that never marks them) and gets no
/// weight.
const MIN_SPREAD: f64 = 1e-9;

/// A fitted logistic model (the [`super::Method::Learned`] ranking).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    mean: Features,
    spread: Features,
    weights: Features,
    intercept: f64,
}

impl Model {
    /// Fits on `rows` with `labels` (bought within the horizon). `None`
    /// when both classes are not present or the optimiser fails.
    pub fn fit(rows: &[Features], labels: &[bool]) -> Option<Model> {
        if rows.len() != labels.len() || rows.is_empty() {
            return None;
        }
        let n = rows.len() as f64;
        let mut mean = [0.0; COUNT];
        let mut spread = [0.0; COUNT];
        for j in 0..COUNT {
            mean[j] = rows.iter().map(|r| r[j]).sum::<f64>() / n;
            let var = rows.iter().map(|r| (r[j] - mean[j]).powi(2)).sum::<f64>() / n;
            spread[j] = var.sqrt();
        }
        let mut x = Array2::<f64>::zeros((rows.len(), COUNT));
        for (i, r) in rows.iter().enumerate() {
            for j in 0..COUNT {
                x[[i, j]] = standardise(r[j], mean[j], spread[j]);
            }
        }
        let y: Array1<bool> = labels.iter().copied().collect();
        let fitted = LogisticRegression::default()
            .alpha(ALPHA)
            .max_iterations(MAX_ITERATIONS)
            .gradient_tolerance(GRADIENT_TOLERANCE_PER_ROW * n)
            .fit(&Dataset::new(x, y));
        let fitted = fitted.ok()?;
        // linfa-logistic models the probability of its "positive" class,
        // which is the more frequent label: flip the signs when that is
        // "did not buy".
        let sign = if fitted.labels().pos.class { 1.0 } else { -1.0 };
        let mut weights = [0.0; COUNT];
        for (w, v) in weights.iter_mut().zip(fitted.params().iter()) {
            *w = sign * *v;
        }
        let intercept = sign * fitted.intercept();
        if !intercept.is_finite() || weights.iter().any(|w| !w.is_finite()) {
            return None;
        }
        Some(Model {
            mean,
            spread,
            weights,
            intercept,
        })
    }

    /// Probability of buying within the horizon.
    pub fn predict(&self, features: &Features) -> f64 {
        let z = self.intercept
            + (0..COUNT)
                .map(|j| self.weights[j] * standardise(features[j], self.mean[j], self.spread[j]))
                .sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Weight per standardised feature (in [`super::features::NAMES`]
    /// order).
    pub fn weights(&self) -> &Features {
        &self.weights
    }
}

fn standardise(v: f64, mean: f64, spread: f64) -> f64 {
    if spread > MIN_SPREAD {
        (v - mean) / spread
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_monotone_signal_and_is_deterministic() {
        let rows: Vec<Features> = (0..400)
            .map(|i| {
                let mut f = [0.0; COUNT];
                f[0] = f64::from(i % 40);
                f[5] = 3.0; // constant: ignored
                f
            })
            .collect();
        let labels: Vec<bool> = (0..400).map(|i| (i * 7919) % 40 > i % 40).collect();
        let m = Model::fit(&rows, &labels).unwrap();
        assert_eq!(Some(m.clone()), Model::fit(&rows, &labels));
        assert!(m.predict(&rows[0]) > m.predict(&rows[39]));
        assert_eq!(m.weights()[5], 0.0);
        let mean = rows.iter().map(|r| m.predict(r)).sum::<f64>() / 400.0;
        let base = labels.iter().filter(|l| **l).count() as f64 / 400.0;
        assert!((mean - base).abs() < 0.02, "{mean} {base}");
        assert_eq!(Model::fit(&rows, &vec![true; 400]), None);
    }
}
