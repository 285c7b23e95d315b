//! Sealing and opening one block: XChaCha20-Poly1305 under the data key,
//! bound to the vault, the file, its kind and the block's index.

use std::io;

use chacha20poly1305::aead::AeadInPlace;
use chacha20poly1305::{Tag, XNonce};
use rand::RngCore;
use zeroize::Zeroizing;

use super::{BlockError, BlockFile, OnAuthFailure, NONCE, OVERHEAD, SLOT, TAG};
use crate::epoch::{self, EPOCH_AT};
use crate::raw::RawIo;

impl<R: RawIo> BlockFile<R> {
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

    /// Block `block`'s plaintext, in a buffer of its own (for the rare
    /// paths: partial rewrites, truncation, checks).
    pub(super) fn read_block(
        &mut self,
        block: u64,
        phys: u64,
    ) -> Result<Zeroizing<Vec<u8>>, BlockError> {
        self.read_into_scratch(block, phys, true)?;
        Ok(Zeroizing::new(self.scratch.to_vec()))
    }

    /// Reads and opens block `block` into `self.scratch` (empty for a block
    /// past the end), reusing the buffers: no allocation per block read.
    /// With `current`, a main-file block must also be the current write of
    /// itself (its epoch the one the epoch digest vouches for).
    pub(super) fn read_into_scratch(
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

    /// Seal `plaintext` as block `block`, appending the slot to `out`. In
    /// format 2 the nonce carries the block's epoch, which the main file's
    /// epochs then record.
    pub(super) fn seal_into(
        &mut self,
        block: u64,
        plaintext: &[u8],
        out: &mut Vec<u8>,
    ) -> io::Result<()> {
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
}
