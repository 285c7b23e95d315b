//! Copying a backup's pages into a new vault on two threads: one reads and
//! authenticates the backup's chunks, the other seals them into the vault
//! file. A few chunks are in flight at once, whatever the shop's size.

use std::sync::mpsc;

use shopkeeper_backup::{BackupError, BackupSummary, OpenedBackup};
use shopkeeper_vault::PageWriter;
use zeroize::Zeroizing;

use crate::{CoreError, Result};

/// Chunks read ahead of the writer (64 KiB each).
const IN_FLIGHT: usize = 4;

/// Write every page of `backup` into `writer`'s vault, in order. Fails with
/// the backup's error if any chunk fails to authenticate (the vault then
/// holds only pages that did), or with the writer's if the disk refuses.
pub(crate) fn copy_pages(backup: OpenedBackup, writer: &mut PageWriter) -> Result<BackupSummary> {
    let (full, filled) = mpsc::sync_channel::<Zeroizing<Vec<u8>>>(IN_FLIGHT);
    let (empty, emptied) = mpsc::channel::<Zeroizing<Vec<u8>>>();
    std::thread::scope(|s| {
        let reader = s.spawn(move || {
            backup.read_pages(|pages| {
                let mut buf = emptied.try_recv().unwrap_or_default();
                buf.clear();
                buf.extend_from_slice(pages);
                // The writer hangs up only after failing; its error is the one reported.
                full.send(buf)
                    .map_err(|_| BackupError::Io(std::io::Error::other("the writer stopped")))
            })
        });
        let mut written = Ok(());
        for buf in filled {
            written = writer.write(&buf);
            if written.is_err() {
                break;
            }
            // The reader may be done and gone; the buffer is then just dropped (and wiped).
            let _ = empty.send(buf);
        }
        let read = reader.join().unwrap_or_else(|_| {
            Err(BackupError::Io(std::io::Error::other(
                "reading the backup failed",
            )))
        });
        written.map_err(CoreError::from)?;
        Ok(read?)
    })
}
