//! Shared helpers for Shopkeeper's property tests (a dev-dependency only).
//!
//! - [`config`]: how many cases a property runs: the normal count in a
//!   plain `cargo test`, a hundred times more with `SHOPKEEPER_LONG=1` (a
//!   soak), or `n` times more with `SHOPKEEPER_LONG=n`.
//! - [`hostile`]: generators of hostile input: valid input mutated (bit
//!   flips, truncation, inserted bytes, multi-byte characters at odd
//!   places, huge numbers, unbalanced quotes) and token soup.
//! - [`Watched`]: a shop (or any database user) with a second connection
//!   that sees its commits: "a refusal writes nothing" in O(1) per case.
//! - [`check`]: runs a property with [`config`] over a shop or file set up
//!   once (the `proptest!` macro would set it up again for every case).

pub mod hostile;
mod watched;

pub use watched::Watched;

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestCaseResult, TestRunner};

/// The environment variable that turns on the long (soak) run.
pub const LONG_ENV: &str = "SHOPKEEPER_LONG";

/// How many times more cases the long run makes when [`LONG_ENV`] is `1`.
pub const LONG_FACTOR: u32 = 100;

/// The factor [`LONG_ENV`] asks for: 1 when unset or `0`, [`LONG_FACTOR`]
/// when `1` (or not a number), else the number itself.
pub fn long_factor() -> u32 {
    match std::env::var(LONG_ENV) {
        Err(_) => 1,
        Ok(v) => match v.trim().parse::<u32>() {
            Ok(0) => 1,
            Ok(1) | Err(_) => LONG_FACTOR,
            Ok(n) => n,
        },
    }
}

/// `normal` cases, times [`long_factor`].
pub fn cases(normal: u32) -> u32 {
    normal.saturating_mul(long_factor())
}

/// A proptest configuration with [`cases`]`(normal)` cases (shrinking and
/// the proptest-regressions files as proptest's defaults).
pub fn config(normal: u32) -> Config {
    Config::with_cases(cases(normal))
}

/// A temporary folder in memory (`/dev/shm`) where the system has one,
/// else in the usual temporary folder. Files there go through the same
/// code (the vault, SQLite's journal) without waiting for the disk's
/// syncs, so a property can run thousands of cases on a real vault.
pub fn fast_tempdir() -> tempfile::TempDir {
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::Builder::new()
            .prefix("shopkeeper-")
            .tempdir_in(shm)
        {
            return dir;
        }
    }
    tempfile::tempdir().expect("a temporary folder")
}

/// Runs `test` on [`cases`]`(normal)` values of `strategy`, shrinking a
/// failure (a panic included) to a small case and keeping it in the
/// proptest-regressions file beside the calling source file, as
/// `proptest!` does. Unlike `proptest!`, `test` may borrow what the caller
/// set up once (a shop, a backup file), so each case stays cheap.
#[track_caller]
pub fn check<S: Strategy>(normal: u32, strategy: S, test: impl Fn(S::Value) -> TestCaseResult) {
    let mut config = config(normal);
    config.source_file = Some(std::panic::Location::caller().file());
    let mut runner = TestRunner::new(config);
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}\n{runner}");
    }
}
