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
    /// No font for Latin, Greek and Cyrillic text was found.
    #[error(
        "The main font for the summary is not installed (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-fonts)."
    )]
    MainFontMissing,
    /// A name or note uses Arabic script and no font for it was found.
    #[error(
        "The font for Arabic names is not installed (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-arabic-fonts)."
    )]
    ArabicFontMissing,
    /// A name or note uses Chinese, Japanese or Korean and no font for it was found.
    #[error(
        "The font for Chinese, Japanese and Korean names is not installed (Debian, Ubuntu: fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts)."
    )]
    CjkFontMissing,
    /// A font file exists but could not be read or is not a font.
    #[error("The font file {0} could not be read. Reinstall the package it came with.")]
    FontUnreadable(PathBuf),
    /// The PDF library refused the document (a bug in this crate, not in the data).
    #[error("The PDF could not be written ({0}). This is a bug in Shopkeeper; please report it.")]
    Pdf(String),
}
