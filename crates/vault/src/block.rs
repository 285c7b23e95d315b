//! The block layer: a logical file of arbitrary length stored as sealed
//! 4096-byte blocks over any [`RawIo`]. No SQLite and no `unsafe` here.
//!
//! Physical layout: `data_start` bytes of file header (the vault header for the
//! main file, a 32-byte journal header for journals), then one *slot* of
//! 4136 bytes per block: 24-byte nonce, ciphertext, 16-byte Poly1305 tag. The
//! last block may be shorter (its ciphertext is as long as its plaintext), so
//! the logical size is recoverable from the physical size alone. Slots that
//! would overlap the Windows lock-byte range are skipped.
//!
//! While SQLite holds a lock on the main file, its physical size and up to
//! [`CACHE_BLOCKS`] decrypted blocks are kept between calls (see
//! [`BlockFile::set_locked`]); without a lock every read goes to the file.

use std::io;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use chacha20poly1305::aead::AeadInPlace;
use chacha20poly1305::{Tag, XNonce};
use rand::RngCore;
use zeroize::{Zeroize, Zeroizing};

use crate::epoch::{self, Epochs, EPOCH_AT};

pub use crate::keys::Keys;
use crate::raw::RawIo;

/// Plaintext bytes per block (equals the SQLite page size).
pub const BLOCK: u64 = 4096;
/// Nonce length.
pub const NONCE: usize = 24;
/// Tag length.
pub const TAG: usize = 16;
/// Per-block overhead.
pub const OVERHEAD: u64 = (NONCE + TAG) as u64;
/// Physical bytes per full block.
pub const SLOT: u64 = BLOCK + OVERHEAD;
/// First byte of the Windows lock range (SQLite's pending byte).
pub const LOCK_LO: u64 = 0x4000_0000;
/// One past the last byte of the Windows lock range.
pub const LOCK_HI: u64 = 0x4000_0200;
/// Journal file header length (version 2: with the epoch it is bound to).
pub const JOURNAL_HEADER_LEN: u64 = 40;
/// Journal file header length in format version 1.
pub const LEGACY_JOURNAL_HEADER_LEN: u64 = 32;
/// Journal header magic.
pub const JOURNAL_MAGIC: [u8; 8] = *b"SKVJRNL1";

/// What kind of file a [`BlockFile`] is; bound into every block.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileKind {
    /// The main database file.
    Main = 1,
    /// A rollback journal.
    Journal = 2,
}

/// Block-layer failures.
#[derive(Debug)]
pub enum BlockError {
    /// The raw I/O failed.
    Io(io::Error),
    /// A block failed authentication.
    Auth {
        /// Index of the block.
        block: u64,
    },
}

impl From<io::Error> for BlockError {
    fn from(e: io::Error) -> Self {
        BlockError::Io(e)
    }
}

/// Where blocks live in the physical file.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// Bytes before the first slot.
    pub data_start: u64,
    /// Physical byte range no slot may overlap (`lo..hi`).
    pub lock_lo: u64,
    /// See `lock_lo`.
    pub lock_hi: u64,
}

impl Layout {
    fn new(data_start: u64) -> Layout {
        Layout {
            data_start,
            lock_lo: LOCK_LO,
            lock_hi: LOCK_HI,
        }
    }

    /// (first skipped slot, number of skipped slots).
    fn skipped(&self) -> (u64, u64) {
        if self.lock_hi <= self.data_start {
            return (u64::MAX, 0);
        }
        let lo = self.lock_lo.max(self.data_start) - self.data_start;
        let hi = self.lock_hi - self.data_start;
        let first = lo / SLOT;
        let last = (hi - 1) / SLOT;
        (first, last - first + 1)
    }

    fn slot_of(&self, block: u64) -> u64 {
        let (first, n) = self.skipped();
        if block < first {
            block
        } else {
            block + n
        }
    }

    /// Physical offset of a block's slot.
    pub fn offset(&self, block: u64) -> u64 {
        self.data_start + self.slot_of(block) * SLOT
    }

    /// (number of full blocks, plaintext length of a trailing partial block) for a physical size.
    fn blocks(&self, phys: u64) -> (u64, u64) {
        if phys <= self.data_start {
            return (0, 0);
        }
        let d = phys - self.data_start;
        let full_slots = d / SLOT;
        let tail = d % SLOT;
        let (first, n) = self.skipped();
        let full = if full_slots <= first {
            full_slots
        } else if full_slots < first.saturating_add(n) {
            first
        } else {
            full_slots - n
        };
        let tail_in_skipped = full_slots >= first && full_slots < first.saturating_add(n);
        let partial = if tail_in_skipped {
            0
        } else {
            tail.saturating_sub(OVERHEAD)
        };
        (full, partial)
    }

