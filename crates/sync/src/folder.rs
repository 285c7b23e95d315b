//! The sync folder: a folder the owner's own tools (Syncthing, Nextcloud,
//! Dropbox, a NAS share, a USB stick) copy between the shop's computers.
//! Each computer writes only its own change files, named by its random
//! device id and a sequence number (`0123456789abcdef-00000001.shopsync`),
//! and never changes a file once written. Other names are left alone.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::file::{open, FileProblem, SyncKey, MAX_FILE_LEN};
use shopkeeper_core::changes::is_device_id;
use shopkeeper_core::{CoreError, Result};

/// The extension of change files.
pub(crate) const EXTENSION: &str = "shopsync";

/// One change file found in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// Where it is.
    pub path: PathBuf,
    /// The device that wrote it.
    pub device: String,
    /// Its sequence number.
    pub seq: u64,
}

impl Found {
    /// The name bound into the file's encryption (device and sequence).
    pub fn stem(&self) -> String {
        stem(&self.device, self.seq)
    }
}

/// The name of a change file without its extension.
pub(crate) fn stem(device: &str, seq: u64) -> String {
    format!("{device}-{seq:08}")
}

/// Where this device's change file `seq` goes.
pub(crate) fn path_of(folder: &Path, device: &str, seq: u64) -> PathBuf {
    folder.join(format!("{}.{EXTENSION}", stem(device, seq)))
}

fn parse_name(name: &str) -> Option<(String, u64)> {
    let stem = name.strip_suffix(&format!(".{EXTENSION}"))?;
    let (device, seq) = stem.split_once('-')?;
    if !is_device_id(device) || seq.len() < 8 || !seq.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((device.to_string(), seq.parse().ok()?))
}

/// Checks that the sync folder is there and is a folder.
pub(crate) fn check(folder: &Path) -> Result<()> {
    match std::fs::metadata(folder) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(CoreError::invalid(
            "folder",
            msg!(
                "error-folder-file-folder-choose",
                folder = (folder.display()).to_string()
            ),
        )),
        Err(_) => Err(CoreError::invalid(
            "folder",
            msg!(
                "error-folder-sync-folder-reached",
                folder = (folder.display()).to_string()
            ),
        )),
    }
}

/// The change files in the folder, by device and sequence number.
pub(crate) fn list(folder: &Path) -> Result<Vec<Found>> {
    check(folder)?;
    let entries = std::fs::read_dir(folder).map_err(|e| {
        CoreError::invalid(
            "folder",
            msg!(
                "error-folder-sync-folder-read",
                folder = (folder.display()).to_string(),
                e = e.to_string()
            ),
        )
    })?;
    let mut found: Vec<Found> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name();
            let (device, seq) = parse_name(name.to_str()?)?;
            Some(Found {
                path: e.path(),
                device,
                seq,
            })
        })
        .collect();
    found.sort_by(|a, b| (&a.device, a.seq).cmp(&(&b.device, b.seq)));
    Ok(found)
}

/// Reads a change file, never more than [`MAX_FILE_LEN`] bytes: anyone who
/// can write to the folder could leave a file of any size there. The size
/// is checked before reading, and the read stops one byte past the limit
/// (the file may grow while it is read).
pub(crate) fn read(path: &Path) -> std::result::Result<Vec<u8>, FileProblem> {
    let io = |e: std::io::Error| FileProblem::Io(e.kind().to_string());
    let file = std::fs::File::open(path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    if len > MAX_FILE_LEN {
        return Err(FileProblem::TooLarge);
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(MAX_FILE_LEN + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_LEN {
        return Err(FileProblem::TooLarge);
    }
    Ok(bytes)
}

/// Whether this device's change file `seq` is already in the folder without
/// being this computer's (it does not open with the sync key and this
/// computer's signature): then why. A file of this computer's own under that
/// name means its shop file was copied to another computer with sync on.
pub(crate) fn taken_by_another(
    folder: &Path,
    key: &SyncKey,
    device: &str,
    seq: u64,
) -> Result<Option<FileProblem>> {
    let path = path_of(folder, device, seq);
    if !path.exists() {
        return Ok(None);
    }
    match read(&path).and_then(|b| open(b, key, &stem(device, seq))) {
        Ok(_) => Err(clash(&path)),
        Err(problem) => Ok(Some(problem)),
    }
}

fn clash(path: &Path) -> CoreError {
    CoreError::invalid(
        "folder",
        msg!(
            "error-folder-sync-folder-already",
            path = (path
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default())
            .to_string()
        ),
    )
}

/// Writes a new change file; never replaces one (another computer writing
/// under this computer's id would otherwise be silently overwritten).
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    if path.exists() {
        return Err(clash(path));
    }
    shopkeeper_core::book::write_private_file(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_change_file_names_are_read() {
        assert_eq!(
            parse_name("0123456789abcdef-00000012.shopsync"),
            Some(("0123456789abcdef".into(), 12))
        );
        for other in [
            "0123456789abcdef-00000012.shopsync.tmp",
            ".0123456789abcdef-00000012.shopsync.1.tmp",
            "0123456789ABCDEF-00000012.shopsync",
            "desktop.ini",
            "0123456789abcdef-12.shopsync",
        ] {
            assert_eq!(parse_name(other), None, "{other}");
        }
        let p = path_of(Path::new("/x"), "0123456789abcdef", 7);
        assert_eq!(
            parse_name(p.file_name().unwrap().to_str().unwrap()),
            Some(("0123456789abcdef".into(), 7))
        );
    }
}
