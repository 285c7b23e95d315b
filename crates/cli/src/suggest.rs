//! `shopkeeper suggest`, `score` and `backtest`: follow-up suggestions and
//! how well the purchase scores predict what customers really did.

use shopkeeper_core::{parse_date, Shop};

use crate::args::Format;
use crate::args::{BacktestArgs, ScoreArgs, SuggestArgs};
use crate::follow_up::date_or_today;
use crate::output::{listing, show};

listing!(
    /// One suggestion as printed.
    SuggestionRow {
        customer: String,
        kind: String,
        key: String,
        channel: String,
        score: String,
        reason: String,
        rule: String,
        inputs: String,
        customer_id: String,
    }
);

listing!(
    /// One customer's scores as printed.
    ScoreRow {
        customer_ref: Option<String>,
        customer_id: String,
        p_purchase: String,
        expected_purchases: String,
        p_alive: String,
        score: String,
    }
);

fn number(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.6}")).unwrap_or_default()
}

/// `shopkeeper suggest` (and its actions)
pub fn suggest(shop: &mut Shop, a: SuggestArgs) -> anyhow::Result<()> {
    if let Some(action) = a.action {
        return crate::follow_up::run(shop, action);
    }
    let as_of = date_or_today(a.as_of.as_deref())?;
    let rows: Vec<SuggestionRow> = shop
        .suggestions(as_of, a.limit)?
        .into_iter()
        .map(|s| SuggestionRow {
            customer: s.customer_name,
            kind: s.kind.to_string(),
            key: s.key,
            channel: s
                .channel
                .map_or_else(|| "in person".to_string(), |c| c.to_string()),
            score: number(Some(s.score)),
            reason: crate::words::current().say(&s.reason),
            rule: s.rule.to_string(),
            inputs: s
                .inputs
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; "),
            customer_id: s.customer_id.to_string(),
        })
        .collect();
    if a.format == Format::Table && rows.is_empty() {
        println!("No suggestions for {as_of}.");
        return Ok(());
    }
    show(&rows, a.format)
}

/// `shopkeeper score`
pub fn score(shop: &Shop, a: ScoreArgs) -> anyhow::Result<()> {
    let as_of = parse_date(&a.as_of, "as_of")?;
    let rows: Vec<ScoreRow> = shop
        .scores(as_of, a.horizon_days)?
        .into_iter()
        .map(|s| ScoreRow {
            customer_ref: s.customer_ref,
            customer_id: s.customer_id.to_string(),
            p_purchase: number(s.p_purchase),
            expected_purchases: number(s.expected_purchases),
            p_alive: number(s.p_alive),
            // Full precision: what ranks, not a rounded copy of it.
            score: s.score.to_string(),
        })
        .collect();
    show(&rows, a.format)
}

/// `shopkeeper backtest`
pub fn backtest(shop: &Shop, a: BacktestArgs) -> anyhow::Result<()> {
    let as_of = parse_date(&a.as_of, "as_of")?;
    let r = shop.backtest(as_of, a.horizon_days)?;
    let h = a.horizon_days;
    println!(
        "Scored {} customers with purchases up to {as_of}; {:.1}% of them bought in the next {h} days.",
        r.customers,
        100.0 * r.base_rate
    );
    println!("Ranking (ROC AUC: the chance a buyer is ranked above a non-buyer; 0.5 is guessing):");
    println!(
        "  Today's order     {:.3}  (ranked by: {})",
        r.auc, r.method
    );
    println!("  plain BG/NBD      {:.3}", r.auc_bgnbd);
    println!("  recency alone     {:.3}", r.auc_recency);
    if !r.contest.is_empty() {
        let entries: Vec<String> = r
            .contest
            .iter()
            .map(|(method, auc)| format!("{method} {auc:.3}"))
            .collect();
        println!(
            "Chosen on the shop's latest held-out weeks (ROC AUC there): {}.",
            entries.join(", ")
        );
    }
    println!(
        "Top 10% by Today's order: {:.1}% bought (lift {:.2}× over the {:.1}% average); BG/NBD top 10%: {:.1}%; recency top 10%: {:.1}%.",
        100.0 * r.precision_top10,
        r.lift_top10,
        100.0 * r.base_rate,
        100.0 * r.precision_top10_bgnbd,
        100.0 * r.precision_top10_recency
    );
    println!("Calibration (expected vs actual purchases per customer, by decile of prediction):");
    println!("  decile  customers  expected  actual");
    for (i, b) in r.calibration.iter().enumerate() {
        println!(
            "  {:>6}  {:>9}  {:>8.3}  {:>6.3}",
            i + 1,
            b.count,
            b.mean_predicted,
            b.mean_actual
        );
    }
    Ok(())
}
