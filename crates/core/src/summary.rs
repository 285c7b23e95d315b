//! Printed and exported customer summaries: maps what the shop holds about a
//! customer into [`shopkeeper_summary::SummaryDoc`] and renders it as PDF,
//! HTML or Markdown.
//!
//! Two variants: [`Variant::ForShop`] (for the staff: sizes, allergies and
//! dislikes first, recent purchases, how they like to be contacted) and
//! [`Variant::ForCustomer`] (everything the shop holds about them, the consent
//! ledger and why each kind of data is kept: what a data-access request needs).

use chrono::{Datelike, Local, NaiveDate};
use shopkeeper_summary::{
    ContactPart, ContactPermission, CustomerPart, DataPurpose, LedgerRow, PrefGroup, PrefItem,
    PurchaseLine,
};

pub use shopkeeper_summary::{Highlight, SummaryDoc, SummaryError, Variant};

use crate::consent::{Channel, ConsentState, Purpose};
use crate::customer::DayMonth;
use crate::frequency::EffectiveFrequency;
use crate::household::Relation;
use crate::preference::{PreferenceCategory, PreferenceSource};
use crate::purchase::Purchase;
use crate::{CoreError, CustomerId, Result, Shop};

/// How many purchases the shop variant lists.
const SHOP_PURCHASES: usize = 5;
/// How many purchases the customer variant lists (in practice: all of them).
const CUSTOMER_PURCHASES: usize = 10_000;

/// The file format of an exported summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SummaryFormat {
    /// A4 PDF with fonts embedded; several customers, one per page.
    Pdf,
    /// One self-contained HTML page with a print stylesheet.
    Html,
    /// Plain Markdown.
    Markdown,
}

impl SummaryFormat {
    /// The format for a file name's extension (`pdf`, `html`/`htm`, `md`/`markdown`).
    pub fn from_extension(ext: &str) -> Option<SummaryFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "pdf" => Some(SummaryFormat::Pdf),
            "html" | "htm" => Some(SummaryFormat::Html),
            "md" | "markdown" => Some(SummaryFormat::Markdown),
            _ => None,
        }
    }
}

/// Each kind of data the shop keeps and why, for the customer variant.
pub const DATA_PURPOSES: &[(&str, &str)] = &[
    ("Contact details", "To reach you the way you asked."),
    (
        "Preferences",
        "To remember what you like and avoid what you don't.",
    ),
    (
        "Purchases",
        "To know what you bought, for service and follow-ups.",
    ),
    ("Consent choices", "To prove what you allowed and when."),
];

/// The variant the UI names: `customer` is for the customer, anything
/// else for the shop.
pub fn variant_named(name: &str) -> Variant {
    match name {
        "customer" => Variant::ForCustomer,
        _ => Variant::ForShop,
    }
}

