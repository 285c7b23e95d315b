//! Integration tests for the vault (one binary, a module per topic).

mod common;

mod api;
mod cache;
mod crash;
mod differential;
mod never_panics;
mod pages;
mod rekey;
mod rollback;
mod spill;
mod tamper;
