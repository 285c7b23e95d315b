//! Follow-up suggestions: who to contact, why, how — and never against their
//! wishes. The math lives in `shopkeeper-suggest`; this module reads the
//! shop's data as it was on a given day and applies the rules in [`rules`].
//!
//! Everything here uses only data up to the end of `as_of` (UTC): purchases,
//! consent entries and contacts recorded later are ignored, so the same
//! functions serve "today" and backtests.

pub mod rules;

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::Connection;
use shopkeeper_suggest::bgnbd::{fit, Params, Rfm};
use shopkeeper_suggest::holdout::evaluate_holdout;
use shopkeeper_suggest::rhythm::{lapsing, shop_median_interval, Fallbacks, Interval};
use shopkeeper_suggest::score::follow_up_score;

pub use rules::{allowed_channel, decide, Blocked};
pub use shopkeeper_suggest::backtest::CalibrationBin;

use crate::consent::{Channel, ConsentState, ConsentStatus, Purpose};
use crate::customer::{Customer, DayMonth};
use crate::frequency::ContactFrequency;
use crate::{CoreError, CustomerId, ProductId, Result, Shop};

/// Days ahead in which a birthday or other date is suggested.
pub const OCCASION_LEAD_DAYS: i64 = 21;
/// A first purchase this recent earns a thank-you.
pub const THANK_YOU_DAYS: i64 = 7;
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

/// What a suggestion is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SuggestionKind {
    /// They are about to run out of something they buy repeatedly.
    ReplenishmentDue,
    /// A regular whose silence is long for their own rhythm.
    LapsingRegular,
    /// A birthday or other important date is coming.
    Occasion,
    /// Thank a new customer after their first purchase.
    ThankYou,
}

impl SuggestionKind {
    /// The consent purpose a message of this kind needs.
    pub fn purpose(self) -> Purpose {
        match self {
            SuggestionKind::ReplenishmentDue | SuggestionKind::LapsingRegular => {
                Purpose::Recommendations
            }
            SuggestionKind::Occasion => Purpose::Occasions,
            SuggestionKind::ThankYou => Purpose::Service,
        }
    }

    /// Stable text name.
    pub fn as_str(self) -> &'static str {
        match self {
            SuggestionKind::ReplenishmentDue => "replenishment-due",
            SuggestionKind::LapsingRegular => "lapsing-regular",
            SuggestionKind::Occasion => "occasion",
            SuggestionKind::ThankYou => "thank-you",
        }
    }
}

impl std::fmt::Display for SuggestionKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One follow-up suggestion, with everything that explains it.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// Who.
    pub customer_id: CustomerId,
    /// Their display name.
    pub customer_name: String,
    /// What kind.
    pub kind: SuggestionKind,
    /// Why, in plain words (ends with how to reach them).
    pub reason: String,
    /// The numbers behind it: dates, intervals, probabilities.
    pub inputs: Vec<(String, String)>,
    /// The rule that produced it.
    pub rule: &'static str,
    /// Ranking score in [0, 1]; higher first.
    pub score: f64,
    /// The channel allowed by consent, frequency cap and quiet-until; `None`
    /// means "mention in person next visit".
    pub channel: Option<Channel>,
}

/// A customer's purchase scores at a cut-off.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerScore {
    /// Their reference in another system.
    pub customer_ref: Option<String>,
    /// Who.
    pub customer_id: CustomerId,
    /// P(at least one purchase in the horizon); `None` without purchases.
    pub p_purchase: Option<f64>,
    /// BG/NBD expected purchases in the horizon.
    pub expected_purchases: Option<f64>,
    /// BG/NBD probability of still being an active customer.
    pub p_alive: Option<f64>,
}

