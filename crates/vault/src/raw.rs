//! Raw (untransformed) file I/O underneath the block layer: the seam between
//! the encryption and the real disk. The VFS plugs SQLite's default VFS in
//! here; tests plug in an in-memory file system that can simulate power loss.

use std::ffi::c_void;
use std::io;

use rusqlite::ffi;

/// A SQLite result code carried inside an [`io::Error`] so it survives the
/// block layer unchanged.
#[derive(Debug, Clone, Copy)]
pub struct SqliteCode(pub i32);

impl std::fmt::Display for SqliteCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SQLite I/O error code {}", self.0)
    }
}

impl std::error::Error for SqliteCode {}

/// Map an I/O error back to a SQLite code, `default` if it carries none.
pub fn sqlite_code(e: &io::Error, default: i32) -> i32 {
    if let Some(c) = e.get_ref().and_then(|x| x.downcast_ref::<SqliteCode>()) {
        return c.0;
    }
    if e.kind() == io::ErrorKind::StorageFull {
        return ffi::SQLITE_FULL;
    }
    default
}

/// Untransformed positional file I/O.
pub trait RawIo: Send {
    /// Read exactly `buf.len()` bytes at `off` (the caller never reads past the end).
    fn read_exact_at(&mut self, buf: &mut [u8], off: u64) -> io::Result<()>;
    /// Write all of `buf` at `off`.
    fn write_at(&mut self, buf: &[u8], off: u64) -> io::Result<()>;
    /// Set the physical size.
    fn truncate(&mut self, size: u64) -> io::Result<()>;
    /// The physical size.
    fn size(&mut self) -> io::Result<u64>;
    /// Flush to stable storage (`flags` are SQLite's `xSync` flags).
    fn sync(&mut self, flags: i32) -> io::Result<()>;
    /// SQLite `xLock`.
    fn lock(&mut self, _level: i32) -> i32 {
        ffi::SQLITE_OK
    }
    /// SQLite `xUnlock`.
    fn unlock(&mut self, _level: i32) -> i32 {
        ffi::SQLITE_OK
    }
    /// SQLite `xCheckReservedLock`.
    fn check_reserved_lock(&mut self) -> Result<bool, i32> {
        Ok(false)
    }
    /// Pass a (vetted) SQLite file control through. The pointer is only handed on.
    fn file_control(&mut self, _op: i32, _arg: *mut c_void) -> i32 {
        ffi::SQLITE_NOTFOUND
    }
    /// Device characteristics of the raw file.
    fn device_characteristics(&mut self) -> i32 {
        0
    }
}

impl<T: RawIo + ?Sized> RawIo for Box<T> {
    fn read_exact_at(&mut self, buf: &mut [u8], off: u64) -> io::Result<()> {
        (**self).read_exact_at(buf, off)
    }
    fn write_at(&mut self, buf: &[u8], off: u64) -> io::Result<()> {
        (**self).write_at(buf, off)
    }
    fn truncate(&mut self, size: u64) -> io::Result<()> {
        (**self).truncate(size)
    }
    fn size(&mut self) -> io::Result<u64> {
        (**self).size()
    }
    fn sync(&mut self, flags: i32) -> io::Result<()> {
        (**self).sync(flags)
    }
    fn lock(&mut self, level: i32) -> i32 {
        (**self).lock(level)
    }
    fn unlock(&mut self, level: i32) -> i32 {
        (**self).unlock(level)
    }
    fn check_reserved_lock(&mut self) -> Result<bool, i32> {
        (**self).check_reserved_lock()
    }
    fn file_control(&mut self, op: i32, arg: *mut c_void) -> i32 {
        (**self).file_control(op, arg)
    }
    fn device_characteristics(&mut self) -> i32 {
        (**self).device_characteristics()
    }
}

/// A file name as SQLite handed it to `xOpen`: the decoded path, plus the
/// original pointer that the default VFS needs (it finds URI parameters and the
/// database name relative to it). The pointer is only passed on, never read here.
pub struct OpenName {
    /// The path.
    #[cfg_attr(not(test), allow(dead_code))]
    pub path: String,
    /// SQLite's original filename pointer.
    pub ptr: *const std::ffi::c_char,
}

