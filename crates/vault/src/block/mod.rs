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
//! [`CACHE_BLOCKS`](cache::CACHE_BLOCKS) decrypted blocks are kept between calls (see
//! [`BlockFile::set_locked`]); without a lock every read goes to the file.

mod cache;
mod epochs;
mod layout;
mod lock;
mod read;
mod seal;
mod tail;
#[cfg(test)]
mod tail_tests;
#[cfg(test)]
mod tests;
mod write;

use std::io;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::epoch::Epochs;

pub use crate::keys::Keys;
use crate::raw::RawIo;
use cache::BlockCache;
pub use layout::Layout;
use lock::Stamp;
use tail::Tail;

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

/// What to do when a block fails authentication.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OnAuthFailure {
    /// Report an error (main database).
    Error,
    /// Read the block as zeros (journals: a torn journal block is what SQLite
    /// expects after a crash, and it rejects such a journal by its own checks).
    Zeros,
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
    /// Journal: what was appended and is not written yet (see `tail`).
    tail: Tail,
    /// Journal: this handle wrote the journal's header, so it is the one
    /// writer (SQLite's RESERVED lock keeps every other connection out of
    /// this journal until it is truncated) and knows its physical size.
    own: bool,
    /// Journal: the file is known to be empty (opened so, or emptied by this
    /// handle), so a new header needs no truncation first.
    empty: bool,
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
            tail: Tail::default(),
            own: false,
            empty: false,
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
            tail: Tail::default(),
            own: false,
            empty: phys == 0,
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

    /// Logical size in bytes.
    pub fn size(&mut self) -> io::Result<u64> {
        if self.file_id.is_none() {
            return Ok(0);
        }
        let phys = self.phys_size()?;
        Ok(self.layout.logical_size(phys).max(self.tail.end()))
    }

    /// Number of blocks (including a trailing partial one).
    pub fn block_count(&mut self) -> io::Result<u64> {
        Ok(self.size()?.div_ceil(BLOCK))
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
