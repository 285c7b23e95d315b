//! A journal's unwritten tail: what SQLite appends to its rollback journal,
//! held as plaintext in memory until it fills whole blocks (or SQLite
//! syncs, reads, truncates or closes the journal), then sealed and written
//! block by block, each block once.
//!
//! SQLite writes each journal record in three pieces (a 4-byte page number,
//! the 4096-byte page, a 4-byte checksum), so records straddle blocks.
//! Written straight through, every piece was a read-modify-write of a
//! sealed block (read, open, seal, write); buffered, a block is sealed once.
//!
//! **Crash atomicity.** Bytes in the tail are not on disk until the next
//! flush, exactly like bytes a write put in the operating system's cache are
//! not durable until the next `fsync`: SQLite makes no assumption about
//! either. It syncs the journal (`xSync`, which flushes the tail first and
//! only then syncs the file) before it writes any page of the database file,
//! so a crash, power cut or kill that loses the tail loses only journal
//! content no database write depends on yet; an `xSync` that returns has
//! every journal byte on disk. Only the journal is buffered, never the
//! database file.
//!
//! **Plaintext.** The tail is allocated once at its full capacity (it never
//! grows, so no reallocation leaves a copy behind). Bytes leave it only by
//! being wiped: whatever it no longer holds is zeroed before its length
//! shrinks, so the spare capacity never holds plaintext, and what it holds
//! is wiped when it is flushed, discarded or dropped. (Only the bytes in use
//! are wiped, not the whole capacity: a small commit touches a few pages of
//! the allocation, not all of them.)

use zeroize::Zeroize;

use super::BLOCK;

/// Blocks a tail holds before its whole blocks are sealed and written
/// (64 KiB, one `write` each; a small commit's journal is below).
pub(super) const TAIL_BLOCKS: u64 = 16;
/// The tail's capacity: its blocks and room for one more partial one.
const CAPACITY: u64 = (TAIL_BLOCKS + 1) * BLOCK;

/// Plaintext not yet written, from a block boundary to the journal's end.
#[derive(Default)]
pub(super) struct Tail {
    /// Logical offset of `buf[0]` (a multiple of `BLOCK`).
    at: u64,
    /// The bytes (empty: no tail); its spare capacity holds only zeros.
    buf: Vec<u8>,
}

impl Drop for Tail {
    fn drop(&mut self) {
        self.discard();
    }
}

impl Tail {
    /// Whether nothing is held.
    pub(super) fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// Logical offset of the first byte held.
    pub(super) fn at(&self) -> u64 {
        self.at
    }

    /// One past the last logical byte held (0 when empty).
    pub(super) fn end(&self) -> u64 {
        if self.is_empty() {
            0
        } else {
            self.at + self.buf.len() as u64
        }
    }

    /// Start a tail at `at` (a block boundary); the tail must be empty.
    pub(super) fn start(&mut self, at: u64) {
        debug_assert!(self.is_empty() && at.is_multiple_of(BLOCK));
        self.at = at;
    }

    /// Whether `data` written at `off` (not before `at`) fits without growing
    /// the buffer past its capacity.
    pub(super) fn fits(&self, off: u64, len: usize) -> bool {
        off >= self.at && off + len as u64 - self.at <= CAPACITY
    }

    /// Copy `data` in at logical offset `off` (checked by [`Tail::fits`]),
    /// zero-filling any gap.
    pub(super) fn put(&mut self, data: &[u8], off: u64) {
        if self.buf.capacity() == 0 {
            self.buf = Vec::with_capacity(CAPACITY as usize);
        }
        let s = (off - self.at) as usize;
        let e = s + data.len();
        if self.buf.len() < e {
            // Within the capacity reserved above: never reallocates.
            self.buf.resize(e, 0);
        }
        self.buf[s..e].copy_from_slice(data);
    }

    /// Whether enough whole blocks are held to write them out.
    pub(super) fn is_full(&self) -> bool {
        self.buf.len() as u64 >= TAIL_BLOCKS * BLOCK
    }

    /// The bytes to write: all of them, or only the whole blocks.
    pub(super) fn pending(&self, whole_blocks_only: bool) -> &[u8] {
        let n = if whole_blocks_only {
            self.buf.len() / BLOCK as usize * BLOCK as usize
        } else {
            self.buf.len()
        };
        &self.buf[..n]
    }

    /// Drop the first `n` bytes (written out; a multiple of `BLOCK` unless
    /// it is everything), wiping what no longer holds anything.
    pub(super) fn consume(&mut self, n: usize) {
        let len = self.buf.len();
        if n >= len {
            return self.discard();
        }
        self.buf.copy_within(n..len, 0);
        self.buf[len - n..].zeroize();
        self.buf.truncate(len - n);
        self.at += n as u64;
    }

    /// Wipe and forget everything held.
    pub(super) fn discard(&mut self) {
        self.buf[..].zeroize();
        self.buf.clear();
        self.at = 0;
    }
}
