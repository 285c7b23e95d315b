//! Writing a purchase file's sales: purchases, and the customers and
//! products they name, all tied to the import's batch (`batch.rs`). A
//! receipt's lines form one purchase, its refund lines another; receipts and
//! purchases already in the shop are skipped (`receipts.rs`).

use std::collections::hash_map::Entry;
use std::io::Read;

use foldhash::{HashMap, HashSet};
use rusqlite::{params, Connection, OptionalExtension};

use super::batch;
use super::customers::{new_customer, FileCustomer};
use super::file::{rows, Rows};
use super::matcher::Matcher;
use super::read::{SaleReader, SaleRow};
use super::receipts::{self, Group};
use super::report::keep;
use super::{ImportOptions, ImportReport};
use crate::catalog::{self, NewProduct};
use crate::changes::BulkCapture;
use crate::customer;
use crate::money::{Currency, Money};
use crate::purchase::{self, Origin, Purchase, PurchaseLine};
use crate::quantity::Quantity;
use crate::settings::Settings;
use crate::{search, CoreError, CustomerId, ImportId, ProductId, PurchaseId, Result};

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

/// A purchase being assembled from rows that share a receipt, or customer
/// and time (its [`Group`], which says who, when and whether a refund):
/// kept small, as an import holds one per purchase.
struct OpenPurchase {
    id: PurchaseId,
    lines: u32,
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
    purchases: HashMap<Group, OpenPurchase>,
    /// Receipts found already in the shop: their lines are skipped.
    known_receipts: HashSet<Group>,
    /// The import's batch and the file's layout.
    batch: ImportId,
    source: String,
    touched: HashSet<CustomerId>,
    /// What each customer bought in this import (for their search entries).
    bought: search::Bought,
    /// Customers and products made by this import (for their sync clocks
    /// and search entries).
    made_customers: Vec<CustomerId>,
    made_products: Vec<ProductId>,
    /// Consent entries written by this import (for their sync clocks).
    made_consents: Vec<crate::ConsentEntryId>,
    /// The buffer the current line's description is written in.
    description: String,
    /// Purchases in the shop before the import.
    purchases_before: u64,
    /// The SQL of the purchase index while it is dropped.
    dropped_index: Option<String>,
    report: ImportReport,
}

