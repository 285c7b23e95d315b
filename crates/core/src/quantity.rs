//! Quantities: exact decimals (0.5 kg of cheese, 2.75 m of fabric, 3 mugs).
//!
//! A [`Quantity`] wraps a [`rust_decimal::Decimal`] (a 96-bit integer with a
//! decimal scale): every quantity a till prints is held exactly, never as
//! floating point, and multiplying it by a [`UnitPrice`](crate::money::UnitPrice)
//! is exact before the one rounding to the currency's minor unit. A plain
//! fixed-point integer (say thousandths) would have fixed the precision once
//! for every shop; the decimal keeps what was typed (`0.125`, `2.75`) and
//! still sorts, adds and multiplies exactly.
//!
//! Stored and carried (vault, exports, change files) as its canonical text:
//! a dot as decimal mark, no group marks, no trailing zeros (`0.125`, `3`,
//! `-0.5`).

use std::fmt;
use std::str::FromStr;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rust_decimal::Decimal;

use crate::money::DecimalMark;
use crate::{CoreError, Result};

/// Most digits after the decimal mark a quantity may have.
pub const MAX_QUANTITY_DECIMALS: u32 = 6;

/// The largest quantity of one line (either sign).
pub const MAX_QUANTITY: i64 = 1_000_000;

/// How many of something were sold (negative on a return): an exact decimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quantity(Decimal);

impl Quantity {
    /// One.
    pub const ONE: Quantity = Quantity(Decimal::ONE);

    /// A whole number of items.
    pub fn whole(n: i64) -> Quantity {
        Quantity(Decimal::from(n))
    }

    /// Reads a quantity as people and tills write it: an optional sign,
    /// digits, and at most one decimal mark, `.` or `,` (`0.5`, `0,5`,
    /// `-0.125`, `3`). Refuses anything else (words are for the owner).
    pub fn parse(text: &str) -> Result<Quantity> {
        Quantity::parse_with(text, DecimalMark::Unknown)
    }

    /// Reads a quantity whose decimal mark is `mark` (a file's, decided from
    /// its amounts); with [`DecimalMark::Unknown`] either mark is the
    /// decimal mark. With a known mark, the other one is refused rather
    /// than guessed (`1,000` in a file of dots could be a thousand or one).
    pub fn parse_with(text: &str, mark: DecimalMark) -> Result<Quantity> {
        let t = text.trim();
        let (negative, digits) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        let (whole, fraction) = match digits.find(['.', ',']) {
            Some(at) => {
                let used = if digits.as_bytes()[at] == b'.' {
                    DecimalMark::Dot
                } else {
                    DecimalMark::Comma
                };
                if mark != DecimalMark::Unknown && mark != used {
                    return Err(bad(
                        text,
                        "it uses the other decimal mark than the rest of the file",
                    ));
                }
                (&digits[..at], &digits[at + 1..])
            }
            None => (digits, ""),
        };
        let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !is_digits(whole) || !is_digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
            return Err(bad(text, "write it as a number such as 2, 0.5 or 0,5"));
        }
        if fraction.len() > MAX_QUANTITY_DECIMALS as usize {
            return Err(bad(
                text,
                &format!("a quantity has at most {MAX_QUANTITY_DECIMALS} decimals"),
            ));
        }
        let whole = whole.trim_start_matches('0');
        if whole.len() > 7 {
            return Err(CoreError::invalid(
                "quantity",
                msg!("error-quantity-quantity-too-large"),
            ));
        }
        // At most 13 digits: no overflow.
        let mantissa = whole
            .bytes()
            .chain(fraction.bytes())
            .fold(0_i64, |n, b| n * 10 + i64::from(b - b'0'));
        let value = Decimal::new(mantissa, fraction.len() as u32);
        let q = Quantity(if negative { -value } else { value }.normalize());
        q.check_size()?;
        Ok(q)
    }

    /// The quantity written with `mark` (`.` for [`DecimalMark::Unknown`]),
    /// without group marks or trailing zeros: `parse_with(q.format(m), m) == q`.
    pub fn format(&self, mark: DecimalMark) -> String {
        let mut text = String::new();
        self.write_to(&mut text);
        match mark {
            DecimalMark::Comma => text.replace('.', ","),
            _ => text,
        }
    }

    /// Appends the canonical text (`0.125`, `3`, `-0.5`) to `out`, which a
    /// bulk writer reuses from row to row.
    pub(crate) fn write_to(&self, out: &mut String) {
        use std::fmt::Write;
        // Writing to a String cannot fail.
        let _ = write!(out, "{}", self.0.normalize());
    }

    /// The exact decimal.
    pub fn decimal(&self) -> Decimal {
        self.0
    }

    /// Below zero (a return).
    pub fn is_negative(&self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// Zero.
    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }

    /// This quantity with the other sign.
    pub fn negated(&self) -> Quantity {
        Quantity(-self.0)
    }

    /// This quantity without its sign.
    pub fn abs(&self) -> Quantity {
        Quantity(self.0.abs())
    }

    /// Refuses a quantity over [`MAX_QUANTITY`] either way.
    fn check_size(&self) -> Result<()> {
        if self.0.abs() > Decimal::from(MAX_QUANTITY) {
            return Err(CoreError::invalid(
                "quantity",
                msg!("error-quantity-quantity-too-large"),
            ));
        }
        Ok(())
    }

    /// Checks the sign against the return flag, zero and size.
    pub(crate) fn check_line(&self, is_return: bool) -> Result<()> {
        if self.is_zero() {
            return Err(CoreError::invalid(
                "quantity",
                msg!("error-quantity-quantity-zero"),
            ));
        }
        if self.is_negative() && !is_return {
            return Err(CoreError::invalid(
                "quantity",
                msg!("error-quantity-negative-quantity-only"),
            ));
        }
        if !self.is_negative() && is_return {
            return Err(CoreError::invalid(
                "quantity",
                msg!("error-quantity-returned-item-needs"),
            ));
        }
        self.check_size()
    }
}

