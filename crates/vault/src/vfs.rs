//! The SQLite VFS: the only module with `unsafe` code. It adapts SQLite's C
//! callbacks to the safe [`BlockFile`] layer and delegates real I/O to a
//! [`RawFs`] (normally SQLite's default VFS).
//!
//! Every callback catches panics and turns them into an SQLite error code.
#![allow(unsafe_code)]

use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::{Arc, Mutex, OnceLock, Weak};

use rand::RngCore;
use rusqlite::ffi;

use crate::block::{BlockError, BlockFile, Keys};
use crate::header::{parse_region, HEADER_REGION};
use crate::raw::{sqlite_code, OpenName, RawFs, RawIo, SqliteCode};

/// Name under which the vault VFS is registered.
pub const VFS_NAME: &str = "shopkeeper-vault";
/// URI parameter carrying the key handle.
pub const KEY_PARAM: &str = "skv";
/// Sector size reported to SQLite (one block).
const SECTOR: c_int = 4096;

/// Keys of vaults being opened or open, by one-off random handle. The VFS
/// holds the strong references (one per open file); this map only `Weak`s.
static KEYS: Mutex<Option<HashMap<String, Weak<Keys>>>> = Mutex::new(None);

/// Register `keys` and return the handle to pass as the `skv` URI parameter.
/// The caller must keep its `Arc` alive until the connection has opened.
pub fn register_keys(keys: &Arc<Keys>) -> String {
    let mut raw = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let handle: String = raw.iter().map(|b| format!("{b:02x}")).collect();
    let mut map = KEYS.lock().unwrap_or_else(|e| e.into_inner());
    let map = map.get_or_insert_with(HashMap::new);
    map.retain(|_, w| w.strong_count() > 0);
    map.insert(handle.clone(), Arc::downgrade(keys));
    handle
}

fn lookup_keys(handle: &str) -> Option<Arc<Keys>> {
    let map = KEYS.lock().unwrap_or_else(|e| e.into_inner());
    map.as_ref()?.get(handle)?.upgrade()
}

struct VfsData {
    fs: Arc<dyn RawFs>,
    default: *mut ffi::sqlite3_vfs,
}

#[repr(C)]
struct VaultFile {
    base: ffi::sqlite3_file,
    inner: *mut Inner,
}

struct Inner {
    bf: BlockFile<Box<dyn RawIo>>,
    /// The SQLite lock level held (`SQLITE_LOCK_NONE` ..= `SQLITE_LOCK_EXCLUSIVE`).
    lock: c_int,
}

fn guard(on_panic: c_int, f: impl FnOnce() -> c_int) -> c_int {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(on_panic)
}

/// Make sure the vault VFS (over SQLite's default VFS) is registered; returns its name.
pub fn ensure_registered() -> Result<&'static str, i32> {
    static ONCE: OnceLock<Result<(), i32>> = OnceLock::new();
    (*ONCE.get_or_init(|| register(VFS_NAME, Arc::new(DefaultFs::new()?)))).map(|()| VFS_NAME)
}

fn default_vfs() -> Result<*mut ffi::sqlite3_vfs, i32> {
    // SAFETY: sqlite3_vfs_find with NULL returns the default VFS (initializing
    // SQLite if needed); the pointer stays valid for the life of the process.
    let d = unsafe { ffi::sqlite3_vfs_find(ptr::null()) };
    if d.is_null() {
        Err(ffi::SQLITE_ERROR)
    } else {
        Ok(d)
    }
}

