//! Which column of a file holds which field: the columns of the file's
//! layout (recognised from the header, or chosen), else the header's
//! synonyms, with the owner's fixes (`--map`, or the fixes remembered for
//! this header) on top.

use foldhash::HashMap;

use super::layouts::{self, synonyms, ConsentColumn, FileKind, Layout};
use super::report::{ColumnUse, LayoutHow, LayoutSeen};
use super::ImportOptions;
use crate::{CoreError, Result, Step};

/// The field name that leaves a column out (`--map Notes=ignore`).
pub const IGNORE: &str = "ignore";

/// A marking column: its index and the values that mark a row.
pub(super) type Marker = (usize, &'static [String]);

/// Which column holds each field, and what the layout says about rows.
pub(super) struct Columns {
    fields: HashMap<&'static str, usize>,
    /// Columns joined into the customer's address.
    pub(super) address: Vec<usize>,
    /// The column that marks refunds.
    pub(super) refund: Option<Marker>,
    /// Columns that mark rows that are not sales.
    pub(super) skip: Vec<Marker>,
    /// The column that marks the only rows that are sale lines.
    pub(super) only: Option<Marker>,
    /// Marketing-consent columns.
    pub(super) consent: Vec<(usize, &'static ConsentColumn)>,
    /// Columns written on a receipt's first row only, filled down.
    pub(super) fill_down: Vec<usize>,
    /// The layout, if the file is one.
    pub(super) layout: Option<&'static Layout>,
    /// What the owner is told about it.
    pub(super) seen: LayoutSeen,
}

/// Checks the owner's `map` against `fields`.
fn check_map(map: &[(String, String)], fields: &[&'static str]) -> Result<()> {
    for (_, field) in map {
        let field = field.trim();
        if field != IGNORE && !fields.contains(&field) {
            return Err(CoreError::invalid(
                "map",
                msg!(
                    "error-map-field-use-one",
                    field = field.to_string(),
                    fields = (fields.join(", ")).to_string(),
                    ignore = IGNORE.to_string()
                ),
            ));
        }
    }
    Ok(())
}

impl Columns {
    /// The columns of a file of `kind` with `header`: the layout `opts`
    /// names, else the one the header is, else by synonyms; then the fixes
    /// of `opts.map`, or when there are none, `remembered` (the fixes the
    /// owner confirmed for this header before), on top.
    pub(super) fn new(
        header: &csv::StringRecord,
        kind: FileKind,
        fields: &[&'static str],
        opts: &ImportOptions,
        remembered: Option<Vec<(String, String)>>,
    ) -> Result<Columns> {
        check_map(&opts.map, fields)?;
        let names: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
        let (layout, mut how) = match &opts.layout {
            Some(name) => (Some(chosen(name, kind)?), LayoutHow::Chosen),
            None => match layouts::recognise(&names, kind) {
                Some(l) => (Some(l), LayoutHow::Recognised),
                None => (None, LayoutHow::ColumnNames),
            },
        };
        let map = if !opts.map.is_empty() {
            if layout.is_none() {
                how = LayoutHow::Mapped;
            }
            opts.map.clone()
        } else if let Some(remembered) = remembered {
            if layout.is_none() {
                how = LayoutHow::Remembered;
            }
            remembered
        } else {
            Vec::new()
        };
        check_map(&map, fields)?;
        let index = |name: &str| {
            let name = layouts::normalised(name);
            names.iter().position(|h| layouts::normalised(h) == name)
        };
        let mut by_column: Vec<Option<&'static str>> = vec![None; names.len()];
        if let Some(l) = layout {
            for (field, candidates) in &l.columns {
                let field = fields.iter().find(|f| **f == field).copied();
                if let Some(i) = candidates.all().iter().find_map(|c| index(c)) {
                    by_column[i] = by_column[i].or(field);
                }
            }
        } else {
            for (i, name) in names.iter().enumerate() {
                by_column[i] = synonyms::field_of(name, fields);
            }
        }
        for (column, field) in &map {
            if let Some(i) = index(column) {
                let field = field.trim();
                by_column[i] = fields.iter().find(|f| **f == field).copied();
            }
        }
        let mut map_fields = HashMap::default();
        let mut used = Vec::new();
        for (i, field) in by_column.iter().enumerate() {
            if let Some(f) = field {
                if !map_fields.contains_key(f) {
                    map_fields.insert(*f, i);
                    used.push(ColumnUse {
                        column: names[i].clone(),
                        field: (*f).to_string(),
                    });
                }
            }
        }
        let marker = |f: &'static layouts::Flag| index(&f.column).map(|i| (i, f.values.as_slice()));
        let seen = LayoutSeen {
            name: layout.map_or("mapped", |l| l.name.as_str()).to_string(),
            display_name: layout.map_or_else(String::new, |l| l.display_name.clone()),
            how,
            columns: used,
        };
        Ok(Columns {
            fields: map_fields,
            address: layout
                .map(|l| l.address.iter().filter_map(|a| index(a)).collect())
                .unwrap_or_default(),
            refund: layout.and_then(|l| l.refund.as_ref()).and_then(marker),
            skip: layout
                .map(|l| l.skip.iter().filter_map(marker).collect())
                .unwrap_or_default(),
            only: layout.and_then(|l| l.only.as_ref()).and_then(marker),
            consent: layout
                .map(|l| {
                    l.consent
                        .iter()
                        .filter_map(|c| index(&c.column).map(|i| (i, c)))
                        .collect()
                })
                .unwrap_or_default(),
            fill_down: layout
                .map(|l| l.first_row_only.iter().filter_map(|c| index(c)).collect())
                .unwrap_or_default(),
            layout,
            seen,
        })
    }

    /// Whether the file has a column for `field`.
    pub(super) fn has(&self, field: &str) -> bool {
        self.fields.contains_key(field)
    }

    /// The column of `field`, if the file has one.
    pub(super) fn index(&self, field: &str) -> Option<usize> {
        self.fields.get(field).copied()
    }

    /// Refuses a file without a column for `field`.
    pub(super) fn require(&self, field: &str) -> Result<()> {
        if self.has(field) {
            Ok(())
        } else {
            Err(CoreError::needs(
                Step::MapColumn {
                    field: field.to_string(),
                },
                msg!("error-no-column", field = field.to_string()),
            ))
        }
    }

    /// The value of `field` in `row`, trimmed, if not blank.
    pub(super) fn get<'r>(&self, row: &'r csv::StringRecord, field: &str) -> Option<&'r str> {
        self.fields.get(field).and_then(|&i| cell(row, i))
    }
}

/// Cell `i` of `row`, trimmed, if not blank.
pub(super) fn cell(row: &csv::StringRecord, i: usize) -> Option<&str> {
    row.get(i).map(str::trim).filter(|v| !v.is_empty())
}

/// Whether `row` is marked by `marker`.
pub(super) fn marked(row: &csv::StringRecord, (i, values): Marker) -> bool {
    cell(row, i).is_some_and(|v| values.iter().any(|m| m.eq_ignore_ascii_case(v)))
}

/// The layout the owner chose, if it is one of `kind`.
fn chosen(name: &str, kind: FileKind) -> Result<&'static Layout> {
    layouts::by_name(name)
        .filter(|l| l.kind == kind)
        .ok_or_else(|| {
            CoreError::invalid(
                "layout",
                msg!(
                    "error-layout-known-layout-use",
                    name = (name.trim()).to_string(),
                    layouts = (layouts::names(kind).join(", ")).to_string()
                ),
            )
        })
}