    fn logical_size(&self, phys: u64) -> u64 {
        let (full, partial) = self.blocks(phys);
        full * BLOCK + partial
    }
}

/// What to do when a block fails authentication.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OnAuthFailure {
    /// Report an error (main database).
    Error,
    /// Read the block as zeros (journals: a torn journal block is what SQLite
    /// expects after a crash, and it rejects such a journal by its own checks).
    Zeros,
}

/// Blocks kept decrypted by a main file's [`BlockCache`] (4 MiB).
pub const CACHE_BLOCKS: usize = 1024;

/// A bounded, direct-mapped cache of decrypted blocks. Block 0 (SQLite reads
/// its change counter in every transaction) has slot 0 to itself; block
/// `b > 0` lives in slot `1 + (b - 1) % (CACHE_BLOCKS - 1)`. Memory is
/// allocated on first use; the plaintext of a slot is wiped when it is
/// forgotten or replaced, and all of it when dropped.
#[derive(Default)]
struct BlockCache {
    /// Block held by each slot (`EMPTY` for none).
    tags: Vec<u64>,
    /// Plaintext length held by each slot.
    lens: Vec<u16>,
    /// `CACHE_BLOCKS` slots of `BLOCK` bytes.
    data: Zeroizing<Vec<u8>>,
}

impl BlockCache {
    const EMPTY: u64 = u64::MAX;

    fn slot(b: u64) -> usize {
        match b {
            0 => 0,
            b => 1 + ((b - 1) % (CACHE_BLOCKS as u64 - 1)) as usize,
        }
    }

    fn bytes(&mut self, i: usize) -> &mut [u8] {
        &mut self.data[i * BLOCK as usize..(i + 1) * BLOCK as usize]
    }

    /// The slot holding block `b`, if any.
    fn find(&self, b: u64) -> Option<usize> {
        let i = Self::slot(b);
        (self.tags.get(i) == Some(&b)).then_some(i)
    }

    fn plaintext(&self, i: usize) -> &[u8] {
        &self.data[i * BLOCK as usize..][..self.lens[i] as usize]
    }

    /// Keep `plaintext` as block `b`; returns its slot.
    fn insert(&mut self, b: u64, plaintext: &[u8]) -> usize {
        if self.tags.is_empty() {
            self.tags = vec![Self::EMPTY; CACHE_BLOCKS];
            self.lens = vec![0; CACHE_BLOCKS];
            self.data = Zeroizing::new(vec![0; CACHE_BLOCKS * BLOCK as usize]);
        }
        let i = Self::slot(b);
        let slot = self.bytes(i);
        // Overwritten whole: the new plaintext, then zeros after it.
        slot[..plaintext.len()].copy_from_slice(plaintext);
        slot[plaintext.len()..].fill(0);
        self.tags[i] = b;
        self.lens[i] = plaintext.len() as u16;
        i
    }

    fn forget_slot(&mut self, i: usize) {
        if self.tags[i] != Self::EMPTY {
            self.tags[i] = Self::EMPTY;
            self.bytes(i).zeroize();
        }
    }

    /// Forget blocks `from..to`.
    fn forget(&mut self, from: u64, to: u64) {
        if self.tags.is_empty() {
            return;
        }
        if to.saturating_sub(from) >= CACHE_BLOCKS as u64 {
            return self.forget_from(from);
        }
        for b in from..to {
            if self.tags[Self::slot(b)] == b {
                self.forget_slot(Self::slot(b));
            }
        }
    }

    /// Forget every block from `from` on.
    fn forget_from(&mut self, from: u64) {
        for i in 0..self.tags.len() {
            if self.tags[i] >= from {
                self.forget_slot(i);
            }
        }
    }
}

/// What another connection must change to change the database: its physical
/// size or the nonce of block 0. SQLite bumps the change counter on page 1
/// with every commit and trusts its own page cache while it is unchanged; a
/// rewrite of block 0 always draws a fresh random nonce, so this is stronger.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp {
    phys: u64,
    nonce0: [u8; NONCE],
    /// Format 2: the epoch field of both header copies (every commit
    /// rewrites them), so the epochs are reloaded after any commit.
    epochs: [u64; 2],
}

