//! The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the
//! easy way", *Marketing Science* 24(2)).
//!
//! Generating process, per customer: while active, purchases arrive as a
//! Poisson process with rate λ; right after each *repeat* purchase the
//! customer drops out for good with probability p. Across customers
//! λ ~ Gamma(r, rate α) and p ~ Beta(a, b), independently.
//!
//! Time unit: **days** throughout this crate (any unit works if used
//! consistently; α then scales with it).

mod fit;
mod likelihood;
mod predict;

pub use fit::{fit, Fit, MIN_CUSTOMERS, MIN_REPEAT_BUYERS};
pub use likelihood::log_likelihood;

use crate::error::ModelError;

/// A customer's recency/frequency summary at a cut-off date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rfm {
    /// Number of repeat purchases (purchases after the first), counted as
    /// distinct purchase days.
    pub x: u32,
    /// Time of the last purchase, measured from the first purchase, in days
    /// (0 when `x == 0`).
    pub t_x: f64,
    /// Customer age: time from the first purchase to the cut-off, in days.
    pub t: f64,
}

impl Rfm {
    /// Checks that times are finite, non-negative and `t_x <= t`.
    pub fn validate(&self) -> Result<(), ModelError> {
        if !self.t.is_finite() || !self.t_x.is_finite() {
            return Err(ModelError::InvalidRfm("non-finite time"));
        }
        if self.t < 0.0 || self.t_x < 0.0 {
            return Err(ModelError::InvalidRfm("negative time"));
        }
        if self.t_x > self.t {
            return Err(ModelError::InvalidRfm("last purchase after cut-off"));
        }
        if self.x > 0 && self.t_x == 0.0 {
            return Err(ModelError::InvalidRfm("repeat purchases at time zero"));
        }
        Ok(())
    }

    /// Summarises purchase times (days, any origin) as seen at `cutoff`.
    /// Purchases after `cutoff` are ignored; purchases on the same day as an
    /// earlier one (within 1e-9 days) count once. Returns `None` when there is
    /// no purchase at or before `cutoff`.
    pub fn from_times(times: &[f64], cutoff: f64) -> Option<Rfm> {
        let mut seen: Vec<f64> = times.iter().copied().filter(|t| *t <= cutoff).collect();
        seen.sort_by(f64::total_cmp);
        seen.dedup_by(|b, a| (*b - *a).abs() < 1e-9);
        let first = *seen.first()?;
        let last = *seen.last()?;
        Some(Rfm {
            x: (seen.len() - 1) as u32,
            t_x: last - first,
            t: cutoff - first,
        })
    }

    /// Summarises purchase dates as seen at the end of day `cutoff`: several
    /// purchases on one day count as one. Returns `None` when no purchase
    /// falls on or before `cutoff`.
    pub fn from_dates(dates: &[chrono::NaiveDate], cutoff: chrono::NaiveDate) -> Option<Rfm> {
        let times: Vec<f64> = dates
            .iter()
            .map(|d| (*d - cutoff).num_days() as f64)
            .collect();
        Rfm::from_times(&times, 0.0)
    }
}

/// BG/NBD parameters. `r`, `alpha` shape and rate (per day) of the Gamma
/// purchase-rate distribution; `a`, `b` of the Beta dropout distribution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Gamma shape of the purchase rate λ.
    pub r: f64,
    /// Gamma rate of λ (days): mean λ is `r / alpha` purchases per day.
    pub alpha: f64,
    /// Beta shape a of the dropout probability p.
    pub a: f64,
    /// Beta shape b of p: mean p is `a / (a + b)`.
    pub b: f64,
}

impl Params {
    /// Checks that all four parameters are finite and positive.
    pub fn validate(&self) -> Result<(), ModelError> {
        for (name, v) in [
            ("r", self.r),
            ("alpha", self.alpha),
            ("a", self.a),
            ("b", self.b),
        ] {
            if !(v.is_finite() && v > 0.0) {
                return Err(ModelError::InvalidParams(name));
            }
        }
        Ok(())
    }
}