/// How well the scores at `as_of` predicted the following horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct BacktestReport {
    /// Customers with a purchase by the cut-off.
    pub customers: usize,
    /// Share of them who bought in the horizon.
    pub base_rate: f64,
    /// ROC AUC of the follow-up score (BG/NBD blended with rhythm).
    pub auc: f64,
    /// ROC AUC of plain BG/NBD.
    pub auc_bgnbd: f64,
    /// ROC AUC of recency alone.
    pub auc_recency: f64,
    /// Precision in the top 10% by the follow-up score.
    pub precision_top10: f64,
    /// Lift in the top 10% (precision / base rate).
    pub lift_top10: f64,
    /// Precision in the top 10% by plain BG/NBD.
    pub precision_top10_bgnbd: f64,
    /// Precision in the top 10% by recency.
    pub precision_top10_recency: f64,
    /// BG/NBD expected vs actual purchases per decile.
    pub calibration: Vec<CalibrationBin>,
}

/// Purchase history as of a day, read in bulk.
struct History {
    /// Purchase days per customer, sorted and distinct.
    days: HashMap<CustomerId, Vec<NaiveDate>>,
    /// Purchase days per customer × product (no returns), sorted and distinct.
    products: HashMap<(CustomerId, ProductId), Vec<NaiveDate>>,
}

fn day_of(stamp: &str) -> Option<NaiveDate> {
    stamp.get(..10)?.parse().ok()
}

/// The first instant after `as_of`, as stored, for `at < ?` comparisons.
fn end_of(as_of: NaiveDate) -> String {
    format!("{}T00:00:00.000Z", as_of + Duration::days(1))
}

/// Reads purchase days up to the end of `until` (all when `None`), and the
/// per-product days too when `with_products`.
fn read_history(
    conn: &Connection,
    until: Option<NaiveDate>,
    with_products: bool,
) -> Result<History> {
    let end = until.map_or_else(|| "9999-12-31T".to_string(), end_of);
    let mut days: HashMap<CustomerId, Vec<NaiveDate>> = HashMap::new();
    let mut stmt =
        conn.prepare("SELECT customer_id, at FROM purchase WHERE deleted_at IS NULL AND at < ?1")?;
    let mut rows = stmt.query([&end])?;
    while let Some(r) = rows.next()? {
        let id: CustomerId = r.get(0)?;
        let at: String = r.get(1)?;
        if let Some(d) = day_of(&at) {
            days.entry(id).or_default().push(d);
        }
    }
    let mut products: HashMap<(CustomerId, ProductId), Vec<NaiveDate>> = HashMap::new();
    if with_products {
        let mut stmt = conn.prepare(
            // CROSS JOIN keeps purchases outside: one pass over them, each
            // seeking its lines, which are stored together by purchase id.
            "SELECT p.customer_id, l.product_id, p.at FROM purchase p
             CROSS JOIN purchase_line l ON l.purchase_id = p.id
             WHERE p.deleted_at IS NULL AND p.at < ?1 AND l.product_id IS NOT NULL
               AND l.is_return = 0",
        )?;
        let mut rows = stmt.query([&end])?;
        while let Some(r) = rows.next()? {
            let id: CustomerId = r.get(0)?;
            let product: ProductId = r.get(1)?;
            let at: String = r.get(2)?;
            if let Some(d) = day_of(&at) {
                products.entry((id, product)).or_default().push(d);
            }
        }
    }
    for v in days.values_mut().chain(products.values_mut()) {
        v.sort_unstable();
        v.dedup();
    }
    Ok(History { days, products })
}

/// Consent per customer as it stood at the end of `as_of`.
fn read_consent(
    conn: &Connection,
    as_of: NaiveDate,
) -> Result<HashMap<CustomerId, Vec<ConsentStatus>>> {
    let mut latest: HashMap<(CustomerId, Channel, Purpose), ConsentState> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT customer_id, channel, purpose, state FROM consent_entry WHERE at < ?1 ORDER BY at, id",
    )?;
    let mut rows = stmt.query([end_of(as_of)])?;
    while let Some(r) = rows.next()? {
        latest.insert((r.get(0)?, r.get(1)?, r.get(2)?), r.get(3)?);
    }
    let mut out: HashMap<CustomerId, Vec<ConsentStatus>> = HashMap::new();
    for ((id, channel, purpose), state) in latest {
        out.entry(id).or_default().push(ConsentStatus {
            channel,
            purpose,
            state,
            since: None,
        });
    }
    Ok(out)
}

