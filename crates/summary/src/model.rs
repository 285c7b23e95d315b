//! The document model: plain data, filled by the caller, rendered by this crate.
//!
//! Nothing here knows about the database. Every text is shown as given (after
//! escaping for HTML and Markdown), so the caller decides the wording of
//! channels, states, sources and amounts ([`crate::Locale`] writes amounts
//! and numbers the document's way). Dates are written by this crate in the
//! document's language. Empty lists and `None` fields leave their line or
//! section out.

use chrono::{NaiveDate, NaiveDateTime};

/// One customer's summary, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryDoc {
    /// The document's language tag (`de`, `fr-CH`, `en`): its words come
    /// from the catalogue in that language, its dates and amounts are
    /// written the way it writes them. Empty or unknown: English.
    pub language: String,
    /// The shop's name, shown in the header of every page.
    pub shop_name: String,
    /// The day the summary was made, shown in the header.
    pub generated: NaiveDate,
    /// Who the summary is for: the shop's staff or the customer.
    pub variant: Variant,
    /// Who the customer is.
    pub customer: CustomerPart,
    /// Preferences, grouped by category (sizes, likes, dislikes…).
    pub preferences: Vec<PrefGroup>,
    /// The latest purchases, newest first, as the caller chose them.
    pub recent_purchases: Vec<PurchaseLine>,
    /// How and how often the customer may be contacted.
    pub contact: ContactPart,
    /// Notes. For [`Variant::ForShop`] pass only the notes marked shareable
    /// with staff; for [`Variant::ForCustomer`] pass every note about them.
    pub notes: Vec<String>,
    /// Every recorded consent choice, oldest first (shown for
    /// [`Variant::ForCustomer`] only).
    pub consent_ledger: Vec<LedgerRow>,
    /// Each kind of data the shop keeps and why (shown for
    /// [`Variant::ForCustomer`] only): "why we keep this".
    pub data_purposes: Vec<DataPurpose>,
}

/// Who a summary is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variant {
    /// For the staff, e.g. before a fitting: sizes, dislikes and allergies
    /// first, recent purchases, shareable notes.
    ForShop,
    /// For the customer, e.g. answering "what do you keep about me?":
    /// everything, in plain words, with the consent history and the purpose
    /// of each kind of data.
    ForCustomer,
}

/// Who the customer is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerPart {
    /// The name as the shop writes it, e.g. "Zoë Ødegård" or "李小龙".
    pub display_name: String,
    /// Ways to reach them, one per line, e.g. "anna@example.org", "+44 20 7946 0000".
    pub contact_lines: Vec<String>,
    /// The language they prefer, e.g. "English".
    pub language: Option<String>,
    /// Birthday, already formatted (it may have no year), e.g. "14 May".
    pub birthday: Option<String>,
    /// Other dates worth remembering, e.g. "Daughter's wedding".
    pub important_dates: Vec<ImportantDate>,
    /// People in the same household, e.g. "Tom (husband)".
    pub household: Vec<String>,
    /// The shop's tags, e.g. "regular".
    pub tags: Vec<String>,
    /// The shop's reference for the customer, e.g. "C-0042".
    pub customer_ref: String,
}

/// A labelled date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportantDate {
    /// What the date is, e.g. "Daughter's wedding".
    pub label: String,
    /// The date.
    pub date: NaiveDate,
}

/// Preferences of one category.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrefGroup {
    /// The category, e.g. "Sizes", "Coffee", "Cheese".
    pub label: String,
    /// The preferences in this category.
    pub items: Vec<PrefItem>,
}

/// One preference.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrefItem {
    /// What it is, e.g. "Jacket 40R" or "Goat cheese".
    pub value: String,
    /// Whom it applies to when not the customer, e.g. "Daughter (Mia)".
    pub applies_to: Option<String>,
    /// Where it came from, e.g. "Told us in person".
    pub source: Option<String>,
    /// When it was noted.
    pub noted: Option<NaiveDate>,
    /// Why the shop keeps it, e.g. "To suggest coffee you will like".
    pub purpose: Option<String>,
    /// Whether it is a dislike or an allergy, shown with a coloured label.
    pub highlight: Highlight,
}

/// How prominently a preference is marked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Highlight {
    /// An ordinary preference.
    #[default]
    None,
    /// Something the customer does not like: labelled "Does not like".
    Dislike,
    /// An allergy or intolerance: labelled "Allergy", the strongest mark.
    Allergy,
}

/// One purchase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseLine {
    /// The day of the purchase.
    pub date: NaiveDate,
    /// What was bought.
    pub description: String,
    /// How many or how much, already written the document's way, e.g. "2",
    /// "0,125" or "250 g" ([`crate::Locale::number`]).
    pub quantity: String,
    /// The amount, already written with its currency the document's way,
    /// e.g. "€12.50" or "12,50 €" ([`crate::Locale::money`]).
    pub amount: String,
}

/// How the customer may be contacted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactPart {
    /// One row per channel and purpose, e.g. ("Email", "Arrivals", "Yes").
    pub allowed: Vec<ContactPermission>,
    /// How often, in words, e.g. "At most one message a month".
    pub frequency: Option<String>,
    /// No messages before this day.
    pub quiet_until: Option<NaiveDate>,
    /// The channel they prefer, e.g. "Text message".
    pub preferred_channel: Option<String>,
}

/// Whether one channel may be used for one purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactPermission {
    /// The channel, e.g. "Email".
    pub channel: String,
    /// The purpose, e.g. "When something you like arrives".
    pub purpose: String,
    /// The current choice in words, e.g. "Yes", "No", "Not asked".
    pub state: String,
}

/// One recorded consent choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRow {
    /// When it was recorded.
    pub when: NaiveDateTime,
    /// The channel, e.g. "Email".
    pub channel: String,
    /// The purpose, e.g. "Seasonal note".
    pub purpose: String,
    /// The choice, e.g. "Yes" or "No".
    pub state: String,
    /// How it was given, e.g. "In the shop, on the counter screen".
    pub how: String,
    /// Which wording was shown, e.g. "v2".
    pub wording_version: Option<String>,
    /// Anything else recorded with it.
    pub note: Option<String>,
}

/// One kind of data and why the shop keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataPurpose {
    /// The kind of data, e.g. "Purchases".
    pub kind: String,
    /// Why, in plain words, e.g. "So we can suggest what you might like".
    pub purpose: String,
}
