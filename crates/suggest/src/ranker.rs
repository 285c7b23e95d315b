//! The one ranking of customers that the whole product uses: Today's order,
//! the CLI's `suggest` and `score`, and the quality card's backtest.
//!
//! [`Ranker::fit`] looks at every customer's history up to a cut-off (days
//! after it are ignored, so the same code serves today and backtests) and
//! settles on a [`Method`]; [`Ranker::score`] then ranks one customer with
//! what was fitted, cheaply, so that a new sale re-ranks one customer without
//! a refit. The fitted state is plain data; fitting is deterministic given
//! the histories.
//!
//! Fallback chain: the best method the history supports, never nothing —
//! recency ranks any shop with at least one purchase.

use crate::bgnbd::{fit, Params, Rfm};
use crate::rhythm::{shop_median_interval_of_times, Fallbacks, Interval};
use crate::score::{follow_up_score, recency_score};

/// One customer's history, as the ranker reads it. Times are days on one
/// axis (any origin); entries after the cut-off are ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Distinct purchase days, ascending.
    pub days: Vec<f64>,
    /// What they spent on each of [`History::days`], in minor units (same
    /// length; returns make a day's spend smaller or negative).
    pub spend: Vec<f64>,
    /// Days the owner followed up with them (a suggestion marked done),
    /// ascending.
    pub follow_ups: Vec<f64>,
}

impl History {
    /// Purchase days up to and including `cutoff`.
    pub fn days_until(&self, cutoff: f64) -> &[f64] {
        let n = self.days.partition_point(|d| *d <= cutoff);
        &self.days[..n]
    }
}

/// How customers are ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// BG/NBD blended with the customer's own rhythm ([`follow_up_score`]).
    Blend,
    /// Most recent purchase first.
    Recency,
}

impl Method {
    /// A stable lowercase name ("blend", "recency").
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Blend => "blend",
            Method::Recency => "recency",
        }
    }
}

/// How the candidate methods ranked the shop's latest held-out window (the
/// champion-and-challenger contest behind [`Ranker::method`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Contest {
    /// The cut-off of the held-out window (its labels are the purchases in
    /// the horizon after it, all on or before the ranker's own cut-off).
    pub cutoff: f64,
    /// Customers with a purchase by that cut-off.
    pub customers: usize,
    /// Share of them who bought within the horizon.
    pub base_rate: f64,
    /// Each candidate's ROC AUC on the window, best first.
    pub entries: Vec<Entry>,
}

/// One candidate in a [`Contest`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    /// The method.
    pub method: Method,
    /// Its ROC AUC on the held-out window.
    pub auc: f64,
}

/// A fitted ranking at one cut-off.
#[derive(Debug, Clone)]
pub struct Ranker {
    cutoff: f64,
    horizon: f64,
    method: Method,
    params: Option<Params>,
    fallbacks: Fallbacks,
    contest: Option<Contest>,
}

impl Ranker {
    /// Fits the ranking at `cutoff` for "buys within `horizon` days" on
    /// every customer's history up to `cutoff`.
    pub fn fit(histories: &[History], cutoff: f64, horizon: f64) -> Ranker {
        let rfm: Vec<Rfm> = histories
            .iter()
            .filter_map(|h| Rfm::from_times(h.days_until(cutoff), cutoff))
            .collect();
        let params = fit(&rfm).ok().map(|f| f.params);
        let fallbacks = Fallbacks {
            catalog_days: None,
            shop_median_days: shop_median_interval_of_times(
                histories.iter().map(|h| h.days_until(cutoff)),
            ),
        };
        Ranker {
            cutoff,
            horizon,
            method: if params.is_some() {
                Method::Blend
            } else {
                Method::Recency
            },
            params,
            fallbacks,
            contest: None,
        }
    }

    /// The method that ranks.
    pub fn method(&self) -> Method {
        self.method
    }

    /// How the method was chosen, when the history allowed a held-out
    /// window to compare the candidates on; `None` otherwise.
    pub fn contest(&self) -> Option<&Contest> {
        self.contest.as_ref()
    }

    /// The cut-off the ranker was fitted at.
    pub fn cutoff(&self) -> f64 {
        self.cutoff
    }

    /// The horizon in days.
    pub fn horizon(&self) -> f64 {
        self.horizon
    }

    /// The customer's ranking value at the cut-off (higher first); `None`
    /// when they had no purchase by then. Comparable only between customers
    /// of the same fit.
    pub fn score(&self, history: &History) -> Option<f64> {
        let days = history.days_until(self.cutoff);
        let rfm = Rfm::from_times(days, self.cutoff)?;
        match (self.method, &self.params) {
            (Method::Blend, Some(params)) => {
                let interval = Interval::from_times(days, self.fallbacks).ok();
                follow_up_score(params, &rfm, interval.as_ref(), self.horizon)
                    .ok()
                    .map(|s| s.value)
            }
            _ => Some(recency_score(&rfm)),
        }
    }
}
