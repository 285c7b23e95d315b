//! The words a customer is shown when asked for consent, one per purpose,
//! each with a version. The consent ledger records the version shown with
//! every entry, so changing the words bumps the version and older entries
//! still say what the customer actually agreed to.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::consent::Purpose;
use crate::time::now_stamp;
use crate::{text, CoreError, Result, Shop};

/// The longest wording accepted, in characters.
const MAX_WORDING_CHARS: usize = 500;

/// What the customer is asked for one purpose, and its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentWording {
    /// The purpose it asks about.
    pub purpose: Purpose,
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

fn default_text(p: Purpose) -> &'static str {
    match p {
        Purpose::Service => "May we contact you about your own orders and repairs?",
        Purpose::Recommendations => {
            "May we let you know when something we think you would like comes in?"
        }
        Purpose::Promotions => "May we send you our occasional news and offers?",
        Purpose::Occasions => "May we send you a note on your birthday or other occasions?",
    }
}

fn key(p: Purpose) -> String {
    format!("consent_wording.{}", p.as_str())
}

impl Shop {
    fn stored_wording(&self, p: Purpose) -> Result<Stored> {
        let stored: Option<String> = self
            .conn()
            .query_row("SELECT value FROM setting WHERE key = ?1", [key(p)], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(stored
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_else(|| Stored {
                text: default_text(p).into(),
                version: 1,
            }))
    }

    /// The current wording of each purpose, in display order.
    pub fn consent_wordings(&self) -> Result<Vec<ConsentWording>> {
        Purpose::ALL
            .iter()
            .map(|&p| self.consent_wording(p))
            .collect()
    }

    /// The current wording for `purpose`.
    pub fn consent_wording(&self, purpose: Purpose) -> Result<ConsentWording> {
        let s = self.stored_wording(purpose)?;
        Ok(ConsentWording {
            purpose,
            text: s.text,
            version: s.version.to_string(),
        })
    }

    /// Changes the wording for `purpose`; new words get the next version
    /// (the same words keep theirs).
    pub fn set_consent_wording(&mut self, purpose: Purpose, words: &str) -> Result<ConsentWording> {
        let words = text::tidy(Some(words))
            .ok_or_else(|| CoreError::invalid("text", msg!("error-text-wording-empty")))?;
        text::limit(&words, "text", MAX_WORDING_CHARS)?;
        let mut s = self.stored_wording(purpose)?;
        if s.text != words {
            s = Stored {
                text: words,
                version: s.version + 1,
            };
            self.conn().execute(
                "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                rusqlite::params![key(purpose), serde_json::to_string(&s).expect("serializable"), now_stamp()],
            )?;
        }
        self.consent_wording(purpose)
    }
}
