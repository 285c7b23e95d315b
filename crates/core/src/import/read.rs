//! Reading a purchase file's row into a sale line: what the row means,
//! before anything is written.

use std::borrow::Cow;

use chrono::{DateTime, Utc};

use super::columns::{marked, Columns};
use super::dates::{self, DateOrder};
use super::report::{ImportReport, PreviewLine};
use crate::money::{Currency, DecimalMark, Money, UnitPrice};
use crate::purchase::{self, SaleChannel};
use crate::quantity::Quantity;
use crate::{CoreError, Result};

/// The fields that name a row's customer; a purchase row with none of them
/// is a walk-in sale, counted and not imported.
pub(super) const CUSTOMER_KEYS: [&str; 7] = [
    "customer_ref",
    "customer_name",
    "given_name",
    "family_name",
    "email",
    "phone",
    "contact",
];

/// How many sale lines a report shows as they are stored.
const PREVIEW_LINES: usize = 10;

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
    pub quantity: Quantity,
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
    /// The line's discount, if the file gives one (never negative).
    pub discount: Money,
}

/// A customer's email and phone in `row`: their own columns, else a
/// contact column holding either.
pub(super) fn email_and_phone<'r>(
    c: &Columns,
    row: &'r csv::StringRecord,
) -> (Option<&'r str>, Option<&'r str>) {
    let contact = c.get(row, "contact");
    let is_email = |v: &&str| v.contains('@');
    (
        c.get(row, "email").or(contact.filter(is_email)),
        c.get(row, "phone").or(contact.filter(|v| !is_email(v))),
    )
}

/// Reads a purchase file's rows, remembering what earlier rows showed of the
/// file's conventions.
pub(super) struct SaleReader<'a> {
    /// Which column holds which field.
    pub cols: Columns,
    currency: Currency,
    /// The file's decimal mark: the layout's, else from the first amount
    /// read that shows it (`12,50`, `1.234,56`): it decides later amounts
    /// that do not show it (`1.234`), which are refused as ambiguous until then.
    decimal_mark: DecimalMark,
    date_format: Option<&'a str>,
    date_order: Option<DateOrder>,
    preview: Vec<PreviewLine>,
    not_sales: u64,
}

impl<'a> SaleReader<'a> {
    /// A reader of rows laid out as `cols`, in the shop's `currency`, with
    /// dates in `date_format` (chrono syntax) or else written in `date_order`.
    pub fn new(
        cols: Columns,
        currency: Currency,
        date_format: Option<&'a str>,
        date_order: Option<DateOrder>,
    ) -> Self {
        SaleReader {
            decimal_mark: cols.layout.map_or(DecimalMark::Unknown, |l| l.mark()),
            cols,
            currency,
            date_format,
            date_order,
            preview: Vec::new(),
            not_sales: 0,
        }
    }

    /// The name of the layout the file was read as (`shopify`,
    /// `square-items`, ..., `shopkeeper`), or `mapped` for a file read by
    /// its column names. The purchase writer keys receipts on it.
    pub fn source(&self) -> &str {
        &self.cols.seen.name
    }

    /// Puts what the reader saw into `report`: the first lines as stored,
    /// and the rows that were not sales (counted apart from walk-ins).
    pub fn tell(self, report: &mut ImportReport) {
        report.walk_ins -= self.not_sales.min(report.walk_ins);
        report.not_sales += self.not_sales;
        report.preview = self.preview;
        report.layout = Some(self.cols.seen);
    }

    /// Whether `row` is a sale line at all (not voided, not a payment row).
    fn is_sale(&self, row: &csv::StringRecord) -> bool {
        let c = &self.cols;
        c.only.is_none_or(|m| marked(row, m)) && !c.skip.iter().any(|&m| marked(row, m))
    }

    fn money(&mut self, amount: &str) -> Result<Money> {
        let m = Money::parse_with(amount, self.currency, self.decimal_mark)?;
        if self.decimal_mark == DecimalMark::Unknown {
            self.decimal_mark = DecimalMark::shown_by(amount);
        }
        Ok(m)
    }

    fn when(&self, row: &csv::StringRecord) -> Result<DateTime<Utc>> {
        let c = &self.cols;
        let date = c.get(row, "date").unwrap_or("");
        match self.date_format {
            Some(f) => crate::time::parse_when(date, Some(f)),
            None => dates::read(date, c.get(row, "time"), self.date_order),
        }
    }

