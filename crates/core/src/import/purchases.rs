//! Writing a purchase file's sales: purchases, and the customers and
//! products they name.

use std::io::Read;

use chrono::{DateTime, Utc};
use foldhash::{HashMap, HashSet};
use rusqlite::{params, Connection, OptionalExtension};

use super::customers::{new_customer, FileCustomer};
use super::file::{rows, Rows};
use super::matcher::Matcher;
use super::read::{SaleReader, SaleRow};
use super::report::keep;
use super::{ImportOptions, ImportReport};
use crate::catalog::{self, NewProduct};
use crate::customer;
use crate::money::{Currency, Money};
use crate::purchase::{self, Purchase, PurchaseLine};
use crate::settings::Settings;
use crate::sync::BulkCapture;
use crate::{search, CoreError, CustomerId, ProductId, PurchaseId, Result};

/// An import that has written this many purchases, and at least a quarter
/// as many as the shop had before, drops the `purchase (customer_id, at)`
/// index and builds it again at the end, in the same transaction: one sort
/// instead of a random insert into the index per purchase.
const REBUILD_INDEX_AFTER: u64 = 50_000;
/// An import that matched this many existing customers gathers what they
/// bought for their search entries in one pass over all purchases, rather
/// than through the purchase index customer by customer.
const REINDEX_IN_ONE_PASS: usize = 1_000;
/// The index [`REBUILD_INDEX_AFTER`] is about.
const PURCHASE_INDEX: &str = "purchase_by_customer";

/// A purchase being assembled from rows that share customer and time.
struct OpenPurchase {
    id: PurchaseId,
    lines: usize,
    total: i64,
}

/// Writes a purchase file's sales into the shop, grouping the lines of one
/// customer and time into one purchase.
pub(super) struct PurchaseImport<'a> {
    conn: &'a Connection,
    writer: purchase::Writer<'a>,
    currency: Currency,
    matcher: Matcher<'a>,
    products: HashMap<String, (ProductId, String)>,
    purchases: HashMap<(CustomerId, DateTime<Utc>), OpenPurchase>,
    touched: HashSet<CustomerId>,
    /// What each customer bought in this import (for their search entries).
    bought: search::Bought,
    /// Customers and products made by this import (for their sync clocks
    /// and search entries).
    made_customers: Vec<CustomerId>,
    made_products: Vec<ProductId>,
    /// Purchases in the shop before the import.
    purchases_before: u64,
    /// The SQL of the purchase index while it is dropped.
    dropped_index: Option<String>,
    report: ImportReport,
}

impl<'a> PurchaseImport<'a> {
    /// A writer into `conn`, for a shop with `settings`.
    pub(super) fn new(conn: &'a Connection, settings: &'a Settings) -> Result<Self> {
        Ok(PurchaseImport {
            conn,
            writer: purchase::Writer::new(conn)?,
            currency: settings.currency,
            matcher: Matcher::new(settings.phone_region.as_deref()),
            products: HashMap::default(),
            purchases: HashMap::default(),
            touched: HashSet::default(),
            bought: search::Bought::default(),
            made_customers: Vec::new(),
            made_products: Vec::new(),
            purchases_before: conn
                .query_row("SELECT count(*) FROM purchase", [], |r| r.get::<_, i64>(0))?
                .unsigned_abs(),
            dropped_index: None,
            report: ImportReport::default(),
        })
    }

    /// Imports every row of `csv` as `reader` reads it; returns the report
    /// and whether to keep what was written.
    pub(super) fn run(
        mut self,
        mut reader: SaleReader<'_>,
        csv: &mut Rows<impl Read>,
        opts: &ImportOptions,
        progress: &mut dyn FnMut(u64),
        clocks: &BulkCapture,
    ) -> Result<(ImportReport, bool)> {
        let mut report = ImportReport::default();
        rows(csv, &mut report, progress, |row, _| {
            match reader.read(row)? {
                Some(sale) => {
                    let at = sale.at;
                    self.add(sale, || new_customer(&reader.cols, row, Some(at)))
                }
                None => {
                    self.report.walk_ins += 1;
                    Ok(())
                }
            }
        })?;
        let counts = self.finish(clocks)?;
        report.customers_created = counts.customers_created;
        report.customers_matched = counts.customers_matched;
        report.products_created = counts.products_created;
        report.purchases = counts.purchases;
        report.lines = counts.lines;
        report.walk_ins = counts.walk_ins;
        report.consents = counts.consents;
        report.good_rows -= counts.walk_ins;
        reader.tell(&mut report);
        let keep = keep(&mut report, opts);
        Ok((report, keep))
    }

