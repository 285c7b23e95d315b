//! "How good are my suggestions?": a backtest of the follow-up ranking, as
//! the Today screen shows it to the owner.

use serde::{Deserialize, Serialize};
use shopkeeper_core::BacktestReport;
use ts_rs::TS;

/// How well the ranking at a past day predicted who came back after it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QualityDto {
    /// The day the customers were ranked on (YYYY-MM-DD).
    pub as_of: String,
    /// How many days before today that was.
    pub lookback_days: u32,
    /// How many days after `as_of` count as "came back".
    pub horizon_days: u32,
    /// Customers with a purchase by `as_of`.
    pub customers: u32,
    /// Share of them who bought in the horizon.
    pub base_rate: f64,
    /// How Shopkeeper ranked them (`blend`, `recency`, ...): the same way
    /// as the Today list is ordered.
    pub method: String,
    /// The ways of ranking Shopkeeper compared on the shop's latest weeks
    /// before choosing `method`, each with its ROC AUC there, best first;
    /// empty when it had too little history to compare.
    pub contest: Vec<ContestEntryDto>,
    /// Share of Shopkeeper's top 10% who bought in the horizon.
    pub precision_top10: f64,
    /// Share of the 10% who came most recently who bought in the horizon.
    pub precision_top10_recency: f64,
    /// Share of plain BG/NBD's top 10% who bought in the horizon.
    pub precision_top10_bgnbd: f64,
    /// Shopkeeper's top 10% against the average (precision / base rate).
    pub lift_top10: f64,
    /// ROC AUC of Shopkeeper's score (0.5 is guessing, 1 is perfect).
    pub auc: f64,
    /// ROC AUC of recency alone.
    pub auc_recency: f64,
    /// ROC AUC of plain BG/NBD.
    pub auc_bgnbd: f64,
    /// Predicted vs actual purchases per tenth of customers, lowest
    /// predictions first.
    pub calibration: Vec<QualityBinDto>,
}

/// One way of ranking in the comparison behind the chosen one.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContestEntryDto {
    /// The way of ranking (`blend`, `recency`, ...).
    pub method: String,
    /// Its ROC AUC on the shop's latest held-out weeks.
    pub auc: f64,
}

/// One tenth of the customers, by predicted purchases.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QualityBinDto {
    /// Customers in it.
    pub count: u32,
    /// Purchases predicted per customer, on average.
    pub mean_predicted: f64,
    /// Purchases really made per customer, on average.
    pub mean_actual: f64,
}

impl QualityDto {
    /// The report of a backtest ranked on `as_of`, `lookback_days` ago,
    /// over `horizon_days`.
    pub fn new(r: &BacktestReport, as_of: String, lookback_days: u32, horizon_days: u32) -> Self {
        QualityDto {
            as_of,
            lookback_days,
            horizon_days,
            customers: count(r.customers),
            base_rate: r.base_rate,
            method: r.method.clone(),
            contest: r
                .contest
                .iter()
                .map(|(method, auc)| ContestEntryDto {
                    method: method.clone(),
                    auc: *auc,
                })
                .collect(),
            precision_top10: r.precision_top10,
            precision_top10_recency: r.precision_top10_recency,
            precision_top10_bgnbd: r.precision_top10_bgnbd,
            lift_top10: r.lift_top10,
            auc: r.auc,
            auc_recency: r.auc_recency,
            auc_bgnbd: r.auc_bgnbd,
            calibration: r
                .calibration
                .iter()
                .map(|b| QualityBinDto {
                    count: count(b.count),
                    mean_predicted: b.mean_predicted,
                    mean_actual: b.mean_actual,
                })
                .collect(),
        }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
