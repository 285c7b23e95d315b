//! What became of the follow-ups, per kind, as the quality card tells it.

use serde::{Deserialize, Serialize};
use shopkeeper_core::KindOutcome;
use ts_rs::TS;

/// One kind's follow-ups: of those done, how many customers came back
/// within the kind's horizon, and the same for those shown and not contacted.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeDto {
    /// The kind (`thank-you`, `lapsing-regular`, ...).
    pub kind: String,
    /// Days after the follow-up in which a purchase counts as coming back.
    pub horizon_days: u32,
    /// Follow-ups done whose horizon has passed.
    pub done: u32,
    /// Of those, customers who came back within the horizon.
    pub done_came_back: u32,
    /// Suggestions shown and not contacted whose horizon has passed.
    pub not_contacted: u32,
    /// Of those, customers who came back within the horizon.
    pub not_contacted_came_back: u32,
    /// Follow-ups done whose horizon is still running.
    pub waiting: u32,
    /// Of those, customers who came back already.
    pub waiting_came_back: u32,
}

impl From<&KindOutcome> for OutcomeDto {
    fn from(o: &KindOutcome) -> Self {
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        OutcomeDto {
            kind: o.kind.to_string(),
            horizon_days: o.horizon_days,
            done: n(o.done),
            done_came_back: n(o.done_came_back),
            not_contacted: n(o.not_contacted),
            not_contacted_came_back: n(o.not_contacted_came_back),
            waiting: n(o.waiting),
            waiting_came_back: n(o.waiting_came_back),
        }
    }
}
