//! Reading: logical bytes from cached or freshly opened blocks, and the
//! check of every block.

use std::io;

use super::{BlockError, BlockFile, BLOCK};
use crate::raw::RawIo;

impl<R: RawIo> BlockFile<R> {
    /// Block `b`'s plaintext: from the cache while locked (decrypted and
    /// cached on a miss), else freshly decrypted.
    fn plaintext(&mut self, b: u64, phys: u64) -> Result<&[u8], BlockError> {
        if !self.locked {
            self.read_into_scratch(b, phys, true)?;
            return Ok(&self.scratch);
        }
        let i = match self.cache.find(b) {
            Some(i) => i,
            None => {
                self.read_into_scratch(b, phys, true)?;
                self.cache.insert(b, &self.scratch)
            }
        };
        Ok(self.cache.plaintext(i))
    }

    /// Read up to `buf.len()` bytes at `off`; returns how many bytes exist
    /// there (the rest of `buf` is zero-filled).
    pub fn read(&mut self, buf: &mut [u8], off: u64) -> Result<usize, BlockError> {
        buf.fill(0);
        // A journal is read only to roll back: its tail goes out first.
        if !self.is_main() {
            self.flush()?;
        }
        let size = self.size()?;
        if buf.is_empty() || off >= size {
            return Ok(0);
        }
        let phys = self.phys_size()?;
        let end = (off + buf.len() as u64).min(size);
        let mut b = off / BLOCK;
        while b * BLOCK < end {
            let bstart = b * BLOCK;
            let pt = self.plaintext(b, phys)?;
            let s = off.max(bstart);
            let e = end.min(bstart + pt.len() as u64);
            if e > s {
                buf[(s - off) as usize..(e - off) as usize]
                    .copy_from_slice(&pt[(s - bstart) as usize..(e - bstart) as usize]);
            }
            b += 1;
        }
        Ok((end - off) as usize)
    }

    /// Authenticate every block; returns the indexes of blocks that fail
    /// (whether each is the current write of itself is [`Self::epochs_match`]'s question).
    pub fn check_all(&mut self) -> io::Result<Vec<u64>> {
        let phys = self.raw.size()?;
        let n = self.block_count()?;
        let mut bad = Vec::new();
        for b in 0..n {
            match self.read_into_scratch(b, phys, false) {
                Ok(()) => {}
                Err(BlockError::Auth { block }) => bad.push(block),
                Err(BlockError::Io(e)) => return Err(e),
            }
        }
        Ok(bad)
    }
}
