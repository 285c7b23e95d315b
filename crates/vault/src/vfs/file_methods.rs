//! The file callbacks: a vault file's reads, writes, syncs and locks,
//! through its block layer.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

use rusqlite::ffi;

use super::{guard, Inner, VaultFile, SECTOR};
use crate::block::BlockError;
use crate::raw::{sqlite_code, RawIo};

pub(super) static IO_METHODS: ffi::sqlite3_io_methods = ffi::sqlite3_io_methods {
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
        let mut boxed = unsafe { Box::from_raw(inner) };
        return guard(ffi::SQLITE_IOERR_CLOSE, move || {
            // A journal's tail, if any, is written before the file goes.
            let rc = match boxed.bf.flush() {
                Ok(()) => ffi::SQLITE_OK,
                Err(e) => block_rc(&e, ffi::SQLITE_IOERR_CLOSE),
            };
            drop(boxed);
            rc
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
            Err(e) => block_rc(&e, ffi::SQLITE_IOERR_FSYNC),
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
            // SAFETY: SQLite passes its `char *[3]` for this op.
            ffi::SQLITE_FCNTL_PRAGMA if i.bf.is_main() => refuse_synchronous_off(arg),
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

/// `PRAGMA synchronous` may only be set to NORMAL or above on a vault: a
/// journal's tail reaches the disk when SQLite syncs the journal before it
/// writes the database (`block/tail.rs`), which it never does at OFF. Any
/// other value is refused with a message, and the setting stays as it was.
///
/// SAFETY: `arg` is null or SQLite's `char *[3]` for `SQLITE_FCNTL_PRAGMA`
/// (error message out, pragma name, value or null).
unsafe fn refuse_synchronous_off(arg: *mut c_void) -> c_int {
    if arg.is_null() {
        return ffi::SQLITE_NOTFOUND;
    }
    let a = arg.cast::<*mut c_char>();
    // SAFETY: per the contract above, a[1] and a[2] are null or C strings.
    let (name, value) = unsafe { (*a.add(1), *a.add(2)) };
    if name.is_null() || value.is_null() {
        return ffi::SQLITE_NOTFOUND;
    }
    // SAFETY: non-null NUL-terminated strings owned by SQLite for this call.
    let (name, value) = unsafe {
        (
            CStr::from_ptr(name).to_bytes(),
            CStr::from_ptr(value).to_bytes(),
        )
    };
    if !name.eq_ignore_ascii_case(b"synchronous") || keeps_journal_synced(value) {
        return ffi::SQLITE_NOTFOUND;
    }
    // SAFETY: a[0] is SQLite's out slot for an error message it will free
    // with sqlite3_free; the format has no conversions.
    unsafe {
        *a = ffi::sqlite3_mprintf(c"a vault keeps PRAGMA synchronous at NORMAL or above".as_ptr());
    }
    ffi::SQLITE_ERROR
}

/// Whether a `PRAGMA synchronous` value means NORMAL, FULL or EXTRA (the
/// spellings SQLite reads so, and no other: anything else is refused).
fn keeps_journal_synced(value: &[u8]) -> bool {
    const SAFE: [&[u8]; 9] = [
        b"1", b"2", b"3", b"on", b"yes", b"true", b"normal", b"full", b"extra",
    ];
    SAFE.iter().any(|s| value.eq_ignore_ascii_case(s))
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
