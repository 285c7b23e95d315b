//! The printable preference and consent form, for shops that prefer paper:
//! blank, or pre-filled with what the shop knows about one customer. What
//! the customer ticks is copied back with [`Shop::record_signed_form`].

use std::path::Path;

use chrono::Local;
use shopkeeper_l10n::Message;
use shopkeeper_summary::{FormDoc, FormQuestion, Locale};

use crate::book::write_private_file;
use crate::consent::{Channel, ConsentState, Purpose};
use crate::customer_view::CONSENT_FORM_VERSION;
use crate::preference::PreferenceCategory;
use crate::summary::{day_month_words, words};
use crate::{CustomerId, Result, Shop};

/// The lines for preferences (their labels' message ids), and the kinds
/// each one gathers.
const REMEMBER: &[(&str, &[PreferenceCategory])] = &[
    (
        "form-remember.sizes",
        &[PreferenceCategory::Size, PreferenceCategory::Fit],
    ),
    (
        "form-remember.likes",
        &[
            PreferenceCategory::Taste,
            PreferenceCategory::Brand,
            PreferenceCategory::Colour,
            PreferenceCategory::Style,
            PreferenceCategory::GiftIdea,
            PreferenceCategory::Other,
        ],
    ),
    ("form-remember.dislikes", &[PreferenceCategory::Dislike]),
    ("form-remember.allergies", &[PreferenceCategory::Allergy]),
];

impl Shop {
    /// The form as a document: blank when `customer` is `None`, else
    /// pre-filled with their details, preferences and current choices; in
    /// their language ([`Shop::document_language`]; a blank form in the
    /// shop's).
    pub fn consent_form(&self, customer: Option<CustomerId>) -> Result<FormDoc> {
        let language = self.document_language(customer)?;
        self.consent_form_in(customer, &language)
    }

    /// Like [`Shop::consent_form`], in the language the caller chooses (a
    /// tag such as `fr-CH`; one Shopkeeper does not speak is English).
    pub fn consent_form_in(&self, customer: Option<CustomerId>, language: &str) -> Result<FormDoc> {
        let l = Locale::new(language);
        let profile = customer.map(|id| self.profile(id)).transpose()?;
        let about_labels = [
            msg!("form-about.name"),
            msg!("form-about.email"),
            msg!("form-about.phone"),
            msg!("form-about.address"),
            msg!("form-about.birthday"),
        ];
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
                    c.birthday
                        .map(|d| day_month_words(&l, d))
                        .unwrap_or_default(),
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
                (l.say(&Message::new(label)), known.join(", "))
            })
            .collect();
        // The shop's own wording of each question, in the form's language
        // (Settings → Consent wordings), as Customer view asks it.
        let wordings = self.consent_wordings(language)?;
        let questions = Purpose::ALL
            .iter()
            .zip(&wordings)
            .map(|(&purpose, wording)| FormQuestion {
                text: wording.text.clone(),
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
            .map(|d| l.long_date(d))
            .unwrap_or_default();
        Ok(FormDoc {
            language: l.tag().to_string(),
            shop_name: self.settings().shop_name.clone(),
            generated: Local::now().date_naive(),
            version: CONSENT_FORM_VERSION.into(),
            customer_name: profile.as_ref().map(|p| p.customer.display_name.clone()),
            about: about_labels
                .iter()
                .map(|m| l.say(m))
                .zip(about_values)
                .collect(),
            remember,
            channels: Channel::ALL
                .iter()
                .map(|&c| l.say(&words::channel(c)))
                .collect(),
            questions,
            frequency: vec![
                (l.say(&msg!("form-frequency.how-often")), String::new()),
                (l.say(&msg!("form-frequency.quiet-until")), quiet),
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