/// A file system the VFS stores its sealed files in.
pub trait RawFs: Send + Sync {
    /// Open (or create, per SQLite `flags`) a file. Returns the file and the output flags.
    fn open(&self, name: &OpenName, flags: i32) -> Result<(Box<dyn RawIo>, i32), i32>;
    /// Delete a file.
    fn delete(&self, path: &str, sync_dir: bool) -> i32;
    /// SQLite `xAccess`.
    fn access(&self, path: &str, flags: i32) -> Result<bool, i32>;
}

#[cfg(test)]
pub use mem::{MemFile, MemFs};

#[cfg(test)]
mod mem {
    use super::*;
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicI64, Ordering};
    use std::sync::{Arc, Mutex};

    /// An in-memory file (tests).
    #[derive(Default, Debug)]
    pub struct MemFile {
        data: Vec<u8>,
    }

    impl MemFile {
        pub fn data_mut(&mut self) -> &mut Vec<u8> {
            &mut self.data
        }
    }

    impl RawIo for MemFile {
        fn read_exact_at(&mut self, buf: &mut [u8], off: u64) -> io::Result<()> {
            let off = off as usize;
            if off + buf.len() > self.data.len() {
                return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "short read"));
            }
            buf.copy_from_slice(&self.data[off..off + buf.len()]);
            Ok(())
        }
        fn write_at(&mut self, buf: &[u8], off: u64) -> io::Result<()> {
            let end = off as usize + buf.len();
            if self.data.len() < end {
                self.data.resize(end, 0);
            }
            self.data[off as usize..end].copy_from_slice(buf);
            Ok(())
        }
        fn truncate(&mut self, size: u64) -> io::Result<()> {
            self.data.resize(size as usize, 0);
            Ok(())
        }
        fn size(&mut self) -> io::Result<u64> {
            Ok(self.data.len() as u64)
        }
        fn sync(&mut self, _flags: i32) -> io::Result<()> {
            Ok(())
        }
    }

    #[derive(Debug, Clone)]
    enum Pending {
        Write(u64, Vec<u8>),
        Truncate(u64),
    }

    /// A file with a durable image and a list of writes not yet synced.
    #[derive(Default, Debug)]
    pub struct PlFile {
        durable: Vec<u8>,
        current: Vec<u8>,
        pending: Vec<Pending>,
    }

    fn apply(data: &mut Vec<u8>, p: &Pending) {
        match p {
            Pending::Write(off, buf) => {
                let end = *off as usize + buf.len();
                if data.len() < end {
                    data.resize(end, 0);
                }
                data[*off as usize..end].copy_from_slice(buf);
            }
            Pending::Truncate(s) => data.resize(*s as usize, 0),
        }
    }

    impl PlFile {
        /// Power loss: each unsynced operation independently survives, is lost,
        /// or (writes) survives only in some 512-byte sectors.
        fn crash(&mut self, rng: &mut impl rand::Rng) {
            let mut img = std::mem::take(&mut self.durable);
            for p in self.pending.drain(..) {
                match (&p, rng.gen_range(0..3)) {
                    (_, 0) => {}
                    (_, 1) => apply(&mut img, &p),
                    (Pending::Write(off, buf), _) => {
                        let mut pos = 0usize;
                        while pos < buf.len() {
                            let abs = *off as usize + pos;
                            let sector_end = (abs / 512 + 1) * 512;
                            let n = (sector_end - abs).min(buf.len() - pos);
                            if rng.gen_bool(0.5) {
                                apply(
                                    &mut img,
                                    &Pending::Write(abs as u64, buf[pos..pos + n].to_vec()),
                                );
                            }
                            pos += n;
                        }
                    }
                    (Pending::Truncate(_), _) => apply(&mut img, &p),
                }
            }
            self.current = img.clone();
            self.durable = img;
        }
    }

    /// An in-memory file system whose files can lose unsynced writes (tests).
    #[derive(Default, Clone)]
    pub struct MemFs {
        files: Arc<Mutex<HashMap<String, Arc<Mutex<PlFile>>>>>,
        /// Remaining mutating operations before the "power" goes (negative: unlimited).
        budget: Arc<AtomicI64>,
    }

    impl MemFs {
        /// Allow `n` more writes/truncates/syncs, then fail every one (power cut).
        pub fn set_budget(&self, n: i64) {
            self.budget.store(n, Ordering::SeqCst);
        }

        fn spend(budget: &AtomicI64) -> io::Result<()> {
            let left = budget.fetch_sub(1, Ordering::SeqCst);
            if left < 0 {
                budget.store(-1, Ordering::SeqCst);
                return Ok(());
            }
            if left == 0 {
                budget.store(0, Ordering::SeqCst);
                return Err(io::Error::other(SqliteCode(ffi::SQLITE_IOERR)));
            }
            Ok(())
        }

        /// Simulate a power cut on every file.
        pub fn crash(&self, rng: &mut impl rand::Rng) {
            let files = self.files.lock().unwrap();
            let mut names: Vec<_> = files.keys().cloned().collect();
            names.sort();
            for n in names {
                files[&n].lock().unwrap().crash(rng);
            }
        }

        /// Put a file in place (durably).
        pub fn put(&self, path: &str, data: Vec<u8>) {
            let f = PlFile {
                durable: data.clone(),
                current: data,
                pending: Vec::new(),
            };
            self.files
                .lock()
                .unwrap()
                .insert(path.to_string(), Arc::new(Mutex::new(f)));
        }

        /// A copy of a file's current contents.
        pub fn get(&self, path: &str) -> Option<Vec<u8>> {
            self.files
                .lock()
                .unwrap()
                .get(path)
                .map(|f| f.lock().unwrap().current.clone())
        }
    }

    struct PlHandle(Arc<Mutex<PlFile>>, Arc<AtomicI64>);

    impl RawIo for PlHandle {
        fn read_exact_at(&mut self, buf: &mut [u8], off: u64) -> io::Result<()> {
            let f = self.0.lock().unwrap();
            let off = off as usize;
            if off + buf.len() > f.current.len() {
                return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "short read"));
            }
            buf.copy_from_slice(&f.current[off..off + buf.len()]);
            Ok(())
        }
        fn write_at(&mut self, buf: &[u8], off: u64) -> io::Result<()> {
            MemFs::spend(&self.1)?;
            let mut f = self.0.lock().unwrap();
            let p = Pending::Write(off, buf.to_vec());
            apply(&mut f.current, &p);
            f.pending.push(p);
            Ok(())
        }
        fn truncate(&mut self, size: u64) -> io::Result<()> {
            MemFs::spend(&self.1)?;
            let mut f = self.0.lock().unwrap();
            let p = Pending::Truncate(size);
            apply(&mut f.current, &p);
            f.pending.push(p);
            Ok(())
        }
        fn size(&mut self) -> io::Result<u64> {
            Ok(self.0.lock().unwrap().current.len() as u64)
        }
        fn sync(&mut self, _flags: i32) -> io::Result<()> {
            MemFs::spend(&self.1)?;
            let mut f = self.0.lock().unwrap();
            let pending = std::mem::take(&mut f.pending);
            for p in &pending {
                apply(&mut f.durable, p);
            }
            Ok(())
        }
    }

    impl RawFs for MemFs {
        fn open(&self, name: &OpenName, flags: i32) -> Result<(Box<dyn RawIo>, i32), i32> {
            let mut files = self.files.lock().unwrap();
            let f = match files.get(&name.path) {
                Some(f) => f.clone(),
                None if flags & ffi::SQLITE_OPEN_CREATE != 0 => {
                    let f = Arc::new(Mutex::new(PlFile::default()));
                    files.insert(name.path.clone(), f.clone());
                    f
                }
                None => return Err(ffi::SQLITE_CANTOPEN),
            };
            Ok((Box::new(PlHandle(f, self.budget.clone())), flags))
        }
        fn delete(&self, path: &str, _sync_dir: bool) -> i32 {
            if MemFs::spend(&self.budget).is_err() {
                return ffi::SQLITE_IOERR_DELETE;
            }
            self.files.lock().unwrap().remove(path);
            ffi::SQLITE_OK
        }
        fn access(&self, path: &str, _flags: i32) -> Result<bool, i32> {
            Ok(self.files.lock().unwrap().contains_key(path))
        }
    }
}
