//! The morning digest: what the owner's day holds, in a few counts, once a
//! day ("Good morning: 6 follow-ups on Today, 2 birthdays or special days
//! today, backup due"). The app shows it as a notification after the first
//! unlock of the day.
//!
//! **Only counts, never a customer's name or anything they told the shop:**
//! a notification may show on the lock screen or be kept by the desktop's
//! notification history, outside the vault.
//!
//! Whether it is on and the day it was last shown are settings of this
//! computer ([`crate::settings::LOCAL_SETTINGS`]): each of the shop's
//! computers shows its own, and neither setting is exported or synced.

use chrono::{DateTime, NaiveDate, Utc};

use crate::backup_schedule::{get, put};
use crate::desk::{Desk, DeskResult};
use crate::staff::Permission;
use crate::suggest::SuggestionKind;
use crate::{Message, Result, Shop};

/// The setting that switches the digest off (`"0"`) or on (`"1"`, the default).
const ON_KEY: &str = "digest_on";
/// The setting holding the day the digest was last shown (`YYYY-MM-DD`).
const SHOWN_KEY: &str = "digest_shown_on";

/// What the day holds, in counts (no names: see the module's notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Digest {
    /// Every follow-up on Today's list (the same suggestions, birthdays
    /// and promises among them).
    pub follow_ups: usize,
    /// Birthdays and other important dates that fall today.
    pub occasions: usize,
    /// Follow-ups the owner promised, due today or overdue.
    pub promises: usize,
    /// Whether the backup reminder is due (never backed up, or the last
    /// backup is older than the owner's reminder).
    pub backup_due: bool,
}

impl Digest {
    /// Whether there is nothing to say (then nothing is shown).
    pub fn is_empty(&self) -> bool {
        *self == Digest::default()
    }

    /// The notification's title.
    pub fn title(&self) -> Message {
        msg!("digest-title")
    }

    /// The notification's text: the counts that are not zero, in a list
    /// ("6 follow-ups on Today, 2 birthdays or special days today, backup
    /// due"); `None` when there is nothing to say.
    pub fn body(&self) -> Option<Message> {
        let mut parts = Vec::new();
        if self.follow_ups > 0 {
            parts.push(msg!("digest-follow-ups", n = self.follow_ups));
        }
        if self.occasions > 0 {
            parts.push(msg!("digest-occasions", n = self.occasions));
        }
        if self.promises > 0 {
            parts.push(msg!("digest-promises", n = self.promises));
        }
        if self.backup_due {
            parts.push(msg!("digest-backup-due"));
        }
        let mut parts = parts.into_iter();
        let first = parts.next()?;
        Some(parts.fold(first, |list, item| {
            msg!("digest-list", list = list, item = item)
        }))
    }
}

impl Shop {
    /// The digest of `today` (the owner's local day; `now` for the backup
    /// reminder): the suggestions Today shows ([`Shop::suggestions`]),
    /// which of them are occasions falling today and promises due, and
    /// whether a backup is due. Anyone at the counter may see it.
    pub fn digest(&self, today: NaiveDate, now: DateTime<Utc>) -> Result<Digest> {
        let found = self.suggestions(today, usize::MAX)?;
        let on_or_before = |s: &crate::Suggestion, name: &str| {
            s.input(name)
                .and_then(|d| d.parse::<NaiveDate>().ok())
                .is_some_and(|d| d <= today)
        };
        Ok(Digest {
            follow_ups: found.len(),
            occasions: found
                .iter()
                .filter(|s| s.kind == SuggestionKind::Occasion && on_or_before(s, "date"))
                .count(),
            promises: found
                .iter()
                .filter(|s| s.kind == SuggestionKind::PromisedFollowUp && on_or_before(s, "due"))
                .count(),
            backup_due: self.backup_reminder_due(now)?,
        })
    }

    /// The digest to show now, at most once a day: `None` when it is
    /// switched off, was already shown `today`, or has nothing to say. The
    /// first call of the day notes the day as shown, whatever it returns,
    /// so unlocking again later that day shows nothing.
    pub fn morning_digest(&self, today: NaiveDate, now: DateTime<Utc>) -> Result<Option<Digest>> {
        let today_text = today.to_string();
        if !self.digest_on()? || get(self.conn(), SHOWN_KEY)?.as_deref() == Some(&today_text) {
            return Ok(None);
        }
        let digest = self.digest(today, now)?;
        put(self.conn(), SHOWN_KEY, Some(&today_text))?;
        Ok(Some(digest).filter(|d| !d.is_empty()))
    }

    /// Whether the morning digest is on (it is unless switched off).
    pub fn digest_on(&self) -> Result<bool> {
        Ok(get(self.conn(), ON_KEY)?.as_deref() != Some("0"))
    }

    /// Switches the morning digest on or off (for those who may change settings).
    pub fn set_digest_on(&self, on: bool) -> Result<()> {
        self.require(Permission::Settings)?;
        put(self.conn(), ON_KEY, Some(if on { "1" } else { "0" }))
    }
}

impl Desk {
    /// The open shop's morning digest ([`Shop::morning_digest`]); the
    /// demo, which is never backed up, says nothing about backups.
    pub fn morning_digest(
        &self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> DeskResult<Option<Digest>> {
        let demo = self.is_demo();
        let digest = self.with_shop(|shop| shop.morning_digest(today, now))?;
        Ok(digest
            .map(|d| Digest {
                backup_due: d.backup_due && !demo,
                ..d
            })
            .filter(|d| !d.is_empty()))
    }
}

#[cfg(test)]
#[path = "digest_tests.rs"]
mod tests;