/// A logical file stored as sealed blocks.
pub struct BlockFile<R: RawIo> {
    raw: R,
    keys: Arc<Keys>,
    kind: FileKind,
    file_id: Option<[u8; 16]>,
    layout: Layout,
    on_auth_failure: OnAuthFailure,
    /// Whether a lock keeps other connections from writing (see [`BlockFile::set_locked`]).
    locked: bool,
    /// The physical size, known while `locked`.
    phys: Option<u64>,
    /// Decrypted blocks; trusted only while `locked`.
    cache: BlockCache,
    /// The file as the cache last saw it; `None` when unknown.
    stamp: Option<Stamp>,
    /// Whether this file wrote since the stamp was taken.
    wrote: bool,
    /// The plaintext of the block read last (its buffer, a whole block
    /// from the start so it never moves and leaves a copy behind, is reused).
    scratch: Zeroizing<Vec<u8>>,
    /// The sealed bytes of the block read last (reused likewise).
    sealed: Zeroizing<Vec<u8>>,
    /// Main file, format 2: the epoch of every block (see `crate::epoch`).
    epochs: Epochs,
    /// Journal, format 2: the epoch it is bound to (its blocks carry it).
    journal_epoch: u64,
}

impl<R: RawIo> BlockFile<R> {
    /// The main database file: blocks start after the vault header region.
    pub fn main(raw: R, keys: Arc<Keys>) -> Self {
        BlockFile {
            raw,
            keys,
            kind: FileKind::Main,
            file_id: Some([0; 16]),
            layout: Layout::new(crate::header::HEADER_REGION),
            on_auth_failure: OnAuthFailure::Error,
            locked: false,
            phys: None,
            cache: BlockCache::default(),
            stamp: None,
            wrote: false,
            scratch: Zeroizing::new(Vec::with_capacity(BLOCK as usize)),
            sealed: Zeroizing::new(Vec::with_capacity(SLOT as usize)),
            epochs: Epochs::default(),
            journal_epoch: 0,
        }
    }

    /// A journal file: reads its header (if any) for the file id and, in
    /// format 2, the epoch it is bound to. A journal bound to any epoch but
    /// the one after the main file's last commit is not this transaction's
    /// (an old journal put back, or one whose commit already landed): it
    /// reads as empty, so SQLite never rolls it back.
    pub fn journal(mut raw: R, keys: Arc<Keys>) -> io::Result<Self> {
        let phys = raw.size()?;
        let header_len = journal_header_len(&keys);
        let mut file_id = None;
        let mut journal_epoch = 0;
        if phys >= header_len {
            let mut hdr = vec![0u8; header_len as usize];
            raw.read_exact_at(&mut hdr, 0)?;
            if hdr[0..8] == JOURNAL_MAGIC && hdr[8..10] == keys.version.to_le_bytes() {
                let mut id = [0u8; 16];
                id.copy_from_slice(&hdr[16..32]);
                if !keys.legacy() {
                    let mut e = [0u8; 8];
                    e.copy_from_slice(&hdr[32..40]);
                    journal_epoch = u64::from_le_bytes(e);
                }
                let expected = keys.committed.load(Ordering::Relaxed).wrapping_add(1);
                if keys.legacy() || journal_epoch == expected {
                    file_id = Some(id);
                    if phys > header_len {
                        keys.hot_journal.store(true, Ordering::Relaxed);
                    }
                }
            }
        }
        Ok(BlockFile {
            raw,
            keys,
            kind: FileKind::Journal,
            file_id,
            layout: Layout::new(header_len),
            on_auth_failure: OnAuthFailure::Zeros,
            locked: false,
            phys: None,
            cache: BlockCache::default(),
            stamp: None,
            wrote: false,
            scratch: Zeroizing::new(Vec::with_capacity(BLOCK as usize)),
            sealed: Zeroizing::new(Vec::with_capacity(SLOT as usize)),
            epochs: Epochs::default(),
            journal_epoch,
        })
    }

    /// Use a custom layout (tests move the lock range to small offsets).
    #[cfg(test)]
    pub fn with_layout(mut self, layout: Layout) -> Self {
        self.layout = layout;
        self
    }

