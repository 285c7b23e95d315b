//! Changing the vault's data key, on a passphrase change and a new emergency
//! kit: every page is sealed again under a fresh key in a new file beside
//! the vault, which then replaces it (`shopkeeper_vault::Rekey`). Afterwards
//! an old copy of the header (a `.before-vN` copy, a file-history snapshot)
//! and the old passphrase or kit open nothing in the current file.
//!
//! A crash leaves either the old vault or the new one, whole; what an
//! interrupted change left beside the vault is deleted when the shop is next
//! opened, and the owner simply starts the change again.

use std::path::PathBuf;

use rusqlite::TransactionBehavior;
use secrecy::SecretString;
use shopkeeper_vault::{PageWriter, RecoveryKey, Rekey, Unlock, PAGE_SIZE};
use zeroize::Zeroizing;

use crate::access::{self, CreatedVault};
use crate::{store, CoreError, Result, Shop};

/// Pages sealed and written at a time (256 KiB), between progress reports.
const BATCH_PAGES: usize = 64;

/// How far a change of key has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RekeyProgress {
    /// Pages sealed under the new key so far.
    pub pages_done: u64,
    /// Pages in the shop.
    pub pages_total: u64,
}

/// What the owner is told after a change of key.
pub struct Rekeyed {
    /// The new recovery key and its emergency kit, to show once (the old kit
    /// opens nothing in the vault any more).
    pub created: CreatedVault,
    /// Files beside the vault that the old passphrase or the old kit still
    /// open (copies kept before an upgrade, older vaults): the owner may
    /// delete them.
    pub old_copies: Vec<PathBuf>,
}

impl std::fmt::Debug for Rekeyed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rekeyed")
            .field("old_copies", &self.old_copies)
            .finish_non_exhaustive()
    }
}

impl Shop {
    /// Changes the passphrase of this shop's vault, given the
    /// current one and the new one typed twice, and changes the data key
    /// with it: every page is sealed again (`progress` hears how far it is).
    /// The recovery key changes too, since the old one cannot be given the
    /// new data key without being typed: the new kit is returned, to show once.
    pub fn change_passphrase(
        &mut self,
        current: &SecretString,
        passphrase: &SecretString,
        confirmation: &SecretString,
        progress: &mut dyn FnMut(RekeyProgress),
    ) -> Result<Rekeyed> {
        self.require(crate::staff::Permission::Vault)?;
        access::check_new_passphrase(passphrase, confirmation)?;
        let current = Unlock::Passphrase(current.clone());
        self.change_key(&current, passphrase, None, progress)
    }

    /// Makes a new recovery key for this shop's vault, given the
    /// passphrase again, and changes the data key with it (`progress` hears
    /// how far it is): the old key and its emergency kit open nothing in the
    /// vault any more. Backups made from now on open with the new key; older
    /// ones still open with the old key (or the passphrase).
    pub fn new_emergency_kit(
        &mut self,
        passphrase: &SecretString,
        progress: &mut dyn FnMut(RekeyProgress),
    ) -> Result<Rekeyed> {
        self.require(crate::staff::Permission::Vault)?;
        let current = Unlock::Passphrase(passphrase.clone());
        self.change_key(&current, passphrase, None, progress)
    }

    /// Seals every page of this shop's vault again under a new data key with
    /// `passphrase` and `recovery` (a new recovery key when `None`), then
    /// reopens the shop. The file is the one this shop has open, never
    /// another (the demo shop changes only its own).
    pub(crate) fn change_key(
        &mut self,
        current: &Unlock,
        passphrase: &SecretString,
        recovery: Option<RecoveryKey>,
        progress: &mut dyn FnMut(RekeyProgress),
    ) -> Result<Rekeyed> {
        let path = self
            .file_path()
            .ok_or_else(|| CoreError::NotFound(msg!("error-not-found-shop-has-file")))?;
        let rekey = Rekey::begin(&path, current, passphrase, recovery)?;
        // A write lock for the whole copy: no commit (of this process or
        // another) can land in the old file after its pages were read.
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut writer = rekey.page_writer()?;
        copy_pages(&tx, &mut writer, progress)?;
        writer.finish()?;
        let done = rekey.commit()?;
        drop(tx); // nothing was written: this only releases the old file
        *self = Shop::from_connection(store::configured(done.connection)?)?;
        crate::backup_schedule::keep_recovery_secret(self.conn(), &done.recovery_key)?;
        Ok(Rekeyed {
            created: CreatedVault::new(done.recovery_key, &self.settings().shop_name),
            old_copies: done.old_copies,
        })
    }
}

/// Reads every page of `conn`'s database, in order, and hands them to
/// `writer` a batch at a time.
fn copy_pages(
    conn: &rusqlite::Connection,
    writer: &mut PageWriter,
    progress: &mut dyn FnMut(RekeyProgress),
) -> Result<()> {
    let pages_total: u32 = conn.query_row("PRAGMA main.page_count", [], |r| r.get(0))?;
    let pages_total = u64::from(pages_total);
    let page = PAGE_SIZE as usize;
    let mut batch = Zeroizing::new(Vec::with_capacity(BATCH_PAGES * page));
    let mut pages_done = 0u64;
    let mut stmt = conn.prepare("SELECT pgno, data FROM sqlite_dbpage('main')")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let pgno: u32 = row.get(0)?;
        let data = row.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?;
        if u64::from(pgno) != pages_done + 1 || data.len() != page {
            return Err(CoreError::Vault(shopkeeper_vault::VaultError::Damaged));
        }
        batch.extend_from_slice(data);
        pages_done += 1;
        if batch.len() >= BATCH_PAGES * page {
            writer.write(&batch)?;
            batch.clear();
            progress(RekeyProgress {
                pages_done,
                pages_total,
            });
        }
    }
    writer.write(&batch)?;
    if pages_done != pages_total {
        return Err(CoreError::Vault(shopkeeper_vault::VaultError::Damaged));
    }
    progress(RekeyProgress {
        pages_done,
        pages_total,
    });
    Ok(())
}
