//! Customer view: the customer at the counter sees what the shop keeps about
//! them and corrects it themselves.
//!
//! Everything here works on one [`CustomerSession`], which names the one
//! customer it may touch: a preference of anyone else cannot be removed
//! through it, whatever id is passed. Each change is written at once and
//! remembered in the session, so the owner sees on return what the customer
//! changed ([`CustomerSession::summary`]); consent changes go to the ledger
//! with the method [`CUSTOMER_IN_SHOP`], the language and the version of the
//! question shown (the shop's wording in the customer's language,
//! [`Shop::customer_view_questions`]). When the owner takes the screen back,
//! [`Shop::finish_customer_session`] notes the visit and its changes in the
//! customer's contact log.

use chrono::NaiveDate;

use crate::consent::{self, Channel, ConsentEntry, ConsentState, NewConsent, Purpose};
use crate::contact::{self, NewContact};
use crate::customer::{self, Customer, DayMonth, ImportantDate};
use crate::frequency::{self, ContactFrequency};
use crate::preference::{self, NewPreference, Preference, PreferenceCategory};
use crate::summary::{category_words, channel_words, purpose_words, state_words};
use crate::{search, CoreError, CustomerId, PreferenceId, Result, Shop};

/// The ledger's method for a choice the customer made themselves on the
/// Customer view screen.
pub const CUSTOMER_IN_SHOP: &str = "customer in shop";
/// The ledger's method for choices copied from a signed paper form.
pub const SIGNED_FORM: &str = "signed form";
/// The version of the printed preference and consent form's words.
pub const CONSENT_FORM_VERSION: &str = "form-1";

/// The consent question for `purpose`, as Customer view (in English) and the
/// printed form ask it.
pub fn consent_question(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Service => "May we contact you about your own orders and repairs?",
        Purpose::Recommendations => {
            "May we tell you when something comes in that we think you would like?"
        }
        Purpose::Promotions => "May we send you our occasional news and offers?",
        Purpose::Occasions => "May we send you a note on your birthday or other occasions?",
    }
}

/// One change the customer made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomerChange {
    /// Contact details or dates, naming what changed ("email", "address").
    Details(Vec<&'static str>),
    /// A preference added.
    PreferenceAdded(PreferenceCategory, String),
    /// A preference removed.
    PreferenceRemoved(PreferenceCategory, String),
    /// A consent choice.
    Consent(Channel, Purpose, ConsentState),
    /// How often they want to hear from the shop, or a quiet period.
    Frequency,
}

impl CustomerChange {
    /// The change in a few plain words, for the owner.
    pub fn describe(&self) -> String {
        match self {
            CustomerChange::Details(fields) => format!("Updated their {}", fields.join(", ")),
            CustomerChange::PreferenceAdded(c, v) => {
                format!("Added \"{v}\" ({})", category_words(*c).to_lowercase())
            }
            CustomerChange::PreferenceRemoved(c, v) => {
                format!("Removed \"{v}\" ({})", category_words(*c).to_lowercase())
            }
            CustomerChange::Consent(ch, p, s) => format!(
                "{} by {}: {}",
                purpose_words(*p),
                channel_words(*ch).to_lowercase(),
                state_words(*s).to_lowercase()
            ),
            CustomerChange::Frequency => "Changed how often we may contact them".into(),
        }
    }
}

/// What the owner is told on taking the screen back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeSummary {
    /// "3 changes made by the customer", or "No changes made by the customer".
    pub headline: String,
    /// One line per change, in the order they were made.
    pub lines: Vec<String>,
}

impl ChangeSummary {
    /// What the owner is told on taking the screen back after the app
    /// stopped during Customer view: whose view it was and what changed were
    /// not kept outside the vault, but every change is in the customer's
    /// history.
    pub fn interrupted() -> Self {
        ChangeSummary {
            headline: "Customer view was on when Shopkeeper closed. What the customer changed is in their profile".into(),
            lines: Vec::new(),
        }
    }

    /// The headline and the changes in one sentence, as logged.
    pub fn sentence(&self) -> String {
        if self.lines.is_empty() {
            format!("{}.", self.headline)
        } else {
            format!("{}: {}.", self.headline, self.lines.join("; "))
        }
    }
}

/// One customer at the counter: whom Customer view shows, and what they
/// changed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerSession {
    customer: CustomerId,
    changes: Vec<CustomerChange>,
}

