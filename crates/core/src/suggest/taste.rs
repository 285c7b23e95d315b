//! New arrivals to a customer's taste: a product that arrived lately whose
//! name, category or tags match what they said they like, or a category
//! they keep buying — never one matching a dislike or an allergy.
//!
//! Matching is on folded words ([`fold`]: case and accents do not matter).
//! A liking matches when all its words are among the product's words; an
//! allergy excludes a product when *any* of its words appears anywhere in
//! the product's text, a dislike when all of its words do (so "no goat
//! cheese" excludes goat's cheese but not every cheese).

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::read::Taste;
use super::words::short_date;
use super::{keys, Context, Found, SuggestionKind};
use crate::catalog::Product;
use crate::customer::Customer;
use crate::preference::PreferenceCategory;
use crate::text::fold;
use crate::Message;

/// A product counts as new for this many days after its arrival date.
pub const TASTE_ARRIVAL_DAYS: i64 = 21;
/// A category bought on at least this many days counts as a taste.
pub const TASTE_MIN_CATEGORY_DAYS: usize = 3;

/// Words that say how, not what ("no goat cheese", "likes dark roast").
const FILLER: &[&str] = &[
    "a", "an", "and", "any", "doesn", "dislikes", "for", "in", "like", "likes", "loves", "no",
    "not", "of", "or", "prefers", "t", "the", "with", "without",
];

/// The folded words of `text`, fillers left out.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(str::to_string)
        .collect()
}

/// A product's words and its whole folded text.
struct ProductText {
    words: BTreeSet<String>,
    folded: String,
}

impl ProductText {
    fn of(p: &Product) -> ProductText {
        let mut all = vec![p.name.as_str()];
        all.extend(p.category.as_deref());
        all.extend(p.tags.iter().map(String::as_str));
        let joined = all.join(" ");
        ProductText {
            words: words(&joined).into_iter().collect(),
            folded: fold(&joined),
        }
    }

    fn has_all(&self, text: &str) -> bool {
        let w = words(text);
        !w.is_empty() && w.iter().all(|w| self.words.contains(w))
    }
}

/// Whether the product must never be suggested to someone with this preference.
fn avoided(t: &Taste, p: &ProductText) -> bool {
    let w = words(&t.value);
    match t.category {
        PreferenceCategory::Allergy => w.iter().any(|w| p.folded.contains(w.as_str())),
        PreferenceCategory::Dislike => {
            !w.is_empty() && w.iter().all(|w| p.folded.contains(w.as_str()))
        }
        _ => false,
    }
}

/// The words of a stated liking that matches the product, if any.
fn liked(t: &Taste, p: &ProductText, first: &str) -> Option<Message> {
    let phrase = match t.category {
        PreferenceCategory::Size => msg!("reason-taste-size", first = first, size = &t.value),
        PreferenceCategory::Taste
        | PreferenceCategory::Brand
        | PreferenceCategory::Style
        | PreferenceCategory::Colour
        | PreferenceCategory::Other => msg!("reason-taste-likes", first = first, liking = &t.value),
        _ => return None,
    };
    let applies = t.applies_to.as_deref().is_none_or(|a| p.has_all(a));
    (applies && p.has_all(&t.value)).then_some(phrase)
}

/// A catalog product with an arrival date, with its words for matching
/// (worked out once per refresh, not once per customer).
pub(super) struct Arrival {
    product: Product,
    arrived: NaiveDate,
    text: ProductText,
}

/// The catalog's products that count as new on `as_of`, by name.
pub(super) fn arrivals(products: &[Product], as_of: NaiveDate) -> Vec<Arrival> {
    let mut out: Vec<Arrival> = products
        .iter()
        .filter_map(|p| {
            let arrived = p.arrival_date?;
            (0..TASTE_ARRIVAL_DAYS)
                .contains(&(as_of - arrived).num_days())
                .then(|| Arrival {
                    arrived,
                    text: ProductText::of(p),
                    product: p.clone(),
                })
        })
        .collect();
    out.sort_by(|a, b| (&a.product.name, a.product.id).cmp(&(&b.product.name, b.product.id)));
    out
}

