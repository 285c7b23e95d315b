//! Dates and times as tills and web shops write them: `2024-03-01`,
//! `01.03.2024`, `03/01/2024` (day or month first, decided for the whole
//! file), a separate time column, `10:15`, `2:05 PM`, and offsets such as
//! `-0500`, `+01:00` and `Z`, which are kept. A time without an offset is
//! the shop's local time: the time zone of the computer the shop runs on
//! (Shopkeeper has no time-zone setting of its own). A date without a time
//! means noon UTC, so its calendar day is the same everywhere.
//!
//! Reading is allocation-free: an import reads a million of them.

use std::str::FromStr;

use chrono::{
    DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc,
};
use serde::Deserialize;

use crate::{CoreError, Result, Step};

/// In which order a file writes day, month and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// `2024-03-31`, `2024/03/31`.
    Ymd,
    /// `31.03.2024`, `31/03/2024`.
    Dmy,
    /// `03/31/2024`.
    Mdy,
}

impl FromStr for DateOrder {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<DateOrder> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ymd" => Ok(DateOrder::Ymd),
            "dmy" => Ok(DateOrder::Dmy),
            "mdy" => Ok(DateOrder::Mdy),
            _ => Err(CoreError::invalid(
                "date_order",
                msg!("error-date-order-date-order-use", s = s.to_string()),
            )),
        }
    }
}

impl DateOrder {
    /// The order's name as `--date-order` takes it.
    pub fn code(self) -> &'static str {
        match self {
            DateOrder::Ymd => "ymd",
            DateOrder::Dmy => "dmy",
            DateOrder::Mdy => "mdy",
        }
    }
}

/// What one date says about the file's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Evidence {
    /// Only this order reads it (year first, a day above 12, or dots).
    Settles(DateOrder),
    /// Day-first and month-first both read it (`03/04/2024`).
    Either,
    /// It is not a date at all (reported when the row is read).
    Nothing,
}

/// The three numbers of a date and the separator between them.
struct Parts {
    numbers: [u32; 3],
    /// Digits of the first number (4 means year first).
    first_len: usize,
    /// Digits of the last number.
    last_len: usize,
    separator: u8,
    /// Bytes read.
    len: usize,
}

/// Reads `digits sep digits sep digits` at the start of `s`.
fn parts(s: &str) -> Option<Parts> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut numbers = [0u32; 3];
    let mut lens = [0usize; 3];
    let mut separator = 0u8;
    for k in 0..3 {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() && i - start < 4 {
            numbers[k] = numbers[k] * 10 + u32::from(b[i] - b'0');
            i += 1;
        }
        lens[k] = i - start;
        if lens[k] == 0 || (i < b.len() && b[i].is_ascii_digit()) {
            return None;
        }
        if k < 2 {
            let sep = *b.get(i)?;
            if !matches!(sep, b'-' | b'/' | b'.') || (k == 1 && sep != separator) {
                return None;
            }
            separator = sep;
            i += 1;
        }
    }
    Some(Parts {
        numbers,
        first_len: lens[0],
        last_len: lens[2],
        separator,
        len: i,
    })
}

/// What the date at the start of `text` says about the file's order.
pub(super) fn evidence(text: &str) -> Evidence {
    let Some(p) = parts(text.trim()) else {
        return Evidence::Nothing;
    };
    let [a, b, _] = p.numbers;
    if p.first_len == 4 {
        Evidence::Settles(DateOrder::Ymd)
    } else if a > 12 {
        Evidence::Settles(DateOrder::Dmy)
    } else if b > 12 {
        Evidence::Settles(DateOrder::Mdy)
    } else if p.separator == b'.' {
        // Dots are written day first wherever they are used.
        Evidence::Settles(DateOrder::Dmy)
    } else {
        Evidence::Either
    }
}

fn bad_date(text: &str) -> CoreError {
    let shown: String = text.trim().chars().take(40).collect();
    CoreError::invalid(
        "date",
        msg!("error-date-date-like", shown = shown.to_string()),
    )
}

/// The error for a file whose dates read both day-first and month-first.
pub(super) fn ambiguous() -> CoreError {
    CoreError::needs(Step::ChooseDateOrder, msg!("error-date-order-ambiguous"))
}