impl CustomerSession {
    /// A session for `customer`, nothing changed yet.
    pub fn new(customer: CustomerId) -> Self {
        CustomerSession {
            customer,
            changes: Vec::new(),
        }
    }

    /// The one customer this session shows and changes.
    pub fn customer(&self) -> CustomerId {
        self.customer
    }

    /// The changes made so far, oldest first.
    pub fn changes(&self) -> &[CustomerChange] {
        &self.changes
    }

    /// The owner's summary of the changes.
    pub fn summary(&self) -> ChangeSummary {
        let headline = match self.changes.len() {
            0 => "No changes made by the customer".to_string(),
            1 => "1 change made by the customer".to_string(),
            n => format!("{n} changes made by the customer"),
        };
        ChangeSummary {
            headline,
            lines: self.changes.iter().map(CustomerChange::describe).collect(),
        }
    }
}

/// The contact details a customer may correct themselves (their name, tags,
/// notes and reference stay the owner's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SelfEdit {
    /// Email addresses, primary first.
    pub emails: Vec<String>,
    /// Phone numbers as typed, primary first.
    pub phones: Vec<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Birthday; the year is optional.
    pub birthday: Option<DayMonth>,
    /// Other dates to remember.
    pub important_dates: Vec<ImportantDate>,
}

/// What a customer ticked and signed on the printed form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignedForm {
    /// Each box ticked: channel, purpose, yes or no.
    pub choices: Vec<(Channel, Purpose, ConsentState)>,
    /// The day it was signed; today when not given; never in the future.
    pub signed_on: Option<NaiveDate>,
    /// A note kept with each entry ("form in the blue folder").
    pub note: Option<String>,
}

impl Shop {
    /// Replaces the session's customer's contact details and dates with
    /// `edit`; records which of them changed (nothing, if none did).
    pub fn self_update_details(
        &mut self,
        session: &mut CustomerSession,
        edit: &SelfEdit,
    ) -> Result<Customer> {
        let before = self.customer(session.customer)?;
        let mut full = before.edit();
        full.emails = edit.emails.clone();
        full.phones = edit.phones.clone();
        full.address = edit.address.clone();
        full.birthday = edit.birthday;
        full.important_dates = edit.important_dates.clone();
        let after = self.update_customer(session.customer, &full)?;
        let mut fields = Vec::new();
        if after.emails != before.emails {
            fields.push("email");
        }
        if after.phones != before.phones {
            fields.push("phone");
        }
        if after.address != before.address {
            fields.push("address");
        }
        if after.birthday != before.birthday {
            fields.push("birthday");
        }
        if after.important_dates != before.important_dates {
            fields.push("important dates");
        }
        if !fields.is_empty() {
            session.changes.push(CustomerChange::Details(fields));
        }
        Ok(after)
    }

    /// Adds a preference the customer told the shop themselves.
    pub fn self_add_preference(
        &mut self,
        session: &mut CustomerSession,
        category: PreferenceCategory,
        value: &str,
    ) -> Result<Preference> {
        let pref = self.add_preference(session.customer, &NewPreference::said(category, value))?;
        session.changes.push(CustomerChange::PreferenceAdded(
            pref.category,
            pref.value.clone(),
        ));
        Ok(pref)
    }

    /// Removes one of the session's customer's preferences; anyone else's
    /// is "not found", as if it did not exist.
    pub fn self_remove_preference(
        &mut self,
        session: &mut CustomerSession,
        id: PreferenceId,
    ) -> Result<()> {
        let customer = session.customer;
        let removed = self.write(|tx, _| {
            let pref = preference::list(tx, customer)?
                .into_iter()
                .find(|p| p.id == id)
                .ok_or_else(|| {
                    CoreError::NotFound(msg!("error-not-found-preference-does-exist"))
                })?;
            preference::remove_in(tx, id)?;
            search::reindex(tx, customer)?;
            Ok(pref)
        })?;
        session.changes.push(CustomerChange::PreferenceRemoved(
            removed.category,
            removed.value,
        ));
        Ok(())
    }

    /// The consent questions Customer view asks `session`'s customer: the
    /// shop's wording of each purpose in the customer's language (English
    /// when Shopkeeper does not speak it), with their versions.
    pub fn customer_view_questions(
        &self,
        session: &CustomerSession,
    ) -> Result<Vec<crate::ConsentWording>> {
        self.consent_wordings(&self.customer_language(session)?)
    }