impl Shop {
    /// One customer's summary as a plain document, ready to render.
    ///
    /// The customer record has one notes field and no "shareable with staff"
    /// flag, so both variants show the customer's notes.
    pub fn summary_doc(&self, id: CustomerId, variant: Variant) -> Result<SummaryDoc> {
        let profile = self.profile(id)?;
        let c = &profile.customer;
        let today = Local::now().date_naive();

        let mut contact_lines: Vec<String> = c.emails.clone();
        contact_lines.extend(c.phones.iter().map(|p| p.typed.clone()));
        if let Some(a) = c.address.as_ref().filter(|a| !a.trim().is_empty()) {
            contact_lines.push(a.clone());
        }

        let mut household = Vec::new();
        for link in &profile.household {
            let (other, relation, forward) = if link.customer_id == id {
                (link.other_id, link.relation, true)
            } else {
                (link.customer_id, link.relation, false)
            };
            let Ok(other) = self.customer(other) else {
                continue;
            };
            household.push(format!(
                "{} ({})",
                other.display_name,
                relation_words(relation, forward)
            ));
        }

        let important_dates = c
            .important_dates
            .iter()
            .filter_map(|d| {
                let (label, date) = match d.date.year {
                    Some(y) => (d.label.clone(), ymd(y, d.date)?),
                    None => (
                        format!("{} (every year)", d.label),
                        next_date(d.date, today)?,
                    ),
                };
                Some(shopkeeper_summary::ImportantDate { label, date })
            })
            .collect();

        let customer_part = CustomerPart {
            display_name: c.display_name.clone(),
            contact_lines,
            language: c.language.as_deref().map(language_words),
            birthday: c.birthday.map(day_month_words),
            important_dates,
            household,
            tags: c.tags.clone(),
            customer_ref: c.customer_ref.clone().unwrap_or_default(),
        };

        let mut preferences: Vec<PrefGroup> = Vec::new();
        for p in &profile.preferences {
            let label = category_words(p.category);
            let item = PrefItem {
                value: p.value.clone(),
                applies_to: p.applies_to.clone(),
                source: Some(source_words(p.source, variant).into()),
                noted: Some(p.noted_on),
                purpose: Some(p.purpose.clone()).filter(|s| !s.trim().is_empty()),
                highlight: match p.category {
                    PreferenceCategory::Allergy => Highlight::Allergy,
                    PreferenceCategory::Dislike => Highlight::Dislike,
                    _ => Highlight::None,
                },
            };
            match preferences.iter_mut().find(|g| g.label == label) {
                Some(g) => g.items.push(item),
                None => preferences.push(PrefGroup {
                    label: label.into(),
                    items: vec![item],
                }),
            }
        }

        let purchases = match variant {
            Variant::ForShop => profile.recent_purchases.clone(),
            Variant::ForCustomer => self.purchases(id, CUSTOMER_PURCHASES)?,
        };
        let recent_purchases = purchase_lines(&purchases, variant);

        let contact = ContactPart {
            allowed: match variant {
                Variant::ForShop => allowed_per_purpose(&profile.consent),
                Variant::ForCustomer => choices(&profile.consent),
            },
            frequency: Some(frequency_words(&profile.frequency, variant)),
            quiet_until: profile.frequency.rule.quiet_until.filter(|d| *d >= today),
            preferred_channel: profile.frequency.rule.preferred_channel.map(|ch| {
                let mut s = channel_words(ch).to_string();
                if let Some(t) = profile
                    .frequency
                    .rule
                    .preferred_times
                    .as_ref()
                    .filter(|t| !t.is_empty())
                {
                    s.push_str(&format!(", {t}"));
                }
                s
            }),
        };

        let notes = c
            .notes
            .iter()
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .collect();

        let (consent_ledger, data_purposes) = match variant {
            Variant::ForShop => (Vec::new(), Vec::new()),
            Variant::ForCustomer => (
                self.consent_history(id)?
                    .into_iter()
                    .map(|e| LedgerRow {
                        when: e.at.with_timezone(&Local).naive_local(),
                        channel: channel_words(e.channel).into(),
                        purpose: purpose_words(e.purpose).into(),
                        state: state_words(e.state).into(),
                        how: e.method,
                        wording_version: e.wording_version,
                        note: e.note,
                    })
                    .collect(),
                DATA_PURPOSES
                    .iter()
                    .map(|(kind, purpose)| DataPurpose {
                        kind: (*kind).into(),
                        purpose: (*purpose).into(),
                    })
                    .collect(),
            ),
        };

        Ok(SummaryDoc {
            shop_name: self.settings().shop_name.clone(),
            generated: today,
            variant,
            customer: customer_part,
            preferences,
            recent_purchases,
            contact,
            notes,
            consent_ledger,
            data_purposes,
        })
    }

