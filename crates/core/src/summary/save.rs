//! Summaries and the day sheet saved to a file the owner chose, in the
//! format its extension names. The files are not encrypted.

use std::path::Path;

use chrono::NaiveDate;

use super::{SummaryFormat, Variant};
use crate::book::write_private_file;
use crate::{CoreError, CustomerId, Result, Shop};

/// The most follow-ups a day sheet saved from the app holds (one or two pages).
const DAY_SHEET_LINES: usize = 40;

/// The document format `path`'s extension names.
fn format_of(path: &Path) -> Result<SummaryFormat> {
    path.extension()
        .and_then(|e| SummaryFormat::from_extension(&e.to_string_lossy()))
        .ok_or_else(|| CoreError::invalid("path", msg!("error-path-give-file-name")))
}

impl Shop {
    /// Writes the summaries of `ids` to `path`, as PDF, HTML or Markdown by
    /// its extension (several customers only as PDF, one per page).
    pub fn save_summaries(&self, ids: &[CustomerId], variant: Variant, path: &Path) -> Result<()> {
        let bytes = self.export_summary(ids, variant, format_of(path)?)?;
        write_private_file(path, &bytes)
    }

    /// Writes the day sheet of `day` ([`Shop::day_sheet`], in `language`)
    /// to `path`, as PDF, HTML or Markdown by its extension.
    pub fn save_day_sheet(&self, day: NaiveDate, language: &str, path: &Path) -> Result<()> {
        let bytes = self.export_day_sheet(day, language, DAY_SHEET_LINES, format_of(path)?)?;
        write_private_file(path, &bytes)
    }
}
