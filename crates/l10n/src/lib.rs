//! Shopkeeper's one message catalogue.
//!
//! Every word an edge shows (the app, the CLI, PDFs, drafts, errors) comes
//! from the Project Fluent files under `crates/l10n/locales/<language>/`,
//! embedded at build time. The crates below the edges never hold sentences:
//! they hold a [`Message`], an id and its arguments, which [`Words`] puts
//! into words in one language, falling back to English key by key.
//!
//! Adding a language is a folder of `.ftl` files and one entry in
//! `locales/languages.toml`; a test fails while any key or variable differs
//! from English.

mod catalogue {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}
mod env_lang;
mod languages;
mod message;
mod words;

pub use env_lang::language_from_env;
pub use languages::{languages, Language};
pub use message::{Arg, Message};
pub use words::Words;