/// Register a vault VFS named `name` over `fs`. The registration lives for
/// the rest of the process.
pub fn register(name: &str, fs: Arc<dyn RawFs>) -> Result<(), i32> {
    let default = default_vfs()?;
    let zname = CString::new(name).map_err(|_| ffi::SQLITE_MISUSE)?;
    let data = Box::new(VfsData { fs, default });
    // SAFETY: `default` is a valid VFS; reading mxPathname is a plain field read.
    let mx_pathname = unsafe { (*default).mxPathname };
    let vfs = Box::new(ffi::sqlite3_vfs {
        iVersion: 2,
        szOsFile: std::mem::size_of::<VaultFile>() as c_int,
        mxPathname: mx_pathname,
        pNext: ptr::null_mut(),
        zName: zname.into_raw(),
        pAppData: Box::into_raw(data).cast(),
        xOpen: Some(x_open),
        xDelete: Some(x_delete),
        xAccess: Some(x_access),
        xFullPathname: Some(x_full_pathname),
        xDlOpen: Some(x_dl_open),
        xDlError: Some(x_dl_error),
        xDlSym: Some(x_dl_sym),
        xDlClose: Some(x_dl_close),
        xRandomness: Some(x_randomness),
        xSleep: Some(x_sleep),
        xCurrentTime: Some(x_current_time),
        xGetLastError: Some(x_get_last_error),
        xCurrentTimeInt64: Some(x_current_time_int64),
        xSetSystemCall: None,
        xGetSystemCall: None,
        xNextSystemCall: None,
    });
    let vfs = Box::into_raw(vfs);
    // SAFETY: `vfs` is a fully initialised, leaked (hence 'static) sqlite3_vfs.
    let rc = unsafe { ffi::sqlite3_vfs_register(vfs, 0) };
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rc)
    }
}

/// The default VFS as a [`RawFs`].
struct DefaultFs {
    vfs: *mut ffi::sqlite3_vfs,
}

// SAFETY: the default VFS object is immutable after registration and SQLite's
// VFS methods are thread-safe (SQLite is built threadsafe by rusqlite).
unsafe impl Send for DefaultFs {}
// SAFETY: as above.
unsafe impl Sync for DefaultFs {}

