//! The files the owner chose to save to, in the native save dialog, since
//! the app was unlocked: the only paths a command may write to when the
//! path comes from the window. Each is good once and for a few minutes, so
//! a window that misbehaves can neither name a file of its own (say
//! `~/.bashrc`) nor write twice to one the owner chose for something else.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a choice stays good.
pub const CHOICE_LIFETIME: Duration = Duration::from_secs(10 * 60);

/// A path the owner did not just choose in the save dialog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", msg!("error-not-chosen"))]
pub struct NotChosen;

/// The paths chosen in the save dialog and not used yet.
#[derive(Debug, Default)]
pub struct ChosenPaths {
    chosen: Vec<(PathBuf, Instant)>,
}

impl ChosenPaths {
    /// No paths chosen.
    pub fn new() -> Self {
        Self::default()
    }

    /// The owner chose `path` in the save dialog at `now`.
    pub fn remember(&mut self, path: PathBuf, now: Instant) {
        self.chosen.retain(|(p, at)| *p != path && fresh(*at, now));
        self.chosen.push((path, now));
    }

    /// Takes `path` off the list if the owner chose it in the last
    /// [`CHOICE_LIFETIME`]; refuses any other path. The path must be the
    /// very one the dialog answered.
    pub fn take(&mut self, path: &Path, now: Instant) -> Result<PathBuf, NotChosen> {
        self.chosen.retain(|(_, at)| fresh(*at, now));
        let found = self.chosen.iter().position(|(p, _)| p == path);
        found.map(|i| self.chosen.swap_remove(i).0).ok_or(NotChosen)
    }

    /// Forgets every choice (on lock and unlock).
    pub fn forget_all(&mut self) {
        self.chosen.clear();
    }
}

/// Whether a choice made `at` is still good at `now`.
fn fresh(at: Instant, now: Instant) -> bool {
    now.saturating_duration_since(at) < CHOICE_LIFETIME
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_path_is_good_once() {
        let mut chosen = ChosenPaths::new();
        let now = Instant::now();
        let kit = PathBuf::from("/home/zoë/kit.txt");
        chosen.remember(kit.clone(), now);
        assert_eq!(chosen.take(&kit, now), Ok(kit.clone()));
        assert_eq!(chosen.take(&kit, now), Err(NotChosen));
    }

    #[test]
    fn a_path_the_owner_did_not_choose_is_refused() {
        let mut chosen = ChosenPaths::new();
        let now = Instant::now();
        chosen.remember(PathBuf::from("/home/zoë/kit.txt"), now);
        for evil in [
            "/home/zoë/.bashrc",
            "/home/zoë/kit.txt/../.bashrc",
            "/tmp/evil",
        ] {
            assert_eq!(chosen.take(Path::new(evil), now), Err(NotChosen), "{evil}");
        }
    }

    #[test]
    fn a_choice_expires_and_forgetting_clears_all() {
        let mut chosen = ChosenPaths::new();
        let now = Instant::now();
        let a = PathBuf::from("/a.pdf");
        chosen.remember(a.clone(), now);
        assert_eq!(chosen.take(&a, now + CHOICE_LIFETIME), Err(NotChosen));
        chosen.remember(a.clone(), now);
        chosen.forget_all();
        assert_eq!(chosen.take(&a, now), Err(NotChosen));
    }
}
