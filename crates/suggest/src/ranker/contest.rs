//! Champion and challenger: every candidate ranks the shop's latest
//! held-out windows (cut-off − h with labels in (cutoff − h, cutoff], and,
//! when it is big enough, the window before it); a candidate's score is its
//! ROC AUC, averaged over those windows. The best wins, and candidates
//! within [`TIE`] of the best count as tied, going to the simplest
//! ([`Method::simplicity`]). The learned candidate is trained, for each
//! held-out window, on the windows older than it only, so it is always
//! judged on a window it never saw.
//!
//! Why two windows: one window is a single draw of the shop's weather (a
//! churning cohort or a quiet summer can make recency look best for one
//! quarter and worst the next); averaging the latest two halves that noise
//! while staying recent.

use super::model::Model;
use super::windows::{training_set, Window, SIMPLE};
use super::{Contest, Entry, Method};
use crate::backtest::roc_auc;

/// AUC differences up to this count as ties (go to the simpler method).
pub const TIE: f64 = 0.002;
/// A held-out window needs at least this many customers…
pub const MIN_CONTEST_CUSTOMERS: usize = 20;
/// …and at least this many buyers and non-buyers to be judged on.
pub const MIN_CONTEST_CLASS: usize = 3;
/// Held-out windows averaged (the latest ones that can be judged).
pub const CONTEST_WINDOWS: usize = 2;

/// Runs the contest among the methods `available` at the ranker's own
/// cut-off; `windows` are the labelled windows, latest first. `None` when
/// the latest window is too small to judge.
pub fn run(windows: &[Window], available: &[Method]) -> Option<Contest> {
    let judged = (0..windows.len().min(CONTEST_WINDOWS))
        .take_while(|&k| judgeable(&windows[k]))
        .count();
    let latest = windows.first().filter(|_| judged > 0)?;
    let mut candidates: Vec<Method> = SIMPLE.to_vec();
    candidates.push(Method::Learned);
    let mut entries: Vec<Entry> = candidates
        .into_iter()
        .filter(|m| available.contains(m))
        .filter_map(|method| {
            let aucs: Option<Vec<f64>> = (0..judged)
                .map(|k| auc(method, &windows[k], &windows[k + 1..]))
                .collect();
            let aucs = aucs?;
            Some(Entry {
                method,
                auc: aucs.iter().sum::<f64>() / aucs.len() as f64,
            })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.auc
            .total_cmp(&a.auc)
            .then(a.method.simplicity().cmp(&b.method.simplicity()))
    });
    let best = entries.first()?.auc;
    let winner = entries
        .iter()
        .filter(|e| e.auc >= best - TIE)
        .min_by_key(|e| e.method.simplicity())?
        .method;
    let (pos, _) = latest.classes();
    Some(Contest {
        cutoff: latest.snapshot.cutoff,
        customers: latest.rows.len(),
        base_rate: pos as f64 / latest.rows.len() as f64,
        windows: judged,
        entries,
        winner,
    })
}

fn judgeable(window: &Window) -> bool {
    let (pos, neg) = window.classes();
    window.rows.len() >= MIN_CONTEST_CUSTOMERS
        && pos >= MIN_CONTEST_CLASS
        && neg >= MIN_CONTEST_CLASS
}

/// `method`'s AUC on `held_out`; the learned model is trained on `older`.
fn auc(method: Method, held_out: &Window, older: &[Window]) -> Option<f64> {
    let labels: Vec<bool> = held_out.rows.iter().map(|r| r.label).collect();
    let scores: Option<Vec<f64>> = match SIMPLE.iter().position(|m| *m == method) {
        Some(i) => held_out.rows.iter().map(|r| r.simple[i]).collect(),
        None => {
            let (x, y) = training_set(older)?;
            let model = Model::fit(&x, &y)?;
            held_out
                .rows
                .iter()
                .map(|r| r.features.map(|f| model.predict(&f)))
                .collect()
        }
    };
    roc_auc(&scores?, &labels).ok()
}
