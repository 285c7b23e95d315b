//! Write epochs (format version 2): which write of each main-file block is
//! the current one, so that an older authentic copy of a block, or an old
//! journal, is refused. See `docs/vault-format.md`, "Epochs and rollback".
//!
//! Every write transaction seals its blocks with a new epoch, carried in
//! each block's (authenticated) nonce. The header holds the epoch of the
//! last commit and a keyed digest of the set of (block, epoch) pairs:
//! the XOR of `PRF(block, epoch)` over all blocks. Opening a file, or
//! locking it after another connection changed it, reads every block's
//! nonce (24 bytes a block) and recomputes the digest; each read then only
//! compares the block's epoch with the one remembered for it.

use std::io;

use chacha20poly1305::aead::AeadInPlace;
use chacha20poly1305::XNonce;

use crate::block::{Keys, Layout, NONCE};
use crate::header::{parse_region, Header, COPY_LEN, HEADER_REGION};
use crate::raw::RawIo;

/// Where the epoch sits in a version-2 nonce (after 14 random bytes, before
/// the 2-byte plaintext length).
pub const EPOCH_AT: usize = 14;

/// The epoch recorded in a version-2 nonce.
pub fn of_nonce(nonce: &[u8]) -> u64 {
    let mut e = [0u8; 8];
    e.copy_from_slice(&nonce[EPOCH_AT..EPOCH_AT + 8]);
    u64::from_le_bytes(e)
}

/// `PRF(block, epoch)`: 16 bytes of XChaCha20 keystream under the digest
/// subkey, at a nonce made of the two numbers.
pub fn prf(keys: &Keys, block: u64, epoch: u64) -> [u8; 16] {
    let mut nonce = [0u8; 24];
    nonce[0..4].copy_from_slice(b"SKVD");
    nonce[4..12].copy_from_slice(&block.to_le_bytes());
    nonce[12..20].copy_from_slice(&epoch.to_le_bytes());
    let mut out = [0u8; 16];
    keys.digest_key
        .encrypt_in_place_detached(XNonce::from_slice(&nonce), b"", &mut out)
        .expect("16 bytes of keystream cannot fail");
    out
}

fn xor(d: &mut [u8; 16], x: [u8; 16]) {
    d.iter_mut().zip(x).for_each(|(a, b)| *a ^= b);
}

/// The main file's epochs as this handle knows them.
#[derive(Default)]
pub struct Epochs {
    /// Whether `map` and `header` reflect the file (loaded since the last change by others).
    pub loaded: bool,
    /// The epoch of each block on disk.
    map: Vec<u64>,
    /// XOR of `prf(b, map[b])`.
    digest: [u8; 16],
    /// The header copy in use (its index, 0 = A), authenticated.
    header: Option<(usize, Header)>,
    /// Whether the blocks on disk matched the header's digest when loaded
    /// (or were since committed by this handle).
    verified: bool,
    /// Largest epoch seen in the header or on a block.
    max: u64,
    /// The epoch of the writes in progress, once there is one.
    txn: Option<u64>,
}

impl Epochs {
    /// Read the header and every block's epoch (`blocks` blocks).
    pub fn load<R: RawIo>(
        &mut self,
        raw: &mut R,
        layout: &Layout,
        keys: &Keys,
        blocks: u64,
    ) -> io::Result<()> {
        self.header = read_header(raw, keys)?;
        self.map.clear();
        self.digest = [0; 16];
        self.max = self.header.as_ref().map_or(0, |(_, h)| h.epoch);
        let phys = raw.size()?;
        let mut nonce = [0u8; NONCE];
        for b in 0..blocks {
            let off = layout.offset(b);
            let e = if phys >= off + NONCE as u64 {
                raw.read_exact_at(&mut nonce, off)?;
                of_nonce(&nonce)
            } else {
                0
            };
            self.push(keys, b, e);
        }
        self.verified = self
            .header
            .as_ref()
            .is_some_and(|(_, h)| h.digest == self.digest);
        if let Some((_, h)) = &self.header {
            keys.set_committed_epoch(h.epoch);
        }
        self.txn = None;
        self.loaded = true;
        Ok(())
    }

