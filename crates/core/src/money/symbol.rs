//! Currency signs and codes written next to an amount (`€`, `$`, `kr`,
//! `CHF`, `EUR` ...), and which currencies each one may mean.

use std::fmt;

use super::Currency;

/// A currency named in an amount's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrencyHint {
    /// An ISO 4217 code written in capitals, such as `EUR` or `CHF`.
    Code(Currency),
    /// A sign or word, such as `€`, `$` or `kr`, with the currencies that
    /// write it (several for `$`, `kr` and `¥`).
    Sign {
        /// The sign as it is usually written.
        sign: &'static str,
        /// Every currency that uses it.
        currencies: &'static [Currency],
    },
}

impl CurrencyHint {
    /// Whether an amount written with this hint may be in `currency`.
    pub fn allows(&self, currency: Currency) -> bool {
        match self {
            CurrencyHint::Code(c) => *c == currency,
            CurrencyHint::Sign { currencies, .. } => currencies.contains(&currency),
        }
    }

    /// The hint for a sign or code as written (`€`, `US$`, `kr.`, `EUR`),
    /// or `None` if it names no currency Shopkeeper knows.
    pub fn of(written: &str) -> Option<CurrencyHint> {
        if written.len() == 3 && written.bytes().all(|b| b.is_ascii_uppercase()) {
            return Currency::parse(written).ok().map(CurrencyHint::Code);
        }
        let lower = written.to_lowercase();
        SIGNS
            .iter()
            .find(|(spellings, _)| spellings.contains(&lower.as_str()))
            .map(|(spellings, currencies)| CurrencyHint::Sign {
                sign: spellings[0],
                currencies,
            })
    }
}

impl fmt::Display for CurrencyHint {
    /// `EUR`, or `$ (USD, CAD, ...)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CurrencyHint::Code(c) => write!(f, "{c}"),
            CurrencyHint::Sign { sign, currencies } => {
                let codes: Vec<&str> = currencies.iter().map(Currency::code).collect();
                write!(f, "{sign} ({})", codes.join(", "))
            }
        }
    }
}

const fn c(code: &[u8; 3]) -> Currency {
    Currency(*code)
}

/// Lower-case spellings (the first is how the sign is shown) → currencies.
const SIGNS: &[(&[&str], &[Currency])] = &[
    (&["€"], &[c(b"EUR")]),
    (
        &["$"],
        &[
            c(b"USD"),
            c(b"CAD"),
            c(b"AUD"),
            c(b"NZD"),
            c(b"MXN"),
            c(b"SGD"),
            c(b"HKD"),
            c(b"ARS"),
            c(b"CLP"),
            c(b"COP"),
            c(b"TWD"),
        ],
    ),
    (&["us$"], &[c(b"USD")]),
    (&["c$", "ca$"], &[c(b"CAD")]),
    (&["a$", "au$"], &[c(b"AUD")]),
    (&["nz$"], &[c(b"NZD")]),
    (&["mx$"], &[c(b"MXN")]),
    (&["hk$"], &[c(b"HKD")]),
    (&["s$"], &[c(b"SGD")]),
    (&["r$"], &[c(b"BRL")]),
    (&["£"], &[c(b"GBP")]),
    (&["¥", "￥"], &[c(b"JPY"), c(b"CNY")]),
    (&["円"], &[c(b"JPY")]),
    (&["元"], &[c(b"CNY")]),
    (
        &["kr", "kr."],
        &[c(b"SEK"), c(b"NOK"), c(b"DKK"), c(b"ISK")],
    ),
    (&["fr.", "sfr."], &[c(b"CHF")]),
    (&["₹"], &[c(b"INR")]),
    (&["₩"], &[c(b"KRW")]),
    (&["₽"], &[c(b"RUB")]),
    (&["₺"], &[c(b"TRY")]),
    (&["₪"], &[c(b"ILS")]),
    (&["zł"], &[c(b"PLN")]),
    (&["kč"], &[c(b"CZK")]),
    (&["ft"], &[c(b"HUF")]),
];
