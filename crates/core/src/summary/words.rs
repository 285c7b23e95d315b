//! What the shop holds, as catalogue messages (`summary.ftl`): channels,
//! purposes, choices, kinds of preference, relations, languages and how
//! often a customer may be contacted. A summary says them in its own
//! language; the owner's notes ([`crate::customer_view`]) in English.

use chrono::Weekday;
use shopkeeper_l10n::Message;
use shopkeeper_summary::Locale;

use crate::consent::{Channel, ConsentState, Purpose};
use crate::customer_view::{CUSTOMER_IN_SHOP, SIGNED_FORM};
use crate::frequency::EffectiveFrequency;
use crate::household::Relation;
use crate::import::IMPORTED_FROM;
use crate::merge::MERGED_METHOD;
use crate::preference::{PreferenceCategory, PreferenceSource};
use crate::summary::Variant;

/// A way of contacting someone: "Email", "Text message".
pub(crate) fn channel(c: Channel) -> Message {
    match c {
        Channel::Email => msg!("summary-channel.email"),
        Channel::Sms => msg!("summary-channel.sms"),
        Channel::Phone => msg!("summary-channel.phone"),
        Channel::Post => msg!("summary-channel.post"),
        Channel::Messaging => msg!("summary-channel.messaging"),
    }
}

/// What a contact is for: "Personal recommendations".
pub(crate) fn purpose(p: Purpose) -> Message {
    match p {
        Purpose::Service => msg!("summary-purpose.service"),
        Purpose::Recommendations => msg!("summary-purpose.recommendations"),
        Purpose::Promotions => msg!("summary-purpose.promotions"),
        Purpose::Occasions => msg!("summary-purpose.occasions"),
    }
}

/// A consent choice: "Yes", "No", "Not asked".
pub(crate) fn state(s: ConsentState) -> Message {
    match s {
        ConsentState::Granted => msg!("summary-state.granted"),
        ConsentState::Refused => msg!("summary-state.refused"),
        ConsentState::NotAsked => msg!("summary-state.not-asked"),
    }
}

/// A kind of preference, as a group's title: "Sizes", "Allergies".
pub(crate) fn category(c: PreferenceCategory) -> Message {
    match c {
        PreferenceCategory::Size => msg!("summary-category.size"),
        PreferenceCategory::Fit => msg!("summary-category.fit"),
        PreferenceCategory::Colour => msg!("summary-category.colour"),
        PreferenceCategory::Brand => msg!("summary-category.brand"),
        PreferenceCategory::Style => msg!("summary-category.style"),
        PreferenceCategory::Taste => msg!("summary-category.taste"),
        PreferenceCategory::Allergy => msg!("summary-category.allergy"),
        PreferenceCategory::Dislike => msg!("summary-category.dislike"),
        PreferenceCategory::GiftIdea => msg!("summary-category.gift-idea"),
        PreferenceCategory::Other => msg!("summary-category.other"),
    }
}

/// Where a preference came from, said to the staff or to the customer.
pub(crate) fn source(s: PreferenceSource, variant: Variant) -> Message {
    match (s, variant) {
        (PreferenceSource::Said, Variant::ForShop) => msg!("summary-source.told-shop"),
        (PreferenceSource::Said, Variant::ForCustomer) => msg!("summary-source.told-customer"),
        (PreferenceSource::Observed, _) => msg!("summary-source.noticed"),
    }
}

/// How the other person relates to the customer (`forward`: as recorded
/// from the customer's side).
pub(crate) fn relation(r: Relation, forward: bool) -> Message {
    match (r, forward) {
        (Relation::Partner, _) => msg!("summary-relation.partner"),
        (Relation::Child, true) | (Relation::Parent, false) => msg!("summary-relation.child"),
        (Relation::Child, false) | (Relation::Parent, true) => msg!("summary-relation.parent"),
        (Relation::BuysFor, true) => msg!("summary-relation.buys-for"),
        (Relation::BuysFor, false) => msg!("summary-relation.bought-for"),
        (Relation::Other, _) => msg!("summary-relation.other"),
    }
}

/// A language's name from its code ("de": "German"); a code the catalogue
/// does not name is shown as written.
pub(crate) fn language(code: &str) -> Message {
    msg!("summary-language", code = code.trim().to_ascii_lowercase())
}

/// How a consent choice was given: the ways Shopkeeper records itself in
/// the document's language, what the owner typed as typed.
pub(crate) fn method(l: &Locale, method: &str) -> String {
    let known = match method {
        CUSTOMER_IN_SHOP => msg!("summary-method.customer-in-shop"),
        SIGNED_FORM => msg!("summary-method.signed-form"),
        MERGED_METHOD => msg!("summary-method.merged"),
        typed => match typed.strip_prefix(IMPORTED_FROM) {
            Some(layout) => msg!("summary-method-imported", layout = layout),
            None => return typed.to_string(),
        },
    };
    l.say(&known)
}

fn weekday(d: Weekday) -> Message {
    msg!("summary-weekday", day = d.number_from_monday())
}

/// How often the customer may be contacted, in words: "At most one message
/// a month, preferably on Mon, Sat".
pub(crate) fn frequency(f: &EffectiveFrequency, variant: Variant, l: &Locale) -> String {
    let say = |m: &Message| l.say(m);
    let r = &f.rule;
    let period = match r.period_days {
        28..=31 => msg!("summary-frequency-period", days = 30),
        60..=62 => msg!("summary-frequency-period", days = 61),
        89..=92 => msg!("summary-frequency-period", days = 91),
        180..=183 => msg!("summary-frequency-period", days = 182),
        365 | 366 => msg!("summary-frequency-period", days = 365),
        n @ (1 | 7 | 14) => msg!("summary-frequency-period", days = n),
        n if n % 7 == 0 => msg!("summary-frequency-weeks", weeks = n / 7),
        n => msg!("summary-frequency-period", days = n),
    };
    let mut s = match r.max_contacts {
        0 => say(&msg!("summary-frequency-none")),
        n => say(&msg!(
            "summary-frequency-at-most",
            count = msg!("summary-frequency-count", n = n),
            period = period
        )),
    };
    if !r.preferred_days.is_empty() {
        let days: Vec<String> = r.preferred_days.iter().map(|d| say(&weekday(*d))).collect();
        s = say(&msg!(
            "summary-frequency-days",
            rule = s,
            days = days.join(", ")
        ));
    }
    if !r.topics.is_empty() {
        s = say(&msg!(
            "summary-frequency-topics",
            rule = s,
            topics = r.topics.join(", ")
        ));
    }
    if f.is_shop_default {
        s = say(&match variant {
            Variant::ForShop => msg!("summary-frequency-usual", rule = s),
            Variant::ForCustomer => msg!("summary-frequency-usual.customer", rule = s),
        });
    }
    s
}

/// Each kind of data the shop keeps and why, for the customer's summary.
pub(crate) fn data_purposes() -> [(Message, Message); 4] {
    [
        (
            msg!("summary-kept.contact"),
            msg!("summary-kept-why.contact"),
        ),
        (
            msg!("summary-kept.preferences"),
            msg!("summary-kept-why.preferences"),
        ),
        (
            msg!("summary-kept.purchases"),
            msg!("summary-kept-why.purchases"),
        ),
        (
            msg!("summary-kept.consent"),
            msg!("summary-kept-why.consent"),
        ),
    ]
}
