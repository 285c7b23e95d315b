//! Printed and exported customer summaries: maps what the shop holds about a
//! customer into [`shopkeeper_summary::SummaryDoc`] and renders it as PDF,
//! HTML or Markdown.
//!
//! Two variants: [`Variant::ForShop`] (for the staff: sizes, allergies and
//! dislikes first, recent purchases, how they like to be contacted) and
//! [`Variant::ForCustomer`] (everything the shop holds about them, the consent
//! ledger and why each kind of data is kept: what a data-access request needs).
//!
//! `day_sheet.rs`: today's follow-ups on paper for the counter ([`Shop::day_sheet`]).

use chrono::{Datelike, Local, NaiveDate};
use shopkeeper_summary::{
    ContactPart, ContactPermission, CustomerPart, DataPurpose, LedgerRow, Locale, PrefGroup,
    PrefItem, PurchaseLine,
};

pub use shopkeeper_summary::{Highlight, SummaryDoc, SummaryError, Variant};

use crate::consent::{ConsentState, Purpose};
use crate::customer::DayMonth;
use crate::money::Money;
use crate::preference::PreferenceCategory;
use crate::purchase::Purchase;
use crate::{CoreError, CustomerId, Result, Shop};

mod day_sheet;
mod save;
pub(crate) mod words;

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

/// Each kind of data the shop keeps and why, as the customer's summary says
/// it in `language` (`en`: "Purchases", "To know what you bought, …").
pub fn data_purposes(language: &str) -> Vec<(String, String)> {
    let l = Locale::new(language);
    words::data_purposes()
        .iter()
        .map(|(kind, why)| (l.say(kind), l.say(why)))
        .collect()
}

/// The variant the UI names: `customer` is for the customer, anything
/// else for the shop.
pub fn variant_named(name: &str) -> Variant {
    match name {
        "customer" => Variant::ForCustomer,
        _ => Variant::ForShop,
    }
}

impl Shop {
    /// The language tag a document for `customer` is written in: theirs
    /// when Shopkeeper speaks it, else the shop's language for customers
    /// (settings), else English; with the shop's country (its phone region)
    /// when the tag names none, so amounts are written as that country
    /// writes them (`de` in a Swiss shop: `de-CH`, `CHF 1'234.50`).
    pub fn document_language(&self, customer: Option<CustomerId>) -> Result<String> {
        let theirs = customer
            .map(|id| self.customer(id))
            .transpose()?
            .and_then(|c| c.language);
        let settings = self.settings();
        Ok(shopkeeper_summary::document_language(
            theirs.as_deref(),
            &settings.language,
            settings.phone_region.as_deref(),
        ))
    }

    /// One customer's summary as a plain document, ready to render, in
    /// their language ([`Shop::document_language`]).
    ///
    /// The customer record has one notes field and no "shareable with staff"
    /// flag, so both variants show the customer's notes.
    pub fn summary_doc(&self, id: CustomerId, variant: Variant) -> Result<SummaryDoc> {
        let language = self.document_language(Some(id))?;
        self.summary_doc_in(id, variant, &language)
    }

    /// Like [`Shop::summary_doc`], in the language the caller chooses (a
    /// tag such as `de-CH`; one Shopkeeper does not speak is English).
    pub fn summary_doc_in(
        &self,
        id: CustomerId,
        variant: Variant,
        language: &str,
    ) -> Result<SummaryDoc> {
        let l = Locale::new(language);
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
            household.push(l.say(&msg!(
                "summary-household-member",
                name = other.display_name,
                relation = words::relation(relation, forward)
            )));
        }

        let important_dates = c
            .important_dates
            .iter()
            .filter_map(|d| {
                let (label, date) = match d.date.year {
                    Some(y) => (d.label.clone(), ymd(y, d.date)?),
                    None => (
                        l.say(&msg!("summary-every-year", label = &d.label)),
                        next_date(d.date, today)?,
                    ),
                };
                Some(shopkeeper_summary::ImportantDate { label, date })
            })
            .collect();

        let customer_part = CustomerPart {
            display_name: c.display_name.clone(),
            contact_lines,
            language: c
                .language
                .as_deref()
                .map(|code| l.say(&words::language(code))),
            birthday: c.birthday.map(|d| day_month_words(&l, d)),
            important_dates,
            household,
            tags: c.tags.clone(),
            customer_ref: c.customer_ref.clone().unwrap_or_default(),
        };

