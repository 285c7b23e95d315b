//! What a lock on the main file lets the block layer keep: the stamp of the
//! file as the cache last saw it, and the physical size.

use std::io;

use super::{BlockFile, NONCE};
use crate::raw::RawIo;

/// What another connection must change to change the database: its physical
/// size or the nonce of block 0. SQLite bumps the change counter on page 1
/// with every commit and trusts its own page cache while it is unchanged; a
/// rewrite of block 0 always draws a fresh random nonce, so this is stronger.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Stamp {
    phys: u64,
    nonce0: [u8; NONCE],
    /// Format 2: the epoch field of both header copies (every commit
    /// rewrites them), so the epochs are reloaded after any commit.
    epochs: [u64; 2],
}
impl<R: RawIo> BlockFile<R> {
    /// Tell the block layer whether SQLite holds at least a SHARED lock on
    /// this (main) file, which keeps every other connection from writing it.
    ///
    /// Only while locked are the physical size and decrypted blocks kept
    /// between calls. On locking, the file is compared with the [`Stamp`] the
    /// cache last saw and the cache is emptied if another connection changed
    /// the file meanwhile. On unlocking after writes of its own, the stamp is
    /// retaken (still under the lock). Journals are never locked by SQLite
    /// and never cache.
    pub fn set_locked(&mut self, locked: bool) {
        if locked == self.locked || !self.is_main() {
            return;
        }
        if locked {
            // Writes made without a lock (a new vault being filled) are
            // recorded in the header before the file is looked at afresh.
            let _ = self.commit_epochs();
            let now = self.take_stamp().ok();
            if now.is_none() || now != self.stamp {
                self.cache.forget_from(0);
                self.epochs.loaded = false;
            }
            self.stamp = now;
            self.locked = now.is_some();
            self.phys = now.map(|s| s.phys);
            // Loaded now, before SQLite looks for a hot journal, which is
            // checked against the epoch of the last commit.
            let _ = self.ensure_epochs();
        } else {
            // SQLite syncs before it unlocks after writing; should it not
            // have, the header is brought up to date here.
            let _ = self.commit_epochs();
            if self.wrote {
                self.stamp = self.take_stamp().ok();
                self.wrote = false;
            }
            self.locked = false;
            self.phys = None;
        }
    }

    /// One read per lock: in format 2 the header's epoch fields and block
    /// 0's nonce come in a single read of the bytes between them.
    fn take_stamp(&mut self) -> io::Result<Stamp> {
        use crate::header::{COPY_LEN, OFF_EPOCH};
        let phys = self.raw.size()?;
        let mut nonce0 = [0u8; NONCE];
        let mut epochs = [0u64; 2];
        let off = self.layout.offset(0);
        let has_block0 = phys >= off + NONCE as u64;
        if self.keys.legacy() || phys < crate::header::HEADER_REGION {
            if has_block0 {
                self.raw.read_exact_at(&mut nonce0, off)?;
            }
        } else {
            let end = if has_block0 {
                off + NONCE as u64
            } else {
                (COPY_LEN + OFF_EPOCH + 8) as u64
            };
            let mut buf = vec![0u8; (end - OFF_EPOCH as u64) as usize];
            self.raw.read_exact_at(&mut buf, OFF_EPOCH as u64)?;
            for (i, e) in epochs.iter_mut().enumerate() {
                let mut b = [0u8; 8];
                b.copy_from_slice(&buf[i * COPY_LEN..i * COPY_LEN + 8]);
                *e = u64::from_le_bytes(b);
            }
            if has_block0 {
                nonce0.copy_from_slice(&buf[buf.len() - NONCE..]);
            }
        }
        Ok(Stamp {
            phys,
            nonce0,
            epochs,
        })
    }

    /// The physical size (remembered while locked, and by a journal's writer).
    pub(super) fn phys_size(&mut self) -> io::Result<u64> {
        if let Some(p) = self.phys {
            return Ok(p);
        }
        let p = self.raw.size()?;
        if self.locked || self.own {
            self.phys = Some(p);
        }
        Ok(p)
    }
}