    /// The customer's language, English when they have none.
    fn customer_language(&self, session: &CustomerSession) -> Result<String> {
        let language = customer::get(self.conn(), session.customer)?.language;
        Ok(language.unwrap_or_else(|| "en".to_string()))
    }

    /// Records the customer's own yes or no for `channel` × `purpose`, with
    /// the method [`CUSTOMER_IN_SHOP`] and the language and version of the
    /// question shown ([`Shop::customer_view_questions`]). Saying again what
    /// the ledger already says records nothing (returns `None`).
    pub fn self_set_consent(
        &mut self,
        session: &mut CustomerSession,
        channel: Channel,
        purpose: Purpose,
        state: ConsentState,
    ) -> Result<Option<ConsentEntry>> {
        if state == ConsentState::NotAsked {
            return Err(CoreError::invalid("state", msg!("error-state-choose-yes")));
        }
        let customer = session.customer;
        let shown = self.consent_wording(purpose, &self.customer_language(session)?)?;
        let entry = self.write(|tx, _| {
            let now = consent::current(tx, customer)?
                .into_iter()
                .find(|s| s.channel == channel && s.purpose == purpose)
                .map(|s| s.state);
            if now == Some(state) {
                return Ok(None);
            }
            consent::append_shown(
                tx,
                customer,
                &NewConsent {
                    channel,
                    purpose,
                    state,
                    at: None,
                    method: CUSTOMER_IN_SHOP.into(),
                    wording_version: Some(shown.version.clone()),
                    note: None,
                    recorded_by: Some("the customer".into()),
                },
                &shown.language,
            )
            .map(Some)
        })?;
        if entry.is_some() {
            session
                .changes
                .push(CustomerChange::Consent(channel, purpose, state));
        }
        Ok(entry)
    }

    /// Sets how often the customer wants to hear from the shop (and a quiet
    /// period) as they chose it.
    pub fn self_set_frequency(
        &mut self,
        session: &mut CustomerSession,
        rule: &ContactFrequency,
    ) -> Result<()> {
        let customer = session.customer;
        let before = self.contact_frequency(customer)?;
        if !before.is_shop_default && before.rule == *rule {
            return Ok(());
        }
        self.write(|tx, _| frequency::set(tx, customer, rule))?;
        session.changes.push(CustomerChange::Frequency);
        Ok(())
    }

    /// Ends the session: notes the visit and its changes in the customer's
    /// contact log (in person; nothing when nothing changed) and returns the
    /// owner's summary.
    pub fn finish_customer_session(&mut self, session: &CustomerSession) -> Result<ChangeSummary> {
        let summary = session.summary();
        if !session.changes.is_empty() {
            let customer = session.customer;
            let text = format!("Customer view: {}", summary.sentence());
            self.write(|tx, _| {
                customer::get(tx, customer)?;
                contact::insert_in(
                    tx,
                    customer,
                    &NewContact {
                        at: None,
                        channel: None,
                        purpose: Purpose::Service,
                        summary: text,
                        suggestion_ref: None,
                    },
                )
            })?;
        }
        Ok(summary)
    }

    /// Records what a customer ticked on the printed form, one ledger entry
    /// per choice, with the method [`SIGNED_FORM`], the form's wording
    /// version and the day it was signed.
    pub fn record_signed_form(
        &mut self,
        customer: CustomerId,
        form: &SignedForm,
    ) -> Result<Vec<ConsentEntry>> {
        if form.choices.is_empty() {
            return Err(CoreError::invalid(
                "choices",
                msg!("error-choices-tick-least-one"),
            ));
        }
        let today = crate::time::now().date_naive();
        let at = match form.signed_on {
            Some(d) if d > today => {
                return Err(CoreError::invalid(
                    "signed_on",
                    msg!("error-signed-on-form-have-been"),
                ))
            }
            Some(d) if d < today => Some(d.and_hms_opt(12, 0, 0).expect("noon exists").and_utc()),
            _ => None,
        };
        self.write(|tx, _| {
            customer::get(tx, customer)?;
            form.choices
                .iter()
                .map(|&(channel, purpose, state)| {
                    consent::append_in(
                        tx,
                        customer,
                        &NewConsent {
                            channel,
                            purpose,
                            state,
                            at,
                            method: SIGNED_FORM.into(),
                            wording_version: Some(CONSENT_FORM_VERSION.into()),
                            note: form.note.clone(),
                            recorded_by: None,
                        },
                    )
                })
                .collect()
        })
    }
}
