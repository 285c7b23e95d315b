//! The main file's write epochs as the block layer keeps them (format 2; see
//! `crate::epoch`): loaded on demand, recorded in the header on sync.

use std::io;

use super::{BlockError, BlockFile, BLOCK};
use crate::raw::RawIo;

impl<R: RawIo> BlockFile<R> {
    /// Load the main file's epochs if they are not (format 2 only).
    pub(super) fn ensure_epochs(&mut self) -> io::Result<()> {
        if self.is_main() && !self.keys.legacy() && !self.epochs.loaded {
            let blocks = self.layout.logical_size(self.raw.size()?).div_ceil(BLOCK);
            self.epochs
                .load(&mut self.raw, &self.layout, &self.keys, blocks)?;
        }
        Ok(())
    }

    /// The epoch a block written now is sealed with (format 2).
    pub(super) fn write_epoch(&mut self) -> io::Result<u64> {
        if !self.is_main() {
            return Ok(self.journal_epoch);
        }
        self.ensure_epochs()?;
        Ok(self.epochs.write_epoch())
    }

    /// Flush to stable storage. In format 2, once the main file's blocks
    /// are synced, the header records this transaction's epoch and the new
    /// epoch digest, and is synced too (the header must never vouch for
    /// blocks that are not on disk yet). A journal writes out its tail
    /// first: when this returns, every byte SQLite wrote is on disk.
    pub fn sync(&mut self, flags: i32) -> Result<(), BlockError> {
        self.flush()?;
        self.raw.sync(flags)?;
        Ok(self.commit_epochs()?)
    }

    /// Record the epochs of the blocks written so far in the header now,
    /// without syncing first: for a new vault being filled, so that
    /// connections can check it while it is synced.
    pub fn record_epochs(&mut self) -> io::Result<()> {
        self.commit_epochs_with(false)
    }

    pub(super) fn commit_epochs(&mut self) -> io::Result<()> {
        self.commit_epochs_with(true)
    }

    fn commit_epochs_with(&mut self, durable: bool) -> io::Result<()> {
        if self.is_main()
            && self.epochs.dirty()
            && !self.epochs.commit(&mut self.raw, &self.keys, durable)?
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the blocks on disk are not the ones the header vouches for",
            ));
        }
        Ok(())
    }

    /// Whether every block of the main file is the write the header vouches
    /// for (always true in format 1, which has no epochs).
    pub fn epochs_match(&mut self) -> io::Result<bool> {
        if self.keys.legacy() {
            return Ok(true);
        }
        self.epochs.loaded = false;
        self.ensure_epochs()?;
        Ok(self.epochs.verified())
    }
}
