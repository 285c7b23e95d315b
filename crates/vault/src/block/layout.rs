//! Where blocks live in the physical file: after the file header, one slot
//! per block, skipping the Windows lock-byte range.

use super::{BLOCK, LOCK_HI, LOCK_LO, OVERHEAD, SLOT};

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
    pub(super) fn new(data_start: u64) -> Layout {
        Layout {
            data_start,
            lock_lo: LOCK_LO,
            lock_hi: LOCK_HI,
        }
    }

    /// (first skipped slot, number of skipped slots).
    pub(super) fn skipped(&self) -> (u64, u64) {
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
    pub(super) fn blocks(&self, phys: u64) -> (u64, u64) {
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

    pub(super) fn logical_size(&self, phys: u64) -> u64 {
        let (full, partial) = self.blocks(phys);
        full * BLOCK + partial
    }
}
