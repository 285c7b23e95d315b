//! The price of one unit: an exact decimal number of minor units, since a
//! price per kilogram or metre, or one worked out from a till's line total
//! (`3.33 EUR` for `0.3` kg), need not be a whole number of cents. Only a
//! line's total is money ([`Money`], whole minor units): unit price ×
//! quantity, rounded once, half to even, to the currency's minor unit.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::quantity::Quantity;
use crate::{CoreError, Result};

use super::{Currency, Money};

/// Digits kept after the decimal point of a unit price worked out by
/// division (a line total over a quantity), in minor units.
const DIVIDED_SCALE: u32 = 12;

/// The price of one unit, in minor units of a currency, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnitPrice {
    /// Minor units (cents, pence), an exact decimal such as `1299` or `179.9`.
    pub minor: Decimal,
    /// The currency.
    pub currency: Currency,
}

impl From<Money> for UnitPrice {
    fn from(m: Money) -> Self {
        UnitPrice {
            minor: Decimal::from(m.minor),
            currency: m.currency,
        }
    }
}

impl UnitPrice {
    /// A unit price of `minor` minor units (exact) in `currency`.
    pub fn new(minor: Decimal, currency: Currency) -> UnitPrice {
        UnitPrice {
            minor: minor.normalize(),
            currency,
        }
    }

    /// Reads the stored text of [`UnitPrice::minor_text`] (or a whole
    /// number, as a vault before schema 5 held it).
    pub fn from_minor_text(text: &str, currency: Currency) -> Option<UnitPrice> {
        text.parse::<Decimal>()
            .ok()
            .map(|d| UnitPrice::new(d, currency))
    }

    /// The minor units as stored: `1299`, `179.9`.
    pub fn minor_text(&self) -> String {
        let mut text = String::new();
        self.write_minor(&mut text);
        text
    }

    /// Appends [`UnitPrice::minor_text`] to `out`, which a bulk writer
    /// reuses from row to row.
    pub(crate) fn write_minor(&self, out: &mut String) {
        use std::fmt::Write;
        // Writing to a String cannot fail.
        let _ = write!(out, "{}", self.minor.normalize());
    }

    /// The unit price that makes `quantity` cost `total`: exact when the
    /// division ends, else kept to 12 decimals of a minor unit (so that
    /// [`UnitPrice::times`] gives `total` back).
    pub fn of_total(total: Money, quantity: Quantity) -> Result<UnitPrice> {
        let q = quantity.decimal();
        if q.is_zero() {
            return Err(CoreError::invalid(
                "quantity",
                msg!("error-quantity-quantity-zero"),
            ));
        }
        if q == Decimal::ONE {
            // Most till rows: no division (the import's hot path).
            return Ok(UnitPrice::from(total));
        }
        let minor = Decimal::from(total.minor)
            .checked_div(q)
            .ok_or_else(too_large)?
            .round_dp_with_strategy(DIVIDED_SCALE, RoundingStrategy::MidpointNearestEven);
        Ok(UnitPrice::new(minor, total.currency))
    }

    /// `quantity` at this price, rounded half to even to a whole minor unit.
    pub fn times(&self, quantity: Quantity) -> Result<Money> {
        let exact = self
            .minor
            .checked_mul(quantity.decimal())
            .ok_or_else(too_large)?;
        let rounded = exact.round_dp_with_strategy(0, RoundingStrategy::MidpointNearestEven);
        let minor = i64::try_from(rounded).map_err(|_| too_large())?;
        Ok(Money::new(minor, self.currency))
    }

    /// Whether this is a whole number of minor units.
    pub fn is_whole(&self) -> bool {
        self.minor.fract().is_zero()
    }

    /// Below zero.
    pub fn is_negative(&self) -> bool {
        self.minor.is_sign_negative() && !self.minor.is_zero()
    }

    /// The amount in major units with at least the currency's decimals and
    /// a dot: `12.99`, `1.799`, `1200` (JPY).
    pub fn major_text(&self) -> String {
        let exp = self.currency.exponent();
        let major = (self.minor / Decimal::from(10_i64.pow(exp))).normalize();
        let mut text = major.to_string();
        let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
        if exp > 0 && decimals < exp as usize {
            if decimals == 0 {
                text.push('.');
            }
            text.push_str(&"0".repeat(exp as usize - decimals));
        }
        text
    }
}

fn too_large() -> CoreError {
    CoreError::invalid("amount", msg!("error-amount-amount-too-large"))
}

impl fmt::Display for UnitPrice {
    /// `12.50 EUR`, `1.799 EUR`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.major_text(), self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(t: &str) -> Quantity {
        Quantity::parse(t).unwrap()
    }

    #[test]
    fn a_line_total_is_rounded_once_half_to_even() {
        let eur = |m| UnitPrice::from(Money::new(m, Currency::EUR));
        assert_eq!(eur(1299).times(q("0.5")).unwrap().minor, 650); // 649.5 → 650
        assert_eq!(eur(1301).times(q("0.5")).unwrap().minor, 650); // 650.5 → 650
        assert_eq!(eur(2400).times(q("0.125")).unwrap().minor, 300);
        assert_eq!(eur(1000).times(q("2.75")).unwrap().minor, 2750);
        assert_eq!(eur(400).times(q("-0.5")).unwrap().minor, -200);
        assert_eq!(eur(1).times(q("0.5")).unwrap().minor, 0);
        assert_eq!(eur(3).times(q("0.5")).unwrap().minor, 2);
    }

    #[test]
    fn a_unit_price_from_a_total_gives_the_total_back() {
        for (total, quantity) in [
            (100, "3"),
            (333, "0.3"),
            (1, "7"),
            (-250, "-0.5"),
            (999, "0.125"),
        ] {
            let t = Money::new(total, Currency::EUR);
            let unit = UnitPrice::of_total(t, q(quantity)).unwrap();
            assert_eq!(unit.times(q(quantity)).unwrap(), t, "{total} / {quantity}");
        }
        let exact = UnitPrice::of_total(Money::new(333, Currency::EUR), q("0.3")).unwrap();
        assert_eq!(exact.minor_text(), "1110");
        assert_eq!(exact.to_string(), "11.10 EUR");
        let third = UnitPrice::new("179.9".parse().unwrap(), Currency::EUR);
        assert_eq!(third.to_string(), "1.799 EUR");
        assert_eq!(
            UnitPrice::from_minor_text("179.90", Currency::EUR),
            Some(third)
        );
    }
}
