//! A recorded purchase as the profile shows it, and its void, correction
//! and history.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{
    parse_when, Correction, Currency, FieldChange, Purchase, PurchaseChange, PurchaseId, Quantity,
};
use ts_rs::TS;

use crate::catalog::at_field;
use crate::{IpcError, MoneyDto, SaleLineDto};

/// One line of a purchase.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseLineDto {
    /// The catalog product, if it was one.
    pub product_id: Option<String>,
    /// What was sold.
    pub description: String,
    /// How many, exactly, as canonical text (`0.125`, `3`, `-0.5`).
    pub quantity: String,
    /// Price of one, rounded to the currency's minor unit (for the
    /// correction form).
    pub unit_price: MoneyDto,
    /// Price of one, exactly (`28.90 EUR`, `1.799 EUR`).
    pub unit_price_text: String,
    /// Discount on the line.
    pub discount: MoneyDto,
    /// This line is a return.
    pub is_return: bool,
    /// Line total.
    pub total: MoneyDto,
}

/// When and why a purchase was voided.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VoidDto {
    /// When (RFC 3339).
    pub at: String,
    /// Why.
    pub reason: Option<String>,
}

/// A purchase with its lines.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseDto {
    /// Unique id.
    pub id: String,
    /// Who bought.
    pub customer_id: String,
    /// When (RFC 3339).
    pub at: String,
    /// `in-shop`, `phone` or `online`.
    pub channel: String,
    /// A note.
    pub note: Option<String>,
    /// The lines.
    pub lines: Vec<PurchaseLineDto>,
    /// Sum of the lines.
    pub total: MoneyDto,
    /// Set when the purchase was voided (it counts nowhere).
    pub void: Option<VoidDto>,
    /// The till's receipt number, for an imported purchase.
    pub receipt: Option<String>,
    /// For a refund: the receipt it returns from ("return of receipt #1001").
    pub refund_of: Option<String>,
}

impl From<&Purchase> for PurchaseDto {
    fn from(p: &Purchase) -> Self {
        PurchaseDto {
            id: p.id.to_string(),
            customer_id: p.customer_id.to_string(),
            at: p.at.to_rfc3339(),
            channel: p.channel.as_str().into(),
            note: p.note.clone(),
            lines: p
                .lines
                .iter()
                .map(|l| PurchaseLineDto {
                    product_id: l.product_id.map(|id| id.to_string()),
                    description: l.description.clone(),
                    quantity: l.quantity.to_string(),
                    unit_price: l.unit_price.times(Quantity::ONE).unwrap_or(l.total).into(),
                    unit_price_text: l.unit_price.to_string(),
                    discount: l.discount.into(),
                    is_return: l.is_return,
                    total: l.total.into(),
                })
                .collect(),
            total: p.total.into(),
            void: p.void.as_ref().map(|v| VoidDto {
                at: v.at.to_rfc3339(),
                reason: v.reason.clone(),
            }),
            receipt: p.receipt.clone(),
            refund_of: p.refund_of.clone(),
        }
    }
}

impl From<Purchase> for PurchaseDto {
    fn from(p: Purchase) -> Self {
        (&p).into()
    }
}

/// One detail of a purchase before and after a change.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChangeDto {
    /// `date`, `customer` or `line N`.
    pub field: String,
    /// Before (`null`: no such line).
    pub before: Option<String>,
    /// After (`null`: the line was removed).
    pub after: Option<String>,
}

impl From<&FieldChange> for FieldChangeDto {
    fn from(c: &FieldChange) -> Self {
        FieldChangeDto {
            field: c.field.clone(),
            before: c.before.clone(),
            after: c.after.clone(),
        }
    }
}

/// One entry of a purchase's history.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseChangeDto {
    /// When (RFC 3339).
    pub at: String,
    /// `void` or `correct`.
    pub kind: String,
    /// Who (`owner` until the shop has staff accounts).
    pub author: String,
    /// The computer it was made on, when sync is on.
    pub computer: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// What changed.
    pub changes: Vec<FieldChangeDto>,
}

impl From<PurchaseChange> for PurchaseChangeDto {
    fn from(c: PurchaseChange) -> Self {
        PurchaseChangeDto {
            at: c.at.to_rfc3339(),
            kind: c.kind.as_str().into(),
            author: c.author,
            computer: c.computer,
            reason: c.reason,
            changes: c.changes.iter().map(Into::into).collect(),
        }
    }
}

/// A correction of a purchase; every part given replaces the recorded one.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CorrectionDto {
    /// The purchase.
    pub purchase_id: String,
    /// The right date and time (RFC 3339).
    pub at: Option<String>,
    /// The right customer.
    pub customer_id: Option<String>,
    /// The right lines, all of them.
    pub lines: Option<Vec<SaleLineDto>>,
    /// Why.
    pub reason: Option<String>,
}

impl CorrectionDto {
    /// The purchase and the correction for the core, in the shop's `currency`.
    pub fn to_core(&self, currency: Currency) -> Result<(PurchaseId, Correction), IpcError> {
        let id = parse_purchase_id(&self.purchase_id)?;
        let at = self
            .at
            .as_deref()
            .map(|t| parse_when(t, None).map_err(|e| at_field(e, "at")))
            .transpose()?;
        let customer = self
            .customer_id
            .as_deref()
            .map(|c| c.parse().map_err(|e| at_field(e, "customer")))
            .transpose()?;
        let lines = self
            .lines
            .as_ref()
            .map(|ls| ls.iter().map(|l| l.to_core(currency)).collect())
            .transpose()?;
        Ok((
            id,
            Correction {
                at,
                customer,
                lines,
                reason: self.reason.clone(),
            },
        ))
    }
}

/// A purchase id from the UI.
pub fn parse_purchase_id(text: &str) -> Result<PurchaseId, IpcError> {
    text.parse().map_err(|e| at_field(e, "purchase"))
}
