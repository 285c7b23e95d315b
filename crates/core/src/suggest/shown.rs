//! When each follow-up suggestion was first shown to the owner on this
//! computer (table `suggestion_shown`, migration 007): the suggestions shown
//! but never marked done are the comparison group of [`super::outcomes`].

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use super::Suggestion;
use crate::time::{now, stamp};
use crate::{Result, Shop};

impl Shop {
    /// What Today shows on `as_of`: [`Shop::suggestions`], each noted as
    /// shown now unless it was shown before (the first showing is kept).
    pub fn show_suggestions(&mut self, as_of: NaiveDate, limit: usize) -> Result<Vec<Suggestion>> {
        let found = self.suggestions(as_of, limit)?;
        self.note_shown(&found, now())?;
        Ok(found)
    }

    /// Notes `shown` as shown to the owner `at`; keys already noted keep
    /// their first time.
    pub fn note_shown(&mut self, shown: &[Suggestion], at: DateTime<Utc>) -> Result<()> {
        if shown.is_empty() {
            return Ok(());
        }
        let at = stamp(at);
        self.write(|tx, _| {
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO suggestion_shown (suggestion_key, customer_id, kind, shown_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for s in shown {
                insert.execute(params![s.key, s.customer_id, s.kind, at])?;
            }
            Ok(())
        })
    }
}
