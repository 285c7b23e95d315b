//! Maximum-likelihood fit of the BG/NBD parameters.
//!
//! The optimiser works on φ = ln(r, α, a, b) so every step stays in the
//! positive orthant and the very different scales of α (days) and r, a, b
//! (dimensionless) are comparable. The objective is the *mean* negative
//! log-likelihood, so tolerances do not depend on the number of customers.
//! Nelder–Mead is started from two points (a data-driven one and a "low
//! dropout" one) with two restarts each; the best optimum wins.

use super::likelihood::Prepared;
use super::{Params, Rfm};
use crate::error::FitError;
use crate::optimize::{nelder_mead, NelderMeadOptions};

/// Fewer customers than this and the fit is refused.
pub const MIN_CUSTOMERS: usize = 10;
/// Fewer customers with a repeat purchase than this and the fit is refused:
/// the dropout distribution (a, b) is not identified without repeat buyers.
pub const MIN_REPEAT_BUYERS: usize = 3;

/// |ln θ| beyond this is treated as outside the domain (θ in about
/// [3e-7, 3e6]); an estimate that ends there means the data push the model to
/// a limiting case (e.g. b → ∞: nearly constant dropout), which still
/// predicts sensibly.
const LOG_BOUND: f64 = 15.0;

/// Result of [`fit`].
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// Maximum-likelihood parameters.
    pub params: Params,
    /// Total log-likelihood at `params`.
    pub log_likelihood: f64,
    /// Customers used.
    pub customers: usize,
    /// Likelihood evaluations spent.
    pub evaluations: usize,
}

/// Fits (r, α, a, b) by maximum likelihood.
///
/// Errors: [`FitError::InvalidRfm`] for an inconsistent summary,
/// [`FitError::NotEnoughData`] below [`MIN_CUSTOMERS`] customers or
/// [`MIN_REPEAT_BUYERS`] repeat buyers (e.g. a shop of one-time buyers), and
/// [`FitError::NoConvergence`] if the optimiser ran out of budget.
pub fn fit(data: &[Rfm]) -> Result<Fit, FitError> {
    for (index, rfm) in data.iter().enumerate() {
        if let Err(crate::error::ModelError::InvalidRfm(reason)) = rfm.validate() {
            return Err(FitError::InvalidRfm { index, reason });
        }
    }
    let prepared = Prepared::new(data);
    if prepared.customers < MIN_CUSTOMERS || prepared.repeat_buyers < MIN_REPEAT_BUYERS {
        return Err(FitError::NotEnoughData {
            customers: prepared.customers,
            repeat_buyers: prepared.repeat_buyers,
            min_customers: MIN_CUSTOMERS,
            min_repeat_buyers: MIN_REPEAT_BUYERS,
        });
    }
    let n = prepared.customers as f64;
    let objective = |phi: &[f64]| -> f64 {
        if phi.iter().any(|v| v.abs() > LOG_BOUND) {
            return f64::INFINITY;
        }
        let p = Params {
            r: phi[0].exp(),
            alpha: phi[1].exp(),
            a: phi[2].exp(),
            b: phi[3].exp(),
        };
        -prepared.log_likelihood(&p) / n
    };
    // Rate per day ≈ Σx / ΣT; with r = 1, α = 1 / rate.
    let rate = (prepared.sum_x / prepared.sum_t.max(1e-9)).max(1e-6);
    let alpha0 = (1.0 / rate).clamp(1e-3, 1e6).ln();
    let starts = [
        [0.0, alpha0, 0.0, 0.0],
        [(0.5f64).ln(), alpha0 - 0.7, (0.5f64).ln(), 5f64.ln()],
    ];
    // x_tol 1e-5 in log space is 0.001% relative precision, far below the
    // sampling error of any real shop; f_tol is on the mean log-likelihood.
    let opts = NelderMeadOptions {
        step: 0.7,
        f_tol: 1e-9,
        x_tol: 1e-5,
        ..NelderMeadOptions::default()
    };
    let mut best: Option<crate::optimize::Minimum> = None;
    let mut evaluations = 0;
    for start in starts {
        let m = nelder_mead(objective, &start, opts);
        evaluations += m.evaluations;
        if best.as_ref().is_none_or(|b| m.value < b.value) {
            best = Some(m);
        }
    }
    let best = best.ok_or(FitError::NoConvergence { evaluations })?;
    if !best.converged || !best.value.is_finite() {
        return Err(FitError::NoConvergence { evaluations });
    }
    let phi = &best.x;
    Ok(Fit {
        params: Params {
            r: phi[0].exp(),
            alpha: phi[1].exp(),
            a: phi[2].exp(),
            b: phi[3].exp(),
        },
        log_likelihood: -best.value * n,
        customers: prepared.customers,
        evaluations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_and_tiny_shops() {
        assert!(matches!(
            fit(&[]),
            Err(FitError::NotEnoughData { customers: 0, .. })
        ));
        let one = [Rfm {
            x: 3,
            t_x: 20.0,
            t: 30.0,
        }];
        assert!(matches!(
            fit(&one),
            Err(FitError::NotEnoughData { customers: 1, .. })
        ));
    }

    #[test]
    fn refuses_shop_of_one_time_buyers() {
        let data: Vec<Rfm> = (0..500)
            .map(|i| Rfm {
                x: 0,
                t_x: 0.0,
                t: 10.0 + i as f64,
            })
            .collect();
        assert!(matches!(
            fit(&data),
            Err(FitError::NotEnoughData {
                repeat_buyers: 0,
                ..
            })
        ));
    }

    #[test]
    fn reports_invalid_summary_position() {
        let mut data = vec![
            Rfm {
                x: 1,
                t_x: 3.0,
                t: 9.0
            };
            20
        ];
        data[7] = Rfm {
            x: 1,
            t_x: f64::NAN,
            t: 9.0,
        };
        assert!(matches!(
            fit(&data),
            Err(FitError::InvalidRfm { index: 7, .. })
        ));
    }
}