impl<'a> PurchaseImport<'a> {
    /// A writer into `conn`, for a shop with `settings`, of a file of
    /// layout `source`; records the import's batch.
    pub(super) fn new(
        conn: &'a Connection,
        settings: &'a Settings,
        source: &str,
        file_name: Option<&str>,
    ) -> Result<Self> {
        let batch = batch::start(conn, "purchases", source, file_name)?;
        let origin = Origin {
            batch,
            source: source.to_string(),
        };
        Ok(PurchaseImport {
            conn,
            writer: purchase::Writer::imported(conn, origin)?,
            currency: settings.currency,
            matcher: Matcher::new(settings.phone_region.as_deref()),
            products: HashMap::default(),
            purchases: HashMap::default(),
            known_receipts: HashSet::default(),
            batch,
            source: source.to_string(),
            touched: HashSet::default(),
            bought: search::Bought::default(),
            made_customers: Vec::new(),
            made_products: Vec::new(),
            made_consents: Vec::new(),
            description: String::new(),
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
        let counts = self.finish(clocks, report.rows)?;
        report.customers_created = counts.customers_created;
        report.customers_matched = counts.customers_matched;
        report.products_created = counts.products_created;
        report.purchases = counts.purchases;
        report.lines = counts.lines;
        report.walk_ins = counts.walk_ins;
        report.refunds = counts.refunds;
        report.already_imported = counts.already_imported;
        report.consents = counts.consents;
        report.good_rows -= counts.walk_ins;
        reader.tell(&mut report);
        let keep = keep(&mut report, opts);
        report.batch = keep.then_some(counts.batch).flatten();
        Ok((report, keep))
    }

    /// Adds the sale line `sale` to its purchase (a refund line to its
    /// receipt's refund); `new_customer` describes its customer if none of
    /// the shop's matches. A line of a receipt already in the shop is
    /// skipped.
    pub(super) fn add(
        &mut self,
        mut sale: SaleRow<'_>,
        new_customer: impl FnOnce() -> Result<FileCustomer>,
    ) -> Result<()> {
        let refund = sale.quantity.is_negative() || sale.refund_of.is_some();
        if refund && !sale.quantity.is_negative() {
            // A refund row written with positive numbers (the file marks
            // it otherwise): a return line is negative.
            sale.quantity = sale.quantity.negated();
            sale.total = Money::new(-sale.total.minor, sale.total.currency);
        }
        let by_receipt = sale
            .receipt
            .as_deref()
            .map(|r| Group::Receipt(r.to_string(), refund));
        if let Some(group) = &by_receipt {
            if !self.purchases.contains_key(group) && self.receipt_known(group)? {
                return Ok(());
            }
        }
        let (unit, discount) =
            receipts::unit_price(sale.unit_price, sale.quantity, sale.total, sale.discount)?;
        let customer = self.customer(sale.customer, new_customer)?;
        let product_id = match sale.sku {
            Some(sku) => {
                let price = unit.times(Quantity::ONE)?;
                Some(self.product(sku, sale.product.unwrap_or(sku), price)?)
            }
            None => None,
        };
        // The line's description: the file's product name, else the
        // catalog's name of its SKU; written from a buffer kept across rows.
        let mut description = std::mem::take(&mut self.description);
        description.clear();
        match (sale.product, sale.sku) {
            (Some(name), _) => description.push_str(name),
            (None, Some(sku)) => description.push_str(self.products.get(sku).map_or("", |p| &p.1)),
            (None, None) => {}
        }
        crate::text::limit(&description, "product", crate::text::MAX_SHORT_CHARS)?;
        let total = sale.total;
        let line = PurchaseLine {
            product_id,
            description,
            quantity: sale.quantity,
            unit_price: unit,
            discount,
            is_return: sale.quantity.is_negative(),
            total,
        };
        let at = sale.at;
        let group = by_receipt.unwrap_or(Group::Visit(customer, at, refund));
        let open = match self.purchases.entry(group) {
            Entry::Occupied(open) => open.into_mut(),
            Entry::Vacant(slot) => {
                let p = Purchase {
                    id: PurchaseId::new(),
                    customer_id: customer,
                    at,
                    channel: sale.channel,
                    note: sale.note,
                    lines: Vec::new(),
                    void: None,
                    staff_id: None,
                    total,
                    receipt: sale.receipt.map(|r| r.into_owned()),
                    refund_of: sale.refund_of.map(|r| r.into_owned()),
                };
                crate::text::limit(
                    p.receipt.as_deref().unwrap_or_default(),
                    "receipt",
                    crate::text::MAX_SHORT_CHARS,
                )?;
                crate::text::limit(
                    p.refund_of.as_deref().unwrap_or_default(),
                    "refund_of",
                    crate::text::MAX_SHORT_CHARS,
                )?;
                self.writer.header(&p, refund)?;
                self.report.purchases += 1;
                self.report.refunds += u64::from(refund);
                if self.report.purchases == REBUILD_INDEX_AFTER.max(self.purchases_before / 4) {
                    drop_index(self.conn, &mut self.dropped_index)?;
                }
                slot.insert(OpenPurchase {
                    id: p.id,
                    lines: 0,
                    total: 0,
                })
            }
        };
        // Checked before the line is written: rows of huge totals for one
        // customer and time must not overflow the purchase's total.
        let sum = open.total.checked_add(total.minor).ok_or_else(|| {
            CoreError::invalid("line_total", msg!("error-line-total-purchase-s-total"))
        })?;
        self.writer.line(open.id, open.lines as usize, &line)?;
        self.bought.add(customer, &line.description);
        open.lines += 1;
        open.total = sum;
        self.report.lines += 1;
        self.description = line.description;
        Ok(())
    }

    /// Appends a consent decision the file states for `customer` (a
    /// marketing-consent column), tied to this import: undoing the import
    /// removes it.
    fn consent(&mut self, customer: CustomerId, c: &crate::NewConsent) -> Result<()> {
        let entry = crate::consent::append_imported(self.conn, customer, c, self.batch)?;
        self.made_consents.push(entry.id);
        Ok(())
    }

    /// Whether the receipt `group` names is already in the shop (counted
    /// once, then remembered).
    fn receipt_known(&mut self, group: &Group) -> Result<bool> {
        let Group::Receipt(number, refund) = group else {
            return Ok(false);
        };
        if self.known_receipts.contains(group) {
            return Ok(true);
        }
        if receipts::receipt_known(self.conn, &self.source, number, *refund)? {
            self.known_receipts.insert(group.clone());
            self.report.already_imported += 1;
            return Ok(true);
        }
        Ok(false)
    }

    /// The catalog product of `sku`, found or made (named `name`, at `unit`).
    fn product(&mut self, sku: &str, name: &str, unit: Money) -> Result<ProductId> {
        if let Some(found) = self.products.get(sku) {
            return Ok(found.0);
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
        let id = found.0;
        self.products.insert(sku.to_string(), found);
        Ok(id)
    }

    /// The customer a row names, found or made.
    fn customer(
        &mut self,
        [reference, email, phone]: [Option<&str>; 3],
        new_customer: impl FnOnce() -> Result<FileCustomer>,
    ) -> Result<CustomerId> {
        // A customer already found or made in this import: already counted
        // and among the touched.
        if let Some(id) = self.matcher.by_reference(reference) {
            return Ok(id);
        }
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
        for consent in &new.consents {
            self.consent(created.id, consent)?;
        }
        self.report.consents += new.consents.len() as u64;
        self.report.customers_created += 1;
        self.made_customers.push(created.id);
        self.touched.insert(created.id);
        self.matcher.remember(keys, created.id);
        Ok(created.id)
    }

    /// Builds the purchase index again if it was dropped, takes back the
    /// purchases already in the shop, fixes the totals of purchases of
    /// several lines, records what the batch did (`rows` read), gives every
    /// record made its sync clock (`clocks`: capture was paused), and
    /// writes the search entries: those
    /// of the customers it made from what they bought here, those of the
    /// customers it matched from their purchases (in one pass over all of
    /// them when there are many).
    fn finish(mut self, clocks: &BulkCapture, rows: u64) -> Result<ImportReport> {
        self.report.rows = rows;
        if let Some(sql) = self.dropped_index.take() {
            self.conn.execute_batch(&sql)?;
        }
        self.leave_out_known_visits()?;
        let mut fix = self
            .conn
            .prepare_cached("UPDATE purchase SET total_minor = ?2 WHERE id = ?1")?;
        for open in self.purchases.values().filter(|o| o.lines > 1) {
            fix.execute(params![open.id, open.total])?;
        }
        batch::finish(
            self.conn,
            self.batch,
            &self.report,
            &self.made_customers,
            &self.made_products,
        )?;
        self.report.batch = Some(self.batch);
        if clocks.stamps() {
            self.stamp(clocks)?;
        }
        for id in &self.made_customers {
            self.touched.remove(id);
            search::index_new(self.conn, *id, &mut self.bought)?;
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

    /// Takes back the purchases without a receipt number that an earlier
    /// import of the same layout already wrote (`receipts::visit_known`);
    /// only customers found in the shop can have them.
    fn leave_out_known_visits(&mut self) -> Result<()> {
        let made: HashSet<CustomerId> = self.made_customers.iter().copied().collect();
        let mut known = Vec::new();
        for (group, open) in &self.purchases {
            let Group::Visit(customer, at, refund) = group else {
                continue;
            };
            if made.contains(customer) {
                continue;
            }
            let visit = (*customer, *at, *refund);
            if receipts::visit_known(self.conn, open.id, visit, &self.source, self.batch)? {
                known.push(group.clone());
            }
        }
        for group in known {
            if let Some(open) = self.purchases.remove(&group) {
                receipts::forget(self.conn, open.id)?;
                self.report.purchases -= 1;
                self.report.lines -= u64::from(open.lines);
                self.report.refunds -= u64::from(matches!(group, Group::Visit(_, _, true)));
                self.report.already_imported += 1;
            }
        }
        Ok(())
    }

    /// Gives every record made its sync clock, in key order.
    fn stamp(&mut self, clocks: &BulkCapture) -> Result<()> {
        let mut made: Vec<(PurchaseId, usize)> = self
            .purchases
            .values()
            .map(|o| (o.id, o.lines as usize))
            .collect();
        made.sort_unstable();
        self.made_customers.sort_unstable();
        self.made_products.sort_unstable();
        self.made_consents.sort_unstable();
        clocks.stamp(self.conn, "import_batch", [[&self.batch]])?;
        clocks.stamp(
            self.conn,
            "consent_entry",
            self.made_consents.iter().map(|id| [id]),
        )?;
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

/// Drops the purchase index until [`PurchaseImport::finish`] builds it
/// again from the same SQL, kept in `dropped` (so the schema ends as it
/// was; a failed or dry-run import rolls the drop back).
fn drop_index(conn: &Connection, dropped: &mut Option<String>) -> Result<()> {
    let sql: Option<String> = conn
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
            [PURCHASE_INDEX],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(sql) = sql {
        conn.execute_batch(&format!("DROP INDEX {PURCHASE_INDEX}"))?;
        *dropped = Some(sql);
    }
    Ok(())
}
