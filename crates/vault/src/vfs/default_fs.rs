//! SQLite's default VFS as the raw I/O under the vault's block layer.

use std::ffi::{c_int, c_void, CString};
use std::io;

use rusqlite::ffi;

use super::default_vfs;
use crate::raw::{OpenName, RawFs, RawIo, SqliteCode};

/// The default VFS as a [`RawFs`].
pub(super) struct DefaultFs {
    vfs: *mut ffi::sqlite3_vfs,
}

// SAFETY: the default VFS object is immutable after registration and SQLite's
// VFS methods are thread-safe (SQLite is built threadsafe by rusqlite).
unsafe impl Send for DefaultFs {}
// SAFETY: as above.
unsafe impl Sync for DefaultFs {}

impl DefaultFs {
    pub(super) fn new() -> Result<DefaultFs, i32> {
        Ok(DefaultFs {
            vfs: default_vfs()?,
        })
    }
}

impl RawFs for DefaultFs {
    fn open(&self, name: &OpenName, flags: c_int) -> Result<(Box<dyn RawIo>, c_int), c_int> {
        // SAFETY: `self.vfs` is the valid default VFS.
        let size = unsafe { (*self.vfs).szOsFile } as usize;
        let mut buf = vec![0u64; size.div_ceil(8).max(1)].into_boxed_slice();
        let file = buf.as_mut_ptr().cast::<ffi::sqlite3_file>();
        let mut out = 0;
        // SAFETY: `buf` is zeroed, 8-byte aligned storage of szOsFile bytes that
        // outlives the file (it is moved into SqliteRawFile, a boxed slice whose
        // heap address does not change). `name.ptr` is SQLite's own filename pointer.
        let rc = unsafe {
            match (*self.vfs).xOpen {
                Some(open) => open(self.vfs, name.ptr, file, flags, &mut out),
                None => ffi::SQLITE_CANTOPEN,
            }
        };
        let raw = SqliteRawFile { buf };
        if rc != ffi::SQLITE_OK {
            // Dropping `raw` calls xClose only if pMethods was set, as SQLite requires.
            drop(raw);
            return Err(rc);
        }
        Ok((Box::new(raw), out))
    }

    fn delete(&self, path: &str, sync_dir: bool) -> c_int {
        let Ok(c) = CString::new(path) else {
            return ffi::SQLITE_IOERR_DELETE;
        };
        // SAFETY: valid VFS and NUL-terminated path.
        unsafe {
            match (*self.vfs).xDelete {
                Some(f) => f(self.vfs, c.as_ptr(), c_int::from(sync_dir)),
                None => ffi::SQLITE_IOERR_DELETE,
            }
        }
    }

    fn access(&self, path: &str, flags: c_int) -> Result<bool, c_int> {
        let c = CString::new(path).map_err(|_| ffi::SQLITE_IOERR_ACCESS)?;
        let mut res = 0;
        // SAFETY: valid VFS, NUL-terminated path, valid out pointer.
        let rc = unsafe {
            match (*self.vfs).xAccess {
                Some(f) => f(self.vfs, c.as_ptr(), flags, &mut res),
                None => ffi::SQLITE_IOERR_ACCESS,
            }
        };
        if rc == ffi::SQLITE_OK {
            Ok(res != 0)
        } else {
            Err(rc)
        }
    }
}

/// The largest read or write handed to the default VFS in one call.
///
/// SQLite itself never asks for more than one page, and the unix VFS relies
/// on that: it masks each request's length to 17 bits (`amt & 0x1ffff`), so a
/// larger request is silently shortened and then reported as SQLITE_FULL. The
/// block layer writes longer runs (a cache spill far past the end of the file
/// zero-fills the gap in one run), so they are split here.
const MAX_RAW_IO: usize = 64 * 1024;

/// A file opened through SQLite's default VFS.
struct SqliteRawFile {
    buf: Box<[u64]>,
}

// SAFETY: the underlying sqlite3_file is only used through `&mut self`, i.e.
// by one thread at a time; SQLite's unix/win VFS files are not tied to a thread.
unsafe impl Send for SqliteRawFile {}

impl SqliteRawFile {
    fn file(&mut self) -> *mut ffi::sqlite3_file {
        self.buf.as_mut_ptr().cast()
    }

    fn methods(&mut self) -> Option<&'static ffi::sqlite3_io_methods> {
        let f = self.file();
        // SAFETY: `f` points to our storage; pMethods is either NULL or a
        // pointer to the default VFS's static method table.
        unsafe { (*f).pMethods.as_ref() }
    }
}

fn rc_to_io(rc: c_int) -> io::Result<()> {
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(io::Error::other(SqliteCode(rc)))
    }
}

fn len_c(n: usize) -> io::Result<c_int> {
    c_int::try_from(n).map_err(|_| io::Error::other(SqliteCode(ffi::SQLITE_IOERR)))
}

