//! The desk's counter half: who is working at the unlocked shop. A member
//! of staff signs in with their PIN; the owner takes the counter back with
//! the owner's PIN or, without one, the vault passphrase. Wrong tries at
//! either count with the wrong tries at leaving Customer view (one count
//! per desk, [`crate::kiosk::LeaveAttempts`]): growing waits after three,
//! also when the tries come all at once.

use std::time::Instant;

use super::{Desk, DeskError, DeskResult};
use crate::kiosk::attempts::Attempt;
use crate::staff::{ActivityKind, Permission};
use crate::{owner_pin, CustomerId, SecretString, StaffMember, SummaryVariant, Working};

/// What the owner must give to take the counter back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerSecret {
    /// The owner's PIN, or the vault passphrase.
    PinOrPassphrase,
    /// The vault passphrase (no owner PIN is set).
    Passphrase,
    /// Nothing: the demo shop without an owner PIN (made-up data, no
    /// passphrase anybody holds).
    Nothing,
}

/// Who is at the counter, as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter {
    /// The person working now.
    pub working: Working,
    /// What the owner must give to take the counter back.
    pub owner_secret: OwnerSecret,
    /// After how many idle minutes the app asks who is there (`None`: never).
    pub ask_who_minutes: Option<u32>,
}

impl Desk {
    /// Who is at the counter now, and how the counter changes hands.
    pub fn counter(&self) -> DeskResult<Counter> {
        let owner_secret = self.owner_secret()?;
        self.with_shop(|shop| {
            Ok(Counter {
                working: shop.working(),
                owner_secret,
                ask_who_minutes: shop.ask_who_minutes()?,
            })
        })
    }

    /// What the owner must give to take the counter back.
    pub fn owner_secret(&self) -> DeskResult<OwnerSecret> {
        let demo = self.is_demo();
        let pin = self.with_shop(|shop| shop.has_owner_pin())?;
        Ok(match (pin, demo) {
            (true, _) => OwnerSecret::PinOrPassphrase,
            (false, false) => OwnerSecret::Passphrase,
            (false, true) => OwnerSecret::Nothing,
        })
    }

    /// Signs member `staff_id` in with their `pin` at `now`: from then on
    /// what is recorded is theirs and core refuses what their role may not
    /// do. Refused in Customer view and while locked; a wrong PIN changes
    /// nothing and counts as a wrong try.
    pub fn sign_in_staff(
        &self,
        staff_id: &str,
        pin: &SecretString,
        now: Instant,
    ) -> DeskResult<StaffMember> {
        self.with_shop(|_| Ok(()))?;
        let attempt = self.attempts.begin(now)?;
        let signed_in = self.with_shop(|shop| shop.sign_in(staff_id, pin));
        settle(attempt, signed_in.is_ok());
        signed_in
    }

    /// The owner takes the counter back at `now`: with the owner's PIN or
    /// the vault passphrase ([`Desk::owner_secret`]). The passphrase is
    /// checked against the vault file without holding the desk. A wrong
    /// secret changes nothing and counts as a wrong try.
    pub fn take_counter_back(&self, secret: &SecretString, now: Instant) -> DeskResult<()> {
        let needs = self.owner_secret()?;
        let attempt = self.attempts.begin(now)?;
        let right = match needs {
            OwnerSecret::Nothing => true,
            OwnerSecret::PinOrPassphrase if self.with_shop(|s| s.verify_owner_pin(secret))? => true,
            // The demo's passphrase is held by nobody.
            _ if self.is_demo() => false,
            _ => owner_pin::check_passphrase(&self.vault_path, secret).is_ok(),
        };
        settle(attempt, right);
        if !right {
            return Err(DeskError::WrongSecret);
        }
        self.with_shop(|shop| {
            shop.work_as_owner();
            Ok(())
        })
    }
}

impl Desk {
    /// Saves the summaries of `ids` at `path`, if the owner chose it in the
    /// save dialog just now ([`Desk::chosen_path`]): several customers at
    /// once are an export of many, so only a role that may export many (one
    /// customer's summary is the counter's work). The role is asked first:
    /// a refusal leaves the chosen path unused.
    pub fn save_summaries(
        &self,
        ids: &[CustomerId],
        variant: SummaryVariant,
        path: &str,
        now: Instant,
    ) -> DeskResult<()> {
        if ids.len() > 1 {
            self.with_shop(|shop| shop.require(Permission::ExportMany))?;
        }
        let path = self.chosen_path(path, now)?;
        self.with_shop(|shop| {
            shop.save_summaries(ids, variant, &path)?;
            match ids {
                [one] => {
                    shop.note_activity(ActivityKind::Export, Some(*one), Some(1), Some("summary"))
                }
                _ => shop.note_activity(
                    ActivityKind::Export,
                    None,
                    Some(ids.len() as i64),
                    Some("summaries"),
                ),
            }
        })
    }

    /// Saves today's day sheet ([`crate::Shop::day_sheet`], in `language`)
    /// at `path`, if the owner chose it in the save dialog just now. Anyone
    /// at the counter may: it is the counter's own list.
    pub fn save_day_sheet(&self, language: &str, path: &str, now: Instant) -> DeskResult<()> {
        let path = self.chosen_path(path, now)?;
        let today = chrono::Local::now().date_naive();
        self.with_shop(|shop| shop.save_day_sheet(today, language, &path))
    }
}

/// Clears the count after a right answer; starts the wait after a wrong one.
fn settle(attempt: Attempt<'_>, right: bool) {
    if right {
        attempt.succeeded();
    } else {
        attempt.failed(Instant::now());
    }
}
