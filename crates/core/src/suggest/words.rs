//! Numbers and dates in the plain words suggestions use, and "Why this
//! suggestion" in sentences a shopkeeper uses ([`explain`]): every word the
//! owner reads about a suggestion is made here. Spans are rounded as a
//! person would say them ([`rough`]): days up to two weeks, then weeks up
//! to about three months, then months, then years; chances as "about 3 in
//! 10".

use chrono::NaiveDate;

use super::SuggestionKind;

/// "34 days" (or "1 day").
pub(super) fn days_text(days: f64) -> String {
    match days.round() as i64 {
        1 => "1 day".into(),
        d => format!("{d} days"),
    }
}

/// "26 days", or "5 weeks" from 28 days on.
pub(super) fn span(days: f64) -> String {
    let d = days.round() as i64;
    if d >= 28 {
        format!("{} weeks", (days / 7.0).round() as i64)
    } else if d == 1 {
        "1 day".into()
    } else {
        format!("{d} days")
    }
}

/// Like [`span`], but "6 months" from 120 days on.
pub(super) fn long_span(days: f64) -> String {
    if days.round() >= 120.0 {
        format!("{} months", (days / 30.44).round() as i64)
    } else {
        span(days)
    }
}

/// "12 Nov".
pub(super) fn short_date(d: NaiveDate) -> String {
    d.format("%-d %b").to_string()
}

/// "today", "yesterday", "3 days ago".
pub(super) fn ago(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "yesterday".into(),
        n => format!("{n} days ago"),
    }
}

/// "today", "tomorrow", "in 3 days (12 November)".
pub(super) fn ahead(days: i64, when: NaiveDate) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        n => format!("in {n} days ({})", when.format("%-d %B")),
    }
}

/// A span of days as a person says it: "10 days", "9 weeks", "about 4
/// months", "about 2 years" (days below 14, weeks below 91, months below
/// 548); "1 day", "1 week" in the singular.
pub(super) fn rough(days: f64) -> String {
    let days = days.abs();
    let (n, one, many, about) = if days.round() < 14.0 {
        (days.round(), "day", "days", false)
    } else if days.round() < 91.0 {
        ((days / 7.0).round(), "week", "weeks", false)
    } else if days.round() < 548.0 {
        ((days / 30.44).round(), "month", "months", true)
    } else {
        ((days / 365.25).round(), "year", "years", true)
    };
    let n = n as i64;
    let unit = if n == 1 { one } else { many };
    let about = if about { "about " } else { "" };
    format!("{about}{n} {unit}")
}

/// "about every 5 weeks", "every day".
pub(super) fn every(days: f64) -> String {
    match rough(days).trim_start_matches("about ") {
        "0 days" | "1 day" => "every day".into(),
        "1 week" => "about every week".into(),
        "1 month" => "about every month".into(),
        "1 year" => "about every year".into(),
        span => format!("about every {span}"),
    }
}

/// "today", "yesterday", "5 days ago", "9 weeks ago", "about 4 months ago".
pub(super) fn rough_ago(days: f64) -> String {
    match days.round() as i64 {
        0 => "today".into(),
        1 => "yesterday".into(),
        _ => format!("{} ago", rough(days)),
    }
}

/// A probability as "about 3 in 10" ("under 1 in 10", "over 9 in 10" at the ends).
pub(super) fn chance(p: f64) -> String {
    match (p.clamp(0.0, 1.0) * 10.0).round() as i64 {
        0 => "under 1 in 10".into(),
        10 => "over 9 in 10".into(),
        n => format!("about {n} in 10"),
    }
}

/// How steady a rhythm is, from its confidence in [0, 1].
fn steadiness(confidence: f64) -> &'static str {
    if confidence >= 0.7 {
        "A steady rhythm"
    } else if confidence >= 0.4 {
        "A fairly steady rhythm"
    } else {
        "No steady rhythm yet"
    }
}