impl DefaultFs {
    fn new() -> Result<DefaultFs, i32> {
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

// ---------------------------------------------------------------------------
// VFS callbacks

/// SAFETY (for callers): `vfs` must be a VFS registered by [`register`].
unsafe fn vfs_data<'a>(vfs: *mut ffi::sqlite3_vfs) -> &'a VfsData {
    // SAFETY: pAppData was set to a leaked Box<VfsData> in `register`.
    unsafe { &*((*vfs).pAppData as *const VfsData) }
}

/// SAFETY (for callers): `p` must be NULL or a NUL-terminated string.
unsafe fn c_str<'a>(p: *const c_char) -> Option<&'a str> {
    if p.is_null() {
        return None;
    }
    // SAFETY: non-NULL, NUL-terminated per the caller's contract.
    unsafe { CStr::from_ptr(p) }.to_str().ok()
}

unsafe extern "C" fn x_open(
    vfs: *mut ffi::sqlite3_vfs,
    z_name: ffi::sqlite3_filename,
    file: *mut ffi::sqlite3_file,
    flags: c_int,
    out_flags: *mut c_int,
) -> c_int {
    let out = file.cast::<VaultFile>();
    // SAFETY: SQLite gives us szOsFile (= size_of VaultFile) writable bytes.
    unsafe {
        (*out).base.pMethods = ptr::null();
        (*out).inner = ptr::null_mut();
    }
    guard(ffi::SQLITE_CANTOPEN, || {
        let journal = if flags & ffi::SQLITE_OPEN_MAIN_DB != 0 {
            false
        } else if flags & ffi::SQLITE_OPEN_MAIN_JOURNAL != 0 {
            true
        } else {
            // Temp files, WAL, statement and super journals are refused: they
            // would hold plaintext. (temp_store=MEMORY keeps SQLite from asking.)
            return ffi::SQLITE_CANTOPEN;
        };
        // SAFETY: z_name is NULL or SQLite's NUL-terminated filename.
        let Some(path) = (unsafe { c_str(z_name) }) else {
            return ffi::SQLITE_CANTOPEN;
        };
        let param = CString::new(KEY_PARAM).expect("constant has no NUL");
        // SAFETY: z_name is a filename SQLite passed to xOpen (main db or
        // journal), which sqlite3_uri_parameter accepts; the result is NULL or
        // a NUL-terminated string inside SQLite's filename buffer.
        let handle = unsafe { c_str(ffi::sqlite3_uri_parameter(z_name, param.as_ptr())) };
        let Some(keys) = handle.and_then(lookup_keys) else {
            return ffi::SQLITE_AUTH;
        };
        // SAFETY: `vfs` is one of ours.
        let data = unsafe { vfs_data(vfs) };
        let name = OpenName {
            path: path.to_string(),
            ptr: z_name,
        };
        let (mut raw, oflags) = match data.fs.open(&name, flags) {
            Ok(x) => x,
            Err(rc) => return rc,
        };
        let bf = if journal {
            match BlockFile::journal(raw, keys) {
                Ok(bf) => bf,
                Err(e) => return sqlite_code(&e, ffi::SQLITE_CANTOPEN),
            }
        } else {
            let mut region = vec![0u8; HEADER_REGION as usize];
            match raw.size() {
                Ok(s) if s >= HEADER_REGION => {}
                _ => return ffi::SQLITE_NOTADB,
            }
            if raw.read_exact_at(&mut region, 0).is_err() {
                return ffi::SQLITE_IOERR_READ;
            }
            match parse_region(&region) {
                Ok(r)
                    if r.copies
                        .iter()
                        .any(|(_, h)| h.db_id == keys.db_id && h.version == keys.version) => {}
                _ => return ffi::SQLITE_NOTADB,
            }
            BlockFile::main(raw, keys)
        };
        let inner = Box::into_raw(Box::new(Inner {
            bf,
            lock: ffi::SQLITE_LOCK_NONE,
        }));
        // SAFETY: `out` is our VaultFile storage (see above); `out_flags` is NULL or valid.
        unsafe {
            (*out).inner = inner;
            (*out).base.pMethods = &IO_METHODS;
            if !out_flags.is_null() {
                *out_flags = oflags;
            }
        }
        ffi::SQLITE_OK
    })
}

unsafe extern "C" fn x_delete(
    vfs: *mut ffi::sqlite3_vfs,
    z_name: *const c_char,
    sync_dir: c_int,
) -> c_int {
    guard(ffi::SQLITE_IOERR_DELETE, || {
        // SAFETY: SQLite passes a NUL-terminated name; `vfs` is ours.
        let (Some(path), data) = (unsafe { c_str(z_name) }, unsafe { vfs_data(vfs) }) else {
            return ffi::SQLITE_IOERR_DELETE;
        };
        data.fs.delete(path, sync_dir != 0)
    })
}

unsafe extern "C" fn x_access(
    vfs: *mut ffi::sqlite3_vfs,
    z_name: *const c_char,
    flags: c_int,
    res: *mut c_int,
) -> c_int {
    guard(ffi::SQLITE_IOERR_ACCESS, || {
        // SAFETY: SQLite passes a NUL-terminated name; `vfs` is ours.
        let (Some(path), data) = (unsafe { c_str(z_name) }, unsafe { vfs_data(vfs) }) else {
            return ffi::SQLITE_IOERR_ACCESS;
        };
        match data.fs.access(path, flags) {
            Ok(b) => {
                // SAFETY: `res` is SQLite's valid out pointer.
                unsafe { *res = c_int::from(b) };
                ffi::SQLITE_OK
            }
            Err(rc) => rc,
        }
    })
}

unsafe extern "C" fn x_full_pathname(
    vfs: *mut ffi::sqlite3_vfs,
    z_name: *const c_char,
    n: c_int,
    out: *mut c_char,
) -> c_int {
    guard(ffi::SQLITE_CANTOPEN, || {
        // SAFETY: delegate to the default VFS with SQLite's own arguments.
        unsafe {
            let d = vfs_data(vfs).default;
            match (*d).xFullPathname {
                Some(f) => f(d, z_name, n, out),
                None => ffi::SQLITE_CANTOPEN,
            }
        }
    })
}

unsafe extern "C" fn x_dl_open(vfs: *mut ffi::sqlite3_vfs, z: *const c_char) -> *mut c_void {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xDlOpen {
            Some(f) => f(d, z),
            None => ptr::null_mut(),
        }
    }
}

unsafe extern "C" fn x_dl_error(vfs: *mut ffi::sqlite3_vfs, n: c_int, z: *mut c_char) {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        if let Some(f) = (*d).xDlError {
            f(d, n, z)
        }
    }
}

