//! `shopkeeper suggest done|snooze|dismiss|draft KEY`: acting on one
//! suggestion, found by the key shown in `shopkeeper suggest`.

use clap::{Args, Subcommand};
use shopkeeper_core::{
    contact_channel_name, parse_contact_channel, parse_date, parse_key, Shop, Suggestion,
};

use crate::args::Format;
use crate::output::{listing, show};
use crate::suggest::date_or_today;

/// What to do with one suggestion.
#[derive(Debug, Subcommand)]
pub enum SuggestAction {
    /// Mark it done: logs the contact with the suggestion's key.
    Done(DoneArgs),
    /// Hide it until a day; it comes back then if it still applies.
    Snooze(SnoozeArgs),
    /// Dismiss it for good, with a reason.
    Dismiss(DismissArgs),
    /// Draft the message for it (in the customer's language where there is a template).
    Draft(DraftArgs),
}

/// `shopkeeper suggest done`
#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The suggestion's key, as listed.
    pub key: String,
    /// How you reached them: email, sms, phone, post, messaging or in-person.
    #[arg(long, default_value = "in-person")]
    pub channel: String,
    /// What was said (default: the kind of suggestion).
    #[arg(long)]
    pub note: Option<String>,
}

/// `shopkeeper suggest snooze`
#[derive(Debug, Args)]
pub struct SnoozeArgs {
    /// The suggestion's key, as listed.
    pub key: String,
    /// Hidden until this day (YYYY-MM-DD), after today.
    #[arg(long, value_name = "DATE")]
    pub until: String,
}

/// `shopkeeper suggest dismiss`
#[derive(Debug, Args)]
pub struct DismissArgs {
    /// The suggestion's key, as listed.
    pub key: String,
    /// not-relevant, already-handled, or not-interested-in-kind (no more of
    /// this kind for this customer).
    #[arg(long)]
    pub reason: String,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
}

/// `shopkeeper suggest draft`
#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The suggestion's key, as listed.
    pub key: String,
    /// The day the suggestion was listed for (YYYY-MM-DD; default today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Output format (table prints the message as text).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

listing!(
    /// A drafted message.
    DraftRow {
        key: String,
        language: String,
        subject: String,
        body: String,
        mailto: Option<String>,
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
                if let Some(link) = &d.mailto {
                    println!("\n{link}");
                }
                return Ok(());
            }
            show(
                &[DraftRow {
                    key: s.key,
                    language: d.language,
                    subject: d.subject,
                    body: d.body,
                    mailto: d.mailto,
                }],
                a.format,
            )?;
        }
    }
    Ok(())
}
