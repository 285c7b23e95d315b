//! Follow-up suggestions: who to contact, why, how — and never against their
//! wishes. The math lives in `shopkeeper-suggest`; this module reads the
//! shop's data as it was on a given day and applies the rules in [`rules`].
//!
//! Everything here uses only data up to the end of `as_of` (UTC): purchases,
//! consent entries and contacts recorded later are ignored, so the same
//! functions serve "today" and backtests. What the owner did with a
//! suggestion ([`actions`]) is a decision about its [`Suggestion::key`], not
//! history: it applies whatever `as_of` is.
//!
//! One file per concern: [`keys`] (stable keys), [`actions`] (done, snooze,
//! dismiss), [`drafts`] (message templates), and one per kind of suggestion.

pub mod actions;
mod cache;
pub mod drafts;
pub mod keys;
pub mod links;
mod occasion;
mod order;
pub mod outcomes;
mod promised;
pub mod quality;
mod read;
mod rhythm;
pub mod rules;
mod scores;
mod service;
mod shown;
mod taste;
mod thanks;
mod undo;
mod words;

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};

pub use actions::DismissReason;
pub(crate) use cache::SuggestCache;
pub use cache::SuggestionRefresh;
pub use drafts::{Draft, MessageTemplate, PLACEHOLDERS};
pub use keys::{parse_key, KeyParts};
pub use rules::{allowed_channel, decide, Blocked};
pub use scores::{BacktestReport, CustomerScore};
pub use shopkeeper_suggest::backtest::CalibrationBin;

use crate::catalog::Product;
use crate::consent::{Channel, Purpose};
use crate::customer::Customer;
use crate::frequency::ContactFrequency;
use crate::kinds::text_enum;
use crate::money::Currency;
use crate::promise::Promise;
use crate::settings::Settings;
use crate::{CustomerId, Message, ProductId, Result, Shop};

pub use occasion::OCCASION_LEAD_DAYS;
pub use outcomes::KindOutcome;
pub use promised::PROMISE_LEAD_DAYS;
pub use rhythm::{
    DUE_LEAD_DAYS, DUE_MAX_OVERDUE, LAPSING_MAX_OVERDUE, LAPSING_MIN_CONFIDENCE, LAPSING_MIN_SCORE,
    LAPSING_MIN_UNUSUALNESS, LAPSING_MIN_VISITS,
};
pub use service::SERVICE_LEAD_DAYS;
pub use taste::{TASTE_ARRIVAL_DAYS, TASTE_MIN_CATEGORY_DAYS};
pub use thanks::{LARGE_BASKET_FACTOR, LARGE_BASKET_MIN_HISTORY, THANK_YOU_DAYS};

text_enum!(
    /// What a suggestion is about.
    SuggestionKind, "kind" {
        /// They are about to run out of something they buy repeatedly.
        ReplenishmentDue = "replenishment-due",
        /// A regular whose silence is long for their own rhythm.
        LapsingRegular = "lapsing-regular",
        /// A birthday or other important date is coming.
        Occasion = "occasion",
        /// Thank a new customer after their first purchase, or anyone after
        /// an unusually large one.
        ThankYou = "thank-you",
        /// Something that just arrived matches what they like.
        MatchesTaste = "matches-taste",
        /// Something they bought is due for its service.
        ServiceCheck = "service-check",
        /// A follow-up the owner promised them.
        PromisedFollowUp = "promised-follow-up",
    }
);

impl SuggestionKind {
    /// The consent purpose a message of this kind needs.
    pub fn purpose(self) -> Purpose {
        match self {
            SuggestionKind::ReplenishmentDue
            | SuggestionKind::LapsingRegular
            | SuggestionKind::MatchesTaste => Purpose::Recommendations,
            SuggestionKind::Occasion => Purpose::Occasions,
            SuggestionKind::ThankYou
            | SuggestionKind::ServiceCheck
            | SuggestionKind::PromisedFollowUp => Purpose::Service,
        }
    }

    /// A short heading in plain words ("Running low").
    pub fn label(self) -> &'static str {
        match self {
            SuggestionKind::ReplenishmentDue => "Running low",
            SuggestionKind::LapsingRegular => "Not seen for a while",
            SuggestionKind::Occasion => "A date coming up",
            SuggestionKind::ThankYou => "Say thank you",
            SuggestionKind::MatchesTaste => "Just in, to their taste",
            SuggestionKind::ServiceCheck => "Service due",
            SuggestionKind::PromisedFollowUp => "You promised",
        }
    }
}