type DlSym = Option<unsafe extern "C" fn(*mut ffi::sqlite3_vfs, *mut c_void, *const c_char)>;

unsafe extern "C" fn x_dl_sym(
    vfs: *mut ffi::sqlite3_vfs,
    h: *mut c_void,
    z: *const c_char,
) -> DlSym {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xDlSym {
            Some(f) => f(d, h, z),
            None => None,
        }
    }
}

unsafe extern "C" fn x_dl_close(vfs: *mut ffi::sqlite3_vfs, h: *mut c_void) {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        if let Some(f) = (*d).xDlClose {
            f(d, h)
        }
    }
}

unsafe extern "C" fn x_randomness(vfs: *mut ffi::sqlite3_vfs, n: c_int, out: *mut c_char) -> c_int {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xRandomness {
            Some(f) => f(d, n, out),
            None => 0,
        }
    }
}

unsafe extern "C" fn x_sleep(vfs: *mut ffi::sqlite3_vfs, us: c_int) -> c_int {
    // SAFETY: delegate to the default VFS.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xSleep {
            Some(f) => f(d, us),
            None => 0,
        }
    }
}

unsafe extern "C" fn x_current_time(vfs: *mut ffi::sqlite3_vfs, out: *mut f64) -> c_int {
    // SAFETY: delegate to the default VFS with SQLite's own out pointer.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xCurrentTime {
            Some(f) => f(d, out),
            None => ffi::SQLITE_ERROR,
        }
    }
}

unsafe extern "C" fn x_get_last_error(
    vfs: *mut ffi::sqlite3_vfs,
    n: c_int,
    out: *mut c_char,
) -> c_int {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xGetLastError {
            Some(f) => f(d, n, out),
            None => 0,
        }
    }
}

unsafe extern "C" fn x_current_time_int64(
    vfs: *mut ffi::sqlite3_vfs,
    out: *mut ffi::sqlite3_int64,
) -> c_int {
    // SAFETY: delegate to the default VFS (version >= 2 has this method) with SQLite's out pointer.
    unsafe {
        let d = vfs_data(vfs).default;
        if (*d).iVersion >= 2 {
            if let Some(f) = (*d).xCurrentTimeInt64 {
                return f(d, out);
            }
        }
        ffi::SQLITE_ERROR
    }
}

// ---------------------------------------------------------------------------
// File callbacks

static IO_METHODS: ffi::sqlite3_io_methods = ffi::sqlite3_io_methods {
    iVersion: 1,
    xClose: Some(f_close),
    xRead: Some(f_read),
    xWrite: Some(f_write),
    xTruncate: Some(f_truncate),
    xSync: Some(f_sync),
    xFileSize: Some(f_file_size),
    xLock: Some(f_lock),
    xUnlock: Some(f_unlock),
    xCheckReservedLock: Some(f_check_reserved_lock),
    xFileControl: Some(f_file_control),
    xSectorSize: Some(f_sector_size),
    xDeviceCharacteristics: Some(f_device_characteristics),
    xShmMap: None,
    xShmLock: None,
    xShmBarrier: None,
    xShmUnmap: None,
    xFetch: None,
    xUnfetch: None,
};

/// Run `f` on the file's inner state, catching panics.
///
/// SAFETY (for callers): `file` must be a VaultFile opened by `x_open` and not yet closed.
unsafe fn with_inner(
    file: *mut ffi::sqlite3_file,
    on_err: c_int,
    f: impl FnOnce(&mut Inner) -> c_int,
) -> c_int {
    // SAFETY: per the caller's contract, `inner` is the live Box we created in x_open,
    // and SQLite never calls methods on one file concurrently.
    let inner = unsafe { (*file.cast::<VaultFile>()).inner };
    if inner.is_null() {
        return on_err;
    }
    // SAFETY: see above.
    let inner = unsafe { &mut *inner };
    guard(on_err, || f(inner))
}

