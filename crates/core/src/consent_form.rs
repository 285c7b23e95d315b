//! The printable preference and consent form, for shops that prefer paper:
//! blank, or pre-filled with what the shop knows about one customer. What
//! the customer ticks is copied back with [`Shop::record_signed_form`].

use std::path::Path;

use chrono::Local;
use shopkeeper_summary::{FormDoc, FormQuestion};

use crate::book::write_private_file;
use crate::consent::{Channel, ConsentState, Purpose};
use crate::customer_view::{consent_question, CONSENT_FORM_VERSION};
use crate::preference::PreferenceCategory;
use crate::summary::{channel_words, day_month_words};
use crate::{CustomerId, Result, Shop};

/// The lines for preferences, and the kinds each one gathers.
const REMEMBER: &[(&str, &[PreferenceCategory])] = &[
    (
        "Sizes and fit",
        &[PreferenceCategory::Size, PreferenceCategory::Fit],
    ),
    (
        "What you like",
        &[
            PreferenceCategory::Taste,
            PreferenceCategory::Brand,
            PreferenceCategory::Colour,
            PreferenceCategory::Style,
            PreferenceCategory::GiftIdea,
            PreferenceCategory::Other,
        ],
    ),
    ("What you don't like", &[PreferenceCategory::Dislike]),
    ("Allergies", &[PreferenceCategory::Allergy]),
];

impl Shop {
    /// The form as a document: blank when `customer` is `None`, else
    /// pre-filled with their details, preferences and current choices.
    pub fn consent_form(&self, customer: Option<CustomerId>) -> Result<FormDoc> {
        let profile = customer.map(|id| self.profile(id)).transpose()?;
        let about_labels = ["Name", "Email", "Phone", "Address", "Birthday"];
        let about_values: [String; 5] = match &profile {
            Some(p) => {
                let c = &p.customer;
                [
                    c.display_name.clone(),
                    c.emails.join(", "),
                    c.phones
                        .iter()
                        .map(|p| p.typed.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    c.address.clone().unwrap_or_default().replace('\n', ", "),
                    c.birthday.map(day_month_words).unwrap_or_default(),
                ]
            }
            None => Default::default(),
        };
        let remember = REMEMBER
            .iter()
            .map(|(label, kinds)| {
                let known: Vec<&str> = profile
                    .iter()
                    .flat_map(|p| &p.preferences)
                    .filter(|p| kinds.contains(&p.category))
                    .map(|p| p.value.as_str())
                    .collect();
                (label.to_string(), known.join(", "))
            })
            .collect();
        let questions = Purpose::ALL
            .iter()
            .map(|&purpose| FormQuestion {
                text: consent_question(purpose).into(),
                answers: Channel::ALL
                    .iter()
                    .map(|&channel| {
                        let state = profile
                            .iter()
                            .flat_map(|p| &p.consent)
                            .find(|s| s.channel == channel && s.purpose == purpose);
                        match state.map(|s| s.state) {
                            Some(ConsentState::Granted) => Some(true),
                            Some(ConsentState::Refused) => Some(false),
                            _ => None,
                        }
                    })
                    .collect(),
            })
            .collect();
        let quiet = profile
            .as_ref()
            .and_then(|p| p.frequency.rule.quiet_until)
            .map(|d| d.format("%-d %B %Y").to_string())
            .unwrap_or_default();
        Ok(FormDoc {
            shop_name: self.settings().shop_name.clone(),
            generated: Local::now().date_naive(),
            version: CONSENT_FORM_VERSION.into(),
            customer_name: profile.as_ref().map(|p| p.customer.display_name.clone()),
            about: about_labels
                .iter()
                .map(|l| l.to_string())
                .zip(about_values)
                .collect(),
            remember,
            channels: Channel::ALL
                .iter()
                .map(|&c| channel_words(c).to_string())
                .collect(),
            questions,
            frequency: vec![
                ("How often at most".into(), String::new()),
                ("No messages until".into(), quiet),
            ],
        })
    }

    /// The form as a one-page PDF.
    pub fn consent_form_pdf(&self, customer: Option<CustomerId>) -> Result<Vec<u8>> {
        Ok(shopkeeper_summary::form_to_pdf(
            &self.consent_form(customer)?,
        )?)
    }

    /// Writes the form as a PDF to `path` (not encrypted: it holds what
    /// the shop knows about the customer when pre-filled).
    pub fn save_consent_form(&self, customer: Option<CustomerId>, path: &Path) -> Result<()> {
        write_private_file(path, &self.consent_form_pdf(customer)?)
    }
}
