//! Error types. Messages carry counts and parameter names, never customer data.

use thiserror::Error;

/// Why a BG/NBD prediction could not be made.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The RFM summary is inconsistent: negative or non-finite times, or the
    /// last purchase after the cut-off (`t_x > t`).
    #[error("invalid RFM summary: {0}")]
    InvalidRfm(&'static str),
    /// A parameter is not a finite positive number.
    #[error("invalid model parameter `{0}`: must be finite and > 0")]
    InvalidParams(&'static str),
    /// The prediction horizon is negative or not finite.
    #[error("invalid horizon: must be finite and >= 0")]
    InvalidHorizon,
    /// The hypergeometric series could not be evaluated to full precision
    /// (horizon extremely long compared with the customer's age).
    #[error("numerical failure evaluating the hypergeometric function")]
    Numerical,
}

/// Why the BG/NBD parameters could not be fitted.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum FitError {
    /// Too few customers, or too few repeat buyers, to identify the four
    /// parameters (for example a shop where everyone bought exactly once).
    #[error("not enough data: {customers} customers, {repeat_buyers} with repeat purchases (need {min_customers} and {min_repeat_buyers})")]
    NotEnoughData {
        /// Customers given.
        customers: usize,
        /// Customers with at least one repeat purchase.
        repeat_buyers: usize,
        /// Minimum customers required.
        min_customers: usize,
        /// Minimum repeat buyers required.
        min_repeat_buyers: usize,
    },
    /// One of the summaries is invalid; `index` is its position in the input.
    #[error("invalid RFM summary at index {index}: {reason}")]
    InvalidRfm {
        /// Position of the offending summary in the input slice.
        index: usize,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The optimiser did not converge within its evaluation budget.
    #[error("maximum-likelihood fit did not converge after {evaluations} evaluations")]
    NoConvergence {
        /// Likelihood evaluations spent.
        evaluations: usize,
    },
}

/// Why a backtest metric could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum BacktestError {
    /// Scores and outcomes have different lengths.
    #[error("length mismatch: {scores} scores but {outcomes} outcomes")]
    LengthMismatch {
        /// Number of scores.
        scores: usize,
        /// Number of outcomes.
        outcomes: usize,
    },
    /// No observations at all.
    #[error("no observations")]
    Empty,
    /// AUC needs at least one positive and one negative outcome.
    #[error("AUC undefined: need both positive and negative outcomes")]
    SingleClass,
    /// A score is NaN.
    #[error("score at index {0} is NaN")]
    NanScore(usize),
    /// The fraction must lie in (0, 1], the bin count must be >= 1.
    #[error("invalid fraction or bin count")]
    InvalidArgument,
}

/// Why a purchase rhythm could not be determined.
#[derive(Debug, Clone, Copy, PartialEq, Error)]
#[non_exhaustive]
pub enum RhythmError {
    /// Fewer than two distinct purchase days, no catalog interval and no
    /// shop-wide median: there is nothing to base an interval on.
    #[error("no interval available: no own history, catalog or shop median")]
    NoInterval,
    /// A fallback interval is not a finite positive number of days.
    #[error("fallback interval must be finite and > 0 days")]
    InvalidFallback,
}
