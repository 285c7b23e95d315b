//! The SQLite VFS: the only module with `unsafe` code. It adapts SQLite's C
//! callbacks to the safe [`BlockFile`] layer and delegates real I/O to a
//! [`RawFs`] (normally SQLite's default VFS).
//!
//! Every callback catches panics and turns them into an SQLite error code.
#![allow(unsafe_code)]

mod default_fs;
mod file_methods;
mod vfs_methods;

use std::collections::HashMap;
use std::ffi::{c_int, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::{Arc, Mutex, OnceLock, Weak};

use rand::RngCore;
use rusqlite::ffi;

use crate::block::{BlockFile, Keys};
use crate::raw::{RawFs, RawIo};

use default_fs::DefaultFs;
use vfs_methods::{
    x_access, x_current_time, x_current_time_int64, x_delete, x_dl_close, x_dl_error, x_dl_open,
    x_dl_sym, x_full_pathname, x_get_last_error, x_open, x_randomness, x_sleep,
};

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
