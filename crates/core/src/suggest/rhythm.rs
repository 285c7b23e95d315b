//! Suggestions from a customer's own rhythm: a product about to run out
//! (replenishment) and a regular whose silence is long (lapsing).

use std::collections::HashMap;

use chrono::NaiveDate;
use shopkeeper_suggest::bgnbd::{fit, Params, Rfm};
use shopkeeper_suggest::rhythm::{lapsing, shop_median_interval, Fallbacks, Interval};

use super::words::span;
use super::{keys, Context, Found, Inputs, SuggestionKind};
use crate::customer::Customer;
use crate::ProductId;

/// A product is suggested from this many days before it is due...
pub const DUE_LEAD_DAYS: f64 = 5.0;
/// ...until it is this many intervals overdue (later it is lapsing, not due).
pub const DUE_MAX_OVERDUE: f64 = 1.0;
/// A lapsing regular's silence must be longer than this share of their own gaps.
pub const LAPSING_MIN_UNUSUALNESS: f64 = 0.8;
/// ...but at most this many of their intervals: after that they are most
/// likely gone (the demo's BG/NBD sees almost no dropout, so P(alive) alone
/// does not say so).
pub const LAPSING_MAX_OVERDUE: f64 = 4.0;
/// A regular's rhythm is at least this steady ([`Interval::confidence`]).
pub const LAPSING_MIN_CONFIDENCE: f64 = 0.4;
/// A regular has at least this many visits.
pub const LAPSING_MIN_VISITS: usize = 4;
/// Lapsing scores below this are not shown.
pub const LAPSING_MIN_SCORE: f64 = 0.3;

/// The BG/NBD fit and rhythms at a cut-off.
pub(super) struct Model {
    pub params: Option<Params>,
    pub fallbacks: Fallbacks,
}

impl Model {
    /// Fits BG/NBD on every customer's purchase days up to `as_of`.
    pub fn fit<'a>(days: impl Iterator<Item = &'a [NaiveDate]> + Clone, as_of: NaiveDate) -> Model {
        let rfm: Vec<Rfm> = days
            .clone()
            .filter_map(|d| Rfm::from_dates(d, as_of))
            .collect();
        let params = fit(&rfm).ok().map(|f| f.params);
        // The shop-wide median of own intervals, as in the holdout evaluation.
        let shop_median_days = shop_median_interval(days);
        Model {
            params,
            fallbacks: Fallbacks {
                catalog_days: None,
                shop_median_days,
            },
        }
    }
}

/// Shop-wide median interval per product, from customers with enough gaps.
pub(super) fn product_medians<'a>(
    bought: impl Iterator<Item = (ProductId, &'a [NaiveDate])>,
) -> HashMap<ProductId, f64> {
    let mut by_product: HashMap<ProductId, Vec<&[NaiveDate]>> = HashMap::new();
    for (product, d) in bought {
        by_product.entry(product).or_default().push(d);
    }
    by_product
        .into_iter()
        .filter_map(|(p, hs)| shop_median_interval(hs).map(|m| (p, m)))
        .collect()
}

