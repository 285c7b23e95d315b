//! The one error type of this crate.

use std::path::PathBuf;

/// Why a summary could not be made.
///
/// Messages are plain words for the shop owner and never contain customer data.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SummaryError {
    /// There was no customer to put in the PDF.
    #[error("There is no customer to put in the summary.")]
    NoCustomers,
    /// The main (Latin, Greek, Cyrillic) font is missing.
    #[error(
        "The main font for the summary is not installed (package fonts-noto-core; looked for {0})."
    )]
    MainFontMissing(PathBuf),
    /// A name or note uses Arabic script and the Arabic font is missing.
    #[error("The font for Arabic names is not installed (package fonts-noto-core).")]
    ArabicFontMissing,
    /// A name or note uses Chinese, Japanese or Korean and that font is missing.
    #[error(
        "The font for Chinese, Japanese and Korean names is not installed (package fonts-noto-cjk)."
    )]
    CjkFontMissing,
    /// A font file exists but could not be read or is not a font.
    #[error("The font file {0} could not be read. Reinstall the package it came with.")]
    FontUnreadable(PathBuf),
    /// The PDF library refused the document (a bug in this crate, not in the data).
    #[error("The PDF could not be written ({0}). This is a bug in Shopkeeper; please report it.")]
    Pdf(String),
}
