//! Writing a database's pages straight into a new vault file, sealed block
//! by block, without SQLite: what a restore does with a backup's pages.

use std::fs::File;
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::block::{BlockFile, Keys, BLOCK};
use crate::{StdRaw, VaultError};

/// The first 16 bytes of every SQLite database.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Appends whole 4096-byte database pages to a vault's database (from a
/// [`crate::NewVault`]). Each call seals the pages and writes them with one
/// write per contiguous run, then records their epochs in the header (see
/// `docs/vault-format.md`, "Epochs and rollback"); [`PageWriter::finish`]
/// syncs the file.
///
/// Page 1 must be an SQLite header for 4096-byte pages; its journal-mode
/// bytes are set to the rollback journal every vault uses, whatever the
/// database it came from used.
pub struct PageWriter {
    file: BlockFile<StdRaw>,
    /// Pages in the database so far.
    pages: u64,
}

impl std::fmt::Debug for PageWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageWriter")
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}

impl PageWriter {
    pub(crate) fn new(file: File, dek: &[u8; 32], db_id: [u8; 16]) -> Result<Self, VaultError> {
        let mut file = BlockFile::main(StdRaw(file), Arc::new(Keys::new(dek, db_id)));
        let size = file.size()?;
        if !size.is_multiple_of(BLOCK) {
            return Err(VaultError::Damaged);
        }
        Ok(PageWriter {
            file,
            pages: size / BLOCK,
        })
    }

    /// Append `pages` (a whole number of 4096-byte pages) to the database.
    /// Fails with [`VaultError::Damaged`] if they are not whole pages, or if
    /// the first page of the database is not an SQLite header for them.
    pub fn write(&mut self, pages: &[u8]) -> Result<(), VaultError> {
        if !(pages.len() as u64).is_multiple_of(BLOCK) {
            return Err(VaultError::Damaged);
        }
        let mut rest = pages;
        if self.pages == 0 && !rest.is_empty() {
            let (first, after) = rest.split_at(BLOCK as usize);
            let mut first = Zeroizing::new(first.to_vec());
            // Bytes 16–17: the page size (big-endian); 18–19: the file format
            // versions, 1 for a rollback journal (2 would be WAL).
            if first[..16] != SQLITE_MAGIC[..] || first[16..18] != (BLOCK as u16).to_be_bytes() {
                return Err(VaultError::Damaged);
            }
            first[18] = 1;
            first[19] = 1;
            self.append(&first)?;
            rest = after;
        }
        self.append(rest)?;
        // The header vouches for the pages at once (the file is synced by
        // `finish`), so the integrity check may read them meanwhile.
        self.file.record_epochs()?;
        Ok(())
    }

    fn append(&mut self, pages: &[u8]) -> Result<(), VaultError> {
        if pages.is_empty() {
            return Ok(());
        }
        self.file.write(pages, self.pages * BLOCK)?;
        self.pages += pages.len() as u64 / BLOCK;
        Ok(())
    }

    /// Sync the file to stable storage; returns the database's page count.
    pub fn finish(mut self) -> Result<u64, VaultError> {
        self.file.sync(0)?;
        Ok(self.pages)
    }
}