    /// Adds the sale line `sale` to its purchase; `new_customer` describes
    /// its customer if none of the shop's matches.
    pub(super) fn add(
        &mut self,
        sale: SaleRow<'_>,
        new_customer: impl FnOnce() -> Result<FileCustomer>,
    ) -> Result<()> {
        let unit = Money::new(sale.total.minor / sale.quantity, self.currency);
        let customer = self.customer(sale.customer, new_customer)?;
        let (product_id, description) = match sale.sku {
            Some(sku) => {
                let (id, catalog_name) = self.product(sku, sale.product.unwrap_or(sku), unit)?;
                (Some(id), sale.product.map_or(catalog_name, str::to_string))
            }
            None => (None, sale.product.unwrap_or_default().to_string()),
        };
        crate::text::limit(&description, "product", crate::text::MAX_SHORT_CHARS)?;
        let total = sale.total;
        let line = PurchaseLine {
            product_id,
            description,
            quantity: sale.quantity,
            unit_price: unit,
            discount: Money::zero(self.currency),
            is_return: sale.quantity < 0,
            total,
        };
        self.touched.insert(customer);
        let at = sale.at;
        let open = match self.purchases.get_mut(&(customer, at)) {
            Some(open) => open,
            None => {
                let p = Purchase {
                    id: PurchaseId::new(),
                    customer_id: customer,
                    at,
                    channel: sale.channel,
                    note: sale.note,
                    lines: Vec::new(),
                    total,
                };
                self.writer.header(&p)?;
                self.report.purchases += 1;
                if self.report.purchases == REBUILD_INDEX_AFTER.max(self.purchases_before / 4) {
                    self.drop_index()?;
                }
                self.purchases
                    .entry((customer, at))
                    .or_insert(OpenPurchase {
                        id: p.id,
                        lines: 0,
                        total: 0,
                    })
            }
        };
        // Checked before the line is written: rows of huge totals for one
        // customer and time must not overflow the purchase's total.
        let sum = open.total.checked_add(total.minor).ok_or_else(|| {
            CoreError::invalid("line_total", "The purchase's total is too large.")
        })?;
        self.writer.line(open.id, open.lines, &line)?;
        self.bought.add(customer, &line.description);
        open.lines += 1;
        open.total = sum;
        self.report.lines += 1;
        Ok(())
    }

    /// Drops the purchase index until [`Self::finish`] (same SQL, so the
    /// schema ends as it was; a failed or dry-run import rolls the drop back).
    fn drop_index(&mut self) -> Result<()> {
        let sql: Option<String> = self
            .conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                [PURCHASE_INDEX],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(sql) = sql {
            self.conn
                .execute_batch(&format!("DROP INDEX {PURCHASE_INDEX}"))?;
            self.dropped_index = Some(sql);
        }
        Ok(())
    }

    fn product(&mut self, sku: &str, name: &str, unit: Money) -> Result<(ProductId, String)> {
        if let Some(found) = self.products.get(sku) {
            return Ok(found.clone());
        }
        let found = match catalog::by_sku(self.conn, sku)? {
            Some(p) => (p.id, p.name),
            None => {
                self.report.products_created += 1;
                let new = NewProduct {
                    sku: sku.into(),
                    name: name.into(),
                    price: (unit.minor >= 0).then_some(unit),
                    ..NewProduct::default()
                };
                let p = catalog::insert_in(self.conn, &new, self.currency)?;
                self.made_products.push(p.id);
                (p.id, p.name)
            }
        };
        self.products.insert(sku.to_string(), found.clone());
        Ok(found)
    }

    fn customer(
        &mut self,
        [reference, email, phone]: [Option<&str>; 3],
        new_customer: impl FnOnce() -> Result<FileCustomer>,
    ) -> Result<CustomerId> {
        let keys = self.matcher.keys(reference, email, phone);
        if let Some(id) = self.matcher.find(self.conn, &keys)? {
            if self.touched.insert(id) {
                self.report.customers_matched += 1;
            }
            return Ok(id);
        }
        let new = new_customer()?;
        let created =
            customer::insert_unindexed(self.conn, &new.edit.validated(self.matcher.region)?)?;
        self.report.consents += new.record_consent(self.conn, created.id)?;
        self.report.customers_created += 1;
        self.made_customers.push(created.id);
        self.touched.insert(created.id);
        self.matcher.remember(keys, created.id);
        Ok(created.id)
    }

    /// Fixes the totals of purchases of several lines, builds the purchase
    /// index again if it was dropped, gives every record made its sync clock
    /// (`clocks`: capture was paused), and writes the search entries: those
    /// of the customers it made from what they bought here, those of the
    /// customers it matched from their purchases (in one pass over all of
    /// them when there are many).
    fn finish(mut self, clocks: &BulkCapture) -> Result<ImportReport> {
        let mut fix = self
            .conn
            .prepare_cached("UPDATE purchase SET total_minor = ?2 WHERE id = ?1")?;
        for open in self.purchases.values().filter(|o| o.lines > 1) {
            fix.execute(params![open.id, open.total])?;
        }
        if let Some(sql) = self.dropped_index.take() {
            self.conn.execute_batch(&sql)?;
        }
        if clocks.stamps() {
            self.stamp(clocks)?;
        }
        for id in &self.made_customers {
            self.touched.remove(id);
            search::index_new(self.conn, *id, &self.bought)?;
        }
        if self.touched.len() >= REINDEX_IN_ONE_PASS {
            search::reindex_many(self.conn, &self.touched)?;
        } else {
            for id in &self.touched {
                search::reindex(self.conn, *id)?;
            }
        }
        Ok(self.report)
    }

    /// Gives every record made its sync clock, in key order.
    fn stamp(&mut self, clocks: &BulkCapture) -> Result<()> {
        let mut made: Vec<(PurchaseId, usize)> =
            self.purchases.values().map(|o| (o.id, o.lines)).collect();
        made.sort_unstable();
        self.made_customers.sort_unstable();
        self.made_products.sort_unstable();
        clocks.stamp(
            self.conn,
            "customer",
            self.made_customers.iter().map(|id| [id]),
        )?;
        clocks.stamp(
            self.conn,
            "product",
            self.made_products.iter().map(|id| [id]),
        )?;
        clocks.stamp(self.conn, "purchase", made.iter().map(|(id, _)| [id]))?;
        let lines = made
            .iter()
            .flat_map(|(id, n)| (0..*n).map(move |position| (id, position as i64)));
        clocks.stamp(self.conn, "purchase_line", lines)
    }
}
