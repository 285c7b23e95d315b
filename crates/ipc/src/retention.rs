//! The retention rule and its review list, as the Settings screen shows them.

use serde::{Deserialize, Serialize};
use shopkeeper_core::ReviewItem;
use ts_rs::TS;

/// A customer the retention rule asks the owner to review.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItemDto {
    /// The customer's id.
    pub customer_id: String,
    /// Their name.
    pub name: String,
    /// Their latest purchase, contact or (with neither) when they were added (RFC 3339).
    pub last_activity: String,
    /// Their latest purchase (RFC 3339), if any.
    pub last_purchase: Option<String>,
    /// Their latest logged contact (RFC 3339), if any.
    pub last_contact: Option<String>,
}

impl From<ReviewItem> for ReviewItemDto {
    fn from(r: ReviewItem) -> Self {
        ReviewItemDto {
            customer_id: r.customer.to_string(),
            name: r.name,
            last_activity: r.last_activity.to_rfc3339(),
            last_purchase: r.last_purchase.map(|t| t.to_rfc3339()),
            last_contact: r.last_contact.map(|t| t.to_rfc3339()),
        }
    }
}

/// The rule and who it lists today.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionDto {
    /// Review customers quiet for this many years; `None` when the rule is off.
    pub years: Option<u32>,
    /// Who to review, longest quiet first.
    pub review: Vec<ReviewItemDto>,
}
