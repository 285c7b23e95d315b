//! `shopkeeper template ...`: the message templates drafts are made from.

use shopkeeper_core::{MessageTemplate, Shop, SuggestionKind};

use crate::args::TemplateCommand;
use crate::output::{listing, show};

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
