//! Numbers and dates in the plain words suggestions use, and "Why this
//! suggestion" in sentences a shopkeeper uses ([`explain`]): every word the
//! owner reads about a suggestion is made here. Spans are rounded as a
//! person would say them ([`rough`]): days up to two weeks, then weeks up
//! to about three months, then months, then years; chances as "about 3 in
//! 10".

use chrono::{Datelike, NaiveDate};
use shopkeeper_l10n::{Arg, Message};

use super::SuggestionKind;

/// An exact span: `n` of `unit` (`day`, `week`, `month`).
fn duration(n: i64, unit: &'static str) -> Message {
    msg!("reason-duration", n = n, unit = unit)
}

/// "26 days", or "5 weeks" from 28 days on.
pub(super) fn span(days: f64) -> Message {
    let d = days.round() as i64;
    if d >= 28 {
        duration((days / 7.0).round() as i64, "week")
    } else {
        duration(d, "day")
    }
}

/// Like [`span`], but "6 months" from 120 days on.
pub(super) fn long_span(days: f64) -> Message {
    if days.round() >= 120.0 {
        duration((days / 30.44).round() as i64, "month")
    } else {
        span(days)
    }
}

/// "12 Nov".
pub(super) fn short_date(d: NaiveDate) -> Message {
    msg!("reason-day-month-short", day = d.day(), month = d.month())
}

/// "12 November".
pub(super) fn day_month(d: NaiveDate) -> Message {
    msg!("reason-day-month", day = d.day(), month = d.month())
}

/// A span of days as a person says it, as a whole number of one unit:
/// days below 14, weeks below 91, months below 548, else years.
fn rough_parts(days: f64) -> (i64, &'static str) {
    let days = days.abs();
    let (n, unit) = if days.round() < 14.0 {
        (days.round(), "day")
    } else if days.round() < 91.0 {
        ((days / 7.0).round(), "week")
    } else if days.round() < 548.0 {
        ((days / 30.44).round(), "month")
    } else {
        ((days / 365.25).round(), "year")
    };
    (n as i64, unit)
}

/// A span of days as a person says it: "10 days", "9 weeks", "about 4
/// months", "about 2 years" (see [`rough_parts`]); "1 day", "1 week" in the
/// singular.
pub(super) fn rough(days: f64) -> Message {
    let (n, unit) = rough_parts(days);
    msg!("reason-span", n = n, unit = unit)
}

/// "about every 5 weeks", "every day".
pub(super) fn about_every(days: f64) -> Message {
    let (n, unit) = rough_parts(days);
    msg!("reason-about-every", n = n, unit = unit)
}

/// "every 5 weeks", "every day".
fn every(days: f64) -> Message {
    let (n, unit) = rough_parts(days);
    msg!("reason-every", n = n, unit = unit)
}

/// "today", "yesterday", "5 days ago", "9 weeks ago", "about 4 months ago".
pub(super) fn rough_ago(days: f64) -> Message {
    match days.round() as i64 {
        0 => msg!("reason-today"),
        1 => msg!("reason-yesterday"),
        _ => msg!("reason-ago", span = rough(days)),
    }
}

/// A probability as "about 3 in 10" ("under 1 in 10", "over 9 in 10" at the ends).
pub(super) fn chance(p: f64) -> Message {
    msg!(
        "reason-chance",
        n = (p.clamp(0.0, 1.0) * 10.0).round() as i64
    )
}

/// How steady a rhythm is, from its confidence in [0, 1].
fn steadiness(confidence: f64) -> Message {
    if confidence >= 0.7 {
        msg!("reason-rhythm-steady")
    } else if confidence >= 0.4 {
        msg!("reason-rhythm-fairly-steady")
    } else {
        msg!("reason-rhythm-none")
    }
}

