//! [`Words`]: the catalogue in one language, with English behind it.

use crate::catalogue::FILES;
use crate::{languages, Arg, Message};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{
    negotiate_languages, LanguageIdentifier as NegotiationId, NegotiationStrategy,
};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

type Bundle = FluentBundle<FluentResource>;

/// The words of one language. A key the language lacks is said in English,
/// so a partly translated language still says everything.
#[derive(Clone, Copy)]
pub struct Words {
    code: &'static str,
    /// The language's bundle, then English's (the catalogue's tests make
    /// sure both exist; a missing one only means fewer words, never a panic).
    chain: [Option<&'static Bundle>; 2],
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words").field("code", &self.code).finish()
    }
}

/// A language's bundle, parsed the first time it is needed (each language
/// once, and only the languages asked for).
fn bundle(code: &str) -> Option<(&'static str, &'static Bundle)> {
    static ALL: OnceLock<Vec<(&'static str, OnceLock<Bundle>)>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        let mut codes: Vec<&'static str> = FILES.iter().map(|(lang, _, _)| *lang).collect();
        codes.dedup();
        codes.into_iter().map(|c| (c, OnceLock::new())).collect()
    });
    let (lang, cell) = all.iter().find(|(l, _)| *l == code)?;
    let bundle = cell.get_or_init(|| {
        let id: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        for (_, _, text) in FILES.iter().filter(|(l, _, _)| l == lang) {
            // A file with a syntax error still gives its good entries; the
            // catalogue's tests fail on any error, so none ships.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        bundle
    });
    Some((lang, bundle))
}

/// Whether the catalogue has files for `code`.
fn has_files(code: &str) -> bool {
    FILES.iter().any(|(l, _, _)| *l == code)
}

impl Words {
    /// English, the catalogue's source language (negotiated once: every
    /// message's `Display` says itself in English).
    pub fn english() -> Words {
        static ENGLISH: OnceLock<Words> = OnceLock::new();
        *ENGLISH.get_or_init(|| Words::for_language("en"))
    }

    /// The best language for `tag` (`de-CH`, `fr`, `pt-BR`...): the language
    /// itself, else its base language, else English.
    pub fn for_language(tag: &str) -> Words {
        let english = bundle("en").map(|(_, b)| b);
        let codes: Vec<NegotiationId> = languages()
            .iter()
            .filter(|l| has_files(&l.code))
            .filter_map(|l| l.code.parse().ok())
            .collect();
        let requested: Vec<NegotiationId> = tag.parse().into_iter().collect();
        let default: NegotiationId = "en".parse().unwrap_or_default();
        let chosen = negotiate_languages(
            &requested,
            &codes,
            Some(&default),
            NegotiationStrategy::Filtering,
        )
        .first()
        .map(|l| l.to_string())
        .unwrap_or_else(|| "en".to_string());
        match bundle(&chosen) {
            Some((code, b)) => Words {
                code,
                chain: [Some(b), english],
            },
            None => Words {
                code: "en",
                chain: [english, None],
            },
        }
    }

    /// The code of the language these words are in (`en`, `de`, ...).
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// Says `message` in this language (English where it has no words for
    /// it). An id in no catalogue is said as the id itself.
    pub fn say(&self, message: &Message) -> String {
        let (id, attribute) = match message.id().split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (message.id(), None),
        };
        let mut args = FluentArgs::new();
        for (name, value) in message.args() {
            let value = match value {
                Arg::Text(t) => FluentValue::from(t.as_str()),
                Arg::Int(n) => FluentValue::from(*n),
                Arg::Message(m) => FluentValue::from(self.say(m)),
            };
            args.set(*name, value);
        }
        for bundle in self.chain.into_iter().flatten() {
            let Some(found) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(a) => found.get_attribute(a).map(|a| a.value()),
                None => found.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
            }
        }
        message.id().to_string()
    }

    /// Whether this language (not its English fallback) has words for `id`.
    pub fn has(&self, id: &str) -> bool {
        self.chain[0].is_some_and(|b| b.has_message(id.split('.').next().unwrap_or(id)))
    }
}
