//! What the learned model reads about one customer at a cut-off: only
//! purchases and follow-ups on or before it. Every feature is transformed
//! (logs, logits, caps) so that a linear model on standardised features can
//! use it; [`NAMES`] lists them in order.

use super::snapshot::View;
use super::History;

/// Number of features.
pub const COUNT: usize = 29;

/// Feature names, in the order of a feature vector.
pub const NAMES: [&str; COUNT] = [
    "ln(1+days since last purchase)",
    "ln(1+purchase days)",
    "one-time buyer",
    "ln(1+purchase days in last 30)",
    "ln(1+purchase days in last 90)",
    "ln(1+purchase days in last 180)",
    "ln(1+purchase days in last 365)",
    "ln(1+mean basket)",
    "ln(1+total spend)",
    "ln(1+tenure in days)",
    "logit BG/NBD P(alive)",
    "ln(0.01+P(alive) x posterior rate x horizon)",
    "logit BG/NBD P(>=1 in horizon)",
    "ln(interval days)",
    "rhythm confidence",
    "ln(overdue ratio), capped at +-4",
    "confidence x ln(overdue ratio)^2",
    "logit p_rhythm (blend's rhythm term)",
    "logit blend",
    "logit rhythm alone",
    "trend: ln(recent rate / earlier rate)",
    "bought in the same window a year before",
    "bought in the same window two years before",
    "followed up within the last horizon",
    "ln(1+follow-ups)",
    "share of past follow-ups answered by a purchase within the horizon",
    "ln(1+days since last)^2",
    "ln(1+days since last) x ln(1+purchase days)",
    "ln(1+purchase days)^2",
];

/// A feature vector.
pub type Features = [f64; COUNT];

/// Probabilities are clamped to [EPS, 1−EPS] before the logit.
const EPS: f64 = 1e-6;
/// Days of "recent" behaviour in the trend feature.
const TREND_DAYS: f64 = 180.0;

/// The features of one customer at the snapshot's cut-off `cutoff` for
/// `horizon`; `None` without BG/NBD (its numbers are features).
pub fn features(view: &View<'_>, history: &History, cutoff: f64, horizon: f64) -> Option<Features> {
    let bg = view.bgnbd?;
    let days = view.days;
    let n = days.len() as f64;
    let since = |from: f64| count_in(days, cutoff - from, cutoff);
    let spend: Vec<f64> = history.spend.iter().take(days.len()).copied().collect();
    let total = spend.iter().sum::<f64>().max(0.0);
    let d = view.recency_days();
    let tenure = view.rfm.t;
    let (ln_interval, confidence, ln_ratio) = match view.interval {
        Some(i) => (
            i.days.ln(),
            i.confidence,
            (d.max(0.5) / i.days).ln().clamp(-4.0, 4.0),
        ),
        None => (0.0, 0.0, 0.0),
    };
    let trend = if tenure > 2.0 * TREND_DAYS {
        let recent = since(TREND_DAYS) / TREND_DAYS;
        let earlier = (n - since(TREND_DAYS)) / (tenure - TREND_DAYS);
        ((recent + 0.5 / TREND_DAYS) / (earlier + 0.5 / TREND_DAYS))
            .ln()
            .clamp(-4.0, 4.0)
    } else {
        0.0
    };
    let season = |years: f64| {
        let from = cutoff - 365.0 * years;
        f64::from(u8::from(count_in(days, from, from + horizon) > 0.0))
    };
    let follow = follow_ups(history, cutoff, horizon);
    let (ln_d, ln_n) = (d.max(0.0).ln_1p(), n.ln_1p());
    Some([
        ln_d,
        ln_n,
        f64::from(u8::from(view.rfm.x == 0)),
        since(30.0).ln_1p(),
        since(90.0).ln_1p(),
        since(180.0).ln_1p(),
        since(365.0).ln_1p(),
        (total / n).ln_1p(),
        total.ln_1p(),
        tenure.max(0.0).ln_1p(),
        logit(bg.p_alive),
        (0.01 + bg.p_alive * bg.rate * horizon).ln(),
        logit(bg.p_any),
        ln_interval,
        confidence,
        ln_ratio,
        confidence * ln_ratio * ln_ratio,
        logit(bg.p_rhythm.unwrap_or(bg.p_any)),
        logit(bg.blend),
        logit(view.rhythm(horizon).unwrap_or(bg.p_any)),
        trend,
        season(1.0),
        season(2.0),
        follow.recent,
        follow.count.ln_1p(),
        follow.answered,
        ln_d * ln_d,
        ln_d * ln_n,
        ln_n * ln_n,
    ])
}