fn block_rc(e: &BlockError, default: c_int) -> c_int {
    match e {
        BlockError::Auth { .. } => ffi::SQLITE_IOERR_DATA,
        BlockError::Io(e) => sqlite_code(e, default),
    }
}

unsafe extern "C" fn f_close(file: *mut ffi::sqlite3_file) -> c_int {
    let vf = file.cast::<VaultFile>();
    // SAFETY: SQLite calls xClose once on a file we opened; we take back the Box.
    let inner = unsafe { std::mem::replace(&mut (*vf).inner, ptr::null_mut()) };
    if !inner.is_null() {
        // SAFETY: `inner` came from Box::into_raw in x_open and is dropped once.
        let boxed = unsafe { Box::from_raw(inner) };
        return guard(ffi::SQLITE_IOERR_CLOSE, move || {
            drop(boxed);
            ffi::SQLITE_OK
        });
    }
    ffi::SQLITE_OK
}

unsafe extern "C" fn f_read(
    file: *mut ffi::sqlite3_file,
    buf: *mut c_void,
    amt: c_int,
    off: ffi::sqlite3_int64,
) -> c_int {
    // SAFETY: SQLite gives a buffer of `amt` writable bytes; `file` is open.
    unsafe {
        let buf = std::slice::from_raw_parts_mut(buf.cast::<u8>(), amt.max(0) as usize);
        with_inner(file, ffi::SQLITE_IOERR_READ, |i| {
            match i.bf.read(buf, off.max(0) as u64) {
                Ok(n) if n == buf.len() => ffi::SQLITE_OK,
                Ok(_) => ffi::SQLITE_IOERR_SHORT_READ,
                // SQLite peeks at the first 100 bytes of the database when
                // opening, *before* it rolls back a hot journal. After a crash,
                // page 1 may be torn and about to be restored from the journal,
                // so that peek reads as "empty" (it only picks the page size,
                // fixed at 4096 anyway). Every real page read stays authenticated.
                Err(BlockError::Auth { block: 0 })
                    if i.bf.is_main() && off == 0 && buf.len() <= 100 =>
                {
                    buf.fill(0);
                    ffi::SQLITE_IOERR_SHORT_READ
                }
                Err(e) => block_rc(&e, ffi::SQLITE_IOERR_READ),
            }
        })
    }
}

unsafe extern "C" fn f_write(
    file: *mut ffi::sqlite3_file,
    buf: *const c_void,
    amt: c_int,
    off: ffi::sqlite3_int64,
) -> c_int {
    // SAFETY: SQLite gives a buffer of `amt` readable bytes; `file` is open.
    unsafe {
        let buf = std::slice::from_raw_parts(buf.cast::<u8>(), amt.max(0) as usize);
        with_inner(file, ffi::SQLITE_IOERR_WRITE, |i| {
            match i.bf.write(buf, off.max(0) as u64) {
                Ok(()) => ffi::SQLITE_OK,
                Err(e) => block_rc(&e, ffi::SQLITE_IOERR_WRITE),
            }
        })
    }
}

unsafe extern "C" fn f_truncate(file: *mut ffi::sqlite3_file, size: ffi::sqlite3_int64) -> c_int {
    // SAFETY: `file` is open.
    unsafe {
        with_inner(file, ffi::SQLITE_IOERR_TRUNCATE, |i| {
            match i.bf.truncate(size.max(0) as u64) {
                Ok(()) => ffi::SQLITE_OK,
                Err(e) => block_rc(&e, ffi::SQLITE_IOERR_TRUNCATE),
            }
        })
    }
}

unsafe extern "C" fn f_sync(file: *mut ffi::sqlite3_file, flags: c_int) -> c_int {
    // SAFETY: `file` is open.
    unsafe {
        with_inner(file, ffi::SQLITE_IOERR_FSYNC, |i| match i.bf.sync(flags) {
            Ok(()) => ffi::SQLITE_OK,
            Err(e) => sqlite_code(&e, ffi::SQLITE_IOERR_FSYNC),
        })
    }
}

