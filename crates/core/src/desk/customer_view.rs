//! The desk's Customer view half: turning the screen to one customer, the
//! customer's own changes, and giving the screen back.
//!
//! While it is on, a marker beside the vault says so
//! ([`crate::kiosk::marker`]): an app that stops during Customer view starts
//! again in it, locked, and only the vault passphrase (which also unlocks the
//! shop) gives the screen back. The demo shop has no passphrase, so it leaves
//! no marker, and it may only turn the screen once it has an owner PIN.

use std::time::Instant;

use super::{Desk, DeskError, DeskResult, LeaveBy, Mode, Open};
use crate::kiosk::marker;
use crate::{owner_pin, ChangeSummary, CustomerId, CustomerSession, SecretString, Shop, Working};

/// Whose view it was (none after a restart) and what they changed.
pub type Left = (Option<CustomerId>, ChangeSummary);

impl Desk {
    /// Which mode the app is in at `now` (see [`super::Screen::mode`]).
    pub fn mode(&self, now: Instant) -> Mode {
        self.open().screen.mode(now)
    }

    /// How long Customer view waits for a touch before it rests.
    pub fn customer_view_timeout(&self) -> std::time::Duration {
        self.open().screen.timeout()
    }

    /// Whether the open shop has an owner PIN (false while locked).
    pub fn has_owner_pin(&self) -> bool {
        self.open()
            .shop
            .as_ref()
            .is_some_and(|shop| shop.has_owner_pin().unwrap_or(false))
    }

    /// The language of Customer view's words (English when off).
    pub fn customer_view_language(&self) -> String {
        self.open().screen.language().to_owned()
    }

    /// The kiosk guard, run before any command: while Customer view is on,
    /// every command but the `allowed` ones is refused.
    pub fn guard(&self, command: &str, allowed: &[&str]) -> DeskResult<()> {
        self.open().screen.guard(command, allowed)
    }

    /// Turns the screen to customer `id` (who must exist) at `now`, with
    /// nothing changed yet; marks it on beside the vault first (not for the
    /// demo, which needs an owner PIN to turn the screen at all).
    pub fn open_customer_view(&self, id: CustomerId, now: Instant) -> DeskResult<()> {
        let mut open = self.open();
        let demo = open.demo;
        let shop = open.owner_shop()?;
        let language = shop.customer(id)?.language;
        if demo && !shop.has_owner_pin()? {
            return Err(DeskError::DemoWithoutPin);
        }
        if !demo {
            marker::mark(&self.vault_path)?;
        }
        open.screen.turn_to(id, language, now)
    }

    /// Runs `f` with the shop and Customer view's session (its one
    /// customer) at `now`, counting as a touch; refused once the view rests
    /// on the thank-you screen.
    pub fn with_customer_view<T>(
        &self,
        now: Instant,
        f: impl FnOnce(&mut Shop, &mut CustomerSession) -> crate::Result<T>,
    ) -> DeskResult<T> {
        let mut open = self.open();
        let Open { shop, screen, .. } = &mut *open;
        let session = screen.session(now)?;
        let shop = shop.as_mut().ok_or(DeskError::Locked)?;
        Ok(f(shop, session)?)
    }

    /// The customer is using the screen at `now` without changing anything:
    /// the timeout starts again.
    pub fn touch_customer_view(&self, now: Instant) {
        self.open().screen.touch(now);
    }

    /// Rests Customer view on the thank-you screen.
    pub fn rest_customer_view(&self) {
        self.open().screen.rest();
    }

    /// Gives the screen back to the owner, given the owner PIN (when one is
    /// set), the PIN of the member of staff working (who turned the screen)
    /// or the vault passphrase; after a restart only the passphrase, which
    /// also unlocks the shop. Each try counts as wrong from `now`
    /// until it is found right, so parallel tries cannot slip past the
    /// growing waits. The slow checks (Argon2id) of the passphrase run
    /// without holding the desk.
    pub fn leave_customer_view(&self, secret: &SecretString, now: Instant) -> DeskResult<Left> {
        let (by, demo) = {
            let open = self.open();
            (open.screen.leave_by(open.demo)?, open.demo)
        };
        let attempt = self.attempts.begin(now)?;
        let right = match by {
            LeaveBy::PassphraseUnlocking => match self.unlock_shop(secret) {
                Err(DeskError::Core(crate::CoreError::Vault(
                    crate::VaultError::WrongPassphrase,
                ))) => None,
                other => Some(other?),
            }
            .map(|(shop, keys)| self.set_unlocked(shop, keys)),
            LeaveBy::PinOr { passphrase } => {
                let pin = self
                    .open()
                    .shop
                    .as_mut()
                    .map(|shop| pin_gives_back(shop, secret))
                    .transpose()?
                    .unwrap_or(false);
                (pin || (passphrase
                    && owner_pin::check_passphrase(&self.vault_path, secret).is_ok()))
                .then_some(())
            }
        };
        if right.is_none() {
            attempt.failed(Instant::now());
            return Err(DeskError::WrongSecret);
        }
        attempt.succeeded();
        if !demo {
            marker::unmark(&self.vault_path)?;
        }
        let mut open = self.open();
        let Some(session) = open.screen.give_back() else {
            return Ok((None, ChangeSummary::interrupted()));
        };
        let shop = open.shop.as_mut().ok_or(DeskError::Locked)?;
        let summary = shop.finish_customer_session(&session)?;
        Ok((Some(session.customer()), summary))
    }
}

/// Whether `secret` is the owner's PIN, or the PIN of the member of staff
/// working now (who turned the screen: they stay the one working).
fn pin_gives_back(shop: &mut Shop, secret: &SecretString) -> crate::Result<bool> {
    if shop.verify_owner_pin(secret)? {
        return Ok(true);
    }
    Ok(match shop.working() {
        Working::Staff(person) => shop.sign_in(&person.id, secret).is_ok(),
        Working::Owner => false,
    })
}