    /// Report authentication failures as errors (diagnostics in tests).
    #[cfg(test)]
    pub fn with_auth_failure_error(mut self) -> Self {
        self.on_auth_failure = OnAuthFailure::Error;
        self
    }

    /// Whether this is the main database file.
    pub fn is_main(&self) -> bool {
        self.kind == FileKind::Main
    }

    /// The raw file underneath.
    pub fn raw_mut(&mut self) -> &mut R {
        &mut self.raw
    }

    fn ad(&self, block: u64) -> [u8; 47] {
        let mut ad = [0u8; 47];
        ad[0..4].copy_from_slice(b"SKVB");
        ad[4..6].copy_from_slice(&self.keys.version.to_le_bytes());
        ad[6] = self.kind as u8;
        ad[7..23].copy_from_slice(&self.keys.db_id);
        ad[23..39].copy_from_slice(&self.file_id.unwrap_or([0; 16]));
        ad[39..47].copy_from_slice(&block.to_le_bytes());
        ad
    }

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

    /// The physical size (remembered while locked).
    fn phys_size(&mut self) -> io::Result<u64> {
        if let Some(p) = self.phys {
            return Ok(p);
        }
        let p = self.raw.size()?;
        if self.locked {
            self.phys = Some(p);
        }
        Ok(p)
    }

    /// Logical size in bytes.
    pub fn size(&mut self) -> io::Result<u64> {
        if self.file_id.is_none() {
            return Ok(0);
        }
        let phys = self.phys_size()?;
        Ok(self.layout.logical_size(phys))
    }

    /// Number of blocks (including a trailing partial one).
    pub fn block_count(&mut self) -> io::Result<u64> {
        Ok(self.size()?.div_ceil(BLOCK))
    }

    /// Block `block`'s plaintext, in a buffer of its own (for the rare
    /// paths: partial rewrites, truncation, checks).
    fn read_block(&mut self, block: u64, phys: u64) -> Result<Zeroizing<Vec<u8>>, BlockError> {
        self.read_into_scratch(block, phys, true)?;
        Ok(Zeroizing::new(self.scratch.to_vec()))
    }

    /// Reads and opens block `block` into `self.scratch` (empty for a block
    /// past the end), reusing the buffers: no allocation per block read.
    /// With `current`, a main-file block must also be the current write of
    /// itself (its epoch the one the epoch digest vouches for).
    fn read_into_scratch(
        &mut self,
        block: u64,
        phys: u64,
        current: bool,
    ) -> Result<(), BlockError> {
        self.scratch.clear();
        let off = self.layout.offset(block);
        let avail = phys.saturating_sub(off).min(SLOT) as usize;
        if avail <= OVERHEAD as usize {
            return Ok(());
        }
        let ad = self.ad(block);
        let sealed = &mut self.sealed;
        sealed.resize(avail, 0);
        self.raw.read_exact_at(sealed, off)?;
        // The stored plaintext length is the last two nonce bytes (so it is
        // authenticated as part of the nonce). Bytes after it read as zeros.
        let n = u16::from_le_bytes([sealed[NONCE - 2], sealed[NONCE - 1]]) as usize;
        let logical = avail - OVERHEAD as usize;
        let opened = n <= logical && {
            let (nonce, rest) = sealed.split_at_mut(NONCE);
            let nonce = XNonce::clone_from_slice(nonce);
            let (ct, rest) = rest.split_at_mut(n);
            let tag = Tag::clone_from_slice(&rest[..TAG]);
            self.keys
                .aead
                .decrypt_in_place_detached(&nonce, &ad, ct, &tag)
                .is_ok()
        };
        let opened = opened && (self.keys.legacy() || self.is_current(block, current)?);
        if opened {
            self.scratch
                .extend_from_slice(&self.sealed[NONCE..NONCE + n]);
            return Ok(());
        }
        match self.on_auth_failure {
            OnAuthFailure::Error => Err(BlockError::Auth { block }),
            OnAuthFailure::Zeros => {
                self.scratch.resize(logical, 0);
                Ok(())
            }
        }
    }

    /// Whether the block just read into `self.sealed` carries the epoch it
    /// should: a journal's own, or for the main file the one loaded for it.
    fn is_current(&mut self, block: u64, check_main: bool) -> io::Result<bool> {
        let found = epoch::of_nonce(&self.sealed);
        if !self.is_main() {
            return Ok(found == self.journal_epoch);
        }
        if !check_main {
            return Ok(true);
        }
        self.ensure_epochs()?;
        Ok(self.epochs.is_current(block, found))
    }