fn bad(text: &str, why: &str) -> CoreError {
    let shown: String = text.chars().take(40).collect();
    CoreError::invalid(
        "quantity",
        msg!(
            "error-quantity-quantity",
            shown = shown.to_string(),
            why = why.to_string()
        ),
    )
}

impl From<i64> for Quantity {
    fn from(n: i64) -> Self {
        Quantity::whole(n)
    }
}

impl FromStr for Quantity {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self> {
        Quantity::parse(s)
    }
}

impl fmt::Display for Quantity {
    /// The canonical text: `0.125`, `3`, `-0.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(DecimalMark::Dot))
    }
}

impl ToSql for Quantity {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for Quantity {
    /// The stored decimal text (any decimal the schema's check lets in, so
    /// a record from another computer stays readable); a whole number as a
    /// vault before schema 5 held it.
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        match value {
            ValueRef::Integer(n) => Ok(Quantity::whole(n)),
            ValueRef::Text(t) => std::str::from_utf8(t)
                .ok()
                .and_then(|s| s.parse::<Decimal>().ok())
                .map(|d| Quantity(d.normalize()))
                .ok_or(FromSqlError::InvalidType),
            _ => Err(FromSqlError::InvalidType),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn quantities_read_in_both_marks_and_write_canonically() {
        for (text, canonical) in [
            ("0.125", "0.125"),
            ("0,125", "0.125"),
            ("2.75", "2.75"),
            ("2,750", "2.75"),
            ("3", "3"),
            ("-0.5", "-0.5"),
            ("-0,5", "-0.5"),
            ("+1.0", "1"),
            (".5", "0.5"),
            ("007", "7"),
        ] {
            assert_eq!(
                Quantity::parse(text).unwrap().to_string(),
                canonical,
                "{text}"
            );
        }
        for bad in [
            "",
            "-",
            "1.2.3",
            "1,2.3",
            "x",
            "1e3",
            "0.1234567",
            "12345678",
            "1 000",
            "½",
        ] {
            assert_eq!(
                Quantity::parse(bad).unwrap_err().field(),
                Some("quantity"),
                "{bad}"
            );
        }
        assert!(Quantity::parse_with("0,5", DecimalMark::Dot).is_err());
        assert!(Quantity::parse_with("0.5", DecimalMark::Comma).is_err());
        assert_eq!(
            Quantity::parse("2.75").unwrap().format(DecimalMark::Comma),
            "2,75"
        );
    }

    #[test]
    fn the_sign_goes_with_the_return_flag() {
        let q = |t: &str| Quantity::parse(t).unwrap();
        assert!(q("2").check_line(false).is_ok());
        assert!(q("-0.5").check_line(true).is_ok());
        assert!(q("-1").check_line(false).is_err());
        assert!(q("0.5").check_line(true).is_err());
        assert!(q("0").check_line(false).is_err());
        assert!(q("-0").check_line(true).is_err());
        assert!(Quantity::parse("1000000.5").is_err());
        assert!(Quantity::whole(1_000_001).check_line(false).is_err());
    }

    proptest! {
        /// Quantity text in either decimal mark reads to a quantity that
        /// writes back to the same text.
        #[test]
        fn quantity_text_round_trips_in_both_marks(
            whole in 0u32..1_000_000,
            fraction in proptest::option::of("[0-9]{0,5}[1-9]"),
            negative: bool,
            comma: bool,
        ) {
            let (mark, sep) = if comma { (DecimalMark::Comma, ",") } else { (DecimalMark::Dot, ".") };
            let mut text = whole.to_string();
            if let Some(f) = &fraction {
                text = format!("{text}{sep}{f}");
            }
            let zero = whole == 0 && fraction.is_none();
            if negative && !zero {
                text = format!("-{text}");
            }
            let q = Quantity::parse_with(&text, mark).unwrap();
            prop_assert_eq!(q.format(mark), text.clone());
            prop_assert_eq!(Quantity::parse(&text).unwrap(), q);
        }
    }
}
