//! Money: integer minor units and an ISO 4217 currency; never floating point.

use std::fmt;

use crate::{CoreError, Result};

/// An ISO 4217 currency code such as `EUR` or `JPY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The euro.
    pub const EUR: Currency = Currency(*b"EUR");

    /// Parses a three-letter code (case-insensitive).
    pub fn parse(code: &str) -> Result<Currency> {
        let c = code.trim().to_ascii_uppercase();
        match c.as_bytes() {
            [a, b, d] if [a, b, d].iter().all(|x| x.is_ascii_uppercase()) => {
                Ok(Currency([*a, *b, *d]))
            }
            _ => Err(CoreError::invalid(
                "currency",
                format!(
                    "\"{code}\" is not a currency code; use three letters such as EUR, GBP or USD."
                ),
            )),
        }
    }

    /// The code as text.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ASCII letters")
    }

    /// Digits after the decimal point (2 for most, 0 for JPY, 3 for KWD ...).
    pub fn exponent(&self) -> u32 {
        match self.code() {
            "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF"
            | "UGX" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
            "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
            _ => 2,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money in one currency, in minor units (cents, pence, yen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    /// Amount in minor units; negative for refunds.
    pub minor: i64,
    /// The currency.
    pub currency: Currency,
}

impl Money {
    /// `minor` units of `currency`.
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Zero in `currency`.
    pub fn zero(currency: Currency) -> Money {
        Money::new(0, currency)
    }

    /// Parses a decimal amount such as `12.50`, `-3`, `1,234.5` in `currency`.
    /// A comma is accepted as the decimal mark when there is no dot (`12,50`).
    pub fn parse(text: &str, currency: Currency) -> Result<Money> {
        let bad = || {
            CoreError::invalid(
                "amount",
                format!("\"{}\" is not an amount like 12.50.", text.trim()),
            )
        };
        let t = text.trim();
        let t = t.strip_prefix(currency.code()).unwrap_or(t).trim();
        let (neg, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest.trim()),
            None => (false, t),
        };
        let t: String = if t.contains('.') {
            t.replace(',', "")
        } else {
            t.replace(',', ".")
        };
        let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
        let exp = currency.exponent() as usize;
        if whole.is_empty() && frac.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
            || frac.len() > exp
            || whole.len() > 15
        {
            return Err(bad());
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| bad())?
        };
        let frac_val: i64 = if frac.is_empty() {
            0
        } else {
            format!("{frac:0<exp$}").parse().map_err(|_| bad())?
        };
        let minor = whole * 10_i64.pow(exp as u32) + frac_val;
        Ok(Money::new(if neg { -minor } else { minor }, currency))
    }

    /// The sum, refusing to mix currencies.
    pub fn checked_add(self, other: Money) -> Result<Money> {
        self.same_currency(other)?;
        self.minor
            .checked_add(other.minor)
            .map(|m| Money::new(m, self.currency))
            .ok_or_else(|| CoreError::invalid("amount", "That amount is too large."))
    }

    /// The difference, refusing to mix currencies.
    pub fn checked_sub(self, other: Money) -> Result<Money> {
        self.checked_add(Money::new(-other.minor, other.currency))
    }

    /// This amount times `n`.
    pub fn times(self, n: i64) -> Result<Money> {
        self.minor
            .checked_mul(n)
            .map(|m| Money::new(m, self.currency))
            .ok_or_else(|| CoreError::invalid("amount", "That amount is too large."))
    }

    /// Refuses `other` if it is in another currency.
    pub fn same_currency(self, other: Money) -> Result<()> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(CoreError::invalid(
                "currency",
                format!(
                    "Amounts in {} and {} cannot be mixed; enter every amount in {}.",
                    self.currency, other.currency, self.currency
                ),
            ))
        }
    }
}

impl fmt::Display for Money {
    /// `12.50 EUR`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let exp = self.currency.exponent();
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if exp == 0 {
            write!(f, "{sign}{abs} {}", self.currency)
        } else {
            let p = 10_u64.pow(exp);
            write!(
                f,
                "{sign}{}.{:0w$} {}",
                abs / p,
                abs % p,
                self.currency,
                w = exp as usize
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbp() -> Currency {
        Currency::parse("gbp").unwrap()
    }

    #[test]
    fn amounts_parse_to_minor_units_and_print_back() {
        assert_eq!(Money::parse("12.5", gbp()).unwrap().minor, 1250);
        assert_eq!(Money::parse("12,50", gbp()).unwrap().minor, 1250);
        assert_eq!(Money::parse("1,234.56", gbp()).unwrap().minor, 123456);
        assert_eq!(Money::parse("-3", gbp()).unwrap().minor, -300);
        assert_eq!(
            Money::parse("500", Currency::parse("JPY").unwrap())
                .unwrap()
                .minor,
            500
        );
        assert_eq!(Money::new(-1205, gbp()).to_string(), "-12.05 GBP");
        for bad in ["", "abc", "1.234", "1e5", "--1", "."] {
            assert!(Money::parse(bad, gbp()).is_err(), "{bad}");
        }
    }

    #[test]
    fn mixing_currencies_is_refused() {
        let err = Money::new(100, gbp())
            .checked_add(Money::new(100, Currency::EUR))
            .unwrap_err();
        assert_eq!(err.field(), Some("currency"));
        assert!(Currency::parse("EURO").is_err());
    }
}
