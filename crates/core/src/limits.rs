//! Bounds on what is read from files made outside this shop (imports): each
//! is checked before the work it would cause, so a crafted or mistaken file
//! is refused with a clear message instead of filling the memory.
//!
//! Change files of sync and backups have bounds of their own, in their
//! formats (`shopkeeper_sync`'s `file::MAX_FILE_LEN`; the backup header's limits).

use std::io::{self, Read};
use std::path::Path;

use crate::{CoreError, Result};

/// The longest CSV record (one row, quoted line breaks included): 1 MiB.
pub const MAX_CSV_RECORD: usize = 1 << 20;
/// The largest whole-shop export read for an import: 1 GiB.
pub const MAX_SHOP_EXPORT: u64 = 1 << 30;
/// The largest vCard file read for an import: 64 MiB.
pub const MAX_VCARD_FILE: u64 = 64 << 20;
/// The longest vCard content line (after unfolding): 1 MiB.
pub const MAX_VCARD_LINE: usize = 1 << 20;

fn mib(bytes: u64) -> u64 {
    bytes.div_ceil(1 << 20)
}

fn too_large(limit: u64) -> CoreError {
    CoreError::invalid(
        "file",
        msg!(
            "error-file-file-larger-than",
            mib = (mib(limit)).to_string()
        ),
    )
}

/// Reads the file at `path` for an import, refusing it before reading
/// anything when it is larger than `limit` bytes (and never reading more
/// than `limit` bytes if it grows meanwhile).
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let unreadable = |e: io::Error| {
        CoreError::invalid(
            "file",
            msg!(
                "error-file-file-could-read",
                path = (path.display()).to_string(),
                e = e.to_string()
            ),
        )
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    if file.metadata().map_err(unreadable)?.len() > limit {
        return Err(too_large(limit));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

/// [`read_bytes`], for a file that must be UTF-8 text.
pub fn read_text(path: &Path, limit: u64) -> Result<String> {
    String::from_utf8(read_bytes(path, limit)?)
        .map_err(|_| CoreError::invalid("file", msg!("error-file-file-utf-text")))
}

/// A reader of CSV text that fails, with the line number, as soon as one
/// record grows longer than `limit` bytes, so the CSV parser never holds
/// more. It follows the quotes (`"`, doubled inside a quoted cell) to tell a
/// line break inside a cell from the end of a record.
pub(crate) struct CsvRecordLimit<R> {
    inner: R,
    limit: usize,
    /// Bytes of the current record read so far.
    record: usize,
    quoted: bool,
    /// The physical line being read (1-based), and where the record began.
    line: u64,
    record_line: u64,
}

impl<R: Read> CsvRecordLimit<R> {
    /// Reads `inner`, allowing records of at most `limit` bytes.
    pub(crate) fn new(inner: R, limit: usize) -> Self {
        CsvRecordLimit {
            inner,
            limit,
            record: 0,
            quoted: false,
            line: 1,
            record_line: 1,
        }
    }
}

impl<R: Read> Read for CsvRecordLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            match b {
                b'"' => self.quoted = !self.quoted,
                b'\n' => {
                    self.line += 1;
                    if !self.quoted {
                        self.record = 0;
                        self.record_line = self.line;
                        continue;
                    }
                }
                _ => {}
            }
            self.record += 1;
            if self.record > self.limit {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "the row starting on line {} is longer than {} MiB, the most a row may hold; nothing was imported",
                        self.record_line,
                        mib(self.limit as u64)
                    ),
                ));
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_over_the_limit_fails_with_its_line_and_quoted_breaks_count_in_it() {
        let read = |text: &str| {
            let mut out = String::new();
            CsvRecordLimit::new(text.as_bytes(), 10)
                .read_to_string(&mut out)
                .map(|_| out)
        };
        assert!(read("a,b\n0123456789\n12345,6789\n").is_ok());
        let err = read("a,b\nshort\n0123456789ab\n").unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
        // A quoted cell over several short lines is still one record.
        let err = read("a\n\"123\n456\n789\n\"\n").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        assert!(read("a\n\"\"\"q\"\"\"\nb\n").is_ok());
    }
}
