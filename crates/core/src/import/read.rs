//! Reading a purchase file's row into a sale line: what the row means,
//! before anything is written.

use std::borrow::Cow;

use chrono::{DateTime, Utc};

use super::columns::Columns;
use crate::money::{Currency, DecimalMark, Money};
use crate::purchase::{self, SaleChannel};
use crate::{CoreError, Result};

/// The fields that name a row's customer; a purchase row with none of them
/// is a walk-in sale, counted and not imported.
pub(super) const CUSTOMER_KEYS: [&str; 4] = ["customer_ref", "customer_name", "email", "phone"];

/// One sale line of a purchase file, read and understood.
pub(super) struct SaleRow<'r> {
    /// When it was sold.
    pub at: DateTime<Utc>,
    /// The customer's reference, email and phone, to find them by.
    pub customer: [Option<&'r str>; 3],
    /// The product's SKU, if the file has one.
    pub sku: Option<&'r str>,
    /// The product's name as the file writes it.
    pub product: Option<&'r str>,
    /// How many (negative on a return).
    pub quantity: i64,
    /// The line's total (negative on a return).
    pub total: Money,
    /// Where it was sold.
    pub channel: SaleChannel,
    /// The row's note.
    pub note: Option<String>,
    /// The till's receipt, order or transaction number, if the file has one.
    pub receipt: Option<Cow<'r, str>>,
    /// The unit price, if the file gives one.
    pub unit_price: Option<Money>,
    /// For a refund or return line: the receipt it returns from, if the file says.
    pub refund_of: Option<Cow<'r, str>>,
}

/// Reads a purchase file's rows, remembering what earlier rows showed of the
/// file's conventions.
pub(super) struct SaleReader<'a> {
    /// Which column holds which field.
    pub cols: Columns,
    currency: Currency,
    /// The file's decimal mark, from the first amount read that shows it
    /// (`12,50`, `1.234,56`): it decides later amounts that do not show it
    /// (`1.234`), which are refused as ambiguous until then.
    decimal_mark: DecimalMark,
    date_format: Option<&'a str>,
}

impl<'a> SaleReader<'a> {
    /// A reader of rows laid out as `cols`, in the shop's `currency`.
    pub fn new(cols: Columns, currency: Currency, date_format: Option<&'a str>) -> Self {
        SaleReader {
            cols,
            currency,
            decimal_mark: DecimalMark::Unknown,
            date_format,
        }
    }

    /// The name of the file's layout, kept on each purchase with its
    /// receipt number (receipt numbers are unique per layout).
    pub fn source(&self) -> &str {
        "shopkeeper"
    }

    /// The sale `row` records, or `None` for a walk-in sale (no customer).
    pub fn read<'r>(&mut self, row: &'r csv::StringRecord) -> Result<Option<SaleRow<'r>>> {
        let c = &self.cols;
        if CUSTOMER_KEYS.iter().all(|f| c.get(row, f).is_none()) {
            return Ok(None);
        }
        let at = crate::time::parse_when(c.get(row, "date").unwrap_or(""), self.date_format)?;
        let quantity: i64 = c
            .get(row, "quantity")
            .and_then(|q| q.parse().ok())
            .ok_or_else(|| {
                CoreError::invalid("quantity", "The quantity must be a whole number.")
            })?;
        let mark = &mut self.decimal_mark;
        let total = money(c.get(row, "line_total").unwrap_or(""), self.currency, mark)?;
        let unit_price = c
            .get(row, "unit_price")
            .map(|u| money(u, self.currency, mark))
            .transpose()?;
        let is_return = quantity < 0;
        purchase::check_quantity(quantity, is_return)?;
        if (total.minor > 0 && is_return) || (total.minor < 0 && !is_return) {
            return Err(CoreError::invalid(
                "quantity",
                "A negative quantity is only allowed on a return, whose total is negative too.",
            ));
        }
        let channel = match c.get(row, "channel") {
            Some(ch) => ch.parse()?,
            None => SaleChannel::InShop,
        };
        let sku = c.get(row, "sku");
        let product = c.get(row, "product");
        if product.is_none() && sku.is_none() {
            return Err(CoreError::invalid(
                "product",
                "Each row needs a SKU or a product name.",
            ));
        }
        Ok(Some(SaleRow {
            at,
            customer: [
                c.get(row, "customer_ref"),
                c.get(row, "email"),
                c.get(row, "phone"),
            ],
            sku,
            product,
            quantity,
            total,
            channel,
            note: crate::text::note(c.get(row, "note"), "note")?,
            receipt: c.get(row, "receipt").map(Cow::Borrowed),
            unit_price,
            refund_of: c.get(row, "refund_of").map(Cow::Borrowed),
        }))
    }
}

/// Reads an amount in `currency`, learning the file's decimal `mark` from
/// the first amount that shows it.
fn money(amount: &str, currency: Currency, mark: &mut DecimalMark) -> Result<Money> {
    let m = Money::parse_with(amount, currency, *mark)?;
    if *mark == DecimalMark::Unknown {
        *mark = DecimalMark::shown_by(amount);
    }
    Ok(m)
}
