//! The training set: time-split windows of the shop's own past. Window k
//! has cut-off c_k = cutoff − k·h (k = 1, 2, …, at most [`MAX_WINDOWS`]);
//! each customer with a purchase by c_k is a row, with features as of c_k
//! and the label "bought in (c_k, c_k + h]". All labels fall on or before
//! the ranker's cut-off, so nothing after it is ever read.

use super::features::{features, Features};
use super::snapshot::Snapshot;
use super::{History, Method};

/// At most this many windows back (with h = 13 weeks, 1.5 years).
pub const MAX_WINDOWS: usize = 6;
/// Windows stop going back once fewer customers than this had bought by
/// their cut-off.
pub const MIN_WINDOW_CUSTOMERS: usize = 20;
/// The learned model is trained only on at least this many labelled rows…
pub const MIN_TRAIN_ROWS: usize = 200;
/// …with at least this many buyers and this many non-buyers among them.
pub const MIN_TRAIN_CLASS: usize = 20;

/// One window: the shop at c_k and every customer's row.
#[derive(Debug, Clone)]
pub struct Window {
    /// The shop at the window's cut-off.
    pub snapshot: Snapshot,
    /// One row per customer with a purchase by the cut-off.
    pub rows: Vec<Row>,
}

/// One customer in a [`Window`].
#[derive(Debug, Clone)]
pub struct Row {
    /// Features (`None` when BG/NBD did not fit at this cut-off).
    pub features: Option<Features>,
    /// Bought within the horizon after the cut-off.
    pub label: bool,
    /// The simple methods' values, in [`SIMPLE`] order.
    pub simple: [Option<f64>; 4],
}

/// The methods that need no training, simplest first.
pub const SIMPLE: [Method; 4] = [
    Method::Recency,
    Method::Rhythm,
    Method::BgNbd,
    Method::Blend,
];

impl Window {
    /// Builds the window with cut-off `c` (labels read up to
    /// `min(c + horizon, limit)`).
    pub fn new(histories: &[History], c: f64, horizon: f64, limit: f64) -> Window {
        let snapshot = Snapshot::new(histories, c, horizon);
        let end = (c + horizon).min(limit);
        let rows = histories
            .iter()
            .filter_map(|h| {
                let view = snapshot.view(h)?;
                let lo = h.days.partition_point(|d| *d <= c);
                let hi = h.days.partition_point(|d| *d <= end);
                Some(Row {
                    features: features(&view, h, c, horizon),
                    label: hi > lo,
                    simple: SIMPLE.map(|m| view.score(m, horizon)),
                })
            })
            .collect();
        Window { snapshot, rows }
    }

    /// Buyers and non-buyers.
    pub fn classes(&self) -> (usize, usize) {
        let pos = self.rows.iter().filter(|r| r.label).count();
        (pos, self.rows.len() - pos)
    }
}

/// Windows k = 1, 2, … before `cutoff`, as long as each has at least
/// [`MIN_WINDOW_CUSTOMERS`] customers.
pub fn windows(histories: &[History], cutoff: f64, horizon: f64) -> Vec<Window> {
    let mut out = Vec::new();
    if !(horizon.is_finite() && horizon > 0.0) {
        return out;
    }
    for k in 1..=MAX_WINDOWS {
        let c = cutoff - k as f64 * horizon;
        let customers = histories
            .iter()
            .filter(|h| h.days.first().is_some_and(|d| *d <= c))
            .count();
        if customers < MIN_WINDOW_CUSTOMERS {
            break;
        }
        out.push(Window::new(histories, c, horizon, cutoff));
    }
    out
}

/// The labelled rows with features of `windows`, when there are enough
/// (see [`MIN_TRAIN_ROWS`], [`MIN_TRAIN_CLASS`]).
pub fn training_set(windows: &[Window]) -> Option<(Vec<Features>, Vec<bool>)> {
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for row in windows.iter().flat_map(|w| &w.rows) {
        if let Some(f) = row.features {
            x.push(f);
            y.push(row.label);
        }
    }
    let pos = y.iter().filter(|l| **l).count();
    let enough =
        x.len() >= MIN_TRAIN_ROWS && pos >= MIN_TRAIN_CLASS && x.len() - pos >= MIN_TRAIN_CLASS;
    enough.then_some((x, y))
}
