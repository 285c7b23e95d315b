//! Looks for customer data where it must never be: the webview's own storage
//! and caches, and files the run left in the temporary folder.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Files larger than this are not read (nothing the app writes should be).
const MAX_SCAN: u64 = 256 * 1024 * 1024;

/// Folders where the webview (WebKitGTK) keeps storage and caches for the app.
fn webview_dirs() -> Vec<PathBuf> {
    let home = PathBuf::from(std::env::var_os("HOME").unwrap_or_default());
    let data =
        std::env::var_os("XDG_DATA_HOME").map_or_else(|| home.join(".local/share"), PathBuf::from);
    let cache =
        std::env::var_os("XDG_CACHE_HOME").map_or_else(|| home.join(".cache"), PathBuf::from);
    ["org.shopkeeper.desktop", "shopkeeper-desktop"]
        .iter()
        .flat_map(|name| [data.join(name), cache.join(name)])
        .collect()
}

fn scan(dir: &Path, needle: &[u8], since: Option<SystemTime>, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            scan(&path, needle, since, found);
            continue;
        }
        let fresh = since.is_none_or(|t| meta.modified().is_ok_and(|m| m >= t));
        if !meta.is_file() || !fresh || meta.len() > MAX_SCAN {
            continue;
        }
        if let Ok(bytes) = std::fs::read(&path) {
            if bytes.windows(needle.len()).any(|w| w == needle) {
                found.push(path);
            }
        }
    }
}

/// Every file holding `needle`: anywhere in the webview's folders, and in the
/// temporary folder among files changed since `since`.
pub fn files_containing(needle: &str, since: SystemTime) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in webview_dirs() {
        scan(&dir, needle.as_bytes(), None, &mut found);
    }
    scan(
        &std::env::temp_dir(),
        needle.as_bytes(),
        Some(since),
        &mut found,
    );
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_planted_file_in_the_temp_folder_is_found() {
        let since = std::time::SystemTime::now() - std::time::Duration::from_secs(1);
        let dir = tempfile::tempdir().unwrap();
        let planted = dir.path().join("leak.txt");
        std::fs::write(&planted, "before Ødegård-planted-x9 after").unwrap();
        let found = super::files_containing("Ødegård-planted-x9", since);
        assert!(found.contains(&planted), "{found:?}");
    }
}
