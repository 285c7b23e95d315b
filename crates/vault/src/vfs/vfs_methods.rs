//! The VFS callbacks: opening, deleting and naming files, and what SQLite
//! asks of the operating system, passed on to the default VFS.

use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr;

use rusqlite::ffi;

use super::file_methods::IO_METHODS;
use super::{guard, lookup_keys, Inner, VaultFile, VfsData, KEY_PARAM};
use crate::block::BlockFile;
use crate::header::{parse_region, HEADER_REGION};
use crate::raw::{sqlite_code, OpenName, RawIo};

/// SAFETY (for callers): `vfs` must be a VFS registered by [`register`](super::register).
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

pub(super) unsafe extern "C" fn x_open(
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

pub(super) unsafe extern "C" fn x_delete(
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

pub(super) unsafe extern "C" fn x_access(
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

pub(super) unsafe extern "C" fn x_full_pathname(
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

pub(super) unsafe extern "C" fn x_dl_open(
    vfs: *mut ffi::sqlite3_vfs,
    z: *const c_char,
) -> *mut c_void {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xDlOpen {
            Some(f) => f(d, z),
            None => ptr::null_mut(),
        }
    }
}

pub(super) unsafe extern "C" fn x_dl_error(vfs: *mut ffi::sqlite3_vfs, n: c_int, z: *mut c_char) {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        if let Some(f) = (*d).xDlError {
            f(d, n, z)
        }
    }
}

type DlSym = Option<unsafe extern "C" fn(*mut ffi::sqlite3_vfs, *mut c_void, *const c_char)>;

pub(super) unsafe extern "C" fn x_dl_sym(
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

pub(super) unsafe extern "C" fn x_dl_close(vfs: *mut ffi::sqlite3_vfs, h: *mut c_void) {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        if let Some(f) = (*d).xDlClose {
            f(d, h)
        }
    }
}

pub(super) unsafe extern "C" fn x_randomness(
    vfs: *mut ffi::sqlite3_vfs,
    n: c_int,
    out: *mut c_char,
) -> c_int {
    // SAFETY: delegate to the default VFS with SQLite's own arguments.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xRandomness {
            Some(f) => f(d, n, out),
            None => 0,
        }
    }
}

pub(super) unsafe extern "C" fn x_sleep(vfs: *mut ffi::sqlite3_vfs, us: c_int) -> c_int {
    // SAFETY: delegate to the default VFS.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xSleep {
            Some(f) => f(d, us),
            None => 0,
        }
    }
}

pub(super) unsafe extern "C" fn x_current_time(vfs: *mut ffi::sqlite3_vfs, out: *mut f64) -> c_int {
    // SAFETY: delegate to the default VFS with SQLite's own out pointer.
    unsafe {
        let d = vfs_data(vfs).default;
        match (*d).xCurrentTime {
            Some(f) => f(d, out),
            None => ffi::SQLITE_ERROR,
        }
    }
}

pub(super) unsafe extern "C" fn x_get_last_error(
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

pub(super) unsafe extern "C" fn x_current_time_int64(
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
