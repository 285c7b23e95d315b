//! Writing backup files atomically, and listing a folder of backups.

use std::fs::{self, File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::NaiveDateTime;
use rand::RngCore;

use crate::error::{BackupError, Result};
use crate::header::has_magic;
use crate::rotate::parse_backup_name;

/// Buffer size for reading and writing backup files.
pub(crate) const IO_BUF: usize = 256 * 1024;

/// Removes a partial file unless disarmed (when the backup is complete).
struct PartialFile {
    path: Option<PathBuf>,
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        if let Some(p) = self.path.take() {
            let _ = fs::remove_file(p);
        }
    }
}

/// Whether `name` is the temporary name of a backup being written.
pub(crate) fn is_partial_name(name: &str) -> bool {
    name.starts_with('.') && name.contains(".partial-")
}

/// Write a backup to `dest` through a hidden temporary file in the same folder.
///
/// `write` fills the file; then the file is synced, renamed to `dest`, and the
/// folder synced. On any error the temporary file is removed; if the process
/// dies, what remains is a hidden `.NAME.partial-XXXXXXXX` file that [`crate::list`]
/// skips and that fails verification (its final chunk is missing).
pub(crate) fn write_atomically<T>(
    dest: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<T>,
) -> Result<(T, u64)> {
    let name = dest
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or(BackupError::BadPath)?;
    if name.is_empty() || is_partial_name(name) {
        return Err(BackupError::BadPath);
    }
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if dest.symlink_metadata().is_ok() {
        return Err(BackupError::AlreadyExists);
    }
    let mut rnd = [0u8; 6];
    rand::rngs::OsRng.fill_bytes(&mut rnd);
    let suffix: String = rnd.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = dir.join(format!(".{name}.partial-{suffix}"));
    let file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
    let mut guard = PartialFile {
        path: Some(tmp.clone()),
    };

    let mut w = BufWriter::with_capacity(IO_BUF, file);
    let value = write(&mut w)?;
    w.flush()?;
    let file = w
        .into_inner()
        .map_err(|e| BackupError::Io(e.into_error()))?;
    file.sync_all()?;
    let size = file.metadata()?.len();
    drop(file);

    // A backup never replaces another file. (The check and the rename are two
    // steps; two backups to the very same name at the very same moment could race.)
    if dest.symlink_metadata().is_ok() {
        return Err(BackupError::AlreadyExists);
    }
    fs::rename(&tmp, dest)?;
    guard.path = None;
    sync_dir(&dir);
    Ok((value, size))
}

/// Make the rename durable. Directories cannot be opened for syncing on every
/// platform (Windows); there the rename is as durable as the OS makes it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Open a backup file for reading.
pub(crate) fn open_reader(src: &Path) -> Result<BufReader<File>> {
    Ok(BufReader::with_capacity(IO_BUF, File::open(src)?))
}

/// One file in a backup folder, as [`crate::list`] reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BackupListing {
    /// Full path of the file.
    pub path: PathBuf,
    /// The file's name.
    pub file_name: String,
    /// Size in bytes.
    pub size: u64,
    /// Last modification time, when the file system reports one.
    pub modified: Option<SystemTime>,
    /// Whether the file starts with the backup magic bytes (checked without a passphrase;
    /// it says nothing about whether the rest is intact: use [`crate::verify`] for that).
    pub looks_like_backup: bool,
    /// The time in the file name, for names made by [`crate::backup_file_name`].
    pub name_time: Option<NaiveDateTime>,
}

/// List the regular files of `dir` (not hidden ones, so never a partial
/// backup), newest name time first, then by name.
pub fn list(dir: &Path) -> Result<Vec<BackupListing>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let Ok(file_name) = entry.file_name().into_string() else {
            continue;
        };
        if file_name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(md) = fs::metadata(&path) else {
            continue;
        };
        if !md.is_file() {
            continue;
        }
        let mut prefix = [0u8; 16];
        let mut got = 0;
        if let Ok(mut f) = File::open(&path) {
            while got < prefix.len() {
                match f.read(&mut prefix[got..]) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got += n,
                }
            }
        }
        out.push(BackupListing {
            name_time: parse_backup_name(&file_name).map(|(_, t)| t),
            looks_like_backup: has_magic(&prefix[..got]),
            path,
            file_name,
            size: md.len(),
            modified: md.modified().ok(),
        });
    }
    out.sort_by(|a, b| {
        b.name_time
            .cmp(&a.name_time)
            .then_with(|| a.file_name.cmp(&b.file_name))
    });
    Ok(out)
}