/// Reads a date (`date`, which may go on with a time and an offset) and an
/// optional separate `time`, for a file written in `order` (`None` while no
/// date of the file has shown it: then only dates that settle it read).
pub(super) fn read(
    date: &str,
    time: Option<&str>,
    order: Option<DateOrder>,
) -> Result<DateTime<Utc>> {
    let text = date.trim();
    let p = parts(text).ok_or_else(|| bad_date(text))?;
    let [a, b, c] = p.numbers;
    let (y, m, d) = if p.first_len == 4 {
        (a, b, c)
    } else {
        let order = match (evidence(text), order) {
            (Evidence::Settles(o), _) | (_, Some(o)) => o,
            _ => return Err(ambiguous()),
        };
        let year = match p.last_len {
            4 => c,
            2 => 2000 + c,
            _ => return Err(bad_date(text)),
        };
        match order {
            DateOrder::Dmy => (year, b, a),
            DateOrder::Mdy => (year, a, b),
            DateOrder::Ymd => return Err(bad_date(text)),
        }
    };
    let day = i32::try_from(y)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
        .ok_or_else(|| bad_date(text))?;
    let mut rest = text[p.len..].trim_start();
    rest = rest.strip_prefix(['T', 't']).unwrap_or(rest).trim_start();
    if rest.is_empty() {
        rest = time.map(str::trim).unwrap_or("");
    }
    if rest.is_empty() {
        return Ok(Utc.from_utc_datetime(&day.and_hms_opt(12, 0, 0).expect("noon exists")));
    }
    let (clock, zone) = clock_time(rest).ok_or_else(|| bad_date(text))?;
    let at = day.and_time(clock);
    match zone {
        Some(offset) => offset
            .from_local_datetime(&at)
            .single()
            .map(|t| t.with_timezone(&Utc))
            .ok_or_else(|| bad_date(text)),
        None => Ok(local(at)),
    }
}

/// A local time of the shop's computer, in UTC. A time skipped by a clock
/// change (02:30 on the spring night) is read as an hour later.
fn local(at: NaiveDateTime) -> DateTime<Utc> {
    Local
        .from_local_datetime(&at)
        .earliest()
        .or_else(|| {
            Local
                .from_local_datetime(&(at + TimeDelta::hours(1)))
                .earliest()
        })
        .map_or_else(|| Utc.from_utc_datetime(&at), |t| t.with_timezone(&Utc))
}

/// Reads one or two digits at `b[*i..]`, moving `i` past them.
fn number(b: &[u8], i: &mut usize) -> Option<u32> {
    let start = *i;
    let mut n = 0u32;
    while *i < b.len() && b[*i].is_ascii_digit() && *i - start < 2 {
        n = n * 10 + u32::from(b[*i] - b'0');
        *i += 1;
    }
    (*i > start).then_some(n)
}

/// Reads `H:MM[:SS[.fff]] [AM|PM] [Z|UTC|GMT|±hh[:mm]]`.
fn clock_time(s: &str) -> Option<(NaiveTime, Option<FixedOffset>)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut h = number(b, &mut i)?;
    let mut fields = [0u32; 2];
    let mut nano = 0u32;
    for (k, field) in fields.iter_mut().enumerate() {
        if b.get(i) != Some(&b':') {
            if k == 0 {
                return None;
            }
            break;
        }
        i += 1;
        let start = i;
        *field = number(b, &mut i)?;
        if i - start != 2 {
            return None;
        }
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        let mut scale = 100_000_000u32;
        while i < b.len() && b[i].is_ascii_digit() {
            nano += u32::from(b[i] - b'0') * scale;
            scale /= 10;
            i += 1;
        }
    }
    let mut rest = s[i..].trim_start();
    for (word, pm) in [("am", false), ("pm", true), ("a.m.", false), ("p.m.", true)] {
        if let Some(after) = strip_word(rest, word) {
            if !(1..=12).contains(&h) {
                return None;
            }
            h = h % 12 + if pm { 12 } else { 0 };
            rest = after.trim_start();
            break;
        }
    }
    let time = NaiveTime::from_hms_nano_opt(h, fields[0], fields[1], nano)?;
    Some((time, offset(rest)?))
}

/// `s` after `word` (compared without case), if it starts with it.
fn strip_word<'s>(s: &'s str, word: &str) -> Option<&'s str> {
    let head = s.get(..word.len())?;
    head.eq_ignore_ascii_case(word).then(|| &s[word.len()..])
}