    /// Load the main file's epochs if they are not (format 2 only).
    fn ensure_epochs(&mut self) -> io::Result<()> {
        if self.is_main() && !self.keys.legacy() && !self.epochs.loaded {
            let blocks = self.layout.logical_size(self.raw.size()?).div_ceil(BLOCK);
            self.epochs
                .load(&mut self.raw, &self.layout, &self.keys, blocks)?;
        }
        Ok(())
    }

    /// The epoch a block written now is sealed with (format 2).
    fn write_epoch(&mut self) -> io::Result<u64> {
        if !self.is_main() {
            return Ok(self.journal_epoch);
        }
        self.ensure_epochs()?;
        Ok(self.epochs.write_epoch())
    }

    /// Seal `plaintext` as block `block`, appending the slot to `out`. In
    /// format 2 the nonce carries the block's epoch, which the main file's
    /// epochs then record.
    fn seal_into(&mut self, block: u64, plaintext: &[u8], out: &mut Vec<u8>) -> io::Result<()> {
        let mut nonce = [0u8; NONCE];
        if self.keys.legacy() {
            rand::thread_rng().fill_bytes(&mut nonce[..NONCE - 2]);
        } else {
            let e = self.write_epoch()?;
            rand::thread_rng().fill_bytes(&mut nonce[..EPOCH_AT]);
            nonce[EPOCH_AT..NONCE - 2].copy_from_slice(&e.to_le_bytes());
            if self.is_main() {
                self.epochs.wrote(&self.keys, block, e);
            }
        }
        nonce[NONCE - 2..].copy_from_slice(&(plaintext.len() as u16).to_le_bytes());
        let start = out.len();
        out.extend_from_slice(&nonce);
        out.extend_from_slice(plaintext);
        let ad = self.ad(block);
        let tag = self
            .keys
            .aead
            .encrypt_in_place_detached(XNonce::from_slice(&nonce), &ad, &mut out[start + NONCE..])
            .expect("XChaCha20-Poly1305 encryption of one block cannot fail");
        out.extend_from_slice(&tag);
        Ok(())
    }

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

    /// Flush to stable storage. In format 2, once the main file's blocks
    /// are synced, the header records this transaction's epoch and the new
    /// epoch digest, and is synced too (the header must never vouch for
    /// blocks that are not on disk yet).
    pub fn sync(&mut self, flags: i32) -> io::Result<()> {
        self.raw.sync(flags)?;
        self.commit_epochs()
    }

    /// Record the epochs of the blocks written so far in the header now,
    /// without syncing first: for a new vault being filled, so that
    /// connections can check it while it is synced.
    pub fn record_epochs(&mut self) -> io::Result<()> {
        self.commit_epochs_with(false)
    }

    fn commit_epochs(&mut self) -> io::Result<()> {
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

fn journal_header_len(keys: &Keys) -> u64 {
    if keys.legacy() {
        LEGACY_JOURNAL_HEADER_LEN
    } else {
        JOURNAL_HEADER_LEN
    }
}

/// Logical size of a main database file of physical size `phys`.
pub fn main_logical_size(phys: u64) -> u64 {
    Layout::new(crate::header::HEADER_REGION).logical_size(phys)
}

/// Physical offset of a main-file block (for the tests' tamper hooks).
#[cfg(feature = "test-hooks")]
pub fn main_block_offset(block: u64) -> u64 {
    Layout::new(crate::header::HEADER_REGION).offset(block)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raw::MemFile;
    use proptest::prelude::*;

    fn keys() -> Arc<Keys> {
        Arc::new(Keys::new(&[42; 32], [7; 16]))
    }

    /// A header region for `keys()`: format 2, no blocks yet.
    pub(crate) fn header_region() -> Vec<u8> {
        use crate::header::{Header, Slot, FORMAT_VERSION};
        let slot = Slot {
            salt: [0; 32],
            nonce: [0; 24],
            wrapped: [0; 48],
        };
        let mut h = Header {
            version: FORMAT_VERSION,
            epoch: 0,
            digest: [0; 16],
            generation: 1,
            db_id: [7; 16],
            kdf: crate::kdf::KdfParams::MIN,
            pass: slot.clone(),
            recovery: slot,
            mac_nonce: [0; 24],
            mac_tag: [0; 16],
        };
        h.seal(&[42; 32]);
        let mut region = h.encode();
        region.extend(h.encode());
        region
    }

    #[derive(Debug, Clone)]
    enum Op {
        Write(u64, Vec<u8>),
        Read(u64, usize),
        Truncate(u64),
        /// SQLite takes (true) or drops (false) its lock: caching on or off.
        Lock(bool),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0u64..40_000, proptest::collection::vec(any::<u8>(), 1..9000)).prop_map(|(o, d)| Op::Write(o, d)),
            3 => (0u64..45_000, 0usize..10_000).prop_map(|(o, n)| Op::Read(o, n)),
            1 => (0u64..40_000).prop_map(Op::Truncate),
            2 => any::<bool>().prop_map(Op::Lock),
        ]
    }

