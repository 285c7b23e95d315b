//! The one order of customers and of their suggestions: Today, the CLI's
//! `suggest`, the `score` column of `shopkeeper score` and the quality
//! card's backtest all go through [`Ranking`] and [`order`].
//!
//! [`Ranking::fit`] fits `shopkeeper_suggest`'s [`Ranker`] once per `as_of`
//! on every customer's purchase days, spend per day and follow-up days up to
//! the end of that day; [`Ranking::value`] then ranks one customer against
//! that fit, cheaply, so a new sale re-ranks only that customer.
//!
//! **Customers without a purchase** by `as_of` (someone just added, with a
//! birthday coming or a promise made at the counter) cannot be ranked by
//! their history: they get the shop's *median* value, as if they were a
//! typical customer. Not the bottom (their occasion or promise would vanish
//! under every regular's suggestions), not the top (nothing says they will
//! come back sooner than the regulars); among themselves the suggestion's
//! own urgency decides.

use std::cmp::Ordering;

use chrono::NaiveDate;
use shopkeeper_suggest::ranker::{History, Ranker};

use super::read::{day_number, until, AllFacts, Facts};
use super::Suggestion;

/// The ranking of one shop at one `as_of` and horizon.
pub(super) struct Ranking {
    as_of: NaiveDate,
    /// The fitted ranking.
    pub ranker: Ranker,
    /// The value of a customer with no purchase by `as_of`: the median of
    /// the ranked customers' values (0 when nobody is ranked).
    pub unranked: f64,
}

impl Ranking {
    /// Fits the ranking for "buys within `horizon_days`" on every customer's
    /// history up to the end of `as_of`.
    pub fn fit(facts: &AllFacts, as_of: NaiveDate, horizon_days: u32) -> Ranking {
        let histories: Vec<History> = facts
            .values()
            .map(|f| history(f, as_of))
            .filter(|h| !h.days.is_empty())
            .collect();
        let ranker = Ranker::fit(&histories, day_number(as_of), f64::from(horizon_days));
        let mut values: Vec<f64> = histories
            .iter()
            .filter_map(|h| ranker.score(h))
            .filter(|v| v.is_finite())
            .collect();
        values.sort_by(f64::total_cmp);
        let unranked = match values.len() {
            0 => 0.0,
            n if n % 2 == 1 => values[n / 2],
            n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
        };
        Ranking {
            as_of,
            ranker,
            unranked,
        }
    }

    /// The customer's value by the ranker, `None` when they had no purchase
    /// by `as_of`.
    pub fn ranked(&self, facts: &Facts) -> Option<f64> {
        self.ranker
            .score(&history(facts, self.as_of))
            .filter(|v| v.is_finite())
    }

    /// The customer's ranking value: [`Ranking::ranked`], else the shop's
    /// median (see the module's notes). Higher first.
    pub fn value(&self, facts: &Facts) -> f64 {
        self.ranked(facts).unwrap_or(self.unranked)
    }
}

/// One customer's history up to the end of `as_of`, as the ranker reads it:
/// distinct purchase days, what they spent on each (returns lower it), and
/// the days the owner followed up on a suggestion.
pub(super) fn history(f: &Facts, as_of: NaiveDate) -> History {
    let mut h = History::default();
    for &(day, total) in f.baskets_at(as_of) {
        let x = day_number(day);
        match (h.days.last(), h.spend.last_mut()) {
            (Some(last), Some(spend)) if *last == x => *spend += total as f64,
            _ => {
                h.days.push(x);
                h.spend.push(total as f64);
            }
        }
    }
    h.follow_ups = until(&f.follow_ups, as_of, |d| *d)
        .iter()
        .map(|d| day_number(*d))
        .collect();
    h
}

/// Best first: the customer's ranking value (the kind is the reason, not
/// the order), then the suggestion's own urgency, then name and key, so the
/// order is total and the same everywhere.
pub(super) fn order(a: &Suggestion, b: &Suggestion) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then_with(|| b.urgency.total_cmp(&a.urgency))
        .then_with(|| a.customer_name.cmp(&b.customer_name))
        .then_with(|| a.key.cmp(&b.key))
}