fn read_frequencies(conn: &Connection) -> Result<HashMap<CustomerId, ContactFrequency>> {
    let mut stmt = conn.prepare("SELECT customer_id, rule FROM contact_frequency")?;
    let mut rows = stmt.query([])?;
    let mut out = HashMap::new();
    while let Some(r) = rows.next()? {
        let json: String = r.get(1)?;
        if let Ok(rule) = serde_json::from_str(&json) {
            out.insert(r.get(0)?, rule);
        }
    }
    Ok(out)
}

/// Contact days per customer up to the end of `as_of`.
fn read_contacts(
    conn: &Connection,
    as_of: NaiveDate,
) -> Result<HashMap<CustomerId, Vec<NaiveDate>>> {
    let mut stmt = conn.prepare("SELECT customer_id, at FROM contact_log WHERE at < ?1")?;
    let mut rows = stmt.query([end_of(as_of)])?;
    let mut out: HashMap<CustomerId, Vec<NaiveDate>> = HashMap::new();
    while let Some(r) = rows.next()? {
        let at: String = r.get(1)?;
        if let Some(d) = day_of(&at) {
            out.entry(r.get(0)?).or_default().push(d);
        }
    }
    Ok(out)
}

/// Whether the customer has an address for `channel`.
fn reachable(c: &Customer, channel: Channel) -> bool {
    match channel {
        Channel::Email => !c.emails.is_empty(),
        Channel::Sms | Channel::Phone | Channel::Messaging => !c.phones.is_empty(),
        Channel::Post => c.address.is_some(),
    }
}

/// "34 days" (or "1 day").
fn days_text(days: f64) -> String {
    match days.round() as i64 {
        1 => "1 day".into(),
        d => format!("{d} days"),
    }
}

/// "26 days", or "5 weeks" from 28 days on.
fn span(days: f64) -> String {
    let d = days.round() as i64;
    if d >= 28 {
        let w = (days / 7.0).round() as i64;
        format!("{w} weeks")
    } else if d == 1 {
        "1 day".into()
    } else {
        format!("{d} days")
    }
}

/// The next date on or after `as_of` with this day and month (29 February
/// falls on 1 March in other years).
fn next_occurrence(dm: &DayMonth, as_of: NaiveDate) -> Option<NaiveDate> {
    let on = |year: i32| {
        NaiveDate::from_ymd_opt(year, u32::from(dm.month), u32::from(dm.day)).or_else(|| {
            NaiveDate::from_ymd_opt(year, u32::from(dm.month), u32::from(dm.day) - 1)
                .map(|d| d + Duration::days(1))
        })
    };
    let this = on(as_of.year())?;
    if this >= as_of {
        Some(this)
    } else {
        on(as_of.year() + 1)
    }
}

/// The BG/NBD fit and rhythms at a cut-off.
struct Model {
    params: Option<Params>,
    fallbacks: Fallbacks,
}

impl Model {
    fn fit(history: &History, as_of: NaiveDate) -> Model {
        let rfm: Vec<Rfm> = history
            .days
            .values()
            .filter_map(|d| Rfm::from_dates(d, as_of))
            .collect();
        let params = fit(&rfm).ok().map(|f| f.params);
        // The shop-wide median of own intervals, as in the holdout evaluation.
        let shop_median_days = shop_median_interval(history.days.values().map(Vec::as_slice));
        Model {
            params,
            fallbacks: Fallbacks {
                catalog_days: None,
                shop_median_days,
            },
        }
    }
}

