//! Numbers and dates in the plain words suggestions use.

use chrono::NaiveDate;

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
}
