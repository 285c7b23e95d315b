//! The shape of the `template` commands, declared with clap (the work is in `crate::template`).

use super::ListArgs;
use clap::Subcommand;

/// `shopkeeper template ...`
#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// Every template in use, with the placeholders each may use.
    List(ListArgs),
    /// Save your own template for a kind of suggestion and a language.
    Set {
        /// The kind: replenishment-due, lapsing-regular, occasion, thank-you,
        /// matches-taste, service-check or promised-follow-up.
        kind: String,
        /// The language code (en, de, nb ...).
        #[arg(long, default_value = "en")]
        language: String,
        /// The subject, with placeholders such as {first_name}.
        #[arg(long)]
        subject: String,
        /// The message, with placeholders such as {first_name} and {owner}.
        #[arg(long)]
        body: String,
    },
    /// Forget your template; in English the built-in one is used again.
    Reset {
        /// The kind of suggestion.
        kind: String,
        /// The language code.
        #[arg(long, default_value = "en")]
        language: String,
    },
}
