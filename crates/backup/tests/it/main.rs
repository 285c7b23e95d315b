//! Integration tests for shopkeeper-backup: one binary, a module per topic.

mod common;

mod interrupt;
mod never_panics;
mod python;
mod rotation;
mod round_trip;
mod tamper;
