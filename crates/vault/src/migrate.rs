//! Upgrading a format-1 vault (no write epochs) to the current format, on
//! its first open: every block is re-sealed into a new file beside it, which
//! then replaces the old one by a rename, so a crash leaves one or the other
//! whole. See `docs/vault-format.md`, "Upgrading from format 1".

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::block::{BlockFile, Keys};
use crate::header::{Header, FORMAT_VERSION, HEADER_REGION, LEGACY_VERSION};
use crate::raw::RawIo;
use crate::{connect_version, sync_parent, StdRaw, VaultError};

/// Blocks copied per read and write.
const RUN: usize = 64;

/// Where the format-1 file is kept after the upgrade.
pub(crate) fn kept_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".before-format-v2");
    PathBuf::from(s)
}

/// The new file being written (deleted first if a crash left one).
fn upgrade_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".upgrading");
    PathBuf::from(s)
}

/// Upgrade the format-1 vault at `path`, whose authenticated header is `old`.
pub(crate) fn upgrade(path: &Path, dek: &[u8; 32], old: &Header) -> Result<(), VaultError> {
    // Opening it the old way rolls back an interrupted transaction; the
    // exclusive lock then keeps every other connection out until the end.
    let conn = connect_version(path, dek, old.db_id, LEGACY_VERSION)?;
    conn.execute_batch("BEGIN EXCLUSIVE")?;

    let tmp = upgrade_path(path);
    let _ = fs::remove_file(&tmp);
    let result = write_upgraded(path, &tmp, dek, old);
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
        return result;
    }
    // The format-1 file stays beside it under another name (a second link
    // to the same bytes, nothing copied): the previous version opens it.
    let kept = kept_path(path);
    let _ = fs::remove_file(&kept);
    fs::hard_link(path, &kept)?;
    fs::rename(&tmp, path)?;
    sync_parent(path);
    drop(conn);
    Ok(())
}

fn write_upgraded(path: &Path, tmp: &Path, dek: &[u8; 32], old: &Header) -> Result<(), VaultError> {
    let mut h = old.clone();
    h.version = FORMAT_VERSION;
    h.epoch = 0;
    h.digest = [0; 16];
    h.seal(dek);
    let copy = h.encode();
    let mut region = copy.clone();
    region.extend_from_slice(&copy);
    debug_assert_eq!(region.len() as u64, HEADER_REGION);

    let mut options = OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = StdRaw(options.open(tmp)?);
    out.write_at(&region, 0)?;
    let mut src = BlockFile::main(
        StdRaw(File::open(path)?),
        Arc::new(Keys::with_version(dek, old.db_id, LEGACY_VERSION)),
    );
    let mut dst = BlockFile::main(out, Arc::new(Keys::new(dek, old.db_id)));
    let size = src.size()?;
    let mut buf = zeroize::Zeroizing::new(vec![0u8; RUN * crate::block::BLOCK as usize]);
    let mut off = 0;
    while off < size {
        let n = ((size - off) as usize).min(buf.len());
        src.read(&mut buf[..n], off)?;
        dst.write(&buf[..n], off)?;
        off += n as u64;
    }
    // Syncs the blocks, then records their epochs in the header and syncs it.
    dst.sync(0)?;
    Ok(())
}
