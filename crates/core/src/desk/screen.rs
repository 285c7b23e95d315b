//! Who the screen is turned to: the owner, or one customer in Customer
//! view, which rests on the neutral thank-you screen after
//! [`timeout`] without a touch, when asked to close, or after a restart.
//!
//! Pure state: every rule takes the time it is asked at, so the tests
//! step through time without sleeping.

use std::time::{Duration, Instant};

use super::DeskError;
use crate::{CustomerId, CustomerSession};

/// Time without a touch before Customer view rests on the thank-you screen.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

/// The timeout of Customer view: [`DEFAULT_TIMEOUT`]; debug builds (the
/// end-to-end tests) may shorten it with `SHOPKEEPER_CUSTOMER_VIEW_TIMEOUT_SECS`,
/// release builds ignore it.
pub fn timeout() -> Duration {
    #[cfg(debug_assertions)]
    if let Some(secs) = std::env::var("SHOPKEEPER_CUSTOMER_VIEW_TIMEOUT_SECS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|s| *s > 0)
    {
        return Duration::from_secs(secs);
    }
    DEFAULT_TIMEOUT
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

/// What gives the screen back to the owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaveBy {
    /// Only the vault passphrase, which also unlocks the shop (Customer view
    /// was on when the app stopped: the shop is locked).
    PassphraseUnlocking,
    /// The owner's PIN, or the vault passphrase when `passphrase` (the demo
    /// shop has none: only its PIN).
    PinOr {
        /// Whether the vault passphrase counts too.
        passphrase: bool,
    },
}

/// One customer's turn at the screen.
#[derive(Debug)]
struct Visit {
    session: CustomerSession,
    /// The customer's language for the words on screen.
    language: String,
    /// The view rests on the thank-you screen: nothing about the customer
    /// is shown any more.
    thanks: bool,
    /// The last time the customer did something.
    last_touch: Instant,
}

/// Who the screen is turned to, and since when it was touched.
#[derive(Debug)]
pub struct Screen {
    visit: Option<Visit>,
    /// Customer view was on when the app stopped: it stays on, resting,
    /// until the owner gives the passphrase.
    after_restart: bool,
    timeout: Duration,
}

impl Screen {
    /// The screen at start: the owner's, or Customer view resting on the
    /// thank-you screen `after_restart`; it rests after `timeout`.
    pub fn new(after_restart: bool, timeout: Duration) -> Self {
        Screen {
            visit: None,
            after_restart,
            timeout,
        }
    }

    /// The timeout it rests after.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Whether Customer view is on (for a customer, or after a restart).
    pub fn in_customer_view(&self) -> bool {
        self.visit.is_some() || self.after_restart
    }

    /// Which mode the app is in at `now`; a view untouched for longer than
    /// the timeout turns to the thank-you screen here, for good.
    pub fn mode(&mut self, now: Instant) -> Mode {
        if self.after_restart {
            return Mode::Thanks;
        }
        let timeout = self.timeout;
        match self.visit.as_mut() {
            None => Mode::Owner,
            Some(v) => {
                if now.saturating_duration_since(v.last_touch) >= timeout {
                    v.thanks = true;
                }
                if v.thanks {
                    Mode::Thanks
                } else {
                    Mode::Customer
                }
            }
        }
    }

    /// The language of Customer view's words (English when off).
    pub fn language(&self) -> &str {
        self.visit.as_ref().map_or("en", |v| v.language.as_str())
    }

    /// The kiosk guard: while Customer view is on, only `allowed` commands.
    pub fn guard(&self, command: &str, allowed: &[&str]) -> Result<(), DeskError> {
        if self.in_customer_view() && !allowed.contains(&command) {
            return Err(DeskError::InCustomerView);
        }
        Ok(())
    }

    /// Turns the screen to `customer` at `now`, with nothing changed yet;
    /// refused while Customer view is already on.
    pub fn turn_to(
        &mut self,
        customer: CustomerId,
        language: Option<String>,
        now: Instant,
    ) -> Result<(), DeskError> {
        if self.in_customer_view() {
            return Err(DeskError::InCustomerView);
        }
        self.visit = Some(Visit {
            session: CustomerSession::new(customer),
            language: language.unwrap_or_else(|| "en".into()),
            thanks: false,
            last_touch: now,
        });
        Ok(())
    }

    /// The customer's session for a change at `now` (which counts as a
    /// touch); refused once the view rests on the thank-you screen.
    pub fn session(&mut self, now: Instant) -> Result<&mut CustomerSession, DeskError> {
        if self.mode(now) != Mode::Customer {
            return Err(DeskError::CustomerViewEnded);
        }
        let visit = self.visit.as_mut().ok_or(DeskError::InCustomerView)?;
        visit.last_touch = now;
        Ok(&mut visit.session)
    }

    /// The customer is reading or scrolling at `now`: the timeout starts
    /// again. Nothing once the view rests.
    pub fn touch(&mut self, now: Instant) {
        if self.mode(now) == Mode::Customer {
            if let Some(v) = self.visit.as_mut() {
                v.last_touch = now;
            }
        }
    }

    /// Rests the view on the thank-you screen (left alone, or asked to close).
    pub fn rest(&mut self) {
        if let Some(v) = self.visit.as_mut() {
            v.thanks = true;
        }
    }

    /// What gives the screen back (`demo`: the open shop is the demo, which
    /// has no passphrase); refused when Customer view is off.
    pub fn leave_by(&self, demo: bool) -> Result<LeaveBy, DeskError> {
        if self.after_restart {
            Ok(LeaveBy::PassphraseUnlocking)
        } else if self.visit.is_some() {
            Ok(LeaveBy::PinOr { passphrase: !demo })
        } else {
            Err(DeskError::CustomerViewOff)
        }
    }

    /// The owner has the screen back: the customer's session, if there was
    /// one (none after a restart).
    pub fn give_back(&mut self) -> Option<CustomerSession> {
        self.after_restart = false;
        self.visit.take().map(|v| v.session)
    }

    /// Forgets the customer's turn (the shop locks); a view on since a
    /// restart stays on.
    pub fn forget_visit(&mut self) {
        self.visit = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIMEOUT: Duration = Duration::from_secs(120);

    fn opened(at: Instant) -> (Screen, CustomerId) {
        let mut screen = Screen::new(false, TIMEOUT);
        let id = CustomerId::new();
        screen.turn_to(id, Some("fr".into()), at).unwrap();
        (screen, id)
    }

    #[test]
    fn the_owner_has_the_screen_until_it_is_turned() {
        let t0 = Instant::now();
        let mut screen = Screen::new(false, TIMEOUT);
        assert_eq!(screen.mode(t0), Mode::Owner);
        assert!(!screen.in_customer_view());
        assert_eq!(screen.language(), "en");
        assert!(matches!(
            screen.leave_by(false),
            Err(DeskError::CustomerViewOff)
        ));
        let (mut screen, id) = opened(t0);
        assert_eq!(screen.mode(t0), Mode::Customer);
        assert_eq!(screen.language(), "fr");
        assert_eq!(screen.session(t0).unwrap().customer(), id);
    }

    #[test]
    fn it_rests_after_the_timeout_without_a_touch_and_stays_resting() {
        let t0 = Instant::now();
        let (mut screen, _) = opened(t0);
        assert_eq!(
            screen.mode(t0 + TIMEOUT - Duration::from_millis(1)),
            Mode::Customer
        );
        assert_eq!(screen.mode(t0 + TIMEOUT), Mode::Thanks);
        // A touch after resting changes nothing: the customer is gone.
        screen.touch(t0 + TIMEOUT + Duration::from_secs(1));
        assert_eq!(
            screen.mode(t0 + TIMEOUT + Duration::from_secs(1)),
            Mode::Thanks
        );
        assert!(matches!(
            screen.session(t0 + TIMEOUT),
            Err(DeskError::CustomerViewEnded)
        ));
    }

    #[test]
    fn touches_and_changes_start_the_timeout_again() {
        let t0 = Instant::now();
        let (mut screen, _) = opened(t0);
        let t1 = t0 + Duration::from_secs(100);
        screen.touch(t1);
        assert_eq!(screen.mode(t1 + Duration::from_secs(100)), Mode::Customer);
        let t2 = t1 + Duration::from_secs(110);
        screen.session(t2).unwrap();
        assert_eq!(
            screen.mode(t2 + TIMEOUT - Duration::from_secs(1)),
            Mode::Customer
        );
        assert_eq!(screen.mode(t2 + TIMEOUT), Mode::Thanks);
    }

    #[test]
    fn resting_on_request_ends_the_customers_turn_at_once() {
        let t0 = Instant::now();
        let (mut screen, _) = opened(t0);
        screen.rest();
        assert_eq!(screen.mode(t0), Mode::Thanks);
        assert!(matches!(
            screen.session(t0),
            Err(DeskError::CustomerViewEnded)
        ));
        assert!(screen.in_customer_view());
    }

    #[test]
    fn the_guard_lets_only_the_allowed_commands_through_while_it_is_on() {
        let t0 = Instant::now();
        let allowed = ["customer_view_load"];
        let mut screen = Screen::new(false, TIMEOUT);
        screen.guard("list_customers", &allowed).unwrap();
        screen.turn_to(CustomerId::new(), None, t0).unwrap();
        screen.guard("customer_view_load", &allowed).unwrap();
        assert!(matches!(
            screen.guard("list_customers", &allowed),
            Err(DeskError::InCustomerView)
        ));
        // Resting does not open the owner's commands either.
        screen.rest();
        assert!(screen.guard("list_customers", &allowed).is_err());
    }

    #[test]
    fn it_cannot_be_turned_twice_and_giving_it_back_returns_the_session() {
        let t0 = Instant::now();
        let (mut screen, id) = opened(t0);
        assert!(matches!(
            screen.turn_to(CustomerId::new(), None, t0),
            Err(DeskError::InCustomerView)
        ));
        assert_eq!(
            screen.leave_by(false).unwrap(),
            LeaveBy::PinOr { passphrase: true }
        );
        assert_eq!(
            screen.leave_by(true).unwrap(),
            LeaveBy::PinOr { passphrase: false }
        );
        assert_eq!(screen.give_back().unwrap().customer(), id);
        assert_eq!(screen.mode(t0), Mode::Owner);
    }

    #[test]
    fn after_a_restart_it_rests_until_the_passphrase_unlocks() {
        let t0 = Instant::now();
        let mut screen = Screen::new(true, TIMEOUT);
        assert!(screen.in_customer_view());
        assert_eq!(screen.mode(t0), Mode::Thanks);
        assert!(matches!(
            screen.session(t0),
            Err(DeskError::CustomerViewEnded)
        ));
        assert_eq!(screen.leave_by(true).unwrap(), LeaveBy::PassphraseUnlocking);
        // Locking does not end it; only giving the screen back does.
        screen.forget_visit();
        assert!(screen.in_customer_view());
        assert!(screen.give_back().is_none());
        assert_eq!(screen.mode(t0), Mode::Owner);
    }
}
