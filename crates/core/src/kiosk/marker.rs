//! The Customer view marker: a small file beside the vault that says
//! Customer view is on, so that an app closed or killed during it opens
//! again locked in Customer view, and only the vault passphrase gives the
//! screen back.
//!
//! The marker holds no customer data (not even whose view it was): a fixed
//! line of text. It is outside the vault because it must be read before the
//! vault is unlocked. Deleting it by hand needs access to the owner's files,
//! which is beyond what Customer view guards against.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{CoreError, Result};

/// What the marker says, for anyone who finds it.
const TEXT: &str =
    "Shopkeeper's Customer view is on. The shop's passphrase gives the screen back.\n";

/// `shop.vault` → `shop.vault.customer-view` in the same folder.
pub fn marker_path(vault: &Path) -> PathBuf {
    let mut name = vault.file_name().unwrap_or_default().to_os_string();
    name.push(".customer-view");
    vault.with_file_name(name)
}

/// Marks Customer view as on for the vault at `vault`, durably (the file and
/// its folder are synced), before the screen is turned to the customer.
pub fn mark(vault: &Path) -> Result<()> {
    let path = marker_path(vault);
    let written = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(&path)
        .and_then(|mut file| {
            file.write_all(TEXT.as_bytes())?;
            file.sync_all()
        })
        .and_then(
            |()| match path.parent().filter(|d| !d.as_os_str().is_empty()) {
                Some(dir) => File::open(dir)?.sync_all(),
                None => Ok(()),
            },
        );
    written.map_err(|e| location(&path, e))
}

/// The error for a marker that could not be written or removed.
fn location(path: &Path, e: std::io::Error) -> CoreError {
    CoreError::Location {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

/// Whether Customer view was on for the vault at `vault` when the app last
/// stopped (or is on now).
pub fn is_marked(vault: &Path) -> bool {
    marker_path(vault).exists()
}

/// Customer view is over: removes the marker (nothing to do if there is none).
pub fn unmark(vault: &Path) -> Result<()> {
    let path = marker_path(vault);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(location(&path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_lives_beside_the_vault_and_comes_and_goes() {
        let dir = tempfile::tempdir().unwrap();
        let vault = dir.path().join("shop.vault");
        assert_eq!(
            marker_path(&vault),
            dir.path().join("shop.vault.customer-view")
        );
        assert!(!is_marked(&vault));
        mark(&vault).unwrap();
        assert!(is_marked(&vault));
        mark(&vault).unwrap();
        unmark(&vault).unwrap();
        assert!(!is_marked(&vault));
        unmark(&vault).unwrap();
    }

    #[test]
    fn the_marker_holds_no_customer_data() {
        let dir = tempfile::tempdir().unwrap();
        let vault = dir.path().join("shop.vault");
        mark(&vault).unwrap();
        assert_eq!(std::fs::read_to_string(marker_path(&vault)).unwrap(), TEXT);
    }
}
