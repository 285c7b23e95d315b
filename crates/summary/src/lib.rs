//! Printed and exported customer summaries for Shopkeeper.
//!
//! This crate knows nothing about the database: the caller fills a
//! [`SummaryDoc`] and picks a format.
//!
//! - [`to_pdf`]: A4 pages, fonts embedded (a subset of Noto), any number of
//!   customers in one file, each starting on a new page.
//! - [`to_html`]: one self-contained page with a print stylesheet, for the
//!   app's print dialog.
//! - [`to_markdown`]: plain text with light formatting.
//! - [`form_to_pdf`]: a one-page preference and consent form to fill in by
//!   hand, blank or pre-filled ([`FormDoc`]).
//! - [`day_sheet_to_pdf`] (and HTML, Markdown): today's follow-ups on one
//!   page for the counter, to tick off with a pen ([`DaySheet`]).
//!
//! A document is written in one language ([`SummaryDoc::language`],
//! [`FormDoc::language`]; [`document_language`] picks the customer's, else the
//! shop's, else English): its words come from the catalogue
//! (`crates/l10n/locales/*/summary.ftl`), its dates, numbers and amounts are
//! written that language's and region's way ([`Locale`]).
//!
//! Two variants: [`Variant::ForShop`] puts allergies, dislikes, sizes and
//! recent purchases first for the staff; [`Variant::ForCustomer`] shows
//! everything the shop keeps, in plain words, with the history of consent
//! choices and why each kind of data is kept (what a data-access request needs).
//!
//! ```
//! use chrono::NaiveDate;
//! use shopkeeper_summary::*;
//!
//! let doc = SummaryDoc {
//!     language: "en".into(),
//!     shop_name: "Marta's Cheese & Wine".into(),
//!     generated: NaiveDate::from_ymd_opt(2026, 3, 12).unwrap(),
//!     variant: Variant::ForShop,
//!     customer: CustomerPart {
//!         display_name: "Zoë Ødegård".into(),
//!         ..Default::default()
//!     },
//!     preferences: vec![PrefGroup {
//!         label: "Cheese".into(),
//!         items: vec![PrefItem {
//!             value: "Goat cheese".into(),
//!             highlight: Highlight::Dislike,
//!             ..Default::default()
//!         }],
//!     }],
//!     recent_purchases: vec![],
//!     contact: ContactPart::default(),
//!     notes: vec![],
//!     consent_ledger: vec![],
//!     data_purposes: vec![],
//! };
//! let html = to_html(&doc);
//! assert!(html.contains("Does not like"));
//! let md = to_markdown(&doc);
//! assert!(md.starts_with("# Zoë Ødegård"));
//! // PDF needs fonts (Debian: fonts-noto-core, fonts-noto-cjk; Fedora:
//! // google-noto-sans-fonts, google-noto-sans-cjk-fonts…).
//! if let Ok(pdf) = to_pdf(&[doc]) {
//!     assert!(pdf.starts_with(b"%PDF"));
//! }
//! ```
//!
//! # Fonts
//! The PDF is set in Noto Sans and Noto Serif, with Noto Sans Arabic and Noto
//! Sans CJK as fallbacks, chosen per character, found through the system's
//! font configuration (or [`FONT_DIRS_ENV`]); see [`FontSet`]. Arabic is
//! shaped and ordered right to left (UAX #9); names and values stay at the
//! left edge of the page, a note written right to left is set flush right.
//! Hebrew, Devanagari, Thai and other scripts use their Noto fonts when
//! installed. Characters no installed font has (emoji, rarer scripts) show as
//! an empty box but stay in the PDF's text, so search and copy still work. Text
//! extraction of Arabic ligatures (lam-alef) may show the two letters swapped
//! in some readers; what is printed is right.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod day_sheet;
mod error;
mod fonts;
mod form;
mod html;
mod locale;
mod markdown;
mod model;
mod outline;
mod pdf;

pub use day_sheet::{DaySheet, SheetLine};
pub use error::SummaryError;
pub use fonts::{FontSet, DEBIAN_NOTO_CJK_DIR, DEBIAN_NOTO_DIR, FONT_DIRS_ENV};
pub use form::{FormDoc, FormQuestion};
pub use html::{day_sheet_to_html, to_html};
pub use locale::{document_language, Locale};
pub use markdown::{day_sheet_to_markdown, to_markdown};
pub use model::{
    ContactPart, ContactPermission, CustomerPart, DataPurpose, Highlight, ImportantDate, LedgerRow,
    PrefGroup, PrefItem, PurchaseLine, SummaryDoc, Variant,
};
pub use pdf::{
    day_sheet_to_pdf, day_sheet_to_pdf_with_fonts, form_to_pdf, form_to_pdf_with_fonts, to_pdf,
    to_pdf_with_fonts,
};