/// "When it is due", `days` ahead (negative: overdue), for a product to
/// run out or a service.
fn due(kind: SuggestionKind, days: f64) -> String {
    let (what, overdue) = match kind {
        SuggestionKind::ServiceCheck => ("Service due", "Service overdue by"),
        SuggestionKind::PromisedFollowUp => ("Due", "Overdue by"),
        _ => ("Likely to run out", "Likely ran out"),
    };
    match days.round() as i64 {
        0 => format!("{what} about now"),
        d if d > 0 => format!("{what} in {}", rough(days)),
        _ if kind == SuggestionKind::ReplenishmentDue => format!("{overdue} {}", rough_ago(days)),
        _ => format!("{overdue} {}", rough(days)),
    }
}

/// The first letter in upper case ("birthday" to "Birthday").
fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// Why a suggestion of `kind` was made, in sentences a shopkeeper uses,
/// from its named inputs as seen on `as_of` (the raw numbers stay in the
/// inputs for the command line). Inputs without words of their own (ids,
/// internal scores) are left out.
pub(super) fn explain(
    kind: SuggestionKind,
    inputs: &[(String, String)],
    as_of: NaiveDate,
) -> Vec<String> {
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
    let mut say = |s: Option<String>| out.extend(s);
    match kind {
        SuggestionKind::ReplenishmentDue => {
            let product = get("product").unwrap_or("it");
            let once = get("purchases").is_some_and(|n| n == "1");
            say(
                num("interval_days").map(|d| match (once, get("interval_source")) {
                    (false, _) => format!("Buys {product} {}", every(d)),
                    (true, Some("Catalog")) => {
                        format!(
                            "Bought {product} once; your catalog says it lasts {}",
                            rough(d)
                        )
                    }
                    (true, _) => format!(
                        "Bought {product} once; other customers buy it again {}",
                        every(d).trim_start_matches("about ")
                    ),
                }),
            );
            say(since("last_bought").map(|d| format!("Last bought {}", rough_ago(d))));
            say(num("days_until_due").map(|d| due(kind, d)));
            say(num("confidence")
                .filter(|_| !once)
                .map(|c| steadiness(c).to_string()));
        }
        SuggestionKind::LapsingRegular => {
            say(num("interval_days").map(|d| format!("Comes in {}", every(d))));
            say(since("last_visit").map(|d| format!("Last seen {}", rough_ago(d))));
            say(get("usually_buys").map(|p| format!("Usually buys {p}")));
            say(get("visits").map(|n| format!("{n} visits so far")));
            say(num("unusualness").map(|u| {
                if u >= 0.995 {
                    "Away longer than ever before".to_string()
                } else {
                    format!("Away longer than {} of their usual gaps", chance(u))
                }
            }));
            say(num("p_alive").map(|p| format!("Chance they still shop here: {}", chance(p))));
            say(num("rhythm_confidence").map(|c| steadiness(c).to_string()));
        }
        SuggestionKind::Occasion => {
            let label = capital(get("occasion").unwrap_or("A date"));
            say(get("date")
                .and_then(|d| d.parse::<NaiveDate>().ok())
                .map(|d| {
                    let days = (d - as_of).num_days();
                    match days {
                        0 => format!("{label} today"),
                        1 => format!("{label} tomorrow"),
                        _ => format!(
                            "{label} on {}, in {}",
                            d.format("%-d %B"),
                            rough(days as f64)
                        ),
                    }
                }));
        }
        SuggestionKind::ThankYou => {
            say(since("first_purchase").map(|d| format!("First purchase {}", rough_ago(d))));
            say(get("basket").map(|b| match since("purchase_day") {
                Some(d) => format!("Spent {b} {}", rough_ago(d)),
                None => format!("Spent {b}"),
            }));
            say(get("usual_basket").map(|b| format!("Usually spends about {b}")));
            say(get("shop_95th_percentile")
                .map(|b| format!("Only 1 in 20 baskets in your shop comes to {b} or more")));
        }
        SuggestionKind::MatchesTaste => {
            say(get("product").map(|p| match since("arrival_date") {
                Some(d) => format!("{p} came in {}", rough_ago(d)),
                None => format!("{p} is new in"),
            }));
            say(get("matched").map(|m| match m.split_once(": ") {
                Some(("category", what)) => format!("Keeps buying {what}"),
                Some(("other", what)) => format!("Told you they like {what}"),
                Some((category, what)) => format!("Matches their {category}: {what}"),
                None => format!("Matches {m}"),
            }));
        }
        SuggestionKind::ServiceCheck => {
            let product = get("product").unwrap_or("It");
            say(num("service_days").map(|d| format!("{product}: serviced {}", every(d))));
            say(since("last_bought").map(|d| format!("Last bought {}", rough_ago(d))));
            say(num("days_until_due").map(|d| due(kind, d)));
        }
        SuggestionKind::PromisedFollowUp => {
            say(get("promise").map(|p| format!("You promised: \u{201c}{p}\u{201d}")));
            say(since("noted_on").map(|d| format!("Noted {}", rough_ago(d))));
            say(get("due")
                .and_then(|d| d.parse::<NaiveDate>().ok())
                .map(|d| due(kind, (d - as_of).num_days() as f64)));
        }
    }
    out
}

