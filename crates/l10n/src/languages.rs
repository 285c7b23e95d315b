//! The list of languages, from `locales/languages.toml`.

use serde::Deserialize;
use std::sync::OnceLock;

/// A language Shopkeeper speaks.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Language {
    /// Its code, the folder name under `locales/` (`en`, `de`, ...).
    pub code: String,
    /// Its name in itself (`Deutsch`, `Français`).
    pub name: String,
}

#[derive(Deserialize)]
struct List {
    language: Vec<Language>,
}

/// Every language, in the list's order (English first).
pub fn languages() -> &'static [Language] {
    static LIST: OnceLock<Vec<Language>> = OnceLock::new();
    LIST.get_or_init(|| {
        toml::from_str::<List>(crate::catalogue::LANGUAGES_TOML)
            .map(|l| l.language)
            // The list is part of the build; a broken one fails the tests.
            .unwrap_or_else(|_| {
                vec![Language {
                    code: "en".into(),
                    name: "English".into(),
                }]
            })
    })
}
