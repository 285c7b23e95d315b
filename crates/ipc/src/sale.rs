//! A sale as the New sale screen sends it, and what it gets back.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{
    parse_when, Currency, CustomerId, Money, NewLine, NewPurchase, Purchase, Quantity,
};
use ts_rs::TS;

use crate::catalog::at_field;
use crate::{IpcError, MoneyDto};

/// One line of a sale. Amounts were parsed by the core already (see the
/// `parse_money` command), so they arrive as minor units of the shop's currency.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaleLineDto {
    /// The catalog SKU, for a catalog product.
    pub sku: Option<String>,
    /// What was sold, as printed on the receipt.
    pub description: String,
    /// The catalog product by id (a recorded line being corrected).
    pub product_id: Option<String>,
    /// How many, as typed: a whole or decimal number, with a dot or a comma
    /// (`2`, `0.5`, `0,5`); negative on a return.
    pub quantity: String,
    /// Price of one, in minor units.
    #[ts(type = "number")]
    pub unit_minor: i64,
    /// Discount on the line, in minor units.
    #[ts(type = "number")]
    pub discount_minor: i64,
    /// This line is a return (refund).
    pub is_return: bool,
}

/// A sale to record.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewSaleDto {
    /// Who bought (every purchase belongs to a customer).
    pub customer_id: String,
    /// When (RFC 3339); `None` for now.
    pub at: Option<String>,
    /// Where: `in-shop`, `phone` or `online`.
    pub channel: String,
    /// A note, if any.
    pub note: Option<String>,
    /// The lines; at least one.
    pub lines: Vec<SaleLineDto>,
}

/// A recorded sale, for the confirmation.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaleDto {
    /// The purchase's id.
    pub id: String,
    /// Who bought.
    pub customer_id: String,
    /// When (RFC 3339).
    pub at: String,
    /// The sum of the lines.
    pub total: MoneyDto,
}

impl From<Purchase> for SaleDto {
    fn from(p: Purchase) -> Self {
        SaleDto {
            id: p.id.to_string(),
            customer_id: p.customer_id.to_string(),
            at: p.at.to_rfc3339(),
            total: p.total.into(),
        }
    }
}

impl NewSaleDto {
    /// The customer and the purchase for the core, in the shop's `currency`.
    pub fn to_core(&self, currency: Currency) -> Result<(CustomerId, NewPurchase), IpcError> {
        let customer: CustomerId = self
            .customer_id
            .parse()
            .map_err(|e| at_field(e, "customer"))?;
        let at = self
            .at
            .as_deref()
            .map(|t| parse_when(t, None).map_err(|e| at_field(e, "at")))
            .transpose()?;
        let lines = self
            .lines
            .iter()
            .map(|l| l.to_core(currency))
            .collect::<Result<_, _>>()?;
        Ok((
            customer,
            NewPurchase {
                at,
                channel: self.channel.parse()?,
                note: self.note.clone(),
                lines,
            },
        ))
    }
}

impl SaleLineDto {
    /// The line for the core, in the shop's `currency`.
    pub fn to_core(&self, currency: Currency) -> Result<NewLine, IpcError> {
        Ok(NewLine {
            sku: self.sku.clone(),
            product_id: self
                .product_id
                .as_deref()
                .map(|p| p.parse().map_err(|e| at_field(e, "product")))
                .transpose()?,
            description: Some(self.description.clone()),
            quantity: Quantity::parse(&self.quantity).map_err(|e| at_field(e, "quantity"))?,
            unit_price: Some(Money::new(self.unit_minor, currency).into()),
            discount: Some(Money::new(self.discount_minor, currency)),
            total: None,
            is_return: self.is_return,
        })
    }
}
