//! Where the shop's data file lives.

use std::path::{Path, PathBuf};

/// The environment variable that overrides the data file's location.
pub const VAULT_ENV: &str = "SHOPKEEPER_VAULT";

/// The data file's default place: `$XDG_DATA_HOME/shopkeeper/shop.vault`,
/// or `~/.local/share/shopkeeper/shop.vault` when `XDG_DATA_HOME` is unset.
pub fn default_vault_path() -> PathBuf {
    let data_home = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    data_home.join("shopkeeper").join("shop.vault")
}

/// The path to use: an explicit one, else `SHOPKEEPER_VAULT`, else the default.
pub fn resolve_vault_path(explicit: Option<&Path>) -> PathBuf {
    explicit
        .map(Path::to_path_buf)
        .or_else(|| {
            std::env::var_os(VAULT_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(default_vault_path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_path_wins() {
        let p = Path::new("/tmp/elsewhere/shop.vault");
        assert_eq!(resolve_vault_path(Some(p)), p);
    }

    #[test]
    fn the_default_ends_in_the_shopkeeper_folder() {
        let p = default_vault_path();
        assert!(p.ends_with("shopkeeper/shop.vault"), "{}", p.display());
    }
}