    /// Renders the summaries of `ids` in `format`. Several customers only go
    /// into one PDF (each starts on a new page); HTML and Markdown take one.
    pub fn export_summary(
        &self,
        ids: &[CustomerId],
        variant: Variant,
        format: SummaryFormat,
    ) -> Result<Vec<u8>> {
        if ids.is_empty() {
            return Err(SummaryError::NoCustomers.into());
        }
        if ids.len() > 1 && format != SummaryFormat::Pdf {
            return Err(CoreError::invalid(
                "format",
                msg!("error-format-several-customers-only"),
            ));
        }
        let docs = ids
            .iter()
            .map(|id| self.summary_doc(*id, variant))
            .collect::<Result<Vec<_>>>()?;
        Ok(match format {
            SummaryFormat::Pdf => shopkeeper_summary::to_pdf(&docs)?,
            SummaryFormat::Html => shopkeeper_summary::to_html(&docs[0]).into_bytes(),
            SummaryFormat::Markdown => shopkeeper_summary::to_markdown(&docs[0]).into_bytes(),
        })
    }
}

fn purchase_lines(purchases: &[Purchase], variant: Variant) -> Vec<PurchaseLine> {
    let mut out = Vec::new();
    // A voided purchase stays on record but is no longer a purchase.
    for p in purchases.iter().filter(|p| p.void.is_none()) {
        let date = p.at.with_timezone(&Local).date_naive();
        for l in &p.lines {
            let description = if l.is_return {
                format!("Returned: {}", l.description)
            } else {
                l.description.clone()
            };
            out.push(PurchaseLine {
                date,
                description,
                quantity: l.quantity.to_string(),
                amount: l.total.to_string(),
            });
        }
        if p.lines.is_empty() {
            out.push(PurchaseLine {
                date,
                description: p.note.clone().unwrap_or_else(|| "Purchase".into()),
                quantity: String::new(),
                amount: p.total.to_string(),
            });
        }
    }
    if variant == Variant::ForShop {
        out.truncate(SHOP_PURCHASES * 2);
    }
    out
}

/// For the staff: per purpose, which channels may be used.
fn allowed_per_purpose(consent: &[crate::ConsentStatus]) -> Vec<ContactPermission> {
    Purpose::ALL
        .iter()
        .map(|&purpose| {
            let channels: Vec<&str> = consent
                .iter()
                .filter(|s| s.purpose == purpose && s.permits())
                .map(|s| channel_words(s.channel))
                .collect();
            ContactPermission {
                channel: if channels.is_empty() {
                    "No channel".into()
                } else {
                    channels.join(", ")
                },
                purpose: purpose_words(purpose).into(),
                state: if channels.is_empty() { "No" } else { "Yes" }.into(),
            }
        })
        .collect()
}

/// For the customer: every choice they made, per channel and purpose.
fn choices(consent: &[crate::ConsentStatus]) -> Vec<ContactPermission> {
    consent
        .iter()
        .filter(|s| s.state != ConsentState::NotAsked)
        .map(|s| ContactPermission {
            channel: channel_words(s.channel).into(),
            purpose: purpose_words(s.purpose).into(),
            state: state_words(s.state).into(),
        })
        .collect()
}

fn frequency_words(f: &EffectiveFrequency, variant: Variant) -> String {
    let r = &f.rule;
    let count = match r.max_contacts {
        0 => None,
        1 => Some("one message".to_string()),
        2 => Some("two messages".to_string()),
        3 => Some("three messages".to_string()),
        n => Some(format!("{n} messages")),
    };
    let period = match r.period_days {
        1 => "a day".to_string(),
        7 => "a week".to_string(),
        14 => "every two weeks".to_string(),
        28..=31 => "a month".to_string(),
        60..=62 => "every two months".to_string(),
        89..=92 => "every three months".to_string(),
        180..=183 => "every six months".to_string(),
        365 | 366 => "a year".to_string(),
        n if n % 7 == 0 => format!("every {} weeks", n / 7),
        n => format!("every {n} days"),
    };
    let mut s = match count {
        None => "No messages".to_string(),
        Some(c) => format!("At most {c} {period}"),
    };
    if !r.preferred_days.is_empty() {
        let days: Vec<String> = r.preferred_days.iter().map(|d| format!("{d:?}")).collect();
        s.push_str(&format!(", preferably on {}", days.join(", ")));
    }
    if !r.topics.is_empty() {
        s.push_str(&format!("; about {}", r.topics.join(", ")));
    }
    if f.is_shop_default {
        s.push_str(match variant {
            Variant::ForShop => " (the shop's usual rule)",
            Variant::ForCustomer => " (our usual rule; tell us if you want it different)",
        });
    }
    s
}

