//! Writing: logical bytes sealed into blocks in runs, truncation, and the
//! journal header written before a journal's first block.

use std::io;
use std::sync::atomic::Ordering;

use rand::RngCore;
use zeroize::Zeroizing;

use super::{BlockError, BlockFile, FileKind, BLOCK, JOURNAL_MAGIC, OVERHEAD, SLOT};
use crate::raw::RawIo;

impl<R: RawIo> BlockFile<R> {
    fn ensure_journal_header(&mut self) -> io::Result<()> {
        if self.file_id.is_none() {
            let mut id = [0u8; 16];
            rand::rngs::OsRng.fill_bytes(&mut id);
            let mut hdr = vec![0u8; self.layout.data_start as usize];
            hdr[0..8].copy_from_slice(&JOURNAL_MAGIC);
            hdr[8..10].copy_from_slice(&self.keys.version.to_le_bytes());
            hdr[16..32].copy_from_slice(&id);
            if !self.keys.legacy() {
                // Bound to the transaction after the main file's last commit.
                self.journal_epoch = self.keys.committed.load(Ordering::Relaxed) + 1;
                hdr[32..40].copy_from_slice(&self.journal_epoch.to_le_bytes());
            }
            self.raw.truncate(0)?;
            self.raw.write_at(&hdr, 0)?;
            self.file_id = Some(id);
        }
        Ok(())
    }

    /// Write `data` at `off`, zero-filling any gap after the current end.
    pub fn write(&mut self, data: &[u8], off: u64) -> Result<(), BlockError> {
        if data.is_empty() {
            return Ok(());
        }
        self.ensure_journal_header()?;
        let phys = self.phys_size()?;
        let cur = self.layout.logical_size(phys);
        let end = off + data.len() as u64;
        let new_size = cur.max(end);
        let first = off.min(cur) / BLOCK;
        let last = (end - 1) / BLOCK;
        // Forget what is about to change before changing it, so that even a
        // failed write leaves no stale block or size behind.
        self.wrote = true;
        self.phys = None;
        self.cache.forget(first, last + 1);
        let mut run: Vec<u8> = Vec::with_capacity(((last + 1 - first) * SLOT) as usize);
        let mut run_start: Option<(u64, u64)> = None; // (physical offset, next block)
        for b in first..=last {
            let bstart = b * BLOCK;
            let new_len = (new_size - bstart).min(BLOCK) as usize;
            if bstart < cur && !(off < bstart + BLOCK && end > bstart) {
                // An existing block this write does not touch (the old partial
                // last block before a gap): its zero extension is implicit, and
                // it must not be rewritten, since it may hold data SQLite has
                // already synced (a torn rewrite would destroy it).
                continue;
            }
            let covered = off <= bstart && end >= bstart + new_len as u64;
            let partial: Zeroizing<Vec<u8>>;
            let pt: &[u8] = if covered {
                // The common case (SQLite writes whole pages): sealed
                // straight from the caller's bytes, no copy.
                let s = (bstart - off) as usize;
                &data[s..s + new_len]
            } else {
                let mut block = Zeroizing::new(vec![0u8; new_len]);
                if bstart < cur {
                    let old = self.read_block(b, phys)?;
                    let n = old.len().min(new_len);
                    block[..n].copy_from_slice(&old[..n]);
                }
                let s = off.max(bstart);
                let e = end.min(bstart + new_len as u64);
                if e > s {
                    block[(s - bstart) as usize..(e - bstart) as usize]
                        .copy_from_slice(&data[(s - off) as usize..(e - off) as usize]);
                }
                partial = block;
                &partial
            };
            let poff = self.layout.offset(b);
            match run_start {
                Some((start, next)) if next == b && start + run.len() as u64 == poff => {
                    run_start = Some((start, b + 1));
                }
                Some((start, _)) => {
                    self.raw.write_at(&run, start)?;
                    run.clear();
                    run_start = Some((poff, b + 1));
                }
                None => run_start = Some((poff, b + 1)),
            }
            self.seal_into(b, pt, &mut run)?;
        }
        if let Some((start, _)) = run_start {
            self.raw.write_at(&run, start)?;
        }
        if self.locked {
            let last_len = (new_size - last * BLOCK).min(BLOCK);
            self.phys = Some(phys.max(self.layout.offset(last) + OVERHEAD + last_len));
        }
        Ok(())
    }

    /// Set the logical size (shrinking or zero-extending).
    pub fn truncate(&mut self, size: u64) -> Result<(), BlockError> {
        let cur = self.size()?;
        if size > cur {
            let mut pos = cur;
            let zeros = vec![0u8; 64 * 1024];
            while pos < size {
                let n = (size - pos).min(zeros.len() as u64);
                self.write(&zeros[..n as usize], pos)?;
                pos += n;
            }
            return Ok(());
        }
        if size == cur {
            return Ok(());
        }
        self.wrote = true;
        self.phys = None;
        self.cache.forget_from(size.saturating_sub(1) / BLOCK);
        if self.is_main() && !self.keys.legacy() {
            self.ensure_epochs()?;
            self.epochs.truncate(&self.keys, size.div_ceil(BLOCK));
        }
        if size == 0 {
            match self.kind {
                FileKind::Journal => {
                    self.raw.truncate(0)?;
                    self.file_id = None;
                }
                FileKind::Main => self.raw.truncate(self.layout.data_start)?,
            }
            return Ok(());
        }
        let b = (size - 1) / BLOCK;
        let len = size - b * BLOCK;
        let phys = self.raw.size()?;
        if len < BLOCK {
            let old = self.read_block(b, phys)?;
            let mut out = Vec::with_capacity(SLOT as usize);
            let n = (len as usize).min(old.len());
            let mut pt = Zeroizing::new(vec![0u8; len as usize]);
            pt[..n].copy_from_slice(&old[..n]);
            self.seal_into(b, &pt, &mut out)?;
            self.raw.write_at(&out, self.layout.offset(b))?;
        }
        self.raw.truncate(self.layout.offset(b) + OVERHEAD + len)?;
        Ok(())
    }
}
