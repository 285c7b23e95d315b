//! Writing: logical bytes sealed into blocks in runs, truncation, and the
//! journal header written before a journal's first block.

use std::io;
use std::sync::atomic::Ordering;

use rand::RngCore;
use zeroize::Zeroizing;

use super::tail::Tail;
use super::{BlockError, BlockFile, BLOCK, JOURNAL_MAGIC, OVERHEAD, SLOT};
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
            if !self.empty {
                self.raw.truncate(0)?;
            }
            self.empty = false;
            self.raw.write_at(&hdr, 0)?;
            self.file_id = Some(id);
            self.own = true;
            self.phys = Some(self.layout.data_start);
        }
        Ok(())
    }

    /// A journal append goes to the tail (see `tail`); returns whether it
    /// did. Anything else (a write into a block already on disk, or too
    /// large for the tail) first writes the tail out, then goes the direct
    /// way, which then never sees a tail.
    fn write_to_tail(&mut self, data: &[u8], off: u64) -> Result<bool, BlockError> {
        if self.is_main() {
            return Ok(false);
        }
        if self.tail.is_empty() {
            let phys = self.phys_size()?;
            let on_disk = self.layout.logical_size(phys);
            let at = off / BLOCK * BLOCK;
            if at < on_disk.div_ceil(BLOCK) * BLOCK {
                return Ok(false);
            }
            self.tail.start(at);
        }
        if !self.tail.fits(off, data.len()) && off >= self.tail.at() {
            self.flush_tail(true)?;
        }
        if !self.tail.fits(off, data.len()) {
            self.flush_tail(false)?;
            return Ok(false);
        }
        self.tail.put(data, off);
        if self.tail.is_full() {
            self.flush_tail(true)?;
        }
        Ok(true)
    }

    /// Seal and write the tail: only its whole blocks (keeping a partial
    /// last one in memory), or all of it.
    fn flush_tail(&mut self, whole_blocks_only: bool) -> Result<(), BlockError> {
        if self.tail.is_empty() {
            return Ok(());
        }
        let tail = std::mem::take(&mut self.tail);
        let result = self.write_tail(&tail, whole_blocks_only);
        self.tail = tail;
        let n = result?;
        self.tail.consume(n);
        Ok(())
    }

    fn write_tail(&mut self, tail: &Tail, whole_blocks_only: bool) -> Result<usize, BlockError> {
        let bytes = tail.pending(whole_blocks_only);
        if bytes.is_empty() {
            return Ok(0);
        }
        let phys = self.phys_size()?;
        self.phys = None;
        let first = tail.at() / BLOCK;
        let mut run = Run::new(bytes.len().div_ceil(BLOCK as usize));
        for (i, pt) in bytes.chunks(BLOCK as usize).enumerate() {
            let b = first + i as u64;
            run.next(&mut self.raw, self.layout.offset(b))?;
            self.seal_into(b, pt, &mut run.bytes)?;
        }
        run.finish(&mut self.raw)?;
        let end = tail.at() + bytes.len() as u64;
        let last = (end - 1) / BLOCK;
        let last_len = end - last * BLOCK;
        self.phys = Some(phys.max(self.layout.offset(last) + OVERHEAD + last_len));
        Ok(bytes.len())
    }

    /// Write out whatever a journal holds in memory (before SQLite closes
    /// it; syncs, reads and truncations do this themselves).
    pub fn flush(&mut self) -> Result<(), BlockError> {
        self.flush_tail(false)
    }

    /// Write `data` at `off`, zero-filling any gap after the current end.
    pub fn write(&mut self, data: &[u8], off: u64) -> Result<(), BlockError> {
        if data.is_empty() {
            return Ok(());
        }
        self.ensure_journal_header()?;
        if self.write_to_tail(data, off)? {
            return Ok(());
        }
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
        let mut run = Run::new((last + 1 - first) as usize);
        // Blocks written whole from `data` (block, start in `data`, length).
        let mut whole: Vec<(u64, usize, usize)> = Vec::new();
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
                whole.push((b, s, new_len));
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
            run.next(&mut self.raw, self.layout.offset(b))?;
            self.seal_into(b, pt, &mut run.bytes)?;
        }
        run.finish(&mut self.raw)?;
        if self.locked || self.own {
            let last_len = (new_size - last * BLOCK).min(BLOCK);
            self.phys = Some(phys.max(self.layout.offset(last) + OVERHEAD + last_len));
        }
        if self.locked {
            // Written and trusted: the main file's next read of these
            // blocks (SQLite re-reads page 1 in every transaction) need not
            // read and open them again.
            for (b, s, n) in whole {
                self.cache.insert(b, &data[s..s + n]);
            }
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
        if size == 0 && !self.is_main() {
            // The transaction is over: what it did not write out is moot,
            // and the header goes too, so the next one gets a new file id.
            self.tail.discard();
            if self.file_id.is_some() {
                self.own = false;
                self.phys = None;
                self.raw.truncate(0)?;
                self.file_id = None;
                self.empty = true;
            }
            return Ok(());
        }
        self.flush_tail(false)?;
        let cur = self.size()?;
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
            // Only the main file gets here (a journal returned above).
            self.raw.truncate(self.layout.data_start)?;
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

/// Sealed slots gathered into one `write_at` per physically contiguous run
/// (slots skip the lock-byte range, so a run may have to be cut there).
struct Run {
    /// Physical offset of `bytes`.
    start: u64,
    /// Sealed slots (ciphertext only).
    bytes: Vec<u8>,
}

impl Run {
    fn new(blocks: usize) -> Run {
        Run {
            start: 0,
            bytes: Vec::with_capacity(blocks * SLOT as usize),
        }
    }

    /// The next slot goes at physical offset `at`: write what is gathered
    /// first if it does not end there.
    fn next<R: RawIo>(&mut self, raw: &mut R, at: u64) -> io::Result<()> {
        if !self.bytes.is_empty() && self.start + self.bytes.len() as u64 != at {
            self.finish(raw)?;
        }
        if self.bytes.is_empty() {
            self.start = at;
        }
        Ok(())
    }

    fn finish<R: RawIo>(&mut self, raw: &mut R) -> io::Result<()> {
        if !self.bytes.is_empty() {
            raw.write_at(&self.bytes, self.start)?;
            self.bytes.clear();
        }
        Ok(())
    }
}