/// The best new arrival for this customer, if any.
pub(super) fn find(cx: &Context, customer: &Customer, first: &str) -> Option<Found> {
    if cx.wide.arrivals.is_empty() {
        return None;
    }
    let tastes = &cx.tastes;
    // Categories bought on enough distinct days, and what they bought since when.
    let mut category_days: HashMap<String, BTreeSet<NaiveDate>> = HashMap::new();
    let mut last_bought: HashMap<crate::ProductId, NaiveDate> = HashMap::new();
    for &(product, days) in &cx.bought {
        if let Some(c) = &product.category {
            category_days
                .entry(fold(c).trim().to_string())
                .or_default()
                .extend(days.iter().copied());
        }
        if let Some(d) = days.last() {
            last_bought.insert(product.id, *d);
        }
    }
    let mut best: Option<Found> = None;
    for Arrival {
        product: p,
        arrived,
        text,
    } in &cx.wide.arrivals
    {
        let arrived = *arrived;
        let since = (cx.as_of - arrived).num_days();
        if last_bought.get(&p.id).is_some_and(|d| *d >= arrived) {
            continue;
        }
        if tastes.iter().any(|t| avoided(t, text)) {
            continue;
        }
        let freshness = 1.0 - since as f64 / TASTE_ARRIVAL_DAYS as f64;
        let stated = tastes.iter().find_map(|t| {
            liked(t, text, first).map(|why| (why, format!("{}: {}", t.category, t.value)))
        });
        let (why, matched, score) = if let Some((why, matched)) = stated {
            (why, matched, 0.6 + 0.25 * freshness)
        } else {
            let Some((category, days)) = p.category.as_deref().and_then(|c| {
                let days = category_days.get(fold(c).trim())?;
                (days.len() >= TASTE_MIN_CATEGORY_DAYS).then_some((c, days.len()))
            }) else {
                continue;
            };
            (
                msg!(
                    "reason-taste-category",
                    first = first,
                    category = category,
                    visits = days
                ),
                format!("category: {category} ({days} visits)"),
                0.45 + 0.2 * freshness,
            )
        };
        let better = best
            .as_ref()
            .is_none_or(|b| score > b.score || (score == b.score && p.name < b.inputs[0].1));
        if !better {
            continue;
        }
        best = Some(Found {
            kind: SuggestionKind::MatchesTaste,
            key: keys::make(
                SuggestionKind::MatchesTaste,
                customer.id,
                &[&p.id.to_string(), &arrived.to_string()],
            ),
            reason: msg!(
                "reason-taste",
                why = why,
                product = &p.name,
                date = short_date(arrived)
            ),
            inputs: vec![
                ("product".into(), p.name.clone()),
                ("arrival_date".into(), arrived.to_string()),
                ("days_since_arrival".into(), since.to_string()),
                ("matched".into(), matched),
            ],
            rule: "matches-taste: arrived within 21 days; name, category or tags match a stated taste, brand, style, colour or size, or a category bought on 3+ days; never one matching a dislike or allergy",
            score,
        });
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taste(category: PreferenceCategory, value: &str) -> Taste {
        Taste {
            category,
            value: value.into(),
            applies_to: None,
        }
    }

    fn text(name: &str, category: &str, tags: &[&str]) -> ProductText {
        ProductText::of(&Product {
            id: crate::ProductId::new(),
            sku: "X".into(),
            name: name.into(),
            category: Some(category.into()),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            price: None,
            use_up_days: None,
            service_days: None,
            arrival_date: None,
            updated_at: chrono::Utc::now(),
        })
    }

    #[test]
    fn likings_match_whole_words_ignoring_case_and_accents() {
        let beans = text("Yirgacheffe beans", "Coffee", &["Éthiopian"]);
        let t = taste(PreferenceCategory::Taste, "ethiopian COFFEE");
        assert_eq!(
            liked(&t, &beans, "Anna").map(|m| m.to_string()).as_deref(),
            Some("Anna likes ethiopian COFFEE")
        );
        assert!(liked(
            &taste(PreferenceCategory::Taste, "Kenyan coffee"),
            &beans,
            "A"
        )
        .is_none());
        assert!(liked(&taste(PreferenceCategory::Allergy, "coffee"), &beans, "A").is_none());
    }

    #[test]
    fn allergies_exclude_on_any_word_dislikes_on_all() {
        let praline = text("Hazelnut praline", "chocolate", &[]);
        assert!(avoided(
            &taste(PreferenceCategory::Allergy, "nuts, hazelnuts"),
            &text("Praline", "sweets", &["hazelnuts"])
        ));
        assert!(avoided(
            &taste(PreferenceCategory::Allergy, "HAZELNUT"),
            &praline
        ));
        let goat = text("Chèvre frais", "cheese", &["goat"]);
        assert!(avoided(
            &taste(PreferenceCategory::Dislike, "no goat cheese"),
            &goat
        ));
        let cheddar = text("Cheddar", "cheese", &["cow"]);
        assert!(!avoided(
            &taste(PreferenceCategory::Dislike, "no goat cheese"),
            &cheddar
        ));
        assert!(!avoided(
            &taste(PreferenceCategory::Taste, "hazelnut"),
            &praline
        ));
    }
}
