//! The payload's chunked authenticated encryption, as in age's STREAM.
//!
//! Plaintext is cut into [`CHUNK_SIZE`] chunks; chunk `i` is sealed with
//! ChaCha20-Poly1305 under the payload key with the 12-byte nonce
//! `i as 88-bit big-endian || last`, where `last` is 1 for the final chunk and 0
//! otherwise. Only the final chunk may be shorter than [`CHUNK_SIZE`], and it is
//! empty only when the whole payload is. Cutting the file at a chunk boundary,
//! reordering or swapping chunks, or appending data all fail authentication.

use std::io::{self, Read, Write};

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce, Tag};
use zeroize::Zeroizing;

use crate::error::{BackupError, Result};
use crate::format::{CHUNK_SIZE, TAG_LEN};
use crate::keys::KEY_LEN;

const ENCRYPTED_CHUNK: usize = CHUNK_SIZE + TAG_LEN;

fn nonce(counter: u64, last: bool) -> [u8; 12] {
    let mut n = [0u8; 12];
    n[3..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    n
}

/// Encrypts a byte stream chunk by chunk into `W`.
pub(crate) struct StreamWriter<W: Write> {
    aead: ChaCha20Poly1305,
    inner: W,
    buf: Zeroizing<Vec<u8>>,
    counter: u64,
}

impl<W: Write> StreamWriter<W> {
    pub(crate) fn new(key: &[u8; KEY_LEN], inner: W) -> Self {
        StreamWriter {
            aead: ChaCha20Poly1305::new(Key::from_slice(key)),
            inner,
            buf: Zeroizing::new(Vec::with_capacity(ENCRYPTED_CHUNK)),
            counter: 0,
        }
    }

    fn seal(&mut self, last: bool) -> io::Result<()> {
        let n = nonce(self.counter, last);
        let tag = self
            .aead
            .encrypt_in_place_detached(Nonce::from_slice(&n), &[], &mut self.buf[..])
            .map_err(|_| io::Error::other("encryption failed"))?;
        self.inner.write_all(&self.buf)?;
        self.inner.write_all(&tag)?;
        self.buf.clear();
        self.counter = self
            .counter
            .checked_add(1)
            .ok_or_else(|| io::Error::other("backup too large"))?;
        Ok(())
    }

    /// Add plaintext. A full chunk is sealed only once more data arrives, so
    /// that the final chunk is never empty unless the whole payload is.
    pub(crate) fn write_all(&mut self, mut data: &[u8]) -> io::Result<()> {
        while !data.is_empty() {
            if self.buf.len() == CHUNK_SIZE {
                self.seal(false)?;
            }
            let take = (CHUNK_SIZE - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
        }
        Ok(())
    }

    /// Seal the final chunk and hand back the inner writer.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.seal(true)?;
        Ok(self.inner)
    }
}

/// Decrypts and authenticates a stream written by [`StreamWriter`].
pub(crate) struct StreamReader<R: Read> {
    aead: ChaCha20Poly1305,
    inner: R,
    buf: Zeroizing<Vec<u8>>,
    /// One byte read ahead to learn whether the current chunk is the last.
    lookahead: Option<u8>,
    counter: u64,
    done: bool,
}

impl<R: Read> StreamReader<R> {
    pub(crate) fn new(key: &[u8; KEY_LEN], inner: R) -> Self {
        StreamReader {
            aead: ChaCha20Poly1305::new(Key::from_slice(key)),
            inner,
            buf: Zeroizing::new(vec![0u8; ENCRYPTED_CHUNK]),
            lookahead: None,
            counter: 0,
            done: false,
        }
    }

    /// Fill `buf[from..]` as far as the input goes; returns the bytes filled in total.
    fn fill(&mut self, mut from: usize) -> Result<usize> {
        while from < self.buf.len() {
            match self.inner.read(&mut self.buf[from..]) {
                Ok(0) => break,
                Ok(n) => from += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(from)
    }

    fn peek_byte(&mut self) -> Result<Option<u8>> {
        let mut b = [0u8; 1];
        loop {
            match self.inner.read(&mut b) {
                Ok(0) => return Ok(None),
                Ok(_) => return Ok(Some(b[0])),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
    }

    fn open(&mut self, len: usize, last: bool) -> bool {
        let (data, tag) = self.buf[..len].split_at_mut(len - TAG_LEN);
        let tag = Tag::clone_from_slice(tag);
        self.aead
            .decrypt_in_place_detached(
                Nonce::from_slice(&nonce(self.counter, last)),
                &[],
                data,
                &tag,
            )
            .is_ok()
    }

    /// The next chunk of authenticated plaintext, or `None` after the final chunk.
    pub(crate) fn next_chunk(&mut self) -> Result<Option<&[u8]>> {
        if self.done {
            return Ok(None);
        }
        let start = match self.lookahead.take() {
            Some(b) => {
                self.buf[0] = b;
                1
            }
            None => 0,
        };
        let len = self.fill(start)?;
        if len < TAG_LEN {
            // The file ended before the final chunk (for example at a chunk boundary).
            return Err(BackupError::Truncated);
        }
        let at_end = if len == ENCRYPTED_CHUNK {
            self.lookahead = self.peek_byte()?;
            self.lookahead.is_none()
        } else {
            true
        };
        if at_end {
            if !self.open(len, true) {
                // A full chunk that opens as a middle chunk means the rest was cut off.
                return Err(if len == ENCRYPTED_CHUNK && self.open(len, false) {
                    BackupError::Truncated
                } else {
                    BackupError::Damaged
                });
            }
            if len == TAG_LEN && self.counter != 0 {
                // An empty final chunk is only valid for an empty payload.
                return Err(BackupError::Damaged);
            }
            self.done = true;
        } else if !self.open(len, false) {
            return Err(BackupError::Damaged);
        }
        self.counter += 1;
        Ok(Some(&self.buf[..len - TAG_LEN]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn seal(data: &[u8]) -> Vec<u8> {
        let mut w = StreamWriter::new(&[7; 32], Vec::new());
        w.write_all(data).unwrap();
        w.finish().unwrap()
    }

    fn open(data: &[u8]) -> Result<Vec<u8>> {
        let mut r = StreamReader::new(&[7; 32], data);
        let mut out = Vec::new();
        while let Some(c) = r.next_chunk()? {
            out.extend_from_slice(c);
        }
        Ok(out)
    }

    #[test]
    fn sizes_around_chunk_boundaries() {
        for len in [
            0,
            1,
            CHUNK_SIZE - 1,
            CHUNK_SIZE,
            CHUNK_SIZE + 1,
            2 * CHUNK_SIZE,
            3 * CHUNK_SIZE + 5,
        ] {
            let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let sealed = seal(&data);
            let chunks = len.div_ceil(CHUNK_SIZE).max(1);
            assert_eq!(sealed.len(), len + chunks * TAG_LEN, "len {len}");
            assert_eq!(open(&sealed).unwrap(), data, "len {len}");
        }
    }

    #[test]
    fn cut_at_chunk_boundary_is_truncated() {
        let data = vec![1u8; 3 * CHUNK_SIZE];
        let sealed = seal(&data);
        for k in 1..3 {
            let cut = &sealed[..k * ENCRYPTED_CHUNK];
            assert!(
                matches!(open(cut), Err(BackupError::Truncated)),
                "cut after chunk {k}"
            );
        }
        assert!(matches!(open(&sealed[..0]), Err(BackupError::Truncated)));
    }

    #[test]
    fn swapped_chunks_and_appended_bytes_fail() {
        let data: Vec<u8> = (0..3 * CHUNK_SIZE).map(|i| (i / 7) as u8).collect();
        let sealed = seal(&data);
        let mut swapped = sealed.clone();
        let (a, b) = swapped.split_at_mut(ENCRYPTED_CHUNK);
        a.swap_with_slice(&mut b[..ENCRYPTED_CHUNK]);
        assert!(matches!(open(&swapped), Err(BackupError::Damaged)));
        let mut longer = sealed.clone();
        longer.push(0);
        assert!(open(&longer).is_err());
        let mut longer = sealed;
        longer.extend_from_slice(&[0; ENCRYPTED_CHUNK]);
        assert!(open(&longer).is_err());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn round_trip_any_split(data in proptest::collection::vec(any::<u8>(), 0..200_000), split in 0usize..200_000) {
            let mut w = StreamWriter::new(&[9; 32], Vec::new());
            let split = split.min(data.len());
            w.write_all(&data[..split]).unwrap();
            w.write_all(&data[split..]).unwrap();
            let sealed = w.finish().unwrap();
            let mut r = StreamReader::new(&[9; 32], &sealed[..]);
            let mut out = Vec::new();
            while let Some(c) = r.next_chunk().unwrap() { out.extend_from_slice(c); }
            prop_assert_eq!(out, data);
        }
    }
}
