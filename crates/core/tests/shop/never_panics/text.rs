//! Money and dates as typed or read from files.

use proptest::prelude::*;
use proptest::sample::select;
use shopkeeper_core::{parse_date, parse_when, Currency, DayMonth, Money};
use shopkeeper_testkit::check;
use shopkeeper_testkit::hostile::{soup, text_like};

const AMOUNTS: &[&str] = &[
    "12.50",
    "-3",
    "1,234.56",
    "12,50",
    "GBP 7.00",
    "0.5",
    "999999999999999.99",
    "-.5",
];

const DATES: &[&str] = &[
    "2024-03-31",
    "2024-03-31 14:05",
    "2024-03-31T14:05:09",
    "2024-03-31T14:05:09.123+02:00",
    "31/03/2024",
    "04-23",
    "1980-04-23",
];

const FORMATS: &[&str] = &[
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M",
    "%m/%d/%y %I:%M %p",
    "%d.%m.%Y",
    "%s",
    "%+",
    "%Y-%j",
];

#[test]
fn money_parsing_never_panics_and_reads_back_what_it_prints() {
    let code = prop_oneof![
        select(&["GBP", "JPY", "KWD", "eur"][..]).prop_map(str::to_string),
        "[A-Za-z]{3}",
        soup(),
    ];
    check(10_000, (text_like(AMOUNTS), code), |(text, code)| {
        let Ok(currency) = Currency::parse(&code) else {
            return Ok(());
        };
        if let Ok(m) = Money::parse(&text, currency) {
            let shown = m.to_string();
            let (number, _) = shown.rsplit_once(' ').expect("amount and code");
            prop_assert_eq!(Money::parse(number, currency).ok(), Some(m));
        }
        Ok(())
    });
}

#[test]
fn date_parsing_never_panics() {
    let format = proptest::option::weighted(
        0.5,
        prop_oneof![text_like(FORMATS), select(FORMATS).prop_map(str::to_string)],
    );
    check(10_000, (text_like(DATES), format), |(text, format)| {
        let _ = parse_when(&text, format.as_deref());
        let _ = parse_date(&text, "date");
        let _ = DayMonth::parse(&text, "birthday");
        Ok(())
    });
}
