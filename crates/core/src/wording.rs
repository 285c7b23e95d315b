//! The words a customer is shown when asked for consent, one per purpose and
//! language, each with a version. Shopkeeper starts with the catalogue's
//! question in each language it speaks (`consent.ftl`, version 1); the owner
//! may reword any of them. Customer view and the paper form ask in the
//! customer's language, and the consent ledger records the language and the
//! version shown with every entry, so changing the words bumps the version
//! and older entries still say what the customer actually agreed to.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::consent::Purpose;
use crate::time::now_stamp;
use crate::{text, CoreError, Message, Result, Shop};
use shopkeeper_l10n::Words;

/// The longest wording accepted, in characters.
const MAX_WORDING_CHARS: usize = 500;

/// What the customer is asked for one purpose in one language, and its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentWording {
    /// The purpose it asks about.
    pub purpose: Purpose,
    /// The language it is in (`en`, `de`, ...: one Shopkeeper speaks).
    pub language: String,
    /// The question, in the shop's words.
    pub text: String,
    /// Its version: "1" for the words Shopkeeper starts with, then one more per change.
    pub version: String,
}

/// How a wording is kept in the `setting` table.
#[derive(Serialize, Deserialize)]
struct Stored {
    text: String,
    version: u32,
}

/// The catalogue's question for `p` in `words`' language.
fn default_text(p: Purpose, words: &Words) -> String {
    let id = match p {
        Purpose::Service => "consent-question.service",
        Purpose::Recommendations => "consent-question.recommendations",
        Purpose::Promotions => "consent-question.promotions",
        Purpose::Occasions => "consent-question.occasions",
    };
    words.say(&Message::new(id))
}

/// The setting that keeps the owner's words for `p` in `language` (English
/// keeps the key it had before wordings had languages).
fn key(p: Purpose, language: &str) -> String {
    match language {
        "en" => format!("consent_wording.{}", p.as_str()),
        _ => format!("consent_wording.{language}.{}", p.as_str()),
    }
}

impl Shop {
    fn stored_wording(&self, p: Purpose, words: &Words) -> Result<Stored> {
        let stored: Option<String> = self
            .conn()
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                [key(p, words.code())],
                |r| r.get(0),
            )
            .optional()?;
        Ok(stored
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_else(|| Stored {
                text: default_text(p, words),
                version: 1,
            }))
    }

    /// The current wording of each purpose in `language` (the best language
    /// Shopkeeper speaks for it: "de-CH" is German), in display order.
    pub fn consent_wordings(&self, language: &str) -> Result<Vec<ConsentWording>> {
        Purpose::ALL
            .iter()
            .map(|&p| self.consent_wording(p, language))
            .collect()
    }

    /// The current wording for `purpose` in `language`.
    pub fn consent_wording(&self, purpose: Purpose, language: &str) -> Result<ConsentWording> {
        let words = Words::for_language(language);
        let s = self.stored_wording(purpose, &words)?;
        Ok(ConsentWording {
            purpose,
            language: words.code().to_string(),
            text: s.text,
            version: s.version.to_string(),
        })
    }

    /// Changes the wording for `purpose` in `language`; new words get the
    /// next version (the same words keep theirs).
    pub fn set_consent_wording(
        &mut self,
        purpose: Purpose,
        language: &str,
        words: &str,
    ) -> Result<ConsentWording> {
        self.require(crate::staff::Permission::Settings)?;
        let catalogue = Words::for_language(language);
        let words = text::tidy(Some(words))
            .ok_or_else(|| CoreError::invalid("text", msg!("error-text-wording-empty")))?;
        text::limit(&words, "text", MAX_WORDING_CHARS)?;
        let mut s = self.stored_wording(purpose, &catalogue)?;
        if s.text != words {
            s = Stored {
                text: words,
                version: s.version + 1,
            };
            self.conn().execute(
                "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                rusqlite::params![
                    key(purpose, catalogue.code()),
                    serde_json::to_string(&s).expect("serializable"),
                    now_stamp()
                ],
            )?;
        }
        self.consent_wording(purpose, catalogue.code())
    }
}