fn off_c(o: u64) -> io::Result<i64> {
    i64::try_from(o).map_err(|_| io::Error::other(SqliteCode(ffi::SQLITE_IOERR)))
}

impl RawIo for SqliteRawFile {
    fn read_exact_at(&mut self, buf: &mut [u8], off: u64) -> io::Result<()> {
        let m = self
            .methods()
            .and_then(|m| m.xRead)
            .ok_or_else(|| io::Error::other(SqliteCode(ffi::SQLITE_IOERR_READ)))?;
        let f = self.file();
        for (i, chunk) in buf.chunks_mut(MAX_RAW_IO).enumerate() {
            let (n, o) = (len_c(chunk.len())?, off_c(off + (i * MAX_RAW_IO) as u64)?);
            // SAFETY: open file, `chunk` valid for `n` bytes.
            rc_to_io(unsafe { m(f, chunk.as_mut_ptr().cast(), n, o) })?;
        }
        Ok(())
    }
    fn write_at(&mut self, buf: &[u8], off: u64) -> io::Result<()> {
        let m = self
            .methods()
            .and_then(|m| m.xWrite)
            .ok_or_else(|| io::Error::other(SqliteCode(ffi::SQLITE_IOERR_WRITE)))?;
        let f = self.file();
        for (i, chunk) in buf.chunks(MAX_RAW_IO).enumerate() {
            let (n, o) = (len_c(chunk.len())?, off_c(off + (i * MAX_RAW_IO) as u64)?);
            // SAFETY: open file, `chunk` valid for `n` bytes.
            rc_to_io(unsafe { m(f, chunk.as_ptr().cast(), n, o) })?;
        }
        Ok(())
    }
    fn truncate(&mut self, size: u64) -> io::Result<()> {
        let m = self
            .methods()
            .and_then(|m| m.xTruncate)
            .ok_or_else(|| io::Error::other(SqliteCode(ffi::SQLITE_IOERR_TRUNCATE)))?;
        let s = off_c(size)?;
        let f = self.file();
        // SAFETY: open file.
        rc_to_io(unsafe { m(f, s) })
    }
    fn size(&mut self) -> io::Result<u64> {
        let m = self
            .methods()
            .and_then(|m| m.xFileSize)
            .ok_or_else(|| io::Error::other(SqliteCode(ffi::SQLITE_IOERR_FSTAT)))?;
        let f = self.file();
        let mut s: i64 = 0;
        // SAFETY: open file, valid out pointer.
        rc_to_io(unsafe { m(f, &mut s) })?;
        Ok(s.max(0) as u64)
    }
    fn sync(&mut self, flags: i32) -> io::Result<()> {
        let m = self
            .methods()
            .and_then(|m| m.xSync)
            .ok_or_else(|| io::Error::other(SqliteCode(ffi::SQLITE_IOERR_FSYNC)))?;
        let f = self.file();
        // SAFETY: open file.
        rc_to_io(unsafe { m(f, flags) })
    }
    fn lock(&mut self, level: i32) -> i32 {
        let Some(m) = self.methods().and_then(|m| m.xLock) else {
            return ffi::SQLITE_IOERR_LOCK;
        };
        let f = self.file();
        // SAFETY: open file.
        unsafe { m(f, level) }
    }
    fn unlock(&mut self, level: i32) -> i32 {
        let Some(m) = self.methods().and_then(|m| m.xUnlock) else {
            return ffi::SQLITE_IOERR_UNLOCK;
        };
        let f = self.file();
        // SAFETY: open file.
        unsafe { m(f, level) }
    }
    fn check_reserved_lock(&mut self) -> Result<bool, i32> {
        let Some(m) = self.methods().and_then(|m| m.xCheckReservedLock) else {
            return Err(ffi::SQLITE_IOERR_CHECKRESERVEDLOCK);
        };
        let f = self.file();
        let mut out = 0;
        // SAFETY: open file, valid out pointer.
        let rc = unsafe { m(f, &mut out) };
        if rc == ffi::SQLITE_OK {
            Ok(out != 0)
        } else {
            Err(rc)
        }
    }
    fn file_control(&mut self, op: i32, arg: *mut c_void) -> i32 {
        let Some(m) = self.methods().and_then(|m| m.xFileControl) else {
            return ffi::SQLITE_NOTFOUND;
        };
        let f = self.file();
        // SAFETY: open file; `arg` is SQLite's own argument for this op, passed on unchanged.
        unsafe { m(f, op, arg) }
    }
    fn device_characteristics(&mut self) -> i32 {
        let Some(m) = self.methods().and_then(|m| m.xDeviceCharacteristics) else {
            return 0;
        };
        let f = self.file();
        // SAFETY: open file.
        unsafe { m(f) }
    }
}

impl Drop for SqliteRawFile {
    fn drop(&mut self) {
        if let Some(close) = self.methods().and_then(|m| m.xClose) {
            let f = self.file();
            // SAFETY: the file was opened (pMethods set) and is closed exactly once.
            unsafe { close(f) };
        }
    }
}
