//! Occasions: a birthday or other important date coming up.

use chrono::{Datelike, Duration, NaiveDate};

use super::words::{day_month, occasion_name};
use super::{keys, Context, Found, SuggestionKind};
use crate::customer::{Customer, DayMonth};

/// Days ahead in which a birthday or other date is suggested.
pub const OCCASION_LEAD_DAYS: i64 = 21;

/// The next date on or after `as_of` with this day and month (29 February
/// falls on 1 March in other years).
fn next_occurrence(dm: &DayMonth, as_of: NaiveDate) -> Option<NaiveDate> {
    let on = |year: i32| {
        NaiveDate::from_ymd_opt(year, u32::from(dm.month), u32::from(dm.day)).or_else(|| {
            NaiveDate::from_ymd_opt(year, u32::from(dm.month), u32::from(dm.day) - 1)
                .map(|d| d + Duration::days(1))
        })
    };
    let this = on(as_of.year())?;
    if this >= as_of {
        Some(this)
    } else {
        on(as_of.year() + 1)
    }
}

/// The nearest of the customer's dates within the lead time.
pub(super) fn find(cx: &Context, customer: &Customer, first: &str) -> Option<Found> {
    let mut dates: Vec<(&str, DayMonth)> = Vec::new();
    if let Some(b) = customer.birthday {
        dates.push(("birthday", b));
    }
    for d in &customer.important_dates {
        dates.push((&d.label, d.date));
    }
    let (label, when, days) = dates
        .iter()
        .filter_map(|(l, dm)| {
            let when = next_occurrence(dm, cx.as_of)?;
            let days = (when - cx.as_of).num_days();
            (days <= OCCASION_LEAD_DAYS).then_some((*l, when, days))
        })
        .min_by_key(|(_, _, days)| *days)?;
    Some(Found {
        kind: SuggestionKind::Occasion,
        key: keys::make(
            SuggestionKind::Occasion,
            customer.id,
            &[&keys::slug(label), &when.year().to_string()],
        ),
        reason: msg!(
            "reason-occasion",
            first = first,
            occasion = occasion_name(label),
            days = days,
            date = day_month(when)
        ),
        inputs: vec![
            ("occasion".into(), label.to_string()),
            ("date".into(), when.to_string()),
            ("days_ahead".into(), days.to_string()),
        ],
        rule: "occasion: birthday or important date within 21 days",
        score: 0.5 + 0.4 * (1.0 - days as f64 / OCCASION_LEAD_DAYS as f64),
    })
}
