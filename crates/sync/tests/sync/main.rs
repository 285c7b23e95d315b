//! Integration tests of shopkeeper-sync, on real vault files: one binary,
//! a module per topic.

// The helpers of core's integration tests (real vaults, customers, money),
// included rather than copied; this binary uses only some of them.
#[allow(dead_code)]
#[path = "../../../core/tests/shop/support/mod.rs"]
mod support;

mod sync;
mod sync_attacks;

pub use support::*;
