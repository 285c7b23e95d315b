//! Thank-yous: after a new customer's first purchase, and after anyone's
//! unusually large one.

use chrono::NaiveDate;

use super::{keys, Context, Found, SuggestionKind};
use crate::customer::Customer;
use crate::money::Money;

/// A purchase this recent (days) earns a thank-you.
pub const THANK_YOU_DAYS: i64 = 7;
/// A basket at least this many times the customer's own median is unusually large...
pub const LARGE_BASKET_FACTOR: i64 = 3;
/// ...for customers with at least this many earlier purchases; for newer
/// customers the shop's 95th percentile basket is the bar.
pub const LARGE_BASKET_MIN_HISTORY: usize = 3;
/// The shop needs this many purchases before its 95th percentile means anything.
const MIN_PURCHASES_FOR_PERCENTILE: usize = 20;

/// The shop's 95th percentile basket (minor units), with enough purchases.
pub(super) fn shop_percentile_95(totals: impl Iterator<Item = i64>) -> Option<i64> {
    let mut all: Vec<i64> = totals.collect();
    if all.len() < MIN_PURCHASES_FOR_PERCENTILE {
        return None;
    }
    all.sort_unstable();
    let rank = (0.95 * (all.len() - 1) as f64).round() as usize;
    Some(all[rank])
}

fn median(mut v: Vec<i64>) -> Option<i64> {
    v.sort_unstable();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2]) / 2),
    }
}

const RULE: &str = "thank-you: first purchase within the last 7 days, or a purchase within 7 days of at least 3× the customer's median basket (the shop's 95th percentile for customers with fewer than 3 earlier purchases)";

fn key(customer: &Customer, day: NaiveDate) -> String {
    keys::make(SuggestionKind::ThankYou, customer.id, &[&day.to_string()])
}

/// A thank-you for the first purchase, else for the latest unusually large one.
pub(super) fn find(cx: &Context, customer: &Customer, first: &str) -> Option<Found> {
    let as_of = cx.as_of;
    let recent = |day: NaiveDate| (0..THANK_YOU_DAYS).contains(&(as_of - day).num_days());
    let first_day = *cx.days.first()?;
    if recent(first_day) {
        return Some(Found {
            kind: SuggestionKind::ThankYou,
            key: key(customer, first_day),
            reason: msg!(
                "reason-first-purchase",
                first = first,
                days = (as_of - first_day).num_days()
            ),
            inputs: vec![("first_purchase".into(), first_day.to_string())],
            rule: RULE,
            score: 0.45,
        });
    }
    let baskets = cx.baskets;
    let (i, &(day, total)) = baskets
        .iter()
        .enumerate()
        .rev()
        .find(|(_, (day, _))| recent(*day))?;
    let earlier: Vec<i64> = baskets[..i]
        .iter()
        .filter(|(d, _)| *d < day)
        .map(|(_, t)| *t)
        .collect();
    let money = |minor| Money::new(minor, cx.currency);
    let days = (as_of - day).num_days();
    let spent = money(total).to_string();
    let (bar, basis, reason) = if earlier.len() >= LARGE_BASKET_MIN_HISTORY {
        let own = median(earlier)?;
        (
            own.checked_mul(LARGE_BASKET_FACTOR)?,
            ("usual_basket", money(own)),
            msg!(
                "reason-large-basket-own",
                first = first,
                total = &spent,
                days = days,
                factor = LARGE_BASKET_FACTOR,
                usual = money(own).to_string()
            ),
        )
    } else {
        let p95 = cx.wide.basket_p95?;
        (
            p95,
            ("shop_95th_percentile", money(p95)),
            msg!(
                "reason-large-basket-shop",
                first = first,
                total = &spent,
                days = days
            ),
        )
    };
    if total < bar || total <= 0 {
        return None;
    }
    Some(Found {
        kind: SuggestionKind::ThankYou,
        key: key(customer, day),
        reason,
        inputs: vec![
            ("purchase_day".into(), day.to_string()),
            ("basket".into(), spent),
            (basis.0.into(), basis.1.to_string()),
            ("large_from".into(), money(bar).to_string()),
        ],
        rule: RULE,
        score: 0.5,
    })
}
