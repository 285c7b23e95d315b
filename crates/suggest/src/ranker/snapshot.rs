//! The shop as it stood at one cut-off: BG/NBD fitted on the histories up to
//! it, the shop-wide rhythm fallback, and each customer's view with the
//! simple rankings ([`View`]) that the contest compares and the learned
//! model reads as features.

use super::{History, Method};
use crate::bgnbd::{fit, Params, Rfm};
use crate::rhythm::{shop_median_interval_of_times, Fallbacks, Interval};
use crate::score::{follow_up_score, recency_score};

/// The shop at one cut-off.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Snapshot {
    /// The cut-off: nothing after it is read.
    pub cutoff: f64,
    /// The horizon in days.
    pub horizon: f64,
    /// BG/NBD fitted at the cut-off, when the shop allows it.
    pub params: Option<Params>,
    /// Rhythm fallback (the shop-wide median of own intervals).
    pub fallbacks: Fallbacks,
}

/// BG/NBD's view of one customer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct BgNbdView {
    /// P(alive) at the cut-off.
    pub p_alive: f64,
    /// P(at least one purchase within the horizon).
    pub p_any: f64,
    /// Posterior mean purchase rate per day if alive, (r+x)/(α+T).
    pub rate: f64,
    /// The blend of BG/NBD and the customer's rhythm (`score` module).
    pub blend: f64,
    /// The blend's rhythm term (uses BG/NBD's dropout), when there is an
    /// interval.
    pub p_rhythm: Option<f64>,
}

/// One customer at a cut-off.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct View<'a> {
    /// Purchase days up to the cut-off.
    pub days: &'a [f64],
    /// Recency/frequency summary.
    pub rfm: Rfm,
    /// Own interval, else the shop median; `None` when neither exists.
    pub interval: Option<Interval>,
    /// BG/NBD's numbers, when BG/NBD fitted.
    pub bgnbd: Option<BgNbdView>,
}

impl Snapshot {
    /// Fits what the shop supports at `cutoff`.
    pub fn new(histories: &[History], cutoff: f64, horizon: f64) -> Snapshot {
        let rfm: Vec<Rfm> = histories
            .iter()
            .filter_map(|h| Rfm::from_times(h.days_until(cutoff), cutoff))
            .collect();
        Snapshot {
            cutoff,
            horizon,
            params: fit(&rfm).ok().map(|f| f.params),
            fallbacks: Fallbacks {
                catalog_days: None,
                shop_median_days: shop_median_interval_of_times(
                    histories.iter().map(|h| h.days_until(cutoff)),
                ),
            },
        }
    }

    /// The customer as seen at the cut-off; `None` without a purchase by
    /// then.
    pub fn view<'a>(&self, history: &'a History) -> Option<View<'a>> {
        let days = history.days_until(self.cutoff);
        let rfm = Rfm::from_times(days, self.cutoff)?;
        let interval = Interval::from_times(days, self.fallbacks).ok();
        let bgnbd = self.params.and_then(|p| {
            let s = follow_up_score(&p, &rfm, interval.as_ref(), self.horizon).ok()?;
            Some(BgNbdView {
                p_alive: p.p_alive(&rfm).ok()?,
                p_any: s.bgnbd,
                rate: (p.r + f64::from(rfm.x)) / (p.alpha + rfm.t),
                blend: s.value,
                p_rhythm: s.rhythm,
            })
        });
        Some(View {
            days,
            rfm,
            interval,
            bgnbd,
        })
    }
}

impl View<'_> {
    /// Days since the last purchase.
    pub fn recency_days(&self) -> f64 {
        self.rfm.t - self.rfm.t_x
    }

    /// Most recent first.
    pub fn recency(&self) -> f64 {
        recency_score(&self.rfm)
    }

    /// The customer's own rhythm alone, without BG/NBD: the probability of
    /// buying within the horizon under a log-normal gap renewal process
    /// with a dropout chance q = 1/(x+2) after each purchase (the posterior
    /// mean under a uniform prior, so a steady regular is believed more as
    /// the purchases add up), updated by the silence so far:
    /// `(1−q)·(S(d) − S(d+h)) / ((1−q)·S(d) + q)`. `None` without an
    /// interval (nobody in the shop has two gaps yet) or with a horizon
    /// that is not a finite, non-negative number of days.
    pub fn rhythm(&self, horizon: f64) -> Option<f64> {
        if !(horizon.is_finite() && horizon >= 0.0) {
            return None;
        }
        let interval = self.interval?;
        let q = 1.0 / (f64::from(self.rfm.x) + 2.0);
        Some(renewal_probability(
            &interval,
            q,
            self.recency_days(),
            horizon,
        ))
    }
}

/// `(1−q)·(S(d) − S(d+h)) / ((1−q)·S(d) + q)` with S the interval's gap
/// survival: bought within `h` after a silence of `d` days.
fn renewal_probability(interval: &Interval, q: f64, d: f64, h: f64) -> f64 {
    let s_now = interval.gap_survival(d);
    let s_later = interval.gap_survival(d + h);
    let denom = (1.0 - q) * s_now + q;
    if denom > 0.0 {
        ((1.0 - q) * (s_now - s_later) / denom).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

impl View<'_> {
    /// The customer's value under one of the simple methods (higher
    /// first); `None` for [`Method::Learned`] and when the method is not
    /// available at this snapshot.
    pub fn score(&self, method: Method, horizon: f64) -> Option<f64> {
        match method {
            Method::Recency => Some(self.recency()),
            Method::Rhythm => self.rhythm(horizon),
            Method::BgNbd => self.bgnbd.map(|b| b.p_any),
            Method::Blend => self.bgnbd.map(|b| b.blend),
            Method::Learned => None,
        }
    }
}
