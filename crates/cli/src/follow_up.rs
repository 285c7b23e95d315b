//! `shopkeeper suggest done|snooze|dismiss|draft KEY`: acting on one
//! suggestion, found by the key shown in `shopkeeper suggest`.

use shopkeeper_core::{
    contact_channel_name, parse_contact_channel, parse_date, parse_key, Shop, Suggestion,
};

use crate::args::Format;
use crate::args::SuggestAction;
use crate::output::{listing, show};

listing!(
    /// A drafted message.
    DraftRow {
        key: String,
        language: String,
        subject: String,
        body: String,
        links: String,
    }
);

/// The suggestion with this key on `as_of`, or a plain-words error.
fn current(shop: &Shop, key: &str, as_of: chrono::NaiveDate) -> anyhow::Result<Suggestion> {
    parse_key(key)?;
    shop.suggestions(as_of, usize::MAX)?
        .into_iter()
        .find(|s| s.key == key.trim())
        .ok_or_else(|| {
            anyhow::anyhow!(
                "No suggestion for {as_of} has this key: it may be done, snoozed or dismissed, or no longer apply. List them with `shopkeeper suggest --as-of {as_of}`."
            )
        })
}

/// Runs one action.
pub fn run(shop: &mut Shop, action: SuggestAction) -> anyhow::Result<()> {
    match action {
        SuggestAction::Done(a) => {
            let parts = parse_key(&a.key)?;
            let channel = parse_contact_channel(&a.channel)?;
            let name = shop.customer(parts.customer_id)?.display_name;
            let entry = shop.complete_suggestion(
                &a.key,
                parts.customer_id,
                channel,
                a.note.as_deref().unwrap_or_default(),
            )?;
            println!(
                "Done: {} ({}), logged as a contact with {name} ({})",
                entry.summary,
                contact_channel_name(entry.channel),
                entry.id
            );
        }
        SuggestAction::Snooze(a) => {
            let parts = parse_key(&a.key)?;
            let until = parse_date(&a.until, "until")?;
            shop.snooze_suggestion(&a.key, parts.customer_id, until)?;
            println!("Snoozed until {until}");
        }
        SuggestAction::Dismiss(a) => {
            let parts = parse_key(&a.key)?;
            let reason = a.reason.parse()?;
            shop.dismiss_suggestion(
                &a.key,
                parts.customer_id,
                parts.kind,
                reason,
                a.note.as_deref(),
            )?;
            println!("Dismissed ({reason})");
        }
        SuggestAction::Draft(a) => {
            let as_of = date_or_today(a.as_of.as_deref())?;
            let s = current(shop, &a.key, as_of)?;
            let d = shop.draft(&s)?;
            if a.format == Format::Table {
                println!("Subject: {}\n\n{}", d.subject, d.body);
                for link in &d.links {
                    println!("\n{}: {}", link.app, link.url);
                }
                return Ok(());
            }
            show(
                &[DraftRow {
                    key: s.key,
                    language: d.language,
                    subject: d.subject,
                    body: d.body,
                    links: d
                        .links
                        .iter()
                        .map(|l| l.url.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                }],
                a.format,
            )?;
        }
    }
    Ok(())
}

/// The day in `text`, or today.
pub(crate) fn date_or_today(text: Option<&str>) -> anyhow::Result<chrono::NaiveDate> {
    Ok(match text {
        Some(d) => parse_date(d, "as_of")?,
        None => chrono::Utc::now().date_naive(),
    })
}