    fn run(kind: FileKind, ops: Vec<Op>, layout: Option<Layout>) {
        let mut bf = match kind {
            FileKind::Main => {
                let mut f = MemFile::default();
                f.write_at(&header_region(), 0).unwrap();
                BlockFile::main(f, keys())
            }
            FileKind::Journal => BlockFile::journal(MemFile::default(), keys()).unwrap(),
        };
        if let Some(l) = layout {
            bf = bf.with_layout(l);
        }
        let mut model: Vec<u8> = Vec::new();
        for op in ops {
            match op {
                Op::Write(o, d) => {
                    bf.write(&d, o).unwrap();
                    let end = o as usize + d.len();
                    if model.len() < end {
                        model.resize(end, 0);
                    }
                    model[o as usize..end].copy_from_slice(&d);
                }
                Op::Read(o, n) => {
                    let mut buf = vec![0xAAu8; n];
                    let got = bf.read(&mut buf, o).unwrap();
                    let o = o as usize;
                    let expect_n = model.len().saturating_sub(o).min(n);
                    assert_eq!(got, expect_n);
                    if expect_n > 0 {
                        assert_eq!(&buf[..got], &model[o..o + got]);
                    }
                    assert!(buf[got..].iter().all(|&x| x == 0));
                }
                Op::Truncate(s) => {
                    bf.truncate(s).unwrap();
                    model.resize(s as usize, 0);
                }
                Op::Lock(l) => bf.set_locked(l),
            }
            assert_eq!(bf.size().unwrap(), model.len() as u64);
        }
        assert!(bf.check_all().unwrap().is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]
        #[test]
        fn main_file_matches_vec_model(ops in proptest::collection::vec(op(), 1..40)) {
            run(FileKind::Main, ops, None);
        }

        #[test]
        fn journal_file_matches_vec_model(ops in proptest::collection::vec(op(), 1..40)) {
            run(FileKind::Journal, ops, None);
        }

        #[test]
        fn skipped_lock_range_matches_vec_model(ops in proptest::collection::vec(op(), 1..40), lo in 8192u64..30_000) {
            let layout = Layout { data_start: 8192, lock_lo: lo, lock_hi: lo + 512 };
            run(FileKind::Main, ops, Some(layout));
        }
    }

    #[test]
    fn cache_slots_conflict_evict_and_forget() {
        let mut c = BlockCache::default();
        let n = CACHE_BLOCKS as u64 - 1;
        c.insert(0, &[1; 10]);
        c.insert(1, &[2; 4096]);
        c.insert(1 + n, &[3; 5]);
        // Block 0 keeps its own slot; 1 and 1 + n share one.
        assert_eq!(c.find(0).map(|i| c.plaintext(i)), Some(&[1u8; 10][..]));
        assert_eq!(c.find(1), None);
        assert_eq!(c.find(1 + n).map(|i| c.plaintext(i)), Some(&[3u8; 5][..]));
        c.insert(2, &[4; 4096]);
        c.forget(1, 2 + n);
        assert_eq!((c.find(1 + n), c.find(2)), (None, None));
        assert!(c.find(0).is_some());
        c.insert(7, &[5; 4096]);
        c.forget_from(0);
        assert!(c.tags.iter().all(|&t| t == BlockCache::EMPTY));
        assert!(c.data.iter().all(|&x| x == 0));
    }