/// How many times they were contacted lately, against their limit.
pub(super) fn contacts(in_period: u32, max: u32, period_days: u32) -> String {
    let times = |n: u32| match n {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    };
    let period = rough(f64::from(period_days));
    match in_period {
        0 => format!(
            "Not contacted in the last {period} (at most {} allowed)",
            times(max)
        ),
        n => format!(
            "Contacted {} in the last {period} (at most {} allowed)",
            times(n),
            times(max)
        ),
    }
}

/// When they like to be reached.
pub(super) fn preferred(when: &str) -> String {
    format!("Best reached: {when}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_naturally() {
        assert_eq!(span(1.0), "1 day");
        assert_eq!(span(26.0), "26 days");
        assert_eq!(span(35.0), "5 weeks");
        assert_eq!(span(183.0), "26 weeks");
        assert_eq!(long_span(183.0), "6 months");
        assert_eq!(days_text(34.0), "34 days");
        assert_eq!(ago(1), "yesterday");
        let d: NaiveDate = "2025-11-12".parse().unwrap();
        assert_eq!(short_date(d), "12 Nov");
        assert_eq!(ahead(3, d), "in 3 days (12 November)");
    }

    #[test]
    fn spans_are_rounded_as_a_person_says_them() {
        assert_eq!(every(35.0), "about every 5 weeks");
        assert_eq!(every(34.2), "about every 5 weeks");
        assert_eq!(every(10.4), "about every 10 days");
        assert_eq!(every(7.0), "about every 7 days");
        assert_eq!(every(1.0), "every day");
        assert_eq!(every(183.0), "about every 6 months");
        assert_eq!(rough_ago(63.0), "9 weeks ago");
        assert_eq!(rough_ago(0.0), "today");
        assert_eq!(rough_ago(1.0), "yesterday");
        assert_eq!(rough_ago(5.0), "5 days ago");
        assert_eq!(rough(120.0), "about 4 months");
        assert_eq!(rough(14.0), "2 weeks");
        assert_eq!(rough(90.0), "13 weeks");
        assert_eq!(rough(95.0), "about 3 months");
        assert_eq!(rough(730.0), "about 2 years");
        assert_eq!(rough(-3.0), "3 days");
        assert_eq!(chance(0.33), "about 3 in 10");
        assert_eq!(chance(0.02), "under 1 in 10");
        assert_eq!(chance(0.999), "over 9 in 10");
        assert_eq!(
            contacts(1, 2, 30),
            "Contacted once in the last 4 weeks (at most twice allowed)"
        );
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
        let said = explain(SuggestionKind::LapsingRegular, &inputs, as_of);
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