/// The named numbers behind a suggestion.
type Inputs = Vec<(String, String)>;
/// A suggestion before its channel is decided: kind, reason, inputs, rule, score.
type Found = (SuggestionKind, String, Inputs, &'static str, f64);

fn day_number(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

impl Shop {
    /// Follow-up suggestions for `as_of`, best first, at most `limit`, using
    /// only data up to the end of that day. Every suggestion's channel obeys
    /// [`rules::allowed_channel`]; when none is allowed it says "mention in
    /// person next visit".
    pub fn suggestions(&self, as_of: NaiveDate, limit: usize) -> Result<Vec<Suggestion>> {
        let conn = self.conn();
        let history = read_history(conn, Some(as_of), true)?;
        let model = Model::fit(&history, as_of);
        let consents = read_consent(conn, as_of)?;
        let frequencies = read_frequencies(conn)?;
        let contacts = read_contacts(conn, as_of)?;
        let default_frequency = &self.settings().default_frequency;
        let products: HashMap<ProductId, crate::Product> = crate::catalog::list(conn)?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        // Shop-wide median interval per product, from customers with enough gaps.
        let mut by_product: HashMap<ProductId, Vec<&[NaiveDate]>> = HashMap::new();
        for ((_, product), d) in &history.products {
            by_product.entry(*product).or_default().push(d);
        }
        let product_median: HashMap<ProductId, f64> = by_product
            .into_iter()
            .filter_map(|(p, hs)| shop_median_interval(hs).map(|m| (p, m)))
            .collect();
        let mut per_customer: HashMap<CustomerId, Vec<(ProductId, &[NaiveDate])>> = HashMap::new();
        for ((c, p), d) in &history.products {
            per_customer.entry(*c).or_default().push((*p, d));
        }

        let mut out = Vec::new();
        for customer in crate::customer::list(conn)? {
            let id = customer.id;
            let name = customer.display_name.clone();
            let first = name.split_whitespace().next().unwrap_or(&name).to_string();
            let mut found: Vec<Found> = Vec::new();
            let days = history.days.get(&id).map_or(&[][..], Vec::as_slice);

            // Replenishment: the best product due for this customer.
            let mut best: Option<(f64, String, Inputs)> = None;
            for (product_id, dates) in per_customer.get(&id).map_or(&[][..], Vec::as_slice) {
                let Some(product) = products.get(product_id) else {
                    continue;
                };
                let catalog_days = product.use_up_days.map(f64::from);
                if dates.len() < 2 && catalog_days.is_none() {
                    continue;
                }
                let fallbacks = Fallbacks {
                    catalog_days,
                    shop_median_days: product_median.get(product_id).copied(),
                };
                let Ok(interval) = Interval::from_dates(dates, fallbacks) else {
                    continue;
                };
                let last = *dates.last().expect("non-empty");
                let until_due = interval.days_until_due(last, as_of);
                if until_due > DUE_LEAD_DAYS || -until_due > DUE_MAX_OVERDUE * interval.days {
                    continue;
                }
                let since = (as_of - last).num_days();
                let closeness = 1.0 - (until_due.abs() / interval.days).min(1.0);
                let score = (0.4 + 0.6 * interval.confidence) * (0.5 + 0.5 * closeness);
                if best.as_ref().is_some_and(|(s, _, _)| *s >= score) {
                    continue;
                }
                let how = if dates.len() >= 2 {
                    format!(
                        "buys {} about every {}",
                        product.name,
                        days_text(interval.days)
                    )
                } else {
                    format!(
                        "bought {} once; it usually lasts about {}",
                        product.name,
                        days_text(interval.days)
                    )
                };
                best = Some((
                    score,
                    format!("{first} {how}; last bought {} ago", days_text(since as f64)),
                    vec![
                        ("product".into(), product.name.clone()),
                        ("purchases".into(), dates.len().to_string()),
                        ("last_bought".into(), last.to_string()),
                        ("interval_days".into(), format!("{:.1}", interval.days)),
                        ("interval_source".into(), format!("{:?}", interval.source)),
                        ("confidence".into(), format!("{:.2}", interval.confidence)),
                        ("days_until_due".into(), format!("{until_due:.1}")),
                    ],
                ));
            }
            if let Some((score, reason, inputs)) = best {
                found.push((
                    SuggestionKind::ReplenishmentDue,
                    reason,
                    inputs,
                    "replenishment: last purchase + interval (own median, else catalog use-up, else shop median) within 5 days ahead to one interval overdue",
                    score,
                ));
            }

            // Lapsing regular: BG/NBD P(alive) × how unusual the silence is.
            if let (Some(params), Some(rfm)) = (&model.params, Rfm::from_dates(days, as_of)) {
                if let Ok(interval) = Interval::from_dates(days, Fallbacks::default()) {
                    let last = *days.last().expect("non-empty");
                    let since = (as_of - last).num_days() as f64;
                    let p_alive = params.p_alive(&rfm).unwrap_or(0.0);
                    let l = lapsing(p_alive, since, &interval);
                    if interval.gaps + 1 >= LAPSING_MIN_VISITS
                        && l.unusualness >= LAPSING_MIN_UNUSUALNESS
                        && l.overdue_ratio <= LAPSING_MAX_OVERDUE
                        && l.score >= LAPSING_MIN_SCORE
                        && interval.confidence >= LAPSING_MIN_CONFIDENCE
                        && since <= 365.0
                    {
                        found.push((
                            SuggestionKind::LapsingRegular,
                            format!(
                                "{first} came about every {}; nothing for {}",
                                span(interval.days),
                                span(since)
                            ),
                            vec![
                                ("visits".into(), days.len().to_string()),
                                ("last_visit".into(), last.to_string()),
                                ("interval_days".into(), format!("{:.1}", interval.days)),
                                ("rhythm_confidence".into(), format!("{:.2}", interval.confidence)),
                                ("p_alive".into(), format!("{p_alive:.3}")),
                                ("unusualness".into(), format!("{:.3}", l.unusualness)),
                                ("lapsing_score".into(), format!("{:.3}", l.score)),
                            ],
                            "lapsing: BG/NBD P(alive) × share of own gaps shorter than the current silence, for steady regulars at most 4 intervals and a year overdue",
                            0.9 * l.score * (0.5 + 0.5 * interval.confidence),
                        ));
                    }
                }
            }

            // Occasions within the lead time.
            let mut dates: Vec<(String, DayMonth)> = Vec::new();
            if let Some(b) = customer.birthday {
                dates.push(("birthday".into(), b));
            }
            for d in &customer.important_dates {
                dates.push((d.label.clone(), d.date));
            }
            if let Some((label, when, ahead)) = dates
                .iter()
                .filter_map(|(l, dm)| {
                    let when = next_occurrence(dm, as_of)?;
                    let ahead = (when - as_of).num_days();
                    (ahead <= OCCASION_LEAD_DAYS).then_some((l.clone(), when, ahead))
                })
                .min_by_key(|(_, _, ahead)| *ahead)
            {
                let in_words = match ahead {
                    0 => "today".to_string(),
                    1 => "tomorrow".to_string(),
                    n => format!("in {n} days ({})", when.format("%-d %B")),
                };
                found.push((
                    SuggestionKind::Occasion,
                    format!("{first}'s {label} is {in_words}"),
                    vec![
                        ("occasion".into(), label),
                        ("date".into(), when.to_string()),
                        ("days_ahead".into(), ahead.to_string()),
                    ],
                    "occasion: birthday or important date within 21 days",
                    0.5 + 0.4 * (1.0 - ahead as f64 / OCCASION_LEAD_DAYS as f64),
                ));
            }

            // Thank-you after a first purchase.
            if let Some(&first_day) = days.first() {
                let ago = (as_of - first_day).num_days();
                if (0..THANK_YOU_DAYS).contains(&ago) {
                    found.push((
                        SuggestionKind::ThankYou,
                        format!(
                            "{first} made their first purchase {}",
                            match ago {
                                0 => "today".to_string(),
                                1 => "yesterday".to_string(),
                                n => format!("{n} days ago"),
                            }
                        ),
                        vec![("first_purchase".into(), first_day.to_string())],
                        "thank-you: first purchase within the last 7 days",
                        0.45,
                    ));
                }
            }

            if found.is_empty() {
                continue;
            }
            let frequency = frequencies.get(&id).unwrap_or(default_frequency);
            let window_start = as_of - Duration::days(i64::from(frequency.period_days));
            let in_period = contacts
                .get(&id)
                .map_or(0, |v| v.iter().filter(|d| **d > window_start).count())
                as u32;
            let customer_consents: Vec<ConsentStatus> = consents
                .get(&id)
                .map(|v| {
                    v.iter()
                        .filter(|s| reachable(&customer, s.channel))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            for (kind, reason, mut inputs, rule, score) in found {
                let decision = decide(
                    &customer_consents,
                    frequency,
                    in_period,
                    as_of,
                    kind.purpose(),
                );
                debug_assert_eq!(
                    decision.ok(),
                    allowed_channel(
                        &customer_consents,
                        frequency,
                        in_period,
                        as_of,
                        kind.purpose()
                    )
                );
                inputs.push((
                    "contacts_in_period".into(),
                    format!(
                        "{in_period} of at most {} in {} days",
                        frequency.max_contacts, frequency.period_days
                    ),
                ));
                if !frequency.preferred_days.is_empty() || frequency.preferred_times.is_some() {
                    let days: Vec<String> = frequency
                        .preferred_days
                        .iter()
                        .map(ToString::to_string)
                        .collect();
                    inputs.push((
                        "preferred_time".into(),
                        [
                            days.join(" "),
                            frequency.preferred_times.clone().unwrap_or_default(),
                        ]
                        .join(" ")
                        .trim()
                        .to_string(),
                    ));
                }
                let (channel, how) = match decision {
                    Ok(ch) => (
                        Some(ch),
                        format!("by {ch} ({} consent granted)", kind.purpose()),
                    ),
                    Err(why) => (
                        None,
                        format!("mention in person next visit: {}", why.explain()),
                    ),
                };
                out.push(Suggestion {
                    customer_id: id,
                    customer_name: name.clone(),
                    kind,
                    reason: format!("{reason}. {how}"),
                    inputs,
                    rule,
                    score,
                    channel,
                });
            }
        }
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.customer_name.cmp(&b.customer_name))
                .then_with(|| a.kind.as_str().cmp(b.kind.as_str()))
        });
        out.truncate(limit);
        Ok(out)
    }

    /// Purchase scores for every customer at `as_of` over the next
    /// `horizon_days`, using only purchases up to the end of `as_of`.
    pub fn scores(&self, as_of: NaiveDate, horizon_days: u32) -> Result<Vec<CustomerScore>> {
        let conn = self.conn();
        let history = read_history(conn, Some(as_of), false)?;
        let model = Model::fit(&history, as_of);
        let params = model.params.ok_or_else(|| {
            CoreError::invalid(
                "as_of",
                "Not enough purchase history up to this date to fit the model (it needs repeat buyers).",
            )
        })?;
        let horizon = f64::from(horizon_days);
        let mut out = Vec::new();
        for c in crate::customer::list(conn)? {
            let days = history.days.get(&c.id).map_or(&[][..], Vec::as_slice);
            let mut score = CustomerScore {
                customer_ref: c.customer_ref.clone(),
                customer_id: c.id,
                p_purchase: None,
                expected_purchases: None,
                p_alive: None,
            };
            if let Some(rfm) = Rfm::from_dates(days, as_of) {
                let interval = Interval::from_dates(days, model.fallbacks).ok();
                score.p_purchase = follow_up_score(&params, &rfm, interval.as_ref(), horizon)
                    .ok()
                    .map(|s| s.value);
                score.expected_purchases = params.expected_purchases(&rfm, horizon).ok();
                score.p_alive = params.p_alive(&rfm).ok();
            }
            out.push(score);
        }
        Ok(out)
    }

    /// Scores at `as_of` compared with the purchases really made in
    /// `(as_of, as_of + horizon_days]`.
    pub fn backtest(&self, as_of: NaiveDate, horizon_days: u32) -> Result<BacktestReport> {
        let history = read_history(self.conn(), None, false)?;
        let histories: Vec<Vec<f64>> = history
            .days
            .values()
            .map(|d| d.iter().map(|x| day_number(*x)).collect())
            .collect();
        let r = evaluate_holdout(&histories, day_number(as_of), f64::from(horizon_days)).map_err(
            |e| CoreError::invalid("as_of", format!("Cannot backtest at {as_of}: {e}.")),
        )?;
        Ok(BacktestReport {
            customers: r.customers,
            base_rate: r.base_rate,
            auc: r.score.auc,
            auc_bgnbd: r.bgnbd.auc,
            auc_recency: r.recency.auc,
            precision_top10: r.score.top10.precision,
            lift_top10: r.score.top10.lift,
            precision_top10_bgnbd: r.bgnbd.top10.precision,
            precision_top10_recency: r.recency.top10.precision,
            calibration: r.calibration,
        })
    }
}