        let mut preferences: Vec<PrefGroup> = Vec::new();
        for p in &profile.preferences {
            let label = l.say(&words::category(p.category));
            let item = PrefItem {
                value: p.value.clone(),
                applies_to: p.applies_to.clone(),
                source: Some(l.say(&words::source(p.source, variant))),
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
                    label,
                    items: vec![item],
                }),
            }
        }

        let purchases = match variant {
            Variant::ForShop => profile.recent_purchases.clone(),
            Variant::ForCustomer => self.purchases(id, CUSTOMER_PURCHASES)?,
        };
        let recent_purchases = purchase_lines(&purchases, variant, &l);

        let contact = ContactPart {
            allowed: match variant {
                Variant::ForShop => allowed_per_purpose(&profile.consent, &l),
                Variant::ForCustomer => choices(&profile.consent, &l),
            },
            frequency: Some(words::frequency(&profile.frequency, variant, &l)),
            quiet_until: profile.frequency.rule.quiet_until.filter(|d| *d >= today),
            preferred_channel: profile.frequency.rule.preferred_channel.map(|ch| {
                let channel = l.say(&words::channel(ch));
                match profile
                    .frequency
                    .rule
                    .preferred_times
                    .as_ref()
                    .filter(|t| !t.is_empty())
                {
                    Some(times) => l.say(&msg!(
                        "summary-channel-times",
                        channel = channel,
                        times = times
                    )),
                    None => channel,
                }
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
                    .map(|e| {
                        let how = words::method(&l, &e.method);
                        // Who took it, when a person on the staff did.
                        let how = match self.author_name(e.staff_id.as_deref())? {
                            Some(name) => l.say(&msg!("summary-taken-by", how = how, name = name)),
                            None => how,
                        };
                        Ok(LedgerRow {
                            when: e.at.with_timezone(&Local).naive_local(),
                            channel: l.say(&words::channel(e.channel)),
                            purpose: l.say(&words::purpose(e.purpose)),
                            state: l.say(&words::state(e.state)),
                            how,
                            wording_version: e.wording_version,
                            note: e.note,
                        })
                    })
                    .collect::<Result<_>>()?,
                data_purposes(language)
                    .into_iter()
                    .map(|(kind, purpose)| DataPurpose { kind, purpose })
                    .collect(),
            ),
        };

        Ok(SummaryDoc {
            language: l.tag().to_string(),
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

    /// Renders the summaries of `ids` in `format`, each in its customer's
    /// language. Several customers only go into one PDF (each starts on a
    /// new page); HTML and Markdown take one.
    pub fn export_summary(
        &self,
        ids: &[CustomerId],
        variant: Variant,
        format: SummaryFormat,
    ) -> Result<Vec<u8>> {
        if ids.is_empty() {
            return Err(SummaryError::NoCustomers.into());
        }
        if ids.len() > 1 {
            self.require(crate::staff::Permission::ExportMany)?;
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

/// An amount as the document's locale writes it.
fn money_words(l: &Locale, m: Money) -> String {
    l.money(m.minor, m.currency.code(), m.currency.exponent())
}

fn purchase_lines(purchases: &[Purchase], variant: Variant, l: &Locale) -> Vec<PurchaseLine> {
    let mut out = Vec::new();
    // A voided purchase stays on record but is no longer a purchase.
    for p in purchases.iter().filter(|p| p.void.is_none()) {
        let date = p.at.with_timezone(&Local).date_naive();
        for line in &p.lines {
            let description = if line.is_return {
                l.say(&msg!("summary-returned", what = &line.description))
            } else {
                line.description.clone()
            };
            out.push(PurchaseLine {
                date,
                description,
                quantity: l.number(&line.quantity.to_string()),
                amount: money_words(l, line.total),
            });
        }
        if p.lines.is_empty() {
            out.push(PurchaseLine {
                date,
                description: p
                    .note
                    .clone()
                    .unwrap_or_else(|| l.say(&msg!("summary-purchase"))),
                quantity: String::new(),
                amount: money_words(l, p.total),
            });
        }
    }
    if variant == Variant::ForShop {
        out.truncate(SHOP_PURCHASES * 2);
    }
    out
}

/// For the staff: per purpose, which channels may be used.
fn allowed_per_purpose(consent: &[crate::ConsentStatus], l: &Locale) -> Vec<ContactPermission> {
    Purpose::ALL
        .iter()
        .map(|&purpose| {
            let channels: Vec<String> = consent
                .iter()
                .filter(|s| s.purpose == purpose && s.permits())
                .map(|s| l.say(&words::channel(s.channel)))
                .collect();
            let (channel, state) = if channels.is_empty() {
                (l.say(&msg!("summary-no-channel")), ConsentState::Refused)
            } else {
                (channels.join(", "), ConsentState::Granted)
            };
            ContactPermission {
                channel,
                purpose: l.say(&words::purpose(purpose)),
                state: l.say(&words::state(state)),
            }
        })
        .collect()
}

/// For the customer: every choice they made, per channel and purpose.
fn choices(consent: &[crate::ConsentStatus], l: &Locale) -> Vec<ContactPermission> {
    consent
        .iter()
        .filter(|s| s.state != ConsentState::NotAsked)
        .map(|s| ContactPermission {
            channel: l.say(&words::channel(s.channel)),
            purpose: l.say(&words::purpose(s.purpose)),
            state: l.say(&words::state(s.state)),
        })
        .collect()
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

/// A day and month, with its year when known: "23 April", "3. März 2026".
pub(crate) fn day_month_words(l: &Locale, d: DayMonth) -> String {
    let written = match d.year {
        Some(y) => ymd(y, d).map(|date| l.long_date(date)),
        None => l.day_month(d.day.into(), d.month.into()),
    };
    written.unwrap_or_else(|| d.to_string())
}
