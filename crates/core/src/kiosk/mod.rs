//! What keeps Customer view shut when the app is not in the owner's hands:
//! growing waits after wrong tries at leaving it, counted even when the
//! tries come in parallel ([`attempts`]), a marker beside the vault so that a
//! restart during Customer view comes back locked ([`marker`]), and the
//! short list of files the owner chose to save to ([`chosen`]), so the
//! window can never name a file of its own to write.

pub mod attempts;
pub mod chosen;
pub mod marker;

pub use attempts::{LeaveAttempts, TooManyTries};
pub use chosen::{ChosenPaths, NotChosen};
