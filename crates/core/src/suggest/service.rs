//! Service checks: something the customer bought that needs a regular
//! service (a bike every 180 days) is due.

use chrono::Duration;

use super::words::{long_span, short_date};
use super::{keys, Context, Found, SuggestionKind};
use crate::customer::Customer;

/// A service is suggested from this many days before it is due, until one
/// interval after.
pub const SERVICE_LEAD_DAYS: i64 = 14;

/// The service most clearly due for this customer, if any.
pub(super) fn find(cx: &Context, customer: &Customer, first: &str) -> Option<Found> {
    let mut best: Option<(i64, Found)> = None;
    for &(product, days) in &cx.bought {
        let (Some(every), Some(&last)) = (product.service_days, days.last()) else {
            continue;
        };
        let every = i64::from(every);
        let due = last + Duration::days(every);
        let until_due = (due - cx.as_of).num_days();
        if until_due > SERVICE_LEAD_DAYS || -until_due > every {
            continue;
        }
        if best
            .as_ref()
            .is_some_and(|(d, _)| d.abs() <= until_due.abs())
        {
            continue;
        }
        let since = (cx.as_of - last).num_days();
        let when = match until_due {
            0 => "today",
            d if d > 0 => "ahead",
            _ => "since",
        };
        let closeness = 1.0 - (until_due.abs() as f64 / every as f64).min(1.0);
        best = Some((
            until_due,
            Found {
                kind: SuggestionKind::ServiceCheck,
                key: keys::make(
                    SuggestionKind::ServiceCheck,
                    customer.id,
                    &[&product.id.to_string(), &last.to_string()],
                ),
                reason: msg!(
                    "reason-service",
                    first = first,
                    product = &product.name,
                    since = long_span(since as f64),
                    every = every,
                    due = when,
                    date = short_date(due)
                ),
                inputs: vec![
                    ("product".into(), product.name.clone()),
                    ("last_bought".into(), last.to_string()),
                    ("service_days".into(), every.to_string()),
                    ("due".into(), due.to_string()),
                    ("days_until_due".into(), until_due.to_string()),
                ],
                rule: "service-check: last purchase of a product with a service interval + that interval, from 14 days ahead to one interval overdue",
                score: 0.55 + 0.3 * closeness,
            },
        ));
    }
    best.map(|(_, f)| f)
}
