//! The `consent` and `contact` commands: what a customer agreed to, and contacts logged.

use clap::{Args, Subcommand};

use super::{CustomerArg, CustomerListArgs};

/// `shopkeeper consent ...`
#[derive(Debug, Subcommand)]
pub enum ConsentCommand {
    /// Record a consent decision.
    Set(SetConsent),
    /// Current consent per channel and purpose.
    Show(CustomerListArgs),
    /// The full consent history.
    History(CustomerListArgs),
}

/// `shopkeeper consent set`
#[derive(Debug, Args)]
pub struct SetConsent {
    /// Whose consent.
    #[arg(long)]
    pub customer: CustomerArg,
    /// email, sms, phone, post, messaging or in-person.
    #[arg(long)]
    pub channel: String,
    /// service, recommendations, promotions or occasions.
    #[arg(long)]
    pub purpose: String,
    /// granted, refused or not-asked.
    #[arg(long)]
    pub state: String,
    /// How it was obtained ("in person", "signed form").
    #[arg(long)]
    pub method: String,
    /// Version of the wording shown.
    #[arg(long)]
    pub wording: Option<String>,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
    /// Who recorded it.
    #[arg(long)]
    pub by: Option<String>,
}

/// `shopkeeper contact ...`
#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Log a contact.
    Log(LogContact),
    /// A customer's contacts.
    List(CustomerListArgs),
}

/// `shopkeeper contact log`
#[derive(Debug, Args)]
pub struct LogContact {
    /// With whom.
    #[arg(long)]
    pub customer: CustomerArg,
    /// email, sms, phone, post, messaging or in-person.
    #[arg(long)]
    pub channel: String,
    /// service, recommendations, promotions or occasions.
    #[arg(long)]
    pub purpose: String,
    /// What it was about.
    #[arg(long)]
    pub summary: String,
    /// The suggestion it came from.
    #[arg(long)]
    pub suggestion: Option<String>,
    /// When (default now).
    #[arg(long)]
    pub date: Option<String>,
}
