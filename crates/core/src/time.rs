//! How times and dates are written to the database, and read from input.

use std::sync::LazyLock;

use chrono::format::{Item, Parsed, StrftimeItems};
use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Utc};

use crate::{CoreError, Result};

/// A timestamp as stored: RFC 3339 in UTC with milliseconds, so text order is time order.
pub(crate) fn stamp(t: DateTime<Utc>) -> String {
    let mut out = String::with_capacity(24);
    stamp_into(t, &mut out);
    out
}

/// Appends [`stamp`]'s text of `t` to `out` (a bulk writer reuses one
/// buffer): digit by digit for years 0 to 9999 outside a leap second,
/// chrono's writer otherwise; the same text either way.
pub(crate) fn stamp_into(t: DateTime<Utc>, out: &mut String) {
    use chrono::{Datelike, Timelike};
    let year = t.year();
    let nanos = t.nanosecond();
    if !(0..=9999).contains(&year) || nanos >= 1_000_000_000 {
        out.push_str(&t.to_rfc3339_opts(SecondsFormat::Millis, true));
        return;
    }
    let mut text = *b"0000-00-00T00:00:00.000Z";
    let mut put = |at: usize, width: usize, mut n: u32| {
        for i in (at..at + width).rev() {
            text[i] = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    put(0, 4, year.unsigned_abs());
    put(5, 2, t.month());
    put(8, 2, t.day());
    put(11, 2, t.hour());
    put(14, 2, t.minute());
    put(17, 2, t.second());
    put(20, 3, nanos / 1_000_000);
    out.push_str(std::str::from_utf8(&text).unwrap_or_default());
}

/// Now, at the precision stored (milliseconds), so a saved record equals its reloaded self.
pub(crate) fn now() -> DateTime<Utc> {
    use chrono::SubsecRound;
    Utc::now().trunc_subsecs(3)
}

/// Now, as stored.
pub(crate) fn now_stamp() -> String {
    stamp(Utc::now())
}

/// Parses a date or date-time the owner typed: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]`,
/// RFC 3339, or `format` (chrono syntax) when given. Dates alone mean noon UTC.
pub fn parse_when(text: &str, format: Option<&str>) -> Result<DateTime<Utc>> {
    let t = text.trim();
    let bad = || {
        CoreError::invalid(
            "date",
            match format {
                Some(f) => msg!("error-date-not-in-format", text = t, format = f),
                None => msg!("error-date-like-with-time", text = t),
            },
        )
    };
    if let Some(f) = format {
        if let Ok(dt) = NaiveDateTime::parse_from_str(t, f) {
            return Ok(Utc.from_utc_datetime(&dt));
        }
        return NaiveDate::parse_from_str(t, f).map(noon).map_err(|_| bad());
    }
    let [date, date_times @ ..] = &LAYOUTS[..] else {
        unreachable!("LAYOUTS lists the plain date first")
    };
    if let Some(d) = parsed(t, date).and_then(|p| p.to_naive_date().ok()) {
        return Ok(noon(d));
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt.with_timezone(&Utc));
    }
    date_times
        .iter()
        .find_map(|items| parsed(t, items)?.to_naive_datetime_with_offset(0).ok())
        .map(|dt| Utc.from_utc_datetime(&dt))
        .ok_or_else(bad)
}

/// The layouts [`parse_when`] tries without a format: a plain date, then
/// (after RFC 3339) date-times, parsed once rather than on every call (an
/// import parses a million dates).
static LAYOUTS: LazyLock<Vec<Vec<Item<'static>>>> = LazyLock::new(|| {
    [
        "%Y-%m-%d",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
    ]
    .into_iter()
    .map(|f| {
        StrftimeItems::new(f)
            .parse_to_owned()
            .expect("the layouts are valid")
    })
    .collect()
});

/// `text` read with `items`, if all of it matches.
fn parsed(text: &str, items: &[Item<'_>]) -> Option<Parsed> {
    let mut p = Parsed::new();
    chrono::format::parse(&mut p, text, items.iter()).ok()?;
    Some(p)
}

/// Parses a plain date `YYYY-MM-DD` for `field`.
pub fn parse_date(text: &str, field: &'static str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        CoreError::invalid(
            field,
            msg!("error-date-like", text = (text.trim()).to_string()),
        )
    })
}

fn noon(d: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&d.and_hms_opt(12, 0, 0).expect("noon exists"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The digit-by-digit stamp is chrono's RFC 3339 text, leap seconds
        /// and years past 9999 included.
        #[test]
        fn stamps_are_chronos_rfc3339_text(secs in -70_000_000_000_i64..300_000_000_000, nanos in 0u32..2_000_000_000) {
            // Past a second's nanoseconds only at a leap second (:59).
            let secs = if nanos >= 1_000_000_000 { secs - secs.rem_euclid(60) + 59 } else { secs };
            let t = DateTime::<Utc>::from_timestamp(secs, nanos).unwrap();
            prop_assert_eq!(stamp(t), t.to_rfc3339_opts(SecondsFormat::Millis, true));
        }
    }

    #[test]
    fn dates_and_date_times_parse_and_garbage_is_refused() {
        assert_eq!(
            stamp(parse_when("2024-03-31", None).unwrap()),
            "2024-03-31T12:00:00.000Z"
        );
        assert_eq!(
            stamp(parse_when("2024-03-31 09:15", None).unwrap()),
            "2024-03-31T09:15:00.000Z"
        );
        assert!(parse_when("2024-02-30", None).is_err());
        assert!(parse_when("yesterday", None).is_err());
        assert_eq!(
            stamp(parse_when("31/03/2024", Some("%d/%m/%Y")).unwrap()),
            "2024-03-31T12:00:00.000Z"
        );
        assert_eq!(parse_when("x", None).unwrap_err().field(), Some("date"));
    }
}
