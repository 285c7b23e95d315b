//! The shape of `shopkeeper suggest done|snooze|dismiss|draft`, declared with clap (the work is in `crate::follow_up`).

use super::Format;
use clap::{Args, Subcommand};

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
