//! Money's unit and property tests: every form of amount the import meets,
//! the refusals, and round trips through a small locale formatter.

use proptest::prelude::*;

use super::*;

fn cur(code: &str) -> Currency {
    Currency::parse(code).unwrap()
}

fn minor(text: &str, code: &str) -> i64 {
    Money::parse(text, cur(code))
        .unwrap_or_else(|e| panic!("{text} in {code}: {e}"))
        .minor
}

#[test]
fn amounts_parse_to_minor_units_and_print_back() {
    assert_eq!(minor("12.5", "GBP"), 1250);
    assert_eq!(minor("12,50", "GBP"), 1250);
    assert_eq!(minor("1,234.56", "GBP"), 123456);
    assert_eq!(minor("-3", "GBP"), -300);
    assert_eq!(minor("500", "JPY"), 500);
    assert_eq!(Money::new(-1205, cur("GBP")).to_string(), "-12.05 GBP");
    for bad in ["", "abc", "1.234", "1e5", "--1", "."] {
        assert!(Money::parse(bad, cur("GBP")).is_err(), "{bad}");
    }
}

#[test]
fn every_common_form_reads_exactly() {
    for (text, code, want) in [
        ("12.50", "EUR", 1250),
        ("12,50", "EUR", 1250),
        ("1,234.56", "EUR", 123456),
        ("1.234,56", "EUR", 123456),
        ("1 234,56", "EUR", 123456),
        ("1\u{a0}234,56", "EUR", 123456),
        ("1\u{202f}234,56", "EUR", 123456),
        ("1'234.50", "CHF", 123450),
        ("1\u{2019}234.50", "CHF", 123450),
        ("CHF 1'234.50", "CHF", 123450),
        ("Fr. 12.50", "CHF", 1250),
        ("$12.50", "USD", 1250),
        ("$12.50", "CAD", 1250),
        ("12,50 €", "EUR", 1250),
        ("€ 1.234,50", "EUR", 123450),
        ("EUR 12.50", "EUR", 1250),
        ("12.50 EUR", "EUR", 1250),
        ("£3", "GBP", 300),
        ("¥1200", "JPY", 1200),
        ("¥1200", "CNY", 120000),
        ("¥1,200", "JPY", 1200),
        ("1.200 ¥", "JPY", 1200),
        ("1200.00", "JPY", 1200),
        ("(12.50)", "EUR", -1250),
        ("(€ 3,50)", "EUR", -350),
        ("-$12.50", "USD", -1250),
        ("$-12.50", "USD", -1250),
        ("12.50-", "USD", -1250),
        ("\u{2212}12.50", "USD", -1250),
        ("+12.50", "USD", 1250),
        ("12,50 kr", "SEK", 1250),
        ("12,50 kr.", "DKK", 1250),
        ("12.500", "KWD", 12500),
        ("1,234.500", "KWD", 1234500),
        ("12.5000", "KWD", 12500),
        ("1,234,567.89", "USD", 123456789),
        ("1.234.567", "EUR", 123456700),
        ("1.234.567,8", "EUR", 123456780),
        (".50", "USD", 50),
        ("12.", "USD", 1200),
        ("US$ 5", "USD", 500),
        ("5 zł", "PLN", 500),
        ("  12,50\u{a0}€  ", "EUR", 1250),
    ] {
        assert_eq!(minor(text, code), want, "{text} in {code}");
    }
}

#[test]
fn a_file_hint_decides_a_lone_mark_before_three_digits() {
    let eur = cur("EUR");
    let with = |t, m| Money::parse_with(t, eur, m).map(|m| m.minor);
    assert_eq!(with("1.234", DecimalMark::Comma).unwrap(), 123400);
    assert_eq!(with("1,234", DecimalMark::Dot).unwrap(), 123400);
    assert!(
        with("1,234", DecimalMark::Comma).is_err(),
        "3 decimals in EUR"
    );
    assert!(with("1.234", DecimalMark::Unknown).is_err(), "ambiguous");
    // What an amount shows by itself is not overruled by the hint.
    assert_eq!(with("1,234.50", DecimalMark::Comma).unwrap(), 123450);
    assert_eq!(with("1.234.567", DecimalMark::Dot).unwrap(), 123456700);
    assert_eq!(with("12,5", DecimalMark::Comma).unwrap(), 1250);
    let kwd = cur("KWD");
    assert_eq!(Money::parse("1,234", kwd).unwrap().minor, 1234);
    assert_eq!(
        Money::parse_with("1,234", kwd, DecimalMark::Comma)
            .unwrap()
            .minor,
        1234
    );
    assert_eq!(
        Money::parse_with("1,234", kwd, DecimalMark::Dot)
            .unwrap()
            .minor,
        1234000
    );
}

