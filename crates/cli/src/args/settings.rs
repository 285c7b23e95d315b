//! The `settings` command.

use clap::Subcommand;

use super::ListArgs;

/// `shopkeeper settings ...`
#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show the settings.
    Show(ListArgs),
    /// Change settings.
    Set {
        /// The shop's name.
        #[arg(long)]
        name: Option<String>,
        /// Currency code (EUR, GBP ...).
        #[arg(long)]
        currency: Option<String>,
        /// Country for phone numbers without a country code (GB, DE ...).
        #[arg(long)]
        phone_region: Option<String>,
        /// Who signs messages (your name).
        #[arg(long)]
        owner_name: Option<String>,
        /// The language of messages when the customer's has no template (en, de ...).
        #[arg(long)]
        language: Option<String>,
    },
}
