//! Money as the UI sees it.

use serde::{Deserialize, Serialize};
use shopkeeper_core::Money;
use ts_rs::TS;

/// An amount of money: whole minor units (cents, pence, yen) and an ISO 4217 code.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MoneyDto {
    /// Amount in minor units; negative for refunds.
    #[ts(type = "number")]
    pub minor: i64,
    /// ISO 4217 code, such as `EUR`.
    pub currency: String,
}

impl From<Money> for MoneyDto {
    fn from(m: Money) -> Self {
        MoneyDto {
            minor: m.minor,
            currency: m.currency.code().to_string(),
        }
    }
}