/// Distinct purchase days in `(from, to]`.
fn count_in(days: &[f64], from: f64, to: f64) -> f64 {
    let lo = days.partition_point(|d| *d <= from);
    let hi = days.partition_point(|d| *d <= to);
    hi.saturating_sub(lo) as f64
}

fn logit(p: f64) -> f64 {
    let p = if p.is_finite() {
        p.clamp(EPS, 1.0 - EPS)
    } else {
        0.5
    };
    (p / (1.0 - p)).ln()
}

/// Follow-up features.
struct FollowUps {
    /// 1 when followed up in `(cutoff − horizon, cutoff]`.
    recent: f64,
    /// Follow-ups on or before the cut-off.
    count: f64,
    /// Of the follow-ups whose horizon ended by the cut-off, the share
    /// followed by a purchase within the horizon, shrunk towards ½ by one
    /// pseudo-observation ((hits + ½)/(n + 1); ½ with none).
    answered: f64,
}

fn follow_ups(history: &History, cutoff: f64, horizon: f64) -> FollowUps {
    let mut count = 0.0;
    let mut recent = 0.0;
    let (mut judged, mut hits) = (0.0, 0.0);
    for &f in history.follow_ups.iter().filter(|f| **f <= cutoff) {
        count += 1.0;
        if f > cutoff - horizon {
            recent = 1.0;
        } else {
            judged += 1.0;
            if count_in(&history.days, f, f + horizon) > 0.0 {
                hits += 1.0;
            }
        }
    }
    FollowUps {
        recent,
        count,
        answered: (hits + 0.5) / (judged + 1.0),
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::Snapshot;
    use super::*;

    #[test]
    fn reads_nothing_after_the_cutoff() {
        let history = History {
            days: vec![0.0, 30.0, 60.0, 90.0, 400.0],
            spend: vec![100.0, 120.0, 80.0, 100.0, 5000.0],
            follow_ups: vec![40.0, 395.0],
        };
        let later = History {
            days: vec![0.0, 30.0, 60.0, 90.0, 410.0],
            spend: vec![100.0, 120.0, 80.0, 100.0, 1.0],
            follow_ups: vec![40.0, 399.0],
        };
        let others: Vec<History> = (0..30)
            .map(|i| {
                let i = f64::from(i);
                let days = if i < 15.0 {
                    vec![i, 2.0 * i + 10.0, 4.0 * i + 30.0]
                } else {
                    vec![i]
                };
                History {
                    spend: vec![50.0; days.len()],
                    days,
                    follow_ups: vec![],
                }
            })
            .collect();
        let mut shop = others.clone();
        shop.push(history.clone());
        let snap = Snapshot::new(&shop, 120.0, 60.0);
        let a = features(&snap.view(&history).unwrap(), &history, 120.0, 60.0).unwrap();
        let b = features(&snap.view(&later).unwrap(), &later, 120.0, 60.0).unwrap();
        assert_eq!(a, b);
        assert!(a.iter().all(|v| v.is_finite()));
        // 4 days by 120, last 30 days before: 90 → ln(1+30).
        assert!((a[0] - 31f64.ln()).abs() < 1e-12);
        assert!((a[1] - 5f64.ln()).abs() < 1e-12);
        // The follow-up at 40 was answered at 60; none in (60, 120].
        assert_eq!((a[23], a[24]), (0.0, 2f64.ln()));
        assert!((a[25] - 0.75).abs() < 1e-12);
    }

    #[test]
    fn counts_windows_half_open() {
        let days = [10.0, 20.0, 30.0];
        assert_eq!(count_in(&days, 10.0, 30.0), 2.0);
        assert_eq!(count_in(&days, 0.0, 9.0), 0.0);
        assert_eq!(logit(0.5), 0.0);
        assert!(logit(f64::NAN) == 0.0 && logit(1.0).is_finite());
    }
}