#[test]
fn a_column_shows_its_decimal_mark() {
    assert_eq!(
        DecimalMark::of_column(["1.234", "3,50", "(2,00)"]),
        DecimalMark::Comma
    );
    assert_eq!(
        DecimalMark::of_column(["1,234", "1,234,567", "$3"]),
        DecimalMark::Dot
    );
    assert_eq!(DecimalMark::of_column(["1,234", "7"]), DecimalMark::Unknown);
    assert_eq!(DecimalMark::of_column(["1,5", "1.5"]), DecimalMark::Unknown);
    assert_eq!(DecimalMark::shown_by("1 234,567"), DecimalMark::Comma);
}

#[test]
fn refusals_say_what_was_wrong() {
    for (text, code, field, words) in [
        ("12.345", "EUR", "amount", "decimal or a thousands"),
        ("12,345", "EUR", "amount", "decimal or a thousands"),
        ("12.3456", "EUR", "amount", "never rounded"),
        ("12.5", "JPY", "amount", "never rounded"),
        ("1,2,3", "EUR", "amount", "groups of three"),
        ("12 34", "EUR", "amount", "groups of three"),
        ("1,234 567.00", "EUR", "amount", "mixes"),
        ("1.234,56.7", "EUR", "amount", "mixes"),
        ("1 234,5 6", "EUR", "amount", "after the decimal mark"),
        ("€12 $", "EUR", "amount", "currency twice"),
        ("--1", "EUR", "amount", "more than one sign"),
        ("(-1)", "EUR", "amount", "more than one sign"),
        ("-1-", "EUR", "amount", "more than one sign"),
        ("", "EUR", "amount", "empty"),
        ("   ", "EUR", "amount", "empty"),
        ("€", "EUR", "amount", "no digits"),
        ("12 apples", "EUR", "amount", "\"apples\" is not a currency"),
        ("1-2", "EUR", "amount", "inside a number"),
        (
            "12.50 USD",
            "EUR",
            "currency",
            "in USD, but this shop uses EUR",
        ),
        ("$12.50", "EUR", "currency", "this shop uses EUR"),
        ("12 kr", "EUR", "currency", "SEK"),
        ("£3", "EUR", "currency", "GBP"),
        ("¥3", "KRW", "currency", "JPY"),
        ("99999999999999999999", "EUR", "amount", "too large"),
        ("92233720368547758.08", "EUR", "amount", "too large"),
    ] {
        let err = Money::parse(text, cur(code)).unwrap_err();
        assert_eq!(err.field(), Some(field), "{text}: {err}");
        let message = err.to_string();
        assert!(message.contains(words), "{text}: {message}");
    }
    let message = Money::parse("1,2,3", cur("EUR")).unwrap_err().to_string();
    assert!(message.contains("like 12.50"), "{message}");
}

#[test]
fn the_found_currency_is_exposed() {
    let found = Money::parse_found("-1.234,56 CHF").unwrap();
    assert!(found.negative);
    assert_eq!(found.number, "1.234,56");
    assert_eq!(found.currency, Some(CurrencyHint::Code(cur("CHF"))));
    let dollar = Money::parse_found("$3").unwrap().currency.unwrap();
    assert!(dollar.allows(cur("USD")) && dollar.allows(cur("AUD")));
    assert!(!dollar.allows(cur("EUR")));
    assert_eq!(Money::parse_found("12").unwrap().currency, None);
}

#[test]
fn mixing_currencies_is_refused() {
    let err = Money::new(100, cur("GBP"))
        .checked_add(Money::new(100, Currency::EUR))
        .unwrap_err();
    assert_eq!(err.field(), Some("currency"));
    assert!(Currency::parse("EURO").is_err());
}

