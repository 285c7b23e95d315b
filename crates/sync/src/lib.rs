//! Optional sync between the shop's computers through a shared folder,
//! end-to-end encrypted, off by default (docs/sync.md).
//!
//! Built on core's interface to sync (`shopkeeper_core::changes`: the
//! synced tables, change capture, the captured changes since a reading,
//! applying merged records, erasures applied again); core knows nothing of
//! this crate.
//!
//! - `keys`: the shop's sync key and each computer's signing key;
//! - `file`: the encrypted, signed change file;
//! - `check`: refusing clock readings that are not readings, or too far ahead;
//! - `merge`: applying another computer's changes, deterministically;
//! - `folder`: the sync folder (this computer's files, the others');
//! - `pairing`: the pairing code that carries the sync key;
//! - `report`: what sync tells the owner;
//! - `api`: [`ShopSync`], the `sync_*` methods of a `Shop`.
//!
//! Nothing here opens a network connection: the folder is copied between
//! computers by tools the owner already trusts.
//!
//! ```
//! use shopkeeper_core::Shop;
//! use shopkeeper_sync::{ShopSync, SyncStatus};
//!
//! let shop = Shop::open_in_memory().unwrap();
//! assert_eq!(shop.sync_status().unwrap(), SyncStatus::Off);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[macro_use]
extern crate shopkeeper_l10n;

mod api;
mod check;
mod file;
mod folder;
mod keys;
mod merge;
#[cfg(test)]
mod never_panics;
mod pairing;
mod report;
#[cfg(test)]
mod test_vault;

use std::path::Path;

use shopkeeper_core::{Result, SecretString, Zeroizing};

pub use self::file::FileProblem;
pub use self::report::{
    Peer, RejectedFile, SyncConflict, SyncOn, SyncReport, SyncStarted, SyncStatus,
};

/// Sync for an open [`Shop`](shopkeeper_core::Shop): bring this trait into scope to call
/// `shop.sync_now()` and the rest.
pub trait ShopSync {
    /// Whether sync is on, and how it is going. Reads only; writes nothing.
    fn sync_status(&self) -> Result<SyncStatus>;

    /// Turns sync on, on the shop's first computer: makes a new sync key,
    /// writes the whole shop to `folder` (encrypted) and returns the pairing
    /// code to type on the other computers. `name` is how the others will
    /// call this computer (its host name when not given).
    fn sync_enable(&mut self, folder: &Path, name: Option<&str>) -> Result<SyncStarted>;

    /// Joins the shop shared in `folder` with the pairing `code` shown on
    /// one of its computers, and syncs. Records already on this computer
    /// are added to the shop; where the shop already has the same record,
    /// its version wins.
    fn sync_join(&mut self, folder: &Path, code: &str, name: Option<&str>) -> Result<SyncReport>;

    /// The pairing code, to show again on a computer where sync is on.
    fn sync_pairing_code(&self) -> Result<Zeroizing<String>>;

    /// The pairing code, shown again in the app only to whoever types the
    /// vault passphrase of the file at `path` (this shop's) now: a window
    /// left unlocked is not enough. A wrong passphrase shows nothing.
    fn sync_pairing_code_for_owner(
        &self,
        path: &Path,
        passphrase: &SecretString,
    ) -> Result<Zeroizing<String>>;

    /// Turns sync off on this computer: it forgets the folder and the sync
    /// key. Its change files stay in the folder for the other computers.
    fn sync_disable(&mut self) -> Result<()>;

    /// Syncs now: applies the other computers' new change files, then writes
    /// this computer's changes as a new file. A file that cannot be applied
    /// is reported and the others are applied all the same.
    fn sync_now(&mut self) -> Result<SyncReport>;

    /// The conflicts resolved, newest first, at most `limit`.
    fn sync_conflicts(&self, limit: usize) -> Result<Vec<SyncConflict>>;
}

/// Now, as the shop stores times (RFC 3339 UTC, milliseconds).
fn now_stamp() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
