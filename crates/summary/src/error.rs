//! The one error type of this crate.

use std::path::PathBuf;

/// Why a summary could not be made.
///
/// Messages are plain words for the shop owner and never contain customer data.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SummaryError {
    /// There was no customer to put in the PDF.
    #[error("{}", self.message())]
    NoCustomers,
    /// No font for Latin, Greek and Cyrillic text was found.
    #[error("{}", self.message())]
    MainFontMissing,
    /// A name or note uses Arabic script and no font for it was found.
    #[error("{}", self.message())]
    ArabicFontMissing,
    /// A name or note uses Chinese, Japanese or Korean and no font for it was found.
    #[error("{}", self.message())]
    CjkFontMissing,
    /// A font file exists but could not be read or is not a font.
    #[error("{}", self.message())]
    FontUnreadable(PathBuf),
    /// The PDF library refused the document (a bug in this crate, not in the data).
    #[error("{}", self.message())]
    Pdf(String),
}

impl SummaryError {
    /// What went wrong, as a catalogue message (its `Display` is the
    /// English words; the edges say it in the owner's language).
    pub fn message(&self) -> shopkeeper_l10n::Message {
        use shopkeeper_l10n::msg;
        match self {
            SummaryError::NoCustomers => msg!("error-summary-no-customers"),
            SummaryError::MainFontMissing => msg!("error-summary-main-font-missing"),
            SummaryError::ArabicFontMissing => msg!("error-summary-arabic-font-missing"),
            SummaryError::CjkFontMissing => msg!("error-summary-cjk-font-missing"),
            SummaryError::FontUnreadable(e) => msg!(
                "error-summary-font-unreadable",
                path = e.display().to_string()
            ),
            SummaryError::Pdf(e) => msg!("error-summary-pdf", reason = e.to_string()),
        }
    }
}