unsafe extern "C" fn f_file_size(
    file: *mut ffi::sqlite3_file,
    out: *mut ffi::sqlite3_int64,
) -> c_int {
    // SAFETY: `file` is open; `out` is SQLite's valid out pointer.
    unsafe {
        with_inner(file, ffi::SQLITE_IOERR_FSTAT, |i| match i.bf.size() {
            Ok(s) => {
                *out = s as i64;
                ffi::SQLITE_OK
            }
            Err(e) => sqlite_code(&e, ffi::SQLITE_IOERR_FSTAT),
        })
    }
}

// The block layer caches only while SQLite holds at least a SHARED lock,
// which keeps other connections from writing: it revalidates its cache when
// the first lock is taken and stops trusting it before the last is released.

unsafe extern "C" fn f_lock(file: *mut ffi::sqlite3_file, level: c_int) -> c_int {
    // SAFETY: `file` is open.
    unsafe {
        with_inner(file, ffi::SQLITE_IOERR_LOCK, |i| {
            let rc = i.bf.raw_mut().lock(level);
            if rc == ffi::SQLITE_OK && level > i.lock {
                if i.lock == ffi::SQLITE_LOCK_NONE {
                    i.bf.set_locked(true);
                }
                i.lock = level;
            }
            rc
        })
    }
}

unsafe extern "C" fn f_unlock(file: *mut ffi::sqlite3_file, level: c_int) -> c_int {
    // SAFETY: `file` is open.
    unsafe {
        with_inner(file, ffi::SQLITE_IOERR_UNLOCK, |i| {
            if level == ffi::SQLITE_LOCK_NONE {
                i.bf.set_locked(false);
            }
            i.lock = i.lock.min(level);
            i.bf.raw_mut().unlock(level)
        })
    }
}

unsafe extern "C" fn f_check_reserved_lock(file: *mut ffi::sqlite3_file, out: *mut c_int) -> c_int {
    // SAFETY: `file` is open; `out` is SQLite's valid out pointer.
    unsafe {
        with_inner(file, ffi::SQLITE_IOERR_CHECKRESERVEDLOCK, |i| {
            match i.bf.raw_mut().check_reserved_lock() {
                Ok(b) => {
                    *out = c_int::from(b);
                    ffi::SQLITE_OK
                }
                Err(rc) => rc,
            }
        })
    }
}

unsafe extern "C" fn f_file_control(
    file: *mut ffi::sqlite3_file,
    op: c_int,
    arg: *mut c_void,
) -> c_int {
    // SAFETY: `file` is open; `arg` is handled per op as SQLite documents.
    unsafe {
        with_inner(file, ffi::SQLITE_NOTFOUND, |i| match op {
            // Size hints and chunk sizes would change the physical size behind
            // the block layer's back: accept and ignore them.
            ffi::SQLITE_FCNTL_SIZE_HINT | ffi::SQLITE_FCNTL_CHUNK_SIZE => ffi::SQLITE_OK,
            ffi::SQLITE_FCNTL_MMAP_SIZE => {
                if !arg.is_null() {
                    *arg.cast::<i64>() = 0;
                }
                ffi::SQLITE_OK
            }
            ffi::SQLITE_FCNTL_LOCKSTATE
            | ffi::SQLITE_FCNTL_LAST_ERRNO
            | ffi::SQLITE_FCNTL_HAS_MOVED => i.bf.raw_mut().file_control(op, arg),
            _ => ffi::SQLITE_NOTFOUND,
        })
    }
}

unsafe extern "C" fn f_sector_size(_file: *mut ffi::sqlite3_file) -> c_int {
    SECTOR
}

unsafe extern "C" fn f_device_characteristics(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: `file` is open.
    unsafe {
        with_inner(file, 0, |i| {
            // No atomic-write, safe-append, sequential or powersafe-overwrite
            // promises: a sealed block is not written atomically, and without
            // POWERSAFE_OVERWRITE SQLite uses our 4096-byte sector size for
            // journal headers, keeping journal segments block-aligned.
            i.bf.raw_mut().device_characteristics() & ffi::SQLITE_IOCAP_UNDELETABLE_WHEN_OPEN
        })
    }
}