pub(crate) fn channel_words(c: Channel) -> &'static str {
    match c {
        Channel::Email => "Email",
        Channel::Sms => "Text message",
        Channel::Phone => "Phone call",
        Channel::Post => "Post",
        Channel::Messaging => "Messaging app",
    }
}

pub(crate) fn purpose_words(p: Purpose) -> &'static str {
    match p {
        Purpose::Service => "About your orders and repairs",
        Purpose::Recommendations => "Personal recommendations",
        Purpose::Promotions => "Promotions and newsletters",
        Purpose::Occasions => "Birthday and occasion greetings",
    }
}

pub(crate) fn state_words(s: ConsentState) -> &'static str {
    match s {
        ConsentState::Granted => "Yes",
        ConsentState::Refused => "No",
        ConsentState::NotAsked => "Not asked",
    }
}

pub(crate) fn category_words(c: PreferenceCategory) -> &'static str {
    match c {
        PreferenceCategory::Size => "Sizes",
        PreferenceCategory::Fit => "Fit",
        PreferenceCategory::Colour => "Colours",
        PreferenceCategory::Brand => "Brands",
        PreferenceCategory::Style => "Style",
        PreferenceCategory::Taste => "Tastes",
        PreferenceCategory::Allergy => "Allergies",
        PreferenceCategory::Dislike => "Dislikes",
        PreferenceCategory::GiftIdea => "Gift ideas",
        PreferenceCategory::Other => "Other",
    }
}

fn source_words(s: PreferenceSource, variant: Variant) -> &'static str {
    match (s, variant) {
        (PreferenceSource::Said, Variant::ForShop) => "Told us",
        (PreferenceSource::Said, Variant::ForCustomer) => "You told us",
        (PreferenceSource::Observed, _) => "Noticed by the shop",
    }
}

fn relation_words(r: Relation, forward: bool) -> &'static str {
    match (r, forward) {
        (Relation::Partner, _) => "partner",
        (Relation::Child, true) => "child",
        (Relation::Child, false) => "parent",
        (Relation::Parent, true) => "parent",
        (Relation::Parent, false) => "child",
        (Relation::BuysFor, true) => "buys for them",
        (Relation::BuysFor, false) => "they buy for",
        (Relation::Other, _) => "related",
    }
}

fn language_words(code: &str) -> String {
    let name = match code.trim().to_ascii_lowercase().as_str() {
        "en" => "English",
        "nb" | "no" | "nn" => "Norwegian",
        "da" => "Danish",
        "sv" => "Swedish",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "nl" => "Dutch",
        "pt" => "Portuguese",
        "pl" => "Polish",
        "fi" => "Finnish",
        "zh" => "Chinese",
        "ja" => "Japanese",
        "ar" => "Arabic",
        _ => return code.to_string(),
    };
    name.to_string()
}

fn ymd(year: i32, d: DayMonth) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, d.month.into(), d.day.into())
}

/// The next time a yearless date comes round (29 February: the next leap year).
fn next_date(d: DayMonth, today: NaiveDate) -> Option<NaiveDate> {
    (today.year()..today.year() + 8)
        .filter_map(|y| ymd(y, d))
        .find(|date| *date >= today)
}

pub(crate) fn day_month_words(d: DayMonth) -> String {
    let date = ymd(d.year.unwrap_or(2000), d);
    match (date, d.year) {
        (Some(date), Some(_)) => date.format("%-d %B %Y").to_string(),
        (Some(date), None) => date.format("%-d %B").to_string(),
        (None, _) => d.to_string(),
    }
}