    /// The sale `row` records, or `None` for a walk-in sale (no customer)
    /// or a row that is not a sale (counted apart, see [`Self::tell`]).
    pub fn read<'r>(&mut self, row: &'r csv::StringRecord) -> Result<Option<SaleRow<'r>>> {
        if !self.is_sale(row) {
            self.not_sales += 1;
            return Ok(None);
        }
        let c = &self.cols;
        if CUSTOMER_KEYS.iter().all(|f| c.get(row, f).is_none()) {
            return Ok(None);
        }
        let (email, phone) = email_and_phone(c, row);
        let reference = c.get(row, "customer_ref");
        let at = self.when(row)?;
        let c = &self.cols;
        if let Some(code) = c.get(row, "currency") {
            if !code.eq_ignore_ascii_case(self.currency.code()) {
                return Err(CoreError::invalid(
                    "currency",
                    msg!(
                        "error-currency-row-shop",
                        code = (code.to_uppercase()).to_string(),
                        value = self.currency.to_string()
                    ),
                ));
            }
        }
        let mut quantity = match c.get(row, "quantity") {
            Some(q) => Quantity::parse_with(q, self.decimal_mark)?,
            None => c
                .layout
                .filter(|_| !c.has("quantity"))
                .and_then(|l| l.quantity_default)
                .map(Quantity::whole)
                .ok_or_else(|| {
                    CoreError::invalid("quantity", msg!("error-quantity-row-has-quantity"))
                })?,
        };
        let refund = c.refund.is_some_and(|m| marked(row, m));
        let (total_text, unit_text, discount_text) = (
            c.get(row, "line_total"),
            c.get(row, "unit_price"),
            c.get(row, "discount"),
        );
        let unit_price = unit_text.map(|u| self.money(u)).transpose()?;
        let discount = match discount_text {
            Some(d) => Money::new(self.money(d)?.minor.abs(), self.currency),
            None => Money::zero(self.currency),
        };
        let mut total = match (total_text, unit_price) {
            (Some(t), _) => self.money(t)?,
            (None, Some(unit)) => {
                let gross = UnitPrice::from(unit).times(quantity)?;
                Money::new(
                    gross
                        .minor
                        .checked_sub(discount.minor)
                        .ok_or_else(too_large)?,
                    self.currency,
                )
            }
            (None, None) => {
                return Err(CoreError::invalid(
                    "line_total",
                    msg!("error-line-total-row-has-neither"),
                ))
            }
        };
        if refund {
            quantity = quantity.abs().negated();
            total = Money::new(-total.minor.abs(), self.currency);
        }
        let is_return = quantity.is_negative();
        purchase::check_quantity(quantity, is_return)?;
        if (total.minor > 0 && is_return) || (total.minor < 0 && !is_return) {
            return Err(CoreError::invalid(
                "quantity",
                msg!("error-quantity-negative-quantity-only-2"),
            ));
        }
        let c = &self.cols;
        let channel = match c.get(row, "channel") {
            Some(ch) => ch.parse()?,
            None => SaleChannel::InShop,
        };
        let sku = c.get(row, "sku");
        let product = c.get(row, "product");
        if product.is_none() && sku.is_none() {
            return Err(CoreError::invalid(
                "product",
                msg!("error-product-each-row-needs"),
            ));
        }
        let sale = SaleRow {
            at,
            customer: [reference, email, phone],
            sku,
            product,
            quantity,
            total,
            channel,
            note: crate::text::note(c.get(row, "note"), "note")?,
            receipt: c.get(row, "receipt").map(Cow::Borrowed),
            unit_price,
            refund_of: c.get(row, "refund_of").map(Cow::Borrowed),
            discount,
        };
        if self.preview.len() < PREVIEW_LINES {
            self.preview.push(self.preview_of(row, &sale));
        }
        Ok(Some(sale))
    }

    /// `sale` (of `row`) as a report shows it.
    fn preview_of(&self, row: &csv::StringRecord, sale: &SaleRow<'_>) -> PreviewLine {
        let c = &self.cols;
        let [reference, email, phone] = sale.customer;
        let customer = super::customers::name_of(c, row)
            .or(email.map(str::to_string))
            .or(phone.map(str::to_string))
            .or(reference.map(str::to_string))
            .unwrap_or_default();
        PreviewLine {
            line: row.position().map_or(0, |p| p.line()),
            at: sale.at,
            customer,
            product: sale.product.or(sale.sku).unwrap_or_default().to_string(),
            quantity: sale.quantity,
            unit_price: sale.unit_price,
            total: sale.total,
            receipt: sale.receipt.as_deref().map(str::to_string),
            refund_of: sale.refund_of.as_deref().map(str::to_string),
        }
    }
}

fn too_large() -> CoreError {
    CoreError::invalid("line_total", msg!("error-line-total-line-s-total"))
}
