//! `shopkeeper template ...`: the message templates drafts are made from.

use clap::Subcommand;
use shopkeeper_core::{MessageTemplate, Shop, SuggestionKind};

use crate::args::ListArgs;
use crate::output::{listing, show};

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

listing!(
    /// One template as printed.
    TemplateRow {
        kind: String,
        language: String,
        built_in: bool,
        subject: String,
        body: String,
        placeholders: String,
    }
);

/// Runs a `template` subcommand.
pub fn run(shop: &mut Shop, cmd: TemplateCommand) -> anyhow::Result<()> {
    match cmd {
        TemplateCommand::List(list) => {
            let rows: Vec<TemplateRow> = shop
                .templates()?
                .into_iter()
                .map(|t| TemplateRow {
                    placeholders: MessageTemplate::placeholders(t.kind)
                        .iter()
                        .map(|p| format!("{{{p}}}"))
                        .collect::<Vec<_>>()
                        .join(" "),
                    kind: t.kind.to_string(),
                    language: t.language,
                    built_in: t.built_in,
                    subject: t.subject,
                    body: t.body,
                })
                .collect();
            show(&rows, list.format)?;
        }
        TemplateCommand::Set {
            kind,
            language,
            subject,
            body,
        } => {
            let kind: SuggestionKind = kind.parse()?;
            let t = shop.set_template(kind, &language, &subject, &body)?;
            println!("Saved the {} template for {} messages", t.language, t.kind);
        }
        TemplateCommand::Reset { kind, language } => {
            let kind: SuggestionKind = kind.parse()?;
            shop.reset_template(kind, &language)?;
            println!("Removed your {language} template for {kind} messages");
        }
    }
    Ok(())
}
