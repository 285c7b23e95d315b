//! Customer view's half of the app state: the one customer it shows, the
//! kiosk guard, the timeout to the thank-you screen, and leaving it.
//!
//! While it is on, a marker beside the vault says so
//! ([`shopkeeper_core::kiosk::marker`]): an app that stops during Customer
//! view starts again in it, locked, and only the vault passphrase (which
//! also unlocks the shop) gives the screen back. The demo shop has no
//! passphrase, so it leaves no marker.

use std::time::{Duration, Instant};

use shopkeeper_core::kiosk::marker;
use shopkeeper_core::{
    owner_pin, ChangeSummary, CoreError, CustomerId, CustomerSession, SecretString, Shop, Unlock,
    VaultError,
};
use shopkeeper_ipc::IpcError;

use super::{locked, AppState, Session};

/// Customer view: the one customer it shows, what they changed, and whether
/// it rests on the neutral thank-you screen.
pub(super) struct Kiosk {
    session: CustomerSession,
    /// The customer's language for the words on screen.
    language: String,
    /// The timeout passed: nothing about the customer is shown any more.
    thanks: bool,
    /// The last time the customer did something.
    last_touch: Instant,
}

/// Which mode the app is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The owner's screens.
    Owner,
    /// Customer view for one customer.
    Customer,
    /// The neutral thank-you screen after Customer view timed out, was asked
    /// to close, or was on when the app stopped.
    Thanks,
}

