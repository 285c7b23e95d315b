//! The `pref` command: what a customer likes.

use clap::{Args, Subcommand};

use super::{CustomerArg, CustomerListArgs};

/// `shopkeeper pref ...`
#[derive(Debug, Subcommand)]
pub enum PrefCommand {
    /// Remember a preference.
    Add(AddPref),
    /// A customer's preferences.
    List(CustomerListArgs),
    /// Forget a preference (by its id).
    Remove {
        /// The preference's id.
        id: String,
    },
}

/// `shopkeeper pref add`
#[derive(Debug, Args)]
pub struct AddPref {
    /// Whose preference.
    #[arg(long)]
    pub customer: CustomerArg,
    /// size, fit, colour, brand, style, taste, allergy, dislike, gift-idea or other.
    #[arg(long)]
    pub category: String,
    /// The preference itself.
    #[arg(long)]
    pub value: String,
    /// Product or category it applies to.
    #[arg(long)]
    pub applies_to: Option<String>,
    /// said or observed.
    #[arg(long, default_value = "said")]
    pub source: String,
    /// Why the shop keeps it.
    #[arg(long)]
    pub purpose: Option<String>,
}
