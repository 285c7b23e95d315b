//! Growing waits after wrong tries at leaving Customer view.
//!
//! The check of a PIN or passphrase is slow on purpose (Argon2id), so tries
//! may overlap. Each try is counted as wrong the moment it starts, under the
//! same lock as the check of the wait, and only a right answer clears the
//! count: N tries at once count N, and the fourth is refused however fast
//! they come.

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Wrong tries allowed before the waits start.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries.
pub const LONGEST_WAIT: Duration = Duration::from_secs(300);

/// How long to wait after `failures` wrong tries: nothing for the first
/// three, then 5 s, 10 s, 20 s... up to 5 minutes.
pub fn wait_after(failures: u32) -> Duration {
    if failures < FREE_TRIES {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_TRIES).min(6);
    Duration::from_secs(5u64 << doublings).min(LONGEST_WAIT)
}

/// A try refused because a wait after wrong tries is still running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", msg!("error-too-many-tries", seconds = self.seconds()))]
pub struct TooManyTries {
    /// How long is left to wait.
    pub left: Duration,
}

impl TooManyTries {
    /// The wait left in whole seconds, rounded up (at least 1).
    pub fn seconds(&self) -> u64 {
        self.left.as_secs() + u64::from(self.left.subsec_nanos() > 0 || self.left.is_zero())
    }
}

/// The count of wrong tries and the wait it imposes.
#[derive(Debug, Default)]
struct Counts {
    failures: u32,
    wait_until: Option<Instant>,
}

impl Counts {
    /// Counts one more wrong try at `now` and starts its wait.
    fn count(&mut self, now: Instant) {
        self.failures = self.failures.saturating_add(1);
        self.wait_until = Some(now + wait_after(self.failures));
    }
}

/// Wrong tries at leaving Customer view, shared by every thread.
#[derive(Debug, Default)]
pub struct LeaveAttempts {
    counts: Mutex<Counts>,
}

/// One try under way: counted as wrong until [`Attempt::succeeded`].
#[must_use = "a try stays counted as wrong unless it succeeded"]
#[derive(Debug)]
pub struct Attempt<'a> {
    attempts: &'a LeaveAttempts,
}

impl LeaveAttempts {
    /// No wrong tries yet.
    pub fn new() -> Self {
        Self::default()
    }

    fn counts(&self) -> MutexGuard<'_, Counts> {
        self.counts.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Starts a try at `now`: refused while a wait runs; otherwise counted as
    /// wrong at once (check and count under one lock), until it succeeds.
    pub fn begin(&self, now: Instant) -> Result<Attempt<'_>, TooManyTries> {
        let mut counts = self.counts();
        if let Some(until) = counts.wait_until.filter(|until| *until > now) {
            return Err(TooManyTries { left: until - now });
        }
        counts.count(now);
        Ok(Attempt { attempts: self })
    }

    /// Wrong tries counted since the last right one.
    pub fn failures(&self) -> u32 {
        self.counts().failures
    }
}

impl Attempt<'_> {
    /// The secret was right: the count starts again from nothing.
    pub fn succeeded(self) {
        *self.attempts.counts() = Counts::default();
    }

    /// The secret was wrong, found at `now`: the wait runs from now (the
    /// check itself took a while), as long as the count now asks.
    pub fn failed(self, now: Instant) {
        let mut counts = self.attempts.counts();
        let wait = wait_after(counts.failures);
        // A free try sets no wait: a zero wait "until now" would refuse a
        // try whose clock was read a moment before this one failed.
        if wait.is_zero() {
            return;
        }
        let until = now + wait;
        counts.wait_until = Some(counts.wait_until.map_or(until, |w| w.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Barrier};

    #[test]
    fn waits_grow_after_three_wrong_tries_up_to_five_minutes() {
        let waits: Vec<u64> = (1..=12).map(|n| wait_after(n).as_secs()).collect();
        assert_eq!(waits, [0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300, 300]);
    }

    /// Found by the staff e2e test under load: a try whose clock was read
    /// before a free try failed was refused as if a wait ran.
    #[test]
    fn a_free_wrong_try_makes_no_one_wait() {
        let attempts = LeaveAttempts::new();
        let asked = Instant::now();
        let failed_at = asked + Duration::from_millis(300);
        attempts.begin(asked).unwrap().failed(failed_at);
        attempts.begin(asked).unwrap().failed(failed_at);
        assert!(attempts.begin(asked).is_ok(), "the third try is still free");
    }

    #[test]
    fn the_fourth_try_in_a_row_waits_and_a_right_one_clears_the_count() {
        let attempts = LeaveAttempts::new();
        let start = Instant::now();
        for _ in 0..3 {
            attempts.begin(start).unwrap().failed(start);
        }
        let refused = attempts.begin(start).unwrap_err();
        assert_eq!(refused.seconds(), 5);
        assert_eq!(attempts.failures(), 3, "a refused try is not a try");
        let later = start + Duration::from_secs(5);
        attempts.begin(later).unwrap().succeeded();
        assert_eq!(attempts.failures(), 0);
        assert!(attempts.begin(later).is_ok());
    }

    /// The attack: many wrong tries at once, each slow to check. Before the
    /// fix each try checked the wait before any had counted, so all of them
    /// got through; now only the free ones do, and all of those count.
    #[test]
    fn parallel_wrong_tries_each_count_and_the_wait_applies() {
        const TRIES: usize = 16;
        let attempts = Arc::new(LeaveAttempts::new());
        let barrier = Arc::new(Barrier::new(TRIES));
        let threads: Vec<_> = (0..TRIES)
            .map(|_| {
                let (attempts, barrier) = (attempts.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    match attempts.begin(Instant::now()) {
                        Ok(attempt) => {
                            // The slow check of a wrong secret.
                            std::thread::sleep(Duration::from_millis(50));
                            attempt.failed(Instant::now());
                            true
                        }
                        Err(_) => false,
                    }
                })
            })
            .collect();
        let checked = threads
            .into_iter()
            .map(|t| t.join().unwrap())
            .filter(|&c| c)
            .count();
        assert_eq!(
            checked, FREE_TRIES as usize,
            "only the free tries are checked"
        );
        assert_eq!(attempts.failures(), FREE_TRIES);
        let refused = attempts.begin(Instant::now()).unwrap_err();
        assert!(refused.left > Duration::from_secs(4), "{refused:?}");
    }

    #[test]
    fn a_try_dropped_half_way_stays_counted() {
        let attempts = LeaveAttempts::new();
        drop(attempts.begin(Instant::now()).unwrap());
        assert_eq!(attempts.failures(), 1);
    }
}
