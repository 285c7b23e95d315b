//! The command line's language: `--lang`, else the POSIX environment
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; and errors said in it.

use std::sync::OnceLock;

use shopkeeper_core::CoreError;
use shopkeeper_l10n::{language_from_env, Words};

static CHOSEN: OnceLock<Words> = OnceLock::new();

/// The words for `--lang` (or the environment's language), kept for
/// [`current`]: the command line speaks one language per run.
pub fn chosen(lang: Option<&str>) -> Words {
    let tag = lang.map(str::to_string).or_else(language_from_env);
    *CHOSEN.get_or_init(|| Words::for_language(tag.as_deref().unwrap_or("en")))
}

/// The run's words ([`chosen`]; English before it was called).
pub fn current() -> Words {
    CHOSEN.get().copied().unwrap_or_else(Words::english)
}

/// `err` with its causes, as `{err:#}` writes them, each core error said in
/// `words` (the rest, the command line's own context, as it is).
pub fn error(words: &Words, err: &anyhow::Error) -> String {
    err.chain()
        .map(|cause| match cause.downcast_ref::<CoreError>() {
            Some(core) => words.say(&core.message()),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}
