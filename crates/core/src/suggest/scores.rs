//! Every customer's ranking value and BG/NBD figures at a cut-off
//! (`shopkeeper score`), and the backtest of that ranking against what
//! really happened after it (`shopkeeper backtest`, the quality card).

use chrono::{Duration, NaiveDate};
use shopkeeper_suggest::backtest::{roc_auc, top_fraction};
use shopkeeper_suggest::bgnbd::Rfm;
use shopkeeper_suggest::holdout::evaluate_holdout;
use shopkeeper_suggest::rhythm::Interval;
use shopkeeper_suggest::score::follow_up_score;

use super::order::Ranking;
use super::{read, rhythm, CalibrationBin};
use crate::{CoreError, CustomerId, Result, Shop};

/// A customer's purchase scores at a cut-off.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerScore {
    /// Their reference in another system.
    pub customer_ref: Option<String>,
    /// Who.
    pub customer_id: CustomerId,
    /// P(at least one purchase in the horizon), BG/NBD blended with their
    /// rhythm; `None` without purchases or when BG/NBD cannot be fitted.
    pub p_purchase: Option<f64>,
    /// BG/NBD expected purchases in the horizon.
    pub expected_purchases: Option<f64>,
    /// BG/NBD probability of still being an active customer.
    pub p_alive: Option<f64>,
    /// The ranking value Today orders by for this `as_of` and horizon
    /// ([`crate::Suggestion::score`]); customers without a purchase get the
    /// shop's median. Always there, whether BG/NBD could be fitted or not.
    pub score: f64,
}

/// How well the ranking at `as_of` predicted the following horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct BacktestReport {
    /// Customers with a purchase by the cut-off.
    pub customers: usize,
    /// Share of them who bought in the horizon.
    pub base_rate: f64,
    /// How the ranking ranked (`Method::as_str`: "blend", "recency"...).
    pub method: String,
    /// The candidates the ranking's fit compared on its own latest held-out
    /// window before choosing [`BacktestReport::method`], each with its ROC
    /// AUC there, best first; empty when there was no such contest.
    pub contest: Vec<(String, f64)>,
    /// ROC AUC of the ranking Today uses.
    pub auc: f64,
    /// ROC AUC of plain BG/NBD.
    pub auc_bgnbd: f64,
    /// ROC AUC of recency alone.
    pub auc_recency: f64,
    /// Precision in the top 10% by the ranking Today uses.
    pub precision_top10: f64,
    /// Lift in the top 10% (precision / base rate).
    pub lift_top10: f64,
    /// Precision in the top 10% by plain BG/NBD.
    pub precision_top10_bgnbd: f64,
    /// Precision in the top 10% by recency.
    pub precision_top10_recency: f64,
    /// BG/NBD expected vs actual purchases per decile.
    pub calibration: Vec<CalibrationBin>,
}

/// The ranking's values and outcomes at a cut-off.
struct Ranked {
    method: String,
    contest: Vec<(String, f64)>,
    values: Vec<f64>,
    bought: Vec<bool>,
}

impl Shop {
    /// Purchase scores for every customer at `as_of` over the next
    /// `horizon_days`, using only purchases up to the end of `as_of`. The
    /// `score` is the ranking Today uses; the BG/NBD figures are `None` when
    /// BG/NBD cannot be fitted (too few customers or repeat buyers).
    pub fn scores(&self, as_of: NaiveDate, horizon_days: u32) -> Result<Vec<CustomerScore>> {
        let customers = crate::customer::list(self.conn())?;
        self.with_ranking(as_of, horizon_days, |ranking, facts| {
            let model = rhythm::Model::fit(facts.values().map(|f| f.days_at(as_of)), as_of);
            let horizon = f64::from(horizon_days);
            let mut out = Vec::new();
            for c in customers {
                let days = facts.get(&c.id).map_or(&[][..], |f| f.days_at(as_of));
                let mut score = CustomerScore {
                    customer_ref: c.customer_ref.clone(),
                    customer_id: c.id,
                    p_purchase: None,
                    expected_purchases: None,
                    p_alive: None,
                    score: facts
                        .get(&c.id)
                        .map_or(ranking.unranked, |f| ranking.value(f)),
                };
                if let (Some(rfm), Some(params)) = (Rfm::from_dates(days, as_of), &model.params) {
                    let interval = Interval::from_dates(days, model.fallbacks).ok();
                    score.p_purchase = follow_up_score(params, &rfm, interval.as_ref(), horizon)
                        .ok()
                        .map(|s| s.value);
                    score.expected_purchases = params.expected_purchases(&rfm, horizon).ok();
                    score.p_alive = params.p_alive(&rfm).ok();
                }
                out.push(score);
            }
            Ok(out)
        })
    }

    /// The ranking Today would have shown on `as_of` (fitted with data up to
    /// then) compared with the purchases really made in
    /// `(as_of, as_of + horizon_days]`, next to plain BG/NBD and recency.
    pub fn backtest(&self, as_of: NaiveDate, horizon_days: u32) -> Result<BacktestReport> {
        let refused = |e: &dyn std::fmt::Display| {
            CoreError::invalid(
                "as_of",
                msg!(
                    "error-as-of-backtest",
                    as_of = as_of.to_string(),
                    e = e.to_string()
                ),
            )
        };
        let end = as_of + Duration::days(i64::from(horizon_days));
        let (histories, ranked) = self.with_facts(|facts| {
            let ranking = Ranking::fit(facts, as_of, horizon_days);
            let mut ranked = Ranked {
                method: ranking.ranker.method().as_str().to_string(),
                contest: ranking.ranker.contest().map_or_else(Vec::new, |c| {
                    c.entries
                        .iter()
                        .map(|e| (e.method.as_str().to_string(), e.auc))
                        .collect()
                }),
                values: Vec::new(),
                bought: Vec::new(),
            };
            for f in facts.values() {
                if let Some(v) = ranking.ranked(f) {
                    ranked.values.push(v);
                    ranked
                        .bought
                        .push(f.days.iter().any(|d| *d > as_of && *d <= end));
                }
            }
            let histories: Vec<Vec<f64>> = facts
                .values()
                .filter(|f| !f.days.is_empty())
                .map(|f| f.days.iter().map(|x| read::day_number(*x)).collect())
                .collect();
            Ok((histories, ranked))
        })?;
        let r = evaluate_holdout(&histories, read::day_number(as_of), f64::from(horizon_days))
            .map_err(|e| refused(&e))?;
        let auc = roc_auc(&ranked.values, &ranked.bought).map_err(|e| refused(&e))?;
        let top = top_fraction(&ranked.values, &ranked.bought, 0.1).map_err(|e| refused(&e))?;
        Ok(BacktestReport {
            customers: r.customers,
            base_rate: r.base_rate,
            method: ranked.method,
            contest: ranked.contest,
            auc,
            auc_bgnbd: r.bgnbd.auc,
            auc_recency: r.recency.auc,
            precision_top10: top.precision,
            lift_top10: top.lift,
            precision_top10_bgnbd: r.bgnbd.top10.precision,
            precision_top10_recency: r.recency.top10.precision,
            calibration: r.calibration,
        })
    }
}
