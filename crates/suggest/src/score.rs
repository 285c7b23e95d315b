//! The follow-up ranking score: BG/NBD blended with the customer's rhythm.
//!
//! BG/NBD treats purchases as memoryless (Poisson while alive), so it cannot
//! tell that a steady monthly buyer who bought 27 days ago is about to buy.
//! The rhythm model can. With d = days since the last purchase, h the
//! horizon, S the log-normal gap survival of the customer's [`Interval`] and
//! q = a/(a+b+x) the posterior-mean dropout probability per purchase from the
//! fitted BG/NBD:
//!
//! ```text
//! p_rhythm = (1−q)·(S(d) − S(d+h)) / ((1−q)·S(d) + q)
//! ```
//!
//! i.e. the customer survived their last purchase with probability 1−q,
//! a surviving customer's next gap is log-normal, and the silence so far is
//! evidence (Bayes) against survival. The score is
//!
//! ```text
//! score = (1 − w)·P_BG/NBD(≥1 in h) + w·p_rhythm,   w = interval.confidence
//! ```
//!
//! so erratic or unknown rhythms (w ≈ 0) fall back to plain BG/NBD, and a
//! steady own rhythm dominates. Both terms are probabilities of buying
//! within the horizon, so the score is one too (roughly calibrated).

use crate::bgnbd::{Params, Rfm};
use crate::error::ModelError;
use crate::rhythm::Interval;

/// A customer's follow-up score and its parts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// Blended probability of at least one purchase within the horizon.
    pub value: f64,
    /// BG/NBD P(≥1 purchase within the horizon).
    pub bgnbd: f64,
    /// Rhythm-based probability, when an interval was given.
    pub rhythm: Option<f64>,
    /// Weight `w` given to the rhythm term.
    pub weight: f64,
}

/// Scores one customer for a follow-up within `horizon` days. `interval` is
/// the customer's rhythm (own, catalog or shop-wide; its `confidence` sets
/// the weight), or `None` to use BG/NBD alone.
pub fn follow_up_score(
    params: &Params,
    rfm: &Rfm,
    interval: Option<&Interval>,
    horizon: f64,
) -> Result<Score, ModelError> {
    let bgnbd = params.p_at_least_one_purchase(rfm, horizon)?;
    let Some(interval) = interval else {
        return Ok(Score {
            value: bgnbd,
            bgnbd,
            rhythm: None,
            weight: 0.0,
        });
    };
    let d = rfm.t - rfm.t_x;
    let q = params.a / (params.a + params.b + f64::from(rfm.x));
    let s_now = interval.gap_survival(d);
    let s_later = interval.gap_survival(d + horizon);
    let denom = (1.0 - q) * s_now + q;
    let rhythm = if denom > 0.0 {
        ((1.0 - q) * (s_now - s_later) / denom).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let weight = interval.confidence.clamp(0.0, 1.0);
    Ok(Score {
        value: (1.0 - weight) * bgnbd + weight * rhythm,
        bgnbd,
        rhythm: Some(rhythm),
        weight,
    })
}

/// The recency-only baseline: minus the days since the last purchase (more
/// recent ranks higher).
pub fn recency_score(rfm: &Rfm) -> f64 {
    -(rfm.t - rfm.t_x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rhythm::IntervalSource;

    const P: Params = Params {
        r: 0.6,
        alpha: 60.0,
        a: 0.7,
        b: 3.0,
    };

    fn monthly(confidence: f64) -> Interval {
        Interval {
            days: 30.0,
            source: IntervalSource::OwnHistory,
            gaps: 10,
            sigma_log: 0.15,
            confidence,
        }
    }

    #[test]
    fn without_interval_is_plain_bgnbd() {
        let c = Rfm {
            x: 4,
            t_x: 100.0,
            t: 130.0,
        };
        let s = follow_up_score(&P, &c, None, 30.0).unwrap();
        assert_eq!(s.value, P.p_at_least_one_purchase(&c, 30.0).unwrap());
        let zero = follow_up_score(&P, &c, Some(&monthly(0.0)), 30.0).unwrap();
        assert_eq!(zero.value, s.value);
    }

    #[test]
    fn regular_buyer_due_soon_beats_one_just_served() {
        let due = Rfm {
            x: 10,
            t_x: 300.0,
            t: 325.0,
        };
        let just = Rfm {
            x: 10,
            t_x: 300.0,
            t: 302.0,
        };
        let i = monthly(0.8);
        let h = 14.0;
        let s_due = follow_up_score(&P, &due, Some(&i), h).unwrap();
        let s_just = follow_up_score(&P, &just, Some(&i), h).unwrap();
        assert!(
            s_due.rhythm.unwrap() > 0.6 && s_just.rhythm.unwrap() < 0.05,
            "{s_due:?} {s_just:?}"
        );
        assert!(s_due.value > s_just.value);
        // BG/NBD alone prefers the more recent one.
        assert!(s_just.bgnbd > s_due.bgnbd);
    }

    #[test]
    fn long_overdue_regular_buyer_scores_low() {
        let gone = Rfm {
            x: 10,
            t_x: 300.0,
            t: 500.0,
        };
        let s = follow_up_score(&P, &gone, Some(&monthly(0.8)), 30.0).unwrap();
        assert!(s.rhythm.unwrap() < 1e-6 && s.value < 0.05, "{s:?}");
    }

    #[test]
    fn recency_baseline() {
        assert_eq!(
            recency_score(&Rfm {
                x: 2,
                t_x: 10.0,
                t: 40.0
            }),
            -30.0
        );
    }
}
