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

use std::cell::RefCell;

use shopkeeper_core::{Result, Shop};

/// A shop on a real vault, set up once per property, and a second
/// connection to the same file that sees every commit.
pub struct Watched {
    _dir: tempfile::TempDir,
    shop: RefCell<Shop>,
    raw: rusqlite::Connection,
}

impl Watched {
    /// A fresh shop (GBP, UK phones) in memory-backed files
    /// ([`shopkeeper_testkit::fast_tempdir`]), prepared by `setup`.
    pub fn new(setup: impl FnOnce(&mut Shop)) -> Watched {
        let (dir, mut shop) = super::shop_in(shopkeeper_testkit::fast_tempdir());
        setup(&mut shop);
        let raw = super::raw(&dir.path().join("shop.vault"));
        Watched {
            _dir: dir,
            shop: RefCell::new(shop),
            raw,
        }
    }

    /// Runs `op` on the shop and checks that when it is refused (an error),
    /// or `wrote` says it kept nothing, nothing was committed.
    pub fn attempt<T>(
        &self,
        op: impl FnOnce(&mut Shop) -> Result<T>,
        wrote: impl FnOnce(&T) -> bool,
    ) -> Result<T> {
        let before = shopkeeper_testkit::data_version(&self.raw);
        let out = op(&mut self.shop.borrow_mut());
        if !out.as_ref().is_ok_and(wrote) {
            assert_eq!(
                shopkeeper_testkit::data_version(&self.raw),
                before,
                "a refused import (or a dry run) wrote to the shop: {:?}",
                out.as_ref().err()
            );
        }
        out
    }
}