/// How a locale writes amounts.
#[derive(Debug, Clone, Copy)]
enum Style {
    EnUs,
    DeDe,
    FrFr,
    DeCh,
}

/// Where the currency goes and how a negative is shown.
#[derive(Debug, Clone, Copy)]
struct Dress {
    sign_before: bool,
    code: bool,
    parentheses: bool,
}

/// Writes `minor` units of `currency` as a till in `style` would.
fn format(minor: i64, currency: Currency, sign: &str, style: Style, dress: Dress) -> String {
    let (group, decimal) = match style {
        Style::EnUs => (",", "."),
        Style::DeDe => (".", ","),
        Style::FrFr => ("\u{202f}", ","),
        Style::DeCh => ("'", "."),
    };
    let exp = currency.exponent();
    let abs = minor.unsigned_abs();
    let p = 10_u64.pow(exp);
    let digits = (abs / p).to_string();
    let mut whole = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            whole.push_str(group);
        }
        whole.push(d);
    }
    let number = if exp == 0 {
        whole
    } else {
        format!("{whole}{decimal}{:0w$}", abs % p, w = exp as usize)
    };
    let mark = if dress.code { currency.code() } else { sign };
    let dressed = if dress.sign_before {
        format!("{mark}\u{a0}{number}")
    } else {
        format!("{number} {mark}")
    };
    match (minor < 0, dress.parentheses) {
        (false, _) => dressed,
        (true, true) => format!("({dressed})"),
        (true, false) => format!("-{dressed}"),
    }
}

fn style() -> impl Strategy<Value = Style> {
    prop_oneof![
        Just(Style::EnUs),
        Just(Style::DeDe),
        Just(Style::FrFr),
        Just(Style::DeCh)
    ]
}

fn currency_and_sign() -> impl Strategy<Value = (Currency, &'static str)> {
    prop_oneof![
        Just((Currency::EUR, "€")),
        Just((cur("USD"), "$")),
        Just((cur("GBP"), "£")),
        Just((cur("JPY"), "¥")),
        Just((cur("CHF"), "CHF")),
        Just((cur("SEK"), "kr")),
        Just((cur("KWD"), "KWD")),
    ]
}

proptest! {
    /// Any amount a till writes in any locale style reads back exactly,
    /// given the file's decimal mark (as the import learns it).
    #[test]
    fn every_locale_style_round_trips(
        minor in -1_000_000_000_000_i64..1_000_000_000_000,
        (currency, sign) in currency_and_sign(),
        style in style(),
        sign_before in any::<bool>(),
        code in any::<bool>(),
        parentheses in any::<bool>(),
    ) {
        let dress = Dress { sign_before, code, parentheses };
        let text = format(minor, currency, sign, style, dress);
        let mark = match style {
            Style::EnUs | Style::DeCh => DecimalMark::Dot,
            Style::DeDe | Style::FrFr => DecimalMark::Comma,
        };
        let read = Money::parse_with(&text, currency, mark);
        prop_assert_eq!(read.map(|m| m.minor).ok(), Some(minor), "{}", text);
        // Without the hint an amount is read the same or refused as
        // ambiguous, never read as another amount.
        if let Ok(m) = Money::parse(&text, currency) {
            prop_assert_eq!(m.minor, minor, "{}", text);
        }
    }

    /// Any text at all is read or refused, never a panic.
    #[test]
    fn any_text_is_read_or_refused(text in "\\PC{0,24}", exp in 0_usize..3) {
        let currency = [cur("JPY"), Currency::EUR, cur("KWD")][exp];
        let _ = Money::parse(&text, currency);
        let _ = DecimalMark::shown_by(&text);
    }

    /// Amount-like text, with marks, signs and signs of currencies in any
    /// order, is read or refused, never a panic.
    #[test]
    fn amount_like_text_is_read_or_refused(
        text in "[0-9.,' \u{a0}\u{202f}()+€$£¥kr-]{0,24}"
    ) {
        let _ = Money::parse(&text, Currency::EUR);
    }
}
