//! Money: integer minor units and an ISO 4217 currency; never floating point.

use std::fmt;

use crate::{CoreError, Result};

pub mod read;
mod symbol;
#[cfg(test)]
mod tests;
mod unit_price;

pub use read::{DecimalMark, FoundAmount};
pub use symbol::CurrencyHint;
pub use unit_price::UnitPrice;

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
                msg!("error-currency-currency-code-use", code = code.to_string()),
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

    /// Reads an amount as tills and people write it (`12.50`, `12,50 €`,
    /// `$1,234.56`, `1.234,56`, `(3.50)`, `EUR 12.50` ...) in `currency`,
    /// each amount on its own: see [`Money::parse_with`].
    pub fn parse(text: &str, currency: Currency) -> Result<Money> {
        Money::parse_with(text, currency, DecimalMark::Unknown)
    }

    /// Reads an amount in `currency` whose decimal mark, when the amount
    /// alone does not show it (`1,234`), is `mark` (e.g. decided from a
    /// whole column with [`DecimalMark::of_column`]). Refuses text that
    /// names another currency (field `currency`), digits beyond the
    /// currency's minor units unless zeros, and anything ambiguous; never
    /// rounds. The rules are in [`read`]'s documentation.
    pub fn parse_with(text: &str, currency: Currency, mark: DecimalMark) -> Result<Money> {
        FoundAmount::read(text)?.in_currency(currency, mark)
    }

    /// Splits an amount's text into sign, number and the currency it names,
    /// without deciding its decimal mark or checking its currency: for a
    /// caller that wants to compare a file's currency with the shop's.
    pub fn parse_found(text: &str) -> Result<FoundAmount> {
        FoundAmount::read(text)
    }

    /// The sum, refusing to mix currencies.
    pub fn checked_add(self, other: Money) -> Result<Money> {
        self.same_currency(other)?;
        self.minor
            .checked_add(other.minor)
            .map(|m| Money::new(m, self.currency))
            .ok_or_else(|| CoreError::invalid("amount", msg!("error-amount-amount-too-large")))
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
            .ok_or_else(|| CoreError::invalid("amount", msg!("error-amount-amount-too-large")))
    }

    /// Refuses `other` if it is in another currency.
    pub fn same_currency(self, other: Money) -> Result<()> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(CoreError::invalid(
                "currency",
                msg!(
                    "error-currency-amounts-mixed-enter",
                    value = self.currency.to_string(),
                    other = other.currency.to_string(),
                    value2 = self.currency.to_string()
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