/// Seconds without a touch before Customer view rests on the thank-you
/// screen. Debug builds (the end-to-end tests) may shorten it with
/// `SHOPKEEPER_CUSTOMER_VIEW_TIMEOUT_SECS`; release builds ignore it.
pub fn customer_view_timeout() -> Duration {
    const DEFAULT_SECS: u64 = 120;
    #[cfg(debug_assertions)]
    if let Some(secs) = std::env::var("SHOPKEEPER_CUSTOMER_VIEW_TIMEOUT_SECS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|s| *s > 0)
    {
        return Duration::from_secs(secs);
    }
    Duration::from_secs(DEFAULT_SECS)
}

/// The error every owner command gets while Customer view is on.
pub(super) fn in_customer_view() -> IpcError {
    IpcError {
        code: "customer-view".into(),
        field: None,
        message: "The screen is in Customer view. The owner must unlock it first.".into(),
    }
}

/// The error for a wrong PIN or passphrase.
fn wrong_secret() -> IpcError {
    IpcError {
        code: "wrong-secret".into(),
        field: Some("secret".into()),
        message: "That is not the owner's PIN or passphrase.".into(),
    }
}

/// Whose view it was (none after a restart) and what they changed.
pub type Left = (Option<CustomerId>, ChangeSummary);

impl AppState {
    /// Which mode the app is in; Customer view untouched for longer than
    /// the timeout turns to the thank-you screen here.
    pub fn mode(&self) -> Mode {
        let mut session = self.session();
        if session.kiosk_after_restart {
            return Mode::Thanks;
        }
        match session.kiosk.as_mut() {
            None => Mode::Owner,
            Some(k) => {
                if !k.thanks && k.last_touch.elapsed() >= customer_view_timeout() {
                    k.thanks = true;
                }
                if k.thanks {
                    Mode::Thanks
                } else {
                    Mode::Customer
                }
            }
        }
    }

    /// Whether the open shop has an owner PIN (false while locked).
    pub fn has_owner_pin(&self) -> bool {
        self.session()
            .shop
            .as_ref()
            .is_some_and(|shop| shop.has_owner_pin().unwrap_or(false))
    }

    /// The language of Customer view's words (English when off).
    pub fn customer_view_language(&self) -> String {
        self.session()
            .kiosk
            .as_ref()
            .map_or_else(|| "en".into(), |k| k.language.clone())
    }

    /// Refuses every command but `allowed` ones while Customer view is on:
    /// the kiosk guard, run before any command.
    pub fn guard(&self, command: &str, allowed: &[&str]) -> Result<(), IpcError> {
        if self.session().in_customer_view() && !allowed.contains(&command) {
            return Err(in_customer_view());
        }
        Ok(())
    }

    /// Turns the screen to customer `id` (who must exist), with nothing
    /// changed yet; marks it on beside the vault first (not for the demo).
    pub fn open_customer_view(&self, id: CustomerId) -> Result<(), IpcError> {
        let mut session = self.session();
        if session.in_customer_view() {
            return Err(in_customer_view());
        }
        let shop = session.shop.as_ref().ok_or_else(locked)?;
        let customer = shop.customer(id)?;
        if session.demo && !shop.has_owner_pin()? {
            return Err(IpcError {
                code: "invalid".into(),
                field: Some("pin".into()),
                message: "Only the owner's PIN or passphrase gives the screen back after Customer view, and the demo shop has neither. Try Customer view in your own shop.".into(),
            });
        }
        if !session.demo {
            marker::mark(&self.vault_path)?;
        }
        session.kiosk = Some(Kiosk {
            session: CustomerSession::new(id),
            language: customer.language.unwrap_or_else(|| "en".into()),
            thanks: false,
            last_touch: Instant::now(),
        });
        Ok(())
    }

    /// Runs `f` with the shop and Customer view's session (its one
    /// customer), counting as a touch; refused once the view rests on the
    /// thank-you screen.
    pub fn with_customer_view<T>(
        &self,
        f: impl FnOnce(&mut Shop, &mut CustomerSession) -> shopkeeper_core::Result<T>,
    ) -> Result<T, IpcError> {
        if self.mode() != Mode::Customer {
            return Err(IpcError {
                code: "customer-view-ended".into(),
                field: None,
                message: "Thank you. Please hand the screen back to the shop.".into(),
            });
        }
        let mut session = self.session();
        let Session { shop, kiosk, .. } = &mut *session;
        let shop = shop.as_mut().ok_or_else(locked)?;
        let kiosk = kiosk.as_mut().ok_or_else(in_customer_view)?;
        kiosk.last_touch = Instant::now();
        Ok(f(shop, &mut kiosk.session)?)
    }

    /// The customer is using the screen (reading, scrolling) without
    /// changing anything: the timeout starts again. Nothing once it rests.
    pub fn touch_customer_view(&self) {
        if self.mode() == Mode::Customer {
            if let Some(k) = self.session().kiosk.as_mut() {
                k.last_touch = Instant::now();
            }
        }
    }

    /// Rests Customer view on the thank-you screen (the window was left
    /// alone, or someone tried to close it).
    pub fn rest_customer_view(&self) {
        if let Some(k) = self.session().kiosk.as_mut() {
            k.thanks = true;
        }
    }

    /// Gives the screen back to the owner, given the owner PIN (when one is
    /// set) or the vault passphrase; after a restart only the passphrase,
    /// which also unlocks the shop. Each try counts as wrong until it is
    /// found right, so parallel tries cannot slip past the growing waits.
    pub fn leave_customer_view(&self, secret: &SecretString) -> Result<Left, IpcError> {
        let (after_restart, demo) = {
            let session = self.session();
            if !session.in_customer_view() {
                return Err(IpcError {
                    code: "not-found".into(),
                    field: None,
                    message: "Customer view is not on.".into(),
                });
            }
            (session.kiosk_after_restart, session.demo)
        };
        let attempt = self.attempts.begin(Instant::now())?;
        if after_restart {
            let opened = match Shop::open(&self.vault_path, &Unlock::Passphrase(secret.clone())) {
                Err(CoreError::Vault(VaultError::WrongPassphrase)) => {
                    attempt.failed(Instant::now());
                    return Err(wrong_secret());
                }
                other => other?,
            };
            attempt.succeeded();
            marker::unmark(&self.vault_path)?;
            self.set_unlocked(opened, secret);
            self.session().kiosk_after_restart = false;
            return Ok((None, ChangeSummary::interrupted()));
        }
        // Both checks are slow on purpose (Argon2id); the passphrase one
        // runs without holding the state.
        let pin = self
            .session()
            .shop
            .as_ref()
            .map(|shop| shop.verify_owner_pin(secret))
            .transpose()?
            .unwrap_or(false);
        let right = pin || (!demo && owner_pin::check_passphrase(&self.vault_path, secret).is_ok());
        if !right {
            attempt.failed(Instant::now());
            return Err(wrong_secret());
        }
        attempt.succeeded();
        if !demo {
            marker::unmark(&self.vault_path)?;
        }
        let mut session = self.session();
        let kiosk = session.kiosk.take().ok_or_else(in_customer_view)?;
        let shop = session.shop.as_mut().ok_or_else(locked)?;
        let summary = shop.finish_customer_session(&kiosk.session)?;
        Ok((Some(kiosk.session.customer()), summary))
    }
}
