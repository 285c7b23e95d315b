//! Issue 19: the parsers of outside input never panic, whatever the
//! input, and an import that refuses writes nothing. Properties over
//! mutated valid input and token soup (`shopkeeper-testkit`); the bugs
//! they found have their own regression tests in `regressions.rs`.
//!
//! Cases: 10,000 per property; `SHOPKEEPER_LONG=1` for a soak (100 times
//! more; docs/benchmarks.md, "Parser soak").

mod csv;
mod regressions;
mod text;
mod vcard;

use shopkeeper_core::Shop;

/// A shop (GBP, UK phones) prepared by `setup`, in memory-backed files
/// ([`shopkeeper_testkit::fast_tempdir`]), watched for commits.
pub type Watched = shopkeeper_testkit::Watched<Shop>;

/// A [`Watched`] shop prepared by `setup`.
pub fn watched(setup: impl FnOnce(&mut Shop)) -> Watched {
    let (dir, mut shop) = super::shop_in(shopkeeper_testkit::fast_tempdir());
    setup(&mut shop);
    let raw = super::raw(&dir.path().join("shop.vault"));
    Watched::new(dir, shop, raw)
}
