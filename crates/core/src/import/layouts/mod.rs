//! The layouts of the files real tills and web shops export, as data: one
//! TOML file per layout beside this one (its columns and what each holds,
//! its money and date conventions, which rows are refunds or not sales at
//! all, which columns record marketing consent), and the header synonyms
//! of unknown layouts (`synonyms.toml`). Adding a till is adding a file
//! here, its name to [`SOURCES`], and a fixture under
//! `crates/core/tests/fixtures/import/` (docs/import.md).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

pub(super) mod synonyms;

use super::dates::DateOrder;
use crate::consent::{Channel, Purpose};
use crate::money::DecimalMark;

/// Every layout's TOML text, embedded in the program.
const SOURCES: &[&str] = &[
    include_str!("shopkeeper.toml"),
    include_str!("shopkeeper-customers.toml"),
    include_str!("shopify.toml"),
    include_str!("shopify-customers.toml"),
    include_str!("square-items.toml"),
    include_str!("square-transactions.toml"),
    include_str!("square-customers.toml"),
    include_str!("sumup.toml"),
    include_str!("lightspeed-r.toml"),
    include_str!("lightspeed-x.toml"),
    include_str!("loyverse.toml"),
    include_str!("woocommerce.toml"),
];

/// What a file holds: one sale line per row, or one customer per row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    /// Sale lines.
    Purchases,
    /// Customers.
    Customers,
}

/// One or several column names (the first the header has is used).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub(super) enum Names {
    One(String),
    Many(Vec<String>),
}

impl Names {
    pub(super) fn all(&self) -> &[String] {
        match self {
            Names::One(n) => std::slice::from_ref(n),
            Names::Many(n) => n,
        }
    }
}

/// A column whose value marks a row (`Event Type` = `Refund`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Flag {
    /// The column.
    pub column: String,
    /// The values that mark the row (compared without case).
    pub values: Vec<String>,
}

/// A marketing-consent column and exactly what it means.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ConsentColumn {
    /// The column.
    pub column: String,
    /// The channel it is about (`email`, `sms`, ...).
    pub channel: String,
    /// The purpose it is about (`promotions`, ...).
    pub purpose: String,
    /// Values that mean yes.
    pub yes: Vec<String>,
    /// Values that say no explicitly (anything else records nothing).
    pub no: Vec<String>,
}

impl ConsentColumn {
    /// The channel and purpose (checked when the layouts load).
    pub(super) fn meaning(&self) -> (Channel, Purpose) {
        (
            self.channel.parse().expect("checked when loaded"),
            self.purpose.parse().expect("checked when loaded"),
        )
    }
}

/// A file layout: a till's or web shop's export.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Short stable name (`shopify`, `square-items`), for `--layout` and
    /// as the source of receipt numbers.
    pub name: String,
    /// What the owner is told ("Shopify orders export").
    pub display_name: String,
    /// Sale lines or customers.
    pub kind: FileKind,
    /// Where the columns are documented (or why they are not).
    #[serde(default)]
    pub documentation: String,
    /// Column names the header must all have for the layout to be recognised.
    pub(super) required: Vec<String>,
    /// Field → the column(s) holding it.
    pub(super) columns: BTreeMap<String, Names>,
    /// Columns joined, in this order, into the customer's address.
    #[serde(default)]
    pub(super) address: Vec<String>,
    /// How the file writes dates, when it is always the same.
    #[serde(default)]
    pub(super) date_order: Option<DateOrder>,
    /// The file's decimal mark (`.` or `,`), when it is always the same.
    #[serde(default)]
    pub(super) decimal_mark: Option<char>,
    /// The quantity of each row when the file has no quantity column (a
    /// transactions export: one row per sale).
    #[serde(default)]
    pub(super) quantity_default: Option<i64>,
    /// Columns written only on the first row of a receipt (Shopify's order
    /// fields): filled down from that row into the receipt's other rows, so
    /// that its date, customer, currency and status hold for all of them.
    #[serde(default)]
    pub(super) first_row_only: Vec<String>,
    /// Rows that are refunds or returns.
    #[serde(default)]
    pub(super) refund: Option<Flag>,
    /// Rows that are not sales (voided, cancelled, payment lines).
    #[serde(default)]
    pub(super) skip: Vec<Flag>,
    /// When given, only rows marked so are sale lines.
    #[serde(default)]
    pub(super) only: Option<Flag>,
    /// Marketing-consent columns.
    #[serde(default)]
    pub(super) consent: Vec<ConsentColumn>,
}

