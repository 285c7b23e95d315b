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
//! How the method is chosen (see docs/suggestions.md, "The ranker"):
//!
//! 1. Windows of the shop's own past ([`windows`]): cut-offs
//!    cutoff − k·h, each labelled with who bought in the h days after it.
//! 2. Champion and challenger ([`contest`]): on the latest windows
//!    (k = 1 and k = 2, AUC averaged) the learned model (trained on the
//!    windows older than the one judged), BG/NBD, the blend, rhythm and
//!    recency are compared by AUC; ties within 0.002 go to the simpler one.
//! 3. The winner ranks at the cut-off (the learned model is refitted on all
//!    windows, k = 1 included).
//!
//! Fallback chain when the history is too short to judge: blend (BG/NBD
//! fits: ≥ 10 customers, 3 repeat buyers) → rhythm (someone has two gaps)
//! → recency; never nothing: every customer with a purchase gets a score.

mod contest;
mod features;
mod model;
mod snapshot;
#[cfg(test)]
mod tests;
mod windows;

pub use contest::{CONTEST_WINDOWS, MIN_CONTEST_CLASS, MIN_CONTEST_CUSTOMERS, TIE};
pub use features::{Features, NAMES as FEATURE_NAMES};
pub use windows::{MAX_WINDOWS, MIN_TRAIN_CLASS, MIN_TRAIN_ROWS, MIN_WINDOW_CUSTOMERS};

pub use model::Model;

use snapshot::Snapshot;
use windows::{training_set, windows};

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
    /// The model learned from the shop's own past windows (logistic
    /// regression on recency, frequency, spend, BG/NBD, rhythm, trend,
    /// season and follow-up features).
    Learned,
    /// BG/NBD blended with the customer's own rhythm
    /// ([`crate::score::follow_up_score`]).
    Blend,
    /// BG/NBD's probability of at least one purchase in the horizon.
    BgNbd,
    /// The customer's own rhythm alone (log-normal gaps with a dropout
    /// chance; no BG/NBD needed).
    Rhythm,
    /// Most recent purchase first.
    Recency,
}

impl Method {
    /// A stable lowercase name ("learned", "blend", "bgnbd", "rhythm",
    /// "recency").
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Learned => "learned",
            Method::Blend => "blend",
            Method::BgNbd => "bgnbd",
            Method::Rhythm => "rhythm",
            Method::Recency => "recency",
        }
    }

    /// Rank in simplicity, simplest 0 (recency < rhythm < BG/NBD < blend <
    /// learned); contest ties go to the simpler method.
    pub fn simplicity(self) -> u8 {
        match self {
            Method::Recency => 0,
            Method::Rhythm => 1,
            Method::BgNbd => 2,
            Method::Blend => 3,
            Method::Learned => 4,
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
    /// Held-out windows the AUCs are averaged over: the latest (above) and,
    /// when it can be judged, the one before it.
    pub windows: usize,
    /// Each candidate's ROC AUC (mean over the held-out windows), best
    /// first (equal AUCs: simpler first).
    pub entries: Vec<Entry>,
    /// The method that won (the simplest within [`TIE`] of the best).
    pub winner: Method,
}

/// One candidate in a [`Contest`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    /// The method.
    pub method: Method,
    /// Its ROC AUC on the held-out windows (mean).
    pub auc: f64,
}

impl Contest {
    /// The AUC of `method`, if it took part.
    pub fn auc(&self, method: Method) -> Option<f64> {
        self.entries
            .iter()
            .find(|e| e.method == method)
            .map(|e| e.auc)
    }
}

/// A fitted ranking at one cut-off.
#[derive(Debug, Clone)]
pub struct Ranker {
    snapshot: Snapshot,
    method: Method,
    model: Option<Model>,
    contest: Option<Contest>,
}

impl Ranker {
    /// Fits the ranking at `cutoff` for "buys within `horizon` days" on
    /// every customer's history up to `cutoff`. Never fails: with too little
    /// history it falls back along the chain in the module docs.
    pub fn fit(histories: &[History], cutoff: f64, horizon: f64) -> Ranker {
        let snapshot = Snapshot::new(histories, cutoff, horizon);
        let past = windows(histories, cutoff, horizon);
        let mut available = vec![Method::Recency];
        if snapshot.fallbacks.shop_median_days.is_some() {
            available.push(Method::Rhythm);
        }
        if snapshot.params.is_some() {
            available.extend([Method::BgNbd, Method::Blend, Method::Learned]);
        }
        let contest = contest::run(&past, &available);
        let chosen = contest.as_ref().map(|c| c.winner);
        let model = match chosen {
            Some(Method::Learned) => training_set(&past).and_then(|(x, y)| Model::fit(&x, &y)),
            _ => None,
        };
        let method = match chosen {
            Some(Method::Learned) if model.is_none() => default_method(&available),
            Some(m) => m,
            None => default_method(&available),
        };
        Ranker {
            snapshot,
            method,
            model,
            contest,
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
        self.snapshot.cutoff
    }

    /// The horizon in days.
    pub fn horizon(&self) -> f64 {
        self.snapshot.horizon
    }

    /// The learned model's weight per standardised feature, in
    /// [`FEATURE_NAMES`] order, when the learned model ranks.
    pub fn weights(&self) -> Option<&Features> {
        self.model.as_ref().map(Model::weights)
    }

    /// The customer's ranking value at the cut-off (higher first); `None`
    /// when they had no purchase by then. Comparable only between customers
    /// of the same fit. For every method but recency it is a probability of
    /// buying within the horizon.
    pub fn score(&self, history: &History) -> Option<f64> {
        let view = self.snapshot.view(history)?;
        let (cutoff, horizon) = (self.snapshot.cutoff, self.snapshot.horizon);
        let value = match (&self.model, self.method) {
            (Some(model), Method::Learned) => {
                features::features(&view, history, cutoff, horizon).map(|f| model.predict(&f))
            }
            (_, method) => view.score(method, horizon),
        };
        // A prediction can only fail on numerics; such a customer goes last
        // rather than missing.
        Some(value.unwrap_or(0.0))
    }

    /// The customer's value under another `method` fitted at the same
    /// cut-off (for comparisons such as the quality card's "beat BG/NBD by
    /// …"); `None` without a purchase by the cut-off or when that method is
    /// not available here (BG/NBD did not fit, nobody has two gaps yet, or
    /// the learned model was not the one chosen).
    pub fn score_as(&self, method: Method, history: &History) -> Option<f64> {
        if method == self.method {
            return self.score(history);
        }
        self.snapshot
            .view(history)?
            .score(method, self.snapshot.horizon)
    }
}

/// The learned model's labelled data at `cutoff`: for each window
/// k = 1, 2, … (latest first) the feature rows and labels of the customers
/// BG/NBD could describe. For comparing other learners with [`Model`] on
/// exactly the same data (the `ranking` example).
pub fn learning_windows(
    histories: &[History],
    cutoff: f64,
    horizon: f64,
) -> Vec<(Vec<Features>, Vec<bool>)> {
    windows(histories, cutoff, horizon)
        .iter()
        .map(|w| {
            w.rows
                .iter()
                .filter_map(|r| r.features.map(|f| (f, r.label)))
                .unzip()
        })
        .collect()
}

/// The chain without a contest: blend if BG/NBD fits, else rhythm, else
/// recency.
fn default_method(available: &[Method]) -> Method {
    [Method::Blend, Method::Rhythm]
        .into_iter()
        .find(|m| available.contains(m))
        .unwrap_or(Method::Recency)
}