    fn push(&mut self, keys: &Keys, b: u64, e: u64) {
        xor(&mut self.digest, prf(keys, b, e));
        self.map.push(e);
        self.max = self.max.max(e);
    }

    /// Whether a block read with epoch `found` is the current one. While the
    /// file does not match its header, no block is.
    pub fn is_current(&self, block: u64, found: u64) -> bool {
        self.verified && self.map.get(block as usize) == Some(&found)
    }

    /// The epoch to seal a block with now (one per write transaction, above
    /// every epoch seen).
    pub fn write_epoch(&mut self) -> u64 {
        *self.txn.get_or_insert(self.max + 1)
    }

    /// Record that block `block` now holds a write of epoch `epoch`.
    pub fn wrote(&mut self, keys: &Keys, block: u64, epoch: u64) {
        let b = block as usize;
        while self.map.len() < b {
            let n = self.map.len() as u64;
            self.push(keys, n, 0);
        }
        if let Some(old) = self.map.get(b).copied() {
            xor(&mut self.digest, prf(keys, block, old));
            xor(&mut self.digest, prf(keys, block, epoch));
            self.map[b] = epoch;
            self.max = self.max.max(epoch);
        } else {
            self.push(keys, block, epoch);
        }
    }

    /// Forget blocks `blocks..` (the file was shortened): a change the
    /// next commit records, like a write.
    pub fn truncate(&mut self, keys: &Keys, blocks: u64) {
        self.write_epoch();
        while self.map.len() as u64 > blocks {
            let b = self.map.len() as u64 - 1;
            let e = self.map.pop().unwrap_or(0);
            xor(&mut self.digest, prf(keys, b, e));
        }
    }

    /// Whether blocks were written since the last commit.
    pub fn dirty(&self) -> bool {
        self.txn.is_some()
    }

    /// Whether the blocks matched the header when loaded.
    pub fn verified(&self) -> bool {
        self.verified
    }

    /// After the blocks are synced: write the header copy not in use with
    /// this transaction's epoch and the new digest, and sync it (unless not
    /// `durable`: a new vault being filled, never used if it is cut short),
    /// then the other copy. The header
    /// is re-read first so a passphrase change made meanwhile is kept.
    /// Refused (`Ok(false)`) if the file did not match its header when
    /// loaded, unless a hot journal of the current transaction was found
    /// (a crash, whose rollback has just rewritten the blocks).
    pub fn commit<R: RawIo>(
        &mut self,
        raw: &mut R,
        keys: &Keys,
        durable: bool,
    ) -> io::Result<bool> {
        let Some(epoch) = self.txn else {
            return Ok(true);
        };
        if !self.verified && !keys.hot_journal() {
            return Ok(false);
        }
        let Some((idx, mut h)) = read_header(raw, keys)?.or_else(|| self.header.take()) else {
            return Ok(false);
        };
        h.epoch = epoch;
        h.digest = self.digest;
        h.seal_with(&keys.aead);
        // The copy not in use first, synced: from then on it is the best
        // (same generation, higher epoch); then the other, so that both
        // hold the same and one damaged copy still leaves a good one.
        let bytes = h.encode();
        let other = 1 - idx;
        raw.write_at(&bytes, (other * COPY_LEN) as u64)?;
        if durable {
            raw.sync(0)?;
        }
        raw.write_at(&bytes, (idx * COPY_LEN) as u64)?;
        keys.set_committed_epoch(epoch);
        self.header = Some((other, h));
        self.verified = true;
        self.txn = None;
        Ok(true)
    }
}

/// The best header copy whose MAC verifies under the vault's key.
fn read_header<R: RawIo>(raw: &mut R, keys: &Keys) -> io::Result<Option<(usize, Header)>> {
    let mut region = vec![0u8; HEADER_REGION as usize];
    if raw.size()? < HEADER_REGION {
        return Ok(None);
    }
    raw.read_exact_at(&mut region, 0)?;
    let Ok(parsed) = parse_region(&region) else {
        return Ok(None);
    };
    Ok(parsed
        .copies
        .into_iter()
        .find(|(_, h)| h.db_id == keys.db_id && h.verify_mac_with(&keys.aead)))
}