impl Layout {
    /// The file's decimal mark as the money reader takes it.
    pub(super) fn mark(&self) -> DecimalMark {
        match self.decimal_mark {
            Some('.') => DecimalMark::Dot,
            Some(',') => DecimalMark::Comma,
            _ => DecimalMark::Unknown,
        }
    }

    /// Every column name the layout knows, to score a header against.
    fn known_columns(&self) -> impl Iterator<Item = &str> {
        self.columns
            .values()
            .flat_map(Names::all)
            .chain(&self.address)
            .chain(self.refund.iter().map(|f| &f.column))
            .chain(self.skip.iter().map(|f| &f.column))
            .chain(self.only.iter().map(|f| &f.column))
            .chain(self.consent.iter().map(|c| &c.column))
            .map(String::as_str)
    }
}

/// A column name compared without case, surrounding blanks, a byte-order
/// mark or doubled inner spaces.
pub(super) fn normalised(name: &str) -> String {
    let name = name.trim_start_matches('\u{feff}').trim().to_lowercase();
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every layout, read once.
pub(super) static LAYOUTS: LazyLock<Vec<Layout>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|s| {
            let layout: Layout = toml::from_str(s).expect("the layouts are valid (tested)");
            for c in &layout.consent {
                c.channel.parse::<Channel>().expect("a known channel");
                c.purpose.parse::<Purpose>().expect("a known purpose");
            }
            layout
        })
        .collect()
});

/// The layout named `name`.
pub(super) fn by_name(name: &str) -> Option<&'static Layout> {
    let name = name.trim();
    LAYOUTS.iter().find(|l| l.name.eq_ignore_ascii_case(name))
}

/// The names of the layouts of `kind`.
pub fn names(kind: FileKind) -> Vec<&'static str> {
    known(kind).into_iter().map(|l| l.name.as_str()).collect()
}

/// The layouts of `kind`, to list them (name, display name, documentation).
pub fn known(kind: FileKind) -> Vec<&'static Layout> {
    LAYOUTS.iter().filter(|l| l.kind == kind).collect()
}

/// The layout of `kind` a header is, if one clearly is: every required
/// column present, and the largest share of the layout's known columns
/// found, ahead of any other (a tie recognises none).
pub(super) fn recognise(header: &[String], kind: FileKind) -> Option<&'static Layout> {
    let header: Vec<String> = header.iter().map(|h| normalised(h)).collect();
    let has = |name: &str| header.iter().any(|h| *h == normalised(name));
    let mut scored: Vec<(f64, &'static Layout)> = LAYOUTS
        .iter()
        .filter(|l| l.kind == kind && l.required.iter().all(|r| has(r)))
        .map(|l| {
            let mut known: Vec<String> = l.known_columns().map(normalised).collect();
            known.sort();
            known.dedup();
            let found = known.iter().filter(|k| header.contains(k)).count();
            // Share of the layout found, and of the header explained.
            let score = found as f64 / known.len().max(1) as f64
                + found as f64 / header.len().max(1) as f64;
            (score, l)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    match scored.as_slice() {
        [(best, layout), (second, _), ..] if best - second > 1e-9 => Some(layout),
        [(_, layout)] => Some(layout),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{CUSTOMER_FIELDS, PURCHASE_FIELDS};

    #[test]
    fn every_layout_loads_and_names_known_fields() {
        let mut names = std::collections::HashSet::new();
        for l in LAYOUTS.iter() {
            assert!(names.insert(l.name.clone()), "{} twice", l.name);
            let fields = match l.kind {
                FileKind::Purchases => PURCHASE_FIELDS,
                FileKind::Customers => CUSTOMER_FIELDS,
            };
            for f in l.columns.keys() {
                assert!(
                    fields.contains(&f.as_str()),
                    "{}: {f} is not a field",
                    l.name
                );
            }
            assert!(!l.required.is_empty(), "{}", l.name);
        }
    }

    #[test]
    fn each_layout_is_recognised_from_its_own_columns_alone() {
        for l in LAYOUTS.iter() {
            let header: Vec<String> = l.known_columns().map(str::to_string).collect();
            let found = recognise(&header, l.kind).map(|f| f.name.as_str());
            assert_eq!(found, Some(l.name.as_str()));
        }
        let unknown = vec!["Datum".to_string(), "Menge".into(), "Betrag".into()];
        assert!(recognise(&unknown, FileKind::Purchases).is_none());
    }
}
