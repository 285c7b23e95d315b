//! "How good are my suggestions?": the customers ranked as they were
//! [`LOOKBACK_DAYS`] ago, compared with who really bought in the
//! [`HORIZON_DAYS`] after.

use chrono::NaiveDate;

use crate::{BacktestReport, CoreError, Result, Shop};

/// How far back the card ranks the customers.
pub const LOOKBACK_DAYS: u32 = 90;
/// How long after that a customer counts as having come back.
pub const HORIZON_DAYS: u32 = 60;

/// The quality card: the backtest and the window it looked at.
#[derive(Debug, Clone)]
pub struct Quality {
    /// The backtest as of [`Quality::as_of`].
    pub report: BacktestReport,
    /// The day the customers were ranked as of.
    pub as_of: NaiveDate,
    /// Days between that day and today.
    pub lookback_days: u32,
    /// Days after it that count as coming back.
    pub horizon_days: u32,
}

/// The day the card ranks the customers as of, seen on `today`.
pub fn as_of(today: NaiveDate) -> NaiveDate {
    today - chrono::Duration::days(i64::from(LOOKBACK_DAYS))
}

impl Shop {
    /// The quality card seen on `today`; `None` when the shop has too little
    /// history to tell (the backtest refuses).
    pub fn suggestion_quality(&self, today: NaiveDate) -> Result<Option<Quality>> {
        let as_of = as_of(today);
        match self.backtest(as_of, HORIZON_DAYS) {
            Ok(report) => Ok(Some(Quality {
                report,
                as_of,
                lookback_days: LOOKBACK_DAYS,
                horizon_days: HORIZON_DAYS,
            })),
            Err(CoreError::Invalid { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_looks_back_ninety_days() {
        let today = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
        assert_eq!(as_of(today), NaiveDate::from_ymd_opt(2026, 1, 31).unwrap());
    }

    #[test]
    fn a_shop_without_history_has_no_card_rather_than_an_error() {
        let shop = Shop::open_in_memory().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
        assert!(shop.suggestion_quality(today).unwrap().is_none());
    }
}
