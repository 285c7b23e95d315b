//! For unit tests: a shop on a real vault, in memory-backed files, watched
//! for commits through a second connection (`shopkeeper_testkit::Watched`).

use shopkeeper_core::{KdfParams, SecretString, Shop, Unlock};
use shopkeeper_testkit::Watched;

/// The passphrase of the test vault.
const PASSPHRASE: &str = "copper kettle under the plum tree";

/// A new, empty shop on a real vault, watched.
pub(crate) fn watched() -> Watched<Shop> {
    let dir = shopkeeper_testkit::fast_tempdir();
    let path = dir.path().join("shop.vault");
    let passphrase = SecretString::from(PASSPHRASE);
    let (shop, _) = Shop::create_with_kdf(&path, &passphrase, KdfParams::minimum()).unwrap();
    let raw = shopkeeper_vault::open(&path, &Unlock::Passphrase(passphrase)).unwrap();
    Watched::new(dir, shop, raw)
}
