//! A spinner on standard error while a long step runs (backup, verify,
//! restore), drawn only when standard error is a terminal, so that scripts,
//! pipes and tests see nothing of it.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

/// Runs `work`, with a spinner saying `what` on standard error meanwhile
/// when standard error is a terminal; the spinner is cleared at the end.
pub fn busy<T>(what: &str, work: impl FnOnce() -> T) -> T {
    if !std::io::stderr().is_terminal() {
        return work();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("valid template"),
    );
    bar.set_message(what.to_string());
    bar.enable_steady_tick(Duration::from_millis(120));
    let out = work();
    bar.finish_and_clear();
    out
}
