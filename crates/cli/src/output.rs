//! Printing listings as a table, CSV or JSON. Cells are made harmless for
//! where they go (`safe_text`): no formulas for spreadsheets in CSV, no
//! control characters for the terminal in tables; JSON escapes them itself.

use std::io::Write;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::args::Format;
use crate::safe_text::{csv_cell, terminal_text};

/// Something that can be listed: its column names and its cells as text.
pub trait Listing: Serialize {
    /// Column headers, in order.
    const COLUMNS: &'static [&'static str];
    /// This row's cells, in the order of [`Listing::COLUMNS`].
    fn cells(&self) -> Vec<String>;
}

/// A value shown in one table or CSV cell.
pub trait Cell {
    /// The cell's text.
    fn cell(&self) -> String;
}

impl Cell for String {
    fn cell(&self) -> String {
        self.clone()
    }
}

impl<T: Cell> Cell for Option<T> {
    fn cell(&self) -> String {
        self.as_ref().map(Cell::cell).unwrap_or_default()
    }
}

macro_rules! display_cell {
    ($($t:ty),+) => {
        $(impl Cell for $t {
            fn cell(&self) -> String {
                self.to_string()
            }
        })+
    };
}
display_cell!(i64, u64, u32, bool);

/// Declares a row type printed by [`print`]: columns are the field names.
macro_rules! listing {
    ($(#[$m:meta])* $name:ident { $($field:ident : $ty:ty),+ $(,)? }) => {
        $(#[$m])*
        #[derive(serde::Serialize)]
        pub struct $name {
            $(pub $field: $ty),+
        }

        impl $crate::output::Listing for $name {
            const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),+];

            fn cells(&self) -> Vec<String> {
                vec![$($crate::output::Cell::cell(&self.$field)),+]
            }
        }
    };
}
pub(crate) use listing;

/// Prints `rows` to standard output in `format`.
pub fn show<T: Listing>(rows: &[T], format: Format) -> anyhow::Result<()> {
    print(&mut std::io::stdout().lock(), rows, format)
}

/// Prints `rows` to `out` in `format`.
pub fn print<T: Listing>(out: &mut impl Write, rows: &[T], format: Format) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(T::COLUMNS)?;
            for row in rows {
                w.write_record(row.cells().into_iter().map(csv_cell))?;
            }
            w.flush()?;
        }
        Format::Table => print_table(out, T::COLUMNS, rows.iter().map(Listing::cells))?,
    }
    Ok(())
}

/// Columns padded to their width on screen (a Chinese character takes two
/// columns, a combining accent none), two spaces apart.
fn print_table(
    out: &mut impl Write,
    columns: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> std::io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .map(|r| r.iter().map(|c| terminal_text(c)).collect())
        .collect();
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].width())
            .chain([columns[i].width()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..columns.len()).map(width).collect();
    let line = |cells: &[String]| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.width())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let header: Vec<String> = columns.iter().map(|c| c.to_uppercase()).collect();
    writeln!(out, "{}", line(&header))?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}
