//! The bounded cache of decrypted blocks a locked main file keeps.

use zeroize::{Zeroize, Zeroizing};

use super::BLOCK;

/// Blocks kept decrypted by a main file's [`BlockCache`] (4 MiB).
pub const CACHE_BLOCKS: usize = 1024;

/// A bounded, direct-mapped cache of decrypted blocks. Block 0 (SQLite reads
/// its change counter in every transaction) has slot 0 to itself; block
/// `b > 0` lives in slot `1 + (b - 1) % (CACHE_BLOCKS - 1)`. Memory is
/// allocated on first use; the plaintext of a slot is wiped when it is
/// forgotten or replaced, and all of it when dropped.
#[derive(Default)]
pub(super) struct BlockCache {
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
    pub(super) fn find(&self, b: u64) -> Option<usize> {
        let i = Self::slot(b);
        (self.tags.get(i) == Some(&b)).then_some(i)
    }

    pub(super) fn plaintext(&self, i: usize) -> &[u8] {
        &self.data[i * BLOCK as usize..][..self.lens[i] as usize]
    }

    /// Keep `plaintext` as block `b`; returns its slot.
    pub(super) fn insert(&mut self, b: u64, plaintext: &[u8]) -> usize {
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
    pub(super) fn forget(&mut self, from: u64, to: u64) {
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
    pub(super) fn forget_from(&mut self, from: u64) {
        for i in 0..self.tags.len() {
            if self.tags[i] >= from {
                self.forget_slot(i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
