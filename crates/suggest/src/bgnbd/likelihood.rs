//! The BG/NBD log-likelihood (FHL 2005, eq. 6), arranged for fast repeated
//! evaluation during the fit.
//!
//! For one customer with summary (x, tₓ, T):
//!
//! ```text
//! ln L = A₁ + A₂ + ln( exp(A₃) + δ(x>0)·exp(A₄) )
//! A₁ = lnΓ(r+x) − lnΓ(r) + r·ln α
//! A₂ = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
//! A₃ = −(r+x)·ln(α+T)
//! A₄ = ln a − ln(b+x−1) − (r+x)·ln(α+tₓ)
//! ```
//!
//! The gamma-function terms depend on the customer only through x, so they
//! are computed once per distinct x per evaluation; the per-customer work is
//! two logarithms and one log-add-exp. Identical summaries are merged with a
//! weight (common with day-resolution data: every one-time buyer of a given
//! day shares a summary).

use std::collections::HashMap;

use super::{Params, Rfm};
use crate::error::ModelError;
use crate::special::ln_gamma;

/// Total log-likelihood of `data` under `params`.
pub fn log_likelihood(params: &Params, data: &[Rfm]) -> Result<f64, ModelError> {
    params.validate()?;
    for rfm in data {
        rfm.validate()?;
    }
    Ok(Prepared::new(data).log_likelihood(params))
}

/// Summaries deduplicated and grouped by x.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    /// Distinct x values, ascending.
    xs: Vec<u32>,
    /// (index into `xs`, t_x, T, weight) per distinct summary.
    rows: Vec<(usize, f64, f64, f64)>,
    /// Number of input summaries.
    pub(crate) customers: usize,
    /// Number with x > 0.
    pub(crate) repeat_buyers: usize,
    /// Σ x and Σ T over customers, for starting values.
    pub(crate) sum_x: f64,
    pub(crate) sum_t: f64,
}

impl Prepared {
    /// Groups (assumed valid) summaries.
    pub(crate) fn new(data: &[Rfm]) -> Prepared {
        let mut counts: HashMap<(u32, u64, u64), f64> = HashMap::new();
        for rfm in data {
            let t_x = if rfm.x == 0 { 0.0 } else { rfm.t_x };
            *counts
                .entry((rfm.x, t_x.to_bits(), rfm.t.to_bits()))
                .or_insert(0.0) += 1.0;
        }
        let mut xs: Vec<u32> = counts.keys().map(|k| k.0).collect();
        xs.sort_unstable();
        xs.dedup();
        let index: HashMap<u32, usize> = xs.iter().enumerate().map(|(i, x)| (*x, i)).collect();
        let mut rows: Vec<(usize, f64, f64, f64)> = counts
            .into_iter()
            .map(|((x, tx, t), w)| (index[&x], f64::from_bits(tx), f64::from_bits(t), w))
            .collect();
        // Deterministic summation order regardless of hash seed.
        rows.sort_by(|p, q| {
            p.0.cmp(&q.0)
                .then(p.1.total_cmp(&q.1))
                .then(p.2.total_cmp(&q.2))
        });
        Prepared {
            xs,
            rows,
            customers: data.len(),
            repeat_buyers: data.iter().filter(|r| r.x > 0).count(),
            sum_x: data.iter().map(|r| f64::from(r.x)).sum(),
            sum_t: data.iter().map(|r| r.t).sum(),
        }
    }

    /// Log-likelihood; NaN or −∞ signal parameters outside the domain.
    pub(crate) fn log_likelihood(&self, p: &Params) -> f64 {
        let Params { r, alpha, a, b } = *p;
        let ln_alpha = alpha.ln();
        let base_r = ln_gamma(r);
        let base_ab = ln_gamma(a + b) - ln_gamma(b);
        let ln_a = a.ln();
        // Per distinct x: A₁ + A₂ (without the r·ln α part) and the constant
        // part of A₄.
        let per_x: Vec<(f64, f64, f64)> = self
            .xs
            .iter()
            .map(|&x| {
                let xf = f64::from(x);
                let a1 = ln_gamma(r + xf) - base_r + r * ln_alpha;
                let a2 = base_ab + ln_gamma(b + xf) - ln_gamma(a + b + xf);
                let a4c = if x > 0 {
                    ln_a - (b + xf - 1.0).ln()
                } else {
                    f64::NEG_INFINITY
                };
                (a1 + a2, a4c, r + xf)
            })
            .collect();
        let mut total = 0.0;
        for &(ix, t_x, t, w) in &self.rows {
            let (head, a4c, rx) = per_x[ix];
            let a3 = -rx * (alpha + t).ln();
            let ll = if a4c.is_finite() {
                let a4 = a4c - rx * (alpha + t_x).ln();
                log_add_exp(a3, a4)
            } else {
                a3
            };
            total += w * (head + ll);
        }
        total
    }
}

fn log_add_exp(u: f64, v: f64) -> f64 {
    let (hi, lo) = if u > v { (u, v) } else { (v, u) };
    hi + (lo - hi).exp().ln_1p()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Direct transcription of FHL eq. 6 (no logs), for small x.
    fn naive(p: &Params, c: &Rfm) -> f64 {
        let Params { r, alpha, a, b } = *p;
        let x = f64::from(c.x);
        let beta = |u: f64, v: f64| (ln_gamma(u) + ln_gamma(v) - ln_gamma(u + v)).exp();
        let g = (ln_gamma(r + x) - ln_gamma(r)).exp() * alpha.powf(r);
        let mut l = beta(a, b + x) / beta(a, b) * g / (alpha + c.t).powf(r + x);
        if c.x > 0 {
            l += beta(a + 1.0, b + x - 1.0) / beta(a, b) * g / (alpha + c.t_x).powf(r + x);
        }
        l.ln()
    }

    #[test]
    fn matches_textbook_formula() {
        let p = Params {
            r: 0.243,
            alpha: 4.414,
            a: 0.793,
            b: 2.426,
        };
        let data = [
            Rfm {
                x: 0,
                t_x: 0.0,
                t: 38.86,
            },
            Rfm {
                x: 2,
                t_x: 30.43,
                t: 38.86,
            },
            Rfm {
                x: 1,
                t_x: 1.71,
                t: 38.86,
            },
            Rfm {
                x: 7,
                t_x: 29.43,
                t: 35.0,
            },
            Rfm {
                x: 2,
                t_x: 30.43,
                t: 38.86,
            },
        ];
        let want: f64 = data.iter().map(|c| naive(&p, c)).sum();
        let got = log_likelihood(&p, &data).unwrap();
        assert!((got - want).abs() < 1e-10 * want.abs(), "{got} vs {want}");
    }

    #[test]
    fn rejects_invalid_input() {
        let p = Params {
            r: 1.0,
            alpha: 1.0,
            a: 1.0,
            b: 1.0,
        };
        let bad = [Rfm {
            x: 1,
            t_x: 5.0,
            t: 4.0,
        }];
        assert!(log_likelihood(&p, &bad).is_err());
        let neg = Params { r: -1.0, ..p };
        assert!(log_likelihood(&neg, &[]).is_err());
    }
}