/// "When it is due", `days` ahead (negative: overdue), for a product to
/// run out or a service.
fn due(kind: SuggestionKind, days: f64) -> Message {
    let what = match kind {
        SuggestionKind::ServiceCheck => "service",
        SuggestionKind::PromisedFollowUp => "promise",
        _ => "product",
    };
    match days.round() as i64 {
        0 => msg!("reason-due-now", what = what),
        d if d > 0 => msg!("reason-due-in", what = what, span = rough(days)),
        _ => msg!("reason-overdue", what = what, span = rough(days)),
    }
}

/// The first letter in upper case ("wedding" to "Wedding").
fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// The name of an occasion at the start of a sentence: the owner's label
/// with a capital, "Birthday" for the customer's birthday.
fn occasion_heading(label: Option<&str>) -> Arg {
    match label {
        Some("birthday") => msg!("reason-birthday-heading").into(),
        Some(label) => capital(label).into(),
        None => msg!("reason-a-date").into(),
    }
}

/// The name of an occasion within a sentence: the owner's label, "birthday"
/// for the customer's birthday.
pub(super) fn occasion_name(label: &str) -> Arg {
    match label {
        "birthday" => msg!("reason-birthday").into(),
        label => label.into(),
    }
}

/// What a preference matched, from the `matched` input ("category: coffee
/// (4 visits)", "size: M", "other: dark roasts").
fn matched(m: &str) -> Message {
    let visits = |what: &str| {
        let (category, n) = what.strip_suffix(" visits)")?.rsplit_once(" (")?;
        Some((category.to_string(), n.parse::<i64>().ok()?))
    };
    match m.split_once(": ") {
        Some(("category", what)) => match visits(what) {
            Some((category, n)) => msg!("reason-keeps-buying", category = category, visits = n),
            None => msg!("reason-matches", liking = m),
        },
        Some(("other", what)) => msg!("reason-told-likes", liking = what),
        Some((category, what)) => {
            msg!("reason-matches-their", category = category, liking = what)
        }
        None => msg!("reason-matches", liking = m),
    }
}

