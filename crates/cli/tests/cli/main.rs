//! The `shopkeeper` binary, run as a user would run it: one test binary,
//! one module per area of the command line.

mod backup;
mod basics;
mod bench;
mod common;
mod duplicates;
mod exit_codes;
mod export;
mod follow_ups;
mod import;
mod import_undo;
mod language;
mod manual;
mod purchase_changes;
mod rights;
mod shop;
mod snapshots;
mod staff;
mod std_streams;
mod suggest;
mod sync;
mod vault;