/// One follow-up suggestion, with everything that explains it.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// Stable across refreshes for the same thing (see [`keys`]); actions
    /// ([`Shop::complete_suggestion`] and friends) stick to it.
    pub key: String,
    /// Who.
    pub customer_id: CustomerId,
    /// Their display name.
    pub customer_name: String,
    /// What kind.
    pub kind: SuggestionKind,
    /// Why, as a message (`reason-suggestion`: the rule's reason, then how
    /// to reach them); its `Display` is the English words.
    pub reason: Message,
    /// The rule's reason alone, without how to reach them ("Comes in
    /// about every 5 weeks"): what the day sheet prints beside the channel.
    pub why: Message,
    /// The numbers behind it: dates, intervals, probabilities, by internal
    /// name (for the command line's data formats).
    pub inputs: Vec<(String, String)>,
    /// The same, in sentences a shopkeeper uses ("Comes in about every 5
    /// weeks"), as messages: what the app shows under "Why this suggestion".
    pub explanation: Vec<Message>,
    /// The rule that produced it.
    pub rule: &'static str,
    /// The customer's ranking value, the same for all their suggestions
    /// and the `score` column of `shopkeeper score`: what orders Today
    /// (higher first; comparable only within one day's fit, see [`order`]).
    pub score: f64,
    /// How pressing this suggestion is for its kind, in [0, 1] (how close
    /// to due, how steady the rhythm...): breaks ties between equal values.
    pub urgency: f64,
    /// The channel allowed by consent, frequency cap and quiet-until; `None`
    /// means "mention in person next visit".
    pub channel: Option<Channel>,
}

impl Suggestion {
    /// The input named `name`, if the suggestion has it.
    pub fn input(&self, name: &str) -> Option<&str> {
        self.inputs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The named numbers behind a suggestion.
type Inputs = Vec<(String, String)>;

/// A suggestion found for a customer, before its channel is decided.
struct Found {
    kind: SuggestionKind,
    key: String,
    reason: Message,
    inputs: Inputs,
    rule: &'static str,
    /// The kind's own urgency in [0, 1] ([`Suggestion::urgency`]).
    score: f64,
}

/// What every customer's suggestions share: the shop-wide model and the
/// catalog at one `as_of`, fitted once and reused until the day, the catalog
/// or the settings change (see [`cache`]).
pub(super) struct Wide {
    as_of: NaiveDate,
    currency: Currency,
    default_frequency: ContactFrequency,
    model: rhythm::Model,
    products: HashMap<ProductId, Product>,
    /// Products that arrived in the last [`TASTE_ARRIVAL_DAYS`], with their
    /// words for matching.
    arrivals: Vec<taste::Arrival>,
    /// Shop-wide median interval per product, from customers with enough gaps.
    product_median: HashMap<ProductId, f64>,
    /// The shop's 95th percentile basket, in minor units.
    basket_p95: Option<i64>,
    /// The one ranking of customers, for [`quality::HORIZON_DAYS`].
    ranking: order::Ranking,
}

impl Wide {
    /// Fits the model on every customer's facts up to `as_of`.
    fn fit(
        facts: &read::AllFacts,
        products: Vec<Product>,
        settings: &Settings,
        as_of: NaiveDate,
    ) -> Wide {
        let model = rhythm::Model::fit(facts.values().map(|f| f.days_at(as_of)), as_of);
        let product_median =
            rhythm::product_medians(facts.values().flat_map(|f| f.products_at(as_of)));
        let basket_p95 = thanks::shop_percentile_95(
            facts
                .values()
                .flat_map(|f| f.baskets_at(as_of).iter().map(|b| b.1)),
        );
        let arrivals = taste::arrivals(&products, as_of);
        let ranking = order::Ranking::fit(facts, as_of, quality::HORIZON_DAYS);
        Wide {
            as_of,
            currency: settings.currency,
            default_frequency: settings.default_frequency.clone(),
            model,
            products: products.into_iter().map(|p| (p.id, p)).collect(),
            arrivals,
            product_median,
            basket_p95,
            ranking,
        }
    }

    /// Whether this fit still applies to `as_of` under `settings`.
    fn fits(&self, as_of: NaiveDate, settings: &Settings) -> bool {
        self.as_of == as_of
            && self.currency == settings.currency
            && self.default_frequency == settings.default_frequency
    }
}

/// One customer's data cut at `as_of`, with the shop-wide model: what the
/// finders read.
struct Context<'a> {
    as_of: NaiveDate,
    currency: Currency,
    wide: &'a Wide,
    days: &'a [NaiveDate],
    baskets: &'a [(NaiveDate, i64)],
    /// The catalog products they bought, with the days they bought each.
    bought: Vec<(&'a Product, &'a [NaiveDate])>,
    tastes: Vec<&'a read::Taste>,
    promises: Vec<&'a Promise>,
}

impl<'a> Context<'a> {
    fn new(wide: &'a Wide, facts: &'a read::Facts) -> Context<'a> {
        let as_of = wide.as_of;
        Context {
            as_of,
            currency: wide.currency,
            wide,
            days: facts.days_at(as_of),
            baskets: facts.baskets_at(as_of),
            bought: facts
                .products_at(as_of)
                .filter_map(|(p, days)| Some((wide.products.get(&p)?, days)))
                .collect(),
            tastes: facts.tastes_at(as_of).collect(),
            promises: facts.promises_at(as_of).collect(),
        }
    }
}