/// The product most clearly due for this customer, if any.
pub(super) fn replenishment(cx: &Context, customer: &Customer, first: &str) -> Option<Found> {
    let as_of = cx.as_of;
    let mut best: Option<Found> = None;
    for &(product, dates) in &cx.bought {
        let catalog_days = product.use_up_days.map(f64::from);
        if dates.len() < 2 && catalog_days.is_none() {
            continue;
        }
        let fallbacks = Fallbacks {
            catalog_days,
            shop_median_days: cx.wide.product_median.get(&product.id).copied(),
        };
        let Ok(interval) = Interval::from_dates(dates, fallbacks) else {
            continue;
        };
        let last = *dates.last()?;
        let until_due = interval.days_until_due(last, as_of);
        if until_due > DUE_LEAD_DAYS || -until_due > DUE_MAX_OVERDUE * interval.days {
            continue;
        }
        let since = (as_of - last).num_days();
        let closeness = 1.0 - (until_due.abs() / interval.days).min(1.0);
        let score = (0.4 + 0.6 * interval.confidence) * (0.5 + 0.5 * closeness);
        if best.as_ref().is_some_and(|b| b.score >= score) {
            continue;
        }
        let every = interval.days.round() as i64;
        let reason = if dates.len() >= 2 {
            msg!(
                "reason-replenishment",
                first = first,
                product = &product.name,
                interval = every,
                since = since
            )
        } else {
            msg!(
                "reason-replenishment-once",
                first = first,
                product = &product.name,
                interval = every,
                since = since
            )
        };
        best = Some(Found {
            kind: SuggestionKind::ReplenishmentDue,
            key: keys::make(
                SuggestionKind::ReplenishmentDue,
                customer.id,
                &[&product.id.to_string(), &last.to_string()],
            ),
            reason,
            inputs: vec![
                ("product".into(), product.name.clone()),
                ("purchases".into(), dates.len().to_string()),
                ("last_bought".into(), last.to_string()),
                ("interval_days".into(), format!("{:.1}", interval.days)),
                ("interval_source".into(), format!("{:?}", interval.source)),
                ("confidence".into(), format!("{:.2}", interval.confidence)),
                ("days_until_due".into(), format!("{until_due:.1}")),
            ],
            rule: "replenishment: last purchase + interval (own median, else catalog use-up, else shop median) within 5 days ahead to one interval overdue",
            score,
        });
    }
    best
}

/// A steady regular whose silence is unusually long: BG/NBD P(alive) (1
/// when BG/NBD cannot be fitted) × how unusual the silence is for their own
/// gaps.
pub(super) fn lapsing_regular(cx: &Context, customer: &Customer, first: &str) -> Option<Found> {
    let days = cx.days;
    let rfm = Rfm::from_dates(days, cx.as_of)?;
    let interval = Interval::from_dates(days, Fallbacks::default()).ok()?;
    let last = *days.last()?;
    let since = (cx.as_of - last).num_days() as f64;
    // Without a BG/NBD fit (a small shop: too few customers or repeat
    // buyers) the rhythm alone speaks, as if alive: the overdue cap below
    // still leaves out those most likely gone.
    let p_alive = match &cx.wide.model.params {
        Some(params) => params.p_alive(&rfm).unwrap_or(0.0),
        None => 1.0,
    };
    let l = lapsing(p_alive, since, &interval);
    let steady = interval.gaps + 1 >= LAPSING_MIN_VISITS
        && l.unusualness >= LAPSING_MIN_UNUSUALNESS
        && l.overdue_ratio <= LAPSING_MAX_OVERDUE
        && l.score >= LAPSING_MIN_SCORE
        && interval.confidence >= LAPSING_MIN_CONFIDENCE
        && since <= 365.0;
    if !steady {
        return None;
    }
    let mut inputs: Inputs = vec![
        ("visits".into(), days.len().to_string()),
        ("last_visit".into(), last.to_string()),
        ("interval_days".into(), format!("{:.1}", interval.days)),
        (
            "rhythm_confidence".into(),
            format!("{:.2}", interval.confidence),
        ),
        ("p_alive".into(), format!("{p_alive:.3}")),
        ("unusualness".into(), format!("{:.3}", l.unusualness)),
        ("lapsing_score".into(), format!("{:.3}", l.score)),
    ];
    let usual = cx
        .bought
        .iter()
        .max_by(|a, b| (a.1.len(), &b.0.name).cmp(&(b.1.len(), &a.0.name)));
    if let Some((product, _)) = usual.filter(|(_, d)| d.len() >= 2) {
        inputs.push(("usually_buys".into(), product.name.clone()));
    }
    Some(Found {
        kind: SuggestionKind::LapsingRegular,
        key: keys::make(SuggestionKind::LapsingRegular, customer.id, &[&last.to_string()]),
        reason: msg!(
            "reason-lapsing",
            first = first,
            every = span(interval.days),
            silence = span(since)
        ),
        inputs,
        rule: "lapsing: BG/NBD P(alive) × share of own gaps shorter than the current silence, for steady regulars at most 4 intervals and a year overdue",
        score: 0.9 * l.score * (0.5 + 0.5 * interval.confidence),
    })
}
