//! Pure math behind Shopkeeper's follow-up suggestions: no database, no I/O.
//!
//! * [`bgnbd`]: the BG/NBD repeat-purchase model — maximum-likelihood fit,
//!   P(alive), expected purchases, P(at least one purchase in a horizon).
//! * [`simulate`]: the BG/NBD generating process, a richer synthetic shop
//!   and a non-stationary retail shop, for testing and the examples.
//! * [`rhythm`]: a customer's own purchase interval (with catalog and
//!   shop-wide fallbacks), days until due, and a lapsing score.
//! * [`score`]: the blended BG/NBD + rhythm score.
//! * [`ranker`]: the one ranking the product uses (fitted at a cut-off: a
//!   model learned from the shop's own past windows, chosen against BG/NBD,
//!   the blend, rhythm and recency by a champion-and-challenger contest,
//!   with a fallback chain that never leaves a shop unranked).
//! * [`holdout`]: fit-at-cut-off evaluation against the following horizon.
//! * [`backtest`]: ROC AUC, precision and lift in the top fraction,
//!   calibration tables.
//!
//! Times in the BG/NBD core are `f64` **days**; the rhythm API takes
//! [`chrono::NaiveDate`].
//!
//! ```
//! use shopkeeper_suggest::bgnbd::{fit, Rfm};
//! use shopkeeper_suggest::simulate::simulate_bgnbd;
//! use shopkeeper_suggest::bgnbd::Params;
//!
//! let truth = Params { r: 0.5, alpha: 40.0, a: 0.8, b: 3.0 };
//! let shop = simulate_bgnbd(&truth, 500, 2.0, 7);
//! let cutoff = 2.0 * 365.25;
//! let rfm: Vec<Rfm> = shop.iter().filter_map(|c| Rfm::from_times(&c.purchases, cutoff)).collect();
//! let fitted = fit(&rfm).expect("enough repeat buyers").params;
//! let p = fitted.p_at_least_one_purchase(&rfm[0], 30.0).unwrap();
//! assert!((0.0..=1.0).contains(&p));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod backtest;
pub mod bgnbd;
pub mod error;
pub mod holdout;
pub mod optimize;
pub mod ranker;
pub mod rhythm;
pub mod score;
pub mod simulate;
pub mod special;

pub use error::{BacktestError, FitError, ModelError, RhythmError};