/// Every suggestion for one customer at the model's `as_of`, unsorted, with
/// its channel decided by [`rules::decide`]; what the owner closed, snoozed
/// or blocked is left out.
fn for_customer(wide: &Wide, facts: &read::Facts) -> Vec<Suggestion> {
    let cx = Context::new(wide, facts);
    let as_of = cx.as_of;
    let customer = &facts.customer;
    let id = customer.id;
    let first = first_name(&customer.display_name);
    let mut found: Vec<Found> = Vec::new();
    found.extend(rhythm::replenishment(&cx, customer, first));
    found.extend(rhythm::lapsing_regular(&cx, customer, first));
    found.extend(occasion::find(&cx, customer, first));
    found.extend(thanks::find(&cx, customer, first));
    found.extend(taste::find(&cx, customer, first));
    found.extend(service::find(&cx, customer, first));
    found.extend(promised::find(&cx, customer, first));
    found.retain(|f| !facts.hidden.hides(f.kind, &f.key, as_of));
    if found.is_empty() {
        return Vec::new();
    }
    let value = wide.ranking.value(facts);
    let frequency = facts.frequency.as_ref().unwrap_or(&wide.default_frequency);
    let window_start = as_of - Duration::days(i64::from(frequency.period_days));
    let in_period = facts.contacts_between(window_start, as_of);
    let mut consents = facts.consent_at(as_of);
    consents.retain(|s| reachable(customer, s.channel));
    let mut preferred = None;
    if !frequency.preferred_days.is_empty() || frequency.preferred_times.is_some() {
        let days: Vec<String> = frequency
            .preferred_days
            .iter()
            .map(ToString::to_string)
            .collect();
        preferred = Some(
            [
                days.join(" "),
                frequency.preferred_times.clone().unwrap_or_default(),
            ]
            .join(" ")
            .trim()
            .to_string(),
        );
    }
    found
        .into_iter()
        .map(|f| {
            let decision = decide(&consents, frequency, in_period, as_of, f.kind.purpose());
            let mut explanation = words::explain(f.kind, &f.inputs, as_of);
            explanation.push(words::contacts(
                in_period,
                frequency.max_contacts,
                frequency.period_days,
            ));
            explanation.extend(preferred.as_deref().map(words::preferred));
            let mut inputs = f.inputs;
            inputs.push((
                "contacts_in_period".into(),
                format!(
                    "{in_period} of at most {} in {} days",
                    frequency.max_contacts, frequency.period_days
                ),
            ));
            if let Some(p) = &preferred {
                inputs.push(("preferred_time".into(), p.clone()));
            }
            let (channel, how) = match decision {
                Ok(ch) => (
                    Some(ch),
                    msg!(
                        "reason-by-channel",
                        channel = ch.to_string(),
                        purpose = f.kind.purpose().to_string()
                    ),
                ),
                Err(why) => (None, msg!("reason-in-person", why = why.explain())),
            };
            Suggestion {
                key: f.key,
                customer_id: id,
                customer_name: customer.display_name.clone(),
                kind: f.kind,
                reason: msg!("reason-suggestion", why = f.reason.clone(), how = how),
                why: f.reason,
                inputs,
                explanation,
                rule: f.rule,
                score: value,
                urgency: f.score,
                channel,
            }
        })
        .collect()
}

/// Whether the customer has an address for `channel`.
fn reachable(c: &Customer, channel: Channel) -> bool {
    match channel {
        Channel::Email => !c.emails.is_empty(),
        Channel::Sms | Channel::Phone | Channel::Messaging => !c.phones.is_empty(),
        Channel::Post => c.address.is_some(),
    }
}

/// The first word of a display name ("Anna" for "Anna Berg").
fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

impl Shop {
    /// Follow-up suggestions for `as_of`, best first ([`order`]: the
    /// customer's ranking value, then the suggestion's urgency), at most
    /// `limit`, using only data up to the end of that day. Every suggestion's channel obeys
    /// [`rules::allowed_channel`]; when none is allowed it says "mention in
    /// person next visit". Suggestions marked done or dismissed, snoozed past
    /// `as_of`, or of a kind the customer is not interested in are left out.
    ///
    /// Incremental: the shop's data and every customer's suggestions are
    /// kept in memory after the first call, and a later call recomputes only
    /// the customers whose data changed since (see [`cache`] and
    /// [`Shop::refresh_suggestions`]); the answer is always the one a full
    /// recomputation would give against the same shop-wide model.
    pub fn suggestions(&self, as_of: NaiveDate, limit: usize) -> Result<Vec<Suggestion>> {
        self.with_suggestions(as_of, |found| {
            let mut all: Vec<&Suggestion> = found.values().flatten().collect();
            if all.len() > limit && limit > 0 {
                all.select_nth_unstable_by(limit - 1, |a, b| order::order(a, b));
            }
            all.truncate(limit);
            all.sort_by(|a, b| order::order(a, b));
            all.into_iter().cloned().collect()
        })
    }
}