/// Why a suggestion of `kind` was made, in sentences a shopkeeper uses,
/// from its named inputs as seen on `as_of` (the raw numbers stay in the
/// inputs for the command line). Inputs without words of their own (ids,
/// internal scores) are left out.
pub(super) fn explain(
    kind: SuggestionKind,
    inputs: &[(String, String)],
    as_of: NaiveDate,
) -> Vec<Message> {
    let get = |name: &str| {
        inputs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let num = |name: &str| get(name).and_then(|v| v.parse::<f64>().ok());
    let since = |name: &str| {
        get(name)
            .and_then(|v| v.parse::<NaiveDate>().ok())
            .map(|d| (as_of - d).num_days() as f64)
    };
    let mut out = Vec::new();
    let mut say = |s: Option<Message>| out.extend(s);
    match kind {
        SuggestionKind::ReplenishmentDue => {
            let product = get("product").unwrap_or("it");
            let once = get("purchases").is_some_and(|n| n == "1");
            say(
                num("interval_days").map(|d| match (once, get("interval_source")) {
                    (false, _) => msg!(
                        "reason-buys-every",
                        product = product,
                        every = about_every(d)
                    ),
                    (true, Some("Catalog")) => {
                        msg!(
                            "reason-bought-once-catalog",
                            product = product,
                            span = rough(d)
                        )
                    }
                    (true, _) => {
                        msg!(
                            "reason-bought-once-others",
                            product = product,
                            every = every(d)
                        )
                    }
                }),
            );
            say(since("last_bought").map(|d| msg!("reason-last-bought", ago = rough_ago(d))));
            say(num("days_until_due").map(|d| due(kind, d)));
            say(num("confidence").filter(|_| !once).map(steadiness));
        }
        SuggestionKind::LapsingRegular => {
            say(num("interval_days").map(|d| msg!("reason-comes-in", every = about_every(d))));
            say(since("last_visit").map(|d| msg!("reason-last-seen", ago = rough_ago(d))));
            say(get("usually_buys").map(|p| msg!("reason-usually-buys", product = p)));
            say(get("visits")
                .and_then(|n| n.parse::<i64>().ok())
                .map(|n| msg!("reason-visits", visits = n)));
            say(num("unusualness").map(|u| {
                if u >= 0.995 {
                    msg!("reason-away-longest")
                } else {
                    msg!("reason-away-longer", chance = chance(u))
                }
            }));
            say(num("p_alive").map(|p| msg!("reason-still-shops", chance = chance(p))));
            say(num("rhythm_confidence").map(steadiness));
        }
        SuggestionKind::Occasion => {
            let label = occasion_heading(get("occasion"));
            say(get("date")
                .and_then(|d| d.parse::<NaiveDate>().ok())
                .map(|d| match (d - as_of).num_days() {
                    0 => msg!("reason-occasion-today", occasion = label),
                    1 => msg!("reason-occasion-tomorrow", occasion = label),
                    days => msg!(
                        "reason-occasion-on",
                        occasion = label,
                        date = day_month(d),
                        span = rough(days as f64)
                    ),
                }));
        }
        SuggestionKind::ThankYou => {
            say(since("first_purchase")
                .map(|d| msg!("reason-first-purchase-ago", ago = rough_ago(d))));
            say(get("basket").map(|b| match since("purchase_day") {
                Some(d) => msg!("reason-spent-ago", total = b, ago = rough_ago(d)),
                None => msg!("reason-spent", total = b),
            }));
            say(get("usual_basket").map(|b| msg!("reason-usually-spends", total = b)));
            say(get("shop_95th_percentile").map(|b| msg!("reason-top-baskets", total = b)));
        }
        SuggestionKind::MatchesTaste => {
            say(get("product").map(|p| match since("arrival_date") {
                Some(d) => msg!("reason-came-in", product = p, ago = rough_ago(d)),
                None => msg!("reason-new-in", product = p),
            }));
            say(get("matched").map(matched));
        }
        SuggestionKind::ServiceCheck => {
            let product: Arg = get("product").map_or_else(|| msg!("reason-it").into(), Arg::from);
            say(num("service_days")
                .map(|d| msg!("reason-serviced", product = product, every = about_every(d))));
            say(since("last_bought").map(|d| msg!("reason-last-bought", ago = rough_ago(d))));
            say(num("days_until_due").map(|d| due(kind, d)));
        }
        SuggestionKind::PromisedFollowUp => {
            say(get("promise").map(|p| msg!("reason-you-promised", promise = p)));
            say(since("noted_on").map(|d| msg!("reason-noted", ago = rough_ago(d))));
            say(get("due")
                .and_then(|d| d.parse::<NaiveDate>().ok())
                .map(|d| due(kind, (d - as_of).num_days() as f64)));
        }
    }
    out
}

/// How many times they were contacted lately, against their limit.
pub(super) fn contacts(in_period: u32, max: u32, period_days: u32) -> Message {
    let period = rough(f64::from(period_days));
    match in_period {
        0 => msg!("reason-not-contacted", period = period, max = max),
        n => msg!("reason-contacted", n = n, period = period, max = max),
    }
}

/// When they like to be reached.
pub(super) fn preferred(when: &str) -> Message {
    msg!("reason-best-reached", when = when)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_naturally() {
        let said = |m: Message| m.to_string();
        assert_eq!(said(span(1.0)), "1 day");
        assert_eq!(said(span(26.0)), "26 days");
        assert_eq!(said(span(35.0)), "5 weeks");
        assert_eq!(said(span(183.0)), "26 weeks");
        assert_eq!(said(long_span(183.0)), "6 months");
        let d: NaiveDate = "2025-11-12".parse().unwrap();
        assert_eq!(said(short_date(d)), "12 Nov");
        assert_eq!(said(day_month(d)), "12 November");
    }

    #[test]
    fn spans_are_rounded_as_a_person_says_them() {
        let said = |m: Message| m.to_string();
        assert_eq!(said(about_every(35.0)), "about every 5 weeks");
        assert_eq!(said(about_every(34.2)), "about every 5 weeks");
        assert_eq!(said(about_every(10.4)), "about every 10 days");
        assert_eq!(said(about_every(7.0)), "about every 7 days");
        assert_eq!(said(about_every(1.0)), "every day");
        assert_eq!(said(about_every(0.2)), "every day");
        assert_eq!(said(about_every(183.0)), "about every 6 months");
        assert_eq!(said(every(35.0)), "every 5 weeks");
        assert_eq!(said(every(1.0)), "every day");
        assert_eq!(said(rough_ago(63.0)), "9 weeks ago");
        assert_eq!(said(rough_ago(0.0)), "today");
        assert_eq!(said(rough_ago(1.0)), "yesterday");
        assert_eq!(said(rough_ago(5.0)), "5 days ago");
        assert_eq!(said(rough(120.0)), "about 4 months");
        assert_eq!(said(rough(14.0)), "2 weeks");
        assert_eq!(said(rough(90.0)), "13 weeks");
        assert_eq!(said(rough(95.0)), "about 3 months");
        assert_eq!(said(rough(730.0)), "about 2 years");
        assert_eq!(said(rough(-3.0)), "3 days");
        assert_eq!(said(chance(0.33)), "about 3 in 10");
        assert_eq!(said(chance(0.02)), "under 1 in 10");
        assert_eq!(said(chance(0.999)), "over 9 in 10");
        assert_eq!(
            said(contacts(1, 2, 30)),
            "Contacted once in the last 4 weeks (at most twice allowed)"
        );
        assert_eq!(
            said(contacts(0, 5, 30)),
            "Not contacted in the last 4 weeks (at most 5 times allowed)"
        );
    }

    #[test]
    fn due_days_and_matches_are_worded_per_kind() {
        let said = |m: Message| m.to_string();
        assert_eq!(
            said(due(SuggestionKind::ReplenishmentDue, -63.0)),
            "Likely ran out 9 weeks ago"
        );
        assert_eq!(
            said(due(SuggestionKind::ServiceCheck, -3.0)),
            "Service overdue by 3 days"
        );
        assert_eq!(
            said(due(SuggestionKind::PromisedFollowUp, 0.2)),
            "Due about now"
        );
        assert_eq!(
            said(due(SuggestionKind::ReplenishmentDue, 4.0)),
            "Likely to run out in 4 days"
        );
        assert_eq!(
            said(matched("category: coffee beans (4 visits)")),
            "Keeps buying coffee beans (4 visits)"
        );
        assert_eq!(
            said(matched("colour: dark green")),
            "Matches their colour: dark green"
        );
        assert_eq!(
            said(matched("other: dark roasts")),
            "Told you they like dark roasts"
        );
        assert_eq!(said(matched("something")), "Matches something");
    }

    #[test]
    fn a_lapsing_regular_is_explained_without_internal_names() {
        let as_of: NaiveDate = "2026-05-01".parse().unwrap();
        let inputs: Vec<(String, String)> = [
            ("visits", "12"),
            ("last_visit", "2026-02-27"),
            ("interval_days", "34.2"),
            ("rhythm_confidence", "0.81"),
            ("p_alive", "0.912"),
            ("unusualness", "0.875"),
            ("lapsing_score", "0.640"),
            ("usually_buys", "coffee beans"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .into();
        let said: Vec<String> = explain(SuggestionKind::LapsingRegular, &inputs, as_of)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            said,
            [
                "Comes in about every 5 weeks",
                "Last seen 9 weeks ago",
                "Usually buys coffee beans",
                "12 visits so far",
                "Away longer than about 9 in 10 of their usual gaps",
                "Chance they still shop here: about 9 in 10",
                "A steady rhythm",
            ]
        );
        // Internal names (not the plain word "visits") never reach the owner.
        for (name, _) in inputs.iter().filter(|(n, _)| n != "visits") {
            assert!(!said.iter().any(|s| s.contains(name.as_str())), "{name}");
        }
    }
}