/// Reads an offset: empty (none), `Z`, `UTC`, `GMT`, `±hh`, `±hhmm`,
/// `±hh:mm`, or `UTC±hh:mm`.
fn offset(s: &str) -> Option<Option<FixedOffset>> {
    let mut s = s.trim();
    if s.is_empty() {
        return Some(None);
    }
    for word in ["UTC", "GMT", "Z"] {
        if let Some(after) = strip_word(s, word) {
            s = after.trim_start();
            if s.is_empty() {
                return Some(FixedOffset::east_opt(0));
            }
            break;
        }
    }
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let mut digits = [0i32; 4];
    let mut n = 0;
    for c in s[1..].bytes().filter(|&c| c != b':') {
        if !c.is_ascii_digit() || n == 4 {
            return None;
        }
        digits[n] = i32::from(c - b'0');
        n += 1;
    }
    let (h, m) = match n {
        1 => (digits[0], 0),
        2 => (digits[0] * 10 + digits[1], 0),
        4 => (digits[0] * 10 + digits[1], digits[2] * 10 + digits[3]),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60)).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::stamp;

    fn at(date: &str, time: Option<&str>, order: Option<DateOrder>) -> String {
        stamp(read(date, time, order).unwrap())
    }

    #[test]
    fn iso_dates_and_date_times_read_as_before() {
        assert_eq!(at("2024-03-31", None, None), "2024-03-31T12:00:00.000Z");
        assert_eq!(
            at("2024-03-31T09:15:00Z", None, None),
            "2024-03-31T09:15:00.000Z"
        );
        assert_eq!(
            at("2024-03-31T09:15:00.250+02:00", None, None),
            "2024-03-31T07:15:00.250Z"
        );
        assert!(read("2024-02-30", None, None).is_err());
        assert!(read("yesterday", None, None).is_err());
        assert!(read("2024-03-31 25:00", None, None).is_err());
        // Found by the never-panics property: letters of several bytes
        // where a clock word or an offset may stand.
        assert!(read("2024-03-31 10:15 ñm", None, None).is_err());
        assert!(read("2024-03-31 10:15 Üt", None, None).is_err());
        assert!(read("2024-03-31 10:15 a", None, None).is_err());
    }

    #[test]
    fn offsets_are_kept() {
        assert_eq!(
            at("2024-03-01 10:15:00 -0500", None, None),
            "2024-03-01T15:15:00.000Z"
        );
        assert_eq!(
            at("2024-03-01 10:15:00 +0100", None, None),
            "2024-03-01T09:15:00.000Z"
        );
        assert_eq!(
            at("2024-03-01 10:15 UTC", None, None),
            "2024-03-01T10:15:00.000Z"
        );
        assert_eq!(
            at("2024-03-01 10:15 GMT+05:30", None, None),
            "2024-03-01T04:45:00.000Z"
        );
        assert!(read("2024-03-01 10:15 +99", None, None).is_err());
    }

    #[test]
    fn european_dates_with_dots_are_day_first() {
        assert_eq!(evidence("01.03.2024"), Evidence::Settles(DateOrder::Dmy));
        assert_eq!(at("01.03.2024", None, None), "2024-03-01T12:00:00.000Z");
        assert_eq!(
            at("01.03.2024", Some("10:15:00 +01:00"), None),
            "2024-03-01T09:15:00.000Z"
        );
    }

    #[test]
    fn slashes_are_decided_by_the_file() {
        assert_eq!(evidence("13/03/2024"), Evidence::Settles(DateOrder::Dmy));
        assert_eq!(evidence("03/13/2024"), Evidence::Settles(DateOrder::Mdy));
        assert_eq!(evidence("03/04/2024"), Evidence::Either);
        assert_eq!(evidence("not a date"), Evidence::Nothing);
        assert_eq!(
            read("03/04/2024", None, None).unwrap_err().field(),
            Some("date_order")
        );
        assert_eq!(
            at("03/04/2024", None, Some(DateOrder::Dmy)),
            "2024-04-03T12:00:00.000Z"
        );
        assert_eq!(
            at("03/04/2024", None, Some(DateOrder::Mdy)),
            "2024-03-04T12:00:00.000Z"
        );
        // A date that settles the order reads whatever the file's order.
        assert_eq!(
            at("13/03/24", None, Some(DateOrder::Mdy)),
            "2024-03-13T12:00:00.000Z"
        );
    }

    #[test]
    fn separate_times_and_twelve_hour_clocks() {
        let utc = |s: &str| s.to_string();
        // The machine running the tests may have any zone: compare with
        // the same local reading.
        let local = |d: &str, t: &str| {
            let naive =
                NaiveDateTime::parse_from_str(&format!("{d} {t}"), "%Y-%m-%d %H:%M:%S").unwrap();
            stamp(super::local(naive))
        };
        assert_eq!(
            at("2024-03-01", Some("14:05:09"), None),
            local("2024-03-01", "14:05:09")
        );
        assert_eq!(
            at("3/1/2024", Some("2:05 PM"), Some(DateOrder::Mdy)),
            local("2024-03-01", "14:05:00")
        );
        assert_eq!(
            at("3/1/2024 12:30 am", None, Some(DateOrder::Mdy)),
            local("2024-03-01", "00:30:00")
        );
        assert_eq!(
            at("2024-03-01", Some("10:15 Z"), None),
            utc("2024-03-01T10:15:00.000Z")
        );
        assert!(read("2024-03-01", Some("13:00 PM"), None).is_err());
    }

    #[test]
    fn date_orders_have_names() {
        for o in [DateOrder::Ymd, DateOrder::Dmy, DateOrder::Mdy] {
            assert_eq!(o.code().parse::<DateOrder>().unwrap(), o);
        }
        assert!("dd/mm".parse::<DateOrder>().is_err());
    }
}
