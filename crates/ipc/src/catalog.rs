//! The catalog as the UI sees it: products, the product form as typed, and
//! money (integer minor units with the shop's currency).

use serde::{Deserialize, Serialize};
use shopkeeper_core::{parse_date, CoreError, Currency, Money, NewProduct, Product};
use shopkeeper_l10n::msg;
use ts_rs::TS;

use crate::{IpcError, MoneyDto};

/// The shop's currency, so the UI can format and enter amounts in it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CurrencyDto {
    /// ISO 4217 code, such as `EUR`.
    pub code: String,
    /// Digits after the decimal mark (2 for EUR, 0 for JPY).
    pub exponent: u32,
}

impl From<Currency> for CurrencyDto {
    fn from(c: Currency) -> Self {
        CurrencyDto {
            code: c.code().to_string(),
            exponent: c.exponent(),
        }
    }
}

/// A product in the catalog.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProductDto {
    /// Unique id (UUID text).
    pub id: String,
    /// Stock-keeping unit.
    pub sku: String,
    /// Name as shown.
    pub name: String,
    /// Category, if any.
    pub category: Option<String>,
    /// Attributes and tags.
    pub tags: Vec<String>,
    /// Usual price, if set.
    pub price: Option<MoneyDto>,
    /// Days until a typical customer has used it up.
    pub use_up_days: Option<u32>,
    /// Days between services.
    pub service_days: Option<u32>,
    /// When new stock arrived or arrives (YYYY-MM-DD).
    pub arrival_date: Option<String>,
    /// When it last changed (RFC 3339).
    pub updated_at: String,
}

impl From<Product> for ProductDto {
    fn from(p: Product) -> Self {
        ProductDto {
            id: p.id.to_string(),
            sku: p.sku,
            name: p.name,
            category: p.category,
            tags: p.tags,
            price: p.price.map(Into::into),
            use_up_days: p.use_up_days,
            service_days: p.service_days,
            arrival_date: p.arrival_date.map(|d| d.to_string()),
            updated_at: p.updated_at.to_rfc3339(),
        }
    }
}

/// The product form as the owner typed it. Amounts, days and dates stay
/// text here so that the core parses them and names the field at fault
/// (`price`, `use_up_days`, `service_days`, `arrival_date`, `sku`, `name`).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProductInputDto {
    /// SKU; required.
    pub sku: String,
    /// Name; required.
    pub name: String,
    /// Category; blank for none.
    pub category: String,
    /// Attributes and tags.
    pub tags: Vec<String>,
    /// Usual price as typed ("12,50" or "12.50"); blank for none.
    pub price: String,
    /// Use-up interval in days as typed; blank for none.
    pub use_up_days: String,
    /// Service interval in days as typed; blank for none.
    pub service_days: String,
    /// Arrival date, YYYY-MM-DD; blank for none.
    pub arrival_date: String,
}

/// `text` with its blank turned into `None`.
fn filled(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

/// The core's error, reported against the form's `field`.
pub(crate) fn at_field(e: CoreError, field: &str) -> IpcError {
    IpcError {
        field: Some(field.to_string()),
        ..IpcError::from(e)
    }
}

/// Parses an amount typed in the shop's currency, reporting errors against `field`.
pub fn parse_money(text: &str, currency: Currency, field: &str) -> Result<Money, IpcError> {
    Money::parse(text, currency).map_err(|e| at_field(e, field))
}

fn days(text: &str, field: &str) -> Result<Option<u32>, IpcError> {
    filled(text)
        .map(|t| {
            t.parse::<u32>().map_err(|_| {
                IpcError::new("invalid", Some(field), msg!("error-not-days", text = t))
            })
        })
        .transpose()
}

impl ProductInputDto {
    /// The product for the core, with amounts in the shop's `currency`.
    pub fn to_core(&self, currency: Currency) -> Result<NewProduct, IpcError> {
        Ok(NewProduct {
            sku: self.sku.clone(),
            name: self.name.clone(),
            category: filled(&self.category).map(str::to_string),
            tags: self.tags.clone(),
            price: filled(&self.price)
                .map(|t| parse_money(t, currency, "price"))
                .transpose()?,
            use_up_days: days(&self.use_up_days, "use_up_days")?,
            service_days: days(&self.service_days, "service_days")?,
            arrival_date: filled(&self.arrival_date)
                .map(|t| parse_date(t, "arrival_date"))
                .transpose()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ProductInputDto {
        ProductInputDto {
            sku: "YIR-250".into(),
            name: "Kaffee Yirgacheffe".into(),
            category: " ".into(),
            tags: vec![],
            price: "12,50".into(),
            use_up_days: "30".into(),
            service_days: "".into(),
            arrival_date: "2025-03-01".into(),
        }
    }

    #[test]
    fn typed_text_becomes_a_product_or_an_error_at_its_field() {
        let eur = Currency::EUR;
        let p = form().to_core(eur).unwrap();
        assert_eq!(p.price, Some(Money::new(1250, eur)));
        assert_eq!(p.use_up_days, Some(30));
        assert_eq!(p.service_days, None);
        assert_eq!(p.category, None);
        for (change, field) in [
            (
                (|f: &mut ProductInputDto| f.price = "12,5x".into()) as fn(&mut _),
                "price",
            ),
            (|f| f.use_up_days = "a month".into(), "use_up_days"),
            (|f| f.service_days = "-3".into(), "service_days"),
            (|f| f.arrival_date = "1 March".into(), "arrival_date"),
        ] {
            let mut f = form();
            change(&mut f);
            assert_eq!(f.to_core(eur).unwrap_err().field.as_deref(), Some(field));
        }
    }
}