    #[test]
    fn a_reader_drops_cached_blocks_that_another_handle_rewrote() {
        use crate::raw::{MemFs, OpenName, RawFs};
        let fs = MemFs::default();
        fs.set_budget(-1);
        fs.put("/db", header_region());
        let name = OpenName {
            path: "/db".into(),
            ptr: std::ptr::null(),
        };
        let open = || BlockFile::main(fs.open(&name, 0).unwrap().0, keys());
        let (mut w, mut r) = (open(), open());
        // A "commit" rewrites block 0 (SQLite's change counter) and `blocks` in all.
        let commit = |w: &mut BlockFile<_>, fill: u8, blocks: usize| {
            w.set_locked(true);
            w.write(&vec![fill; blocks * BLOCK as usize], 0).unwrap();
            w.set_locked(false);
        };
        let read = |r: &mut BlockFile<_>, block: u64| {
            r.set_locked(true);
            let mut buf = [0u8; 4];
            r.read(&mut buf, block * BLOCK).unwrap();
            r.set_locked(false);
            buf[0]
        };
        commit(&mut w, 1, 3);
        assert_eq!(read(&mut r, 1), 1);
        assert_eq!(read(&mut r, 2), 1);
        // Same size, new contents.
        commit(&mut w, 2, 3);
        assert_eq!(read(&mut r, 1), 2);
        // Shrunk, then grown again: the old block 2 must not come back.
        w.set_locked(true);
        w.truncate(BLOCK).unwrap();
        w.set_locked(false);
        assert_eq!(r.size().unwrap(), BLOCK);
        commit(&mut w, 3, 1);
        w.set_locked(true);
        w.write(&[4u8; 2 * BLOCK as usize], BLOCK).unwrap();
        w.set_locked(false);
        assert_eq!(read(&mut r, 0), 3);
        assert_eq!(read(&mut r, 2), 4);
        // The reader's own writes keep its cache coherent too.
        r.set_locked(true);
        r.write(&[5u8; 10], BLOCK).unwrap();
        let mut buf = [0u8; 12];
        r.read(&mut buf, BLOCK).unwrap();
        assert_eq!(buf, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4]);
        r.set_locked(false);
        assert_eq!(read(&mut w, 1), 5);
    }

    #[test]
    fn lock_range_is_never_touched() {
        let l = Layout::new(crate::header::HEADER_REGION);
        for b in 0..400_000u64 {
            let s = l.offset(b);
            assert!(
                s + SLOT <= LOCK_LO || s >= LOCK_HI,
                "block {b} overlaps the lock range"
            );
        }
        // Physical size right after the skipped slot maps back to the right block count.
        let (first, n) = l.skipped();
        assert!(n >= 1);
        let after = l.offset(first);
        assert_eq!(l.blocks(after), (first, 0));
        assert_eq!(l.blocks(after + SLOT), (first + 1, 0));
    }

    #[test]
    fn tampered_block_is_an_error_in_main_and_zeros_in_journal() {
        let mut f = MemFile::default();
        f.write_at(&header_region(), 0).unwrap();
        let mut bf = BlockFile::main(f, keys());
        bf.write(&[5u8; 8192], 0).unwrap();
        bf.raw_mut().data_mut()[8192 + 30] ^= 1;
        let mut buf = [0u8; 10];
        assert!(matches!(
            bf.read(&mut buf, 0),
            Err(BlockError::Auth { block: 0 })
        ));
        assert_eq!(bf.read(&mut buf, 4096).unwrap(), 10);
        assert_eq!(bf.check_all().unwrap(), vec![0]);

        let mut j = BlockFile::journal(MemFile::default(), keys()).unwrap();
        j.write(&[5u8; 100], 0).unwrap();
        j.raw_mut().data_mut()[40] ^= 1;
        let mut buf = [1u8; 100];
        assert_eq!(j.read(&mut buf, 0).unwrap(), 100);
        assert!(buf.iter().all(|&x| x == 0));
    }

    #[test]
    fn blocks_cannot_be_swapped_or_moved_between_files() {
        let mut f = MemFile::default();
        f.write_at(&header_region(), 0).unwrap();
        let mut bf = BlockFile::main(f, keys());
        bf.write(&[1u8; 4096], 0).unwrap();
        bf.write(&[2u8; 4096], 4096).unwrap();
        let d = bf.raw_mut().data_mut();
        let (a, b) = d[8192..].split_at_mut(SLOT as usize);
        a.swap_with_slice(&mut b[..SLOT as usize]);
        let mut buf = [0u8; 1];
        assert!(bf.read(&mut buf, 0).is_err());
        assert!(bf.read(&mut buf, 4096).is_err());
    }
}
