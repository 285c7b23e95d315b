//! The language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`).

/// The language tag the POSIX environment asks for, in the order the C
/// library reads it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
/// (`de_CH.UTF-8` becomes `de-CH`; `C` and `POSIX` mean English).
pub fn language_from_env() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| posix_to_tag(&v))
}

/// `de_CH.UTF-8@euro` → `de-CH`; `C`/`POSIX` → `None`.
fn posix_to_tag(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next().unwrap_or("");
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::posix_to_tag;

    #[test]
    fn posix_locales_become_language_tags() {
        assert_eq!(posix_to_tag("de_CH.UTF-8").as_deref(), Some("de-CH"));
        assert_eq!(posix_to_tag("fr_FR@euro").as_deref(), Some("fr-FR"));
        assert_eq!(posix_to_tag("it").as_deref(), Some("it"));
        assert_eq!(posix_to_tag("C.UTF-8"), None);
        assert_eq!(posix_to_tag("POSIX"), None);
    }
}
