//! Names as the duplicate finder compares them: folded (case, accents and
//! letters like ø or ß do not matter), split into words in any order, titles
//! left out, and given names linked to their usual short forms.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text::fold;

/// Words that are titles, not names.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "herr", "frau", "mme", "mlle", "sr", "sra",
    "srta", "sig", "sigra", "dott", "dhr", "mevr",
];

/// A name split into folded words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Name {
    /// Folded words, in the order written, titles left out.
    pub words: Vec<String>,
}

impl Name {
    /// Reads a display name ("Ødegård, Zoë", "Dr. J. Smith", "李小龙").
    pub fn new(display: &str) -> Name {
        // "O'Brien" and "OBrien" are one word.
        let folded: String = fold(display)
            .chars()
            .filter(|c| !matches!(c, '\'' | '\u{2019}'))
            .collect();
        let words = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !TITLES.contains(w))
            .map(str::to_string)
            .collect();
        Name { words }
    }

    /// The words, sorted: the same for "Zoë Ødegård" and "Ødegård, Zoë".
    pub fn sorted(&self) -> Vec<&str> {
        let mut w: Vec<&str> = self.words.iter().map(String::as_str).collect();
        w.sort_unstable();
        w
    }

    /// The words joined in sorted order.
    pub fn key(&self) -> String {
        self.sorted().join(" ")
    }
}

/// Whether `a` and `b` are forms of the same given name ("bob" and
/// "robert", "hans" and "johann"), and not the same word.
pub(super) fn nickname_of(a: &str, b: &str) -> bool {
    a != b && families(a).iter().any(|f| families(b).contains(f))
}

/// The name families a word belongs to (empty for most words).
pub(super) fn families(word: &str) -> &'static [u16] {
    table().get(word).map_or(&[], Vec::as_slice)
}

/// Word → the families (line numbers of `nicknames.txt`) it is on.
fn table() -> &'static HashMap<&'static str, Vec<u16>> {
    static TABLE: OnceLock<HashMap<&'static str, Vec<u16>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<u16>> = HashMap::new();
        let lines = include_str!("nicknames.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        for (family, line) in (0u16..).zip(lines) {
            for word in line.split_whitespace() {
                let families = map.entry(word).or_default();
                if !families.contains(&family) {
                    families.push(family);
                }
            }
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_case_accents_and_commas_do_not_matter() {
        assert_eq!(
            Name::new("Ødegård, Zoë").key(),
            Name::new("zoe odegard").key()
        );
        assert_eq!(Name::new("Dr. Seán O'Brien").words, ["sean", "obrien"]);
        assert_eq!(Name::new("李小龙").key(), Name::new("李 小龙").key());
    }

    #[test]
    fn short_forms_are_linked_both_ways() {
        assert!(nickname_of("bob", "robert"));
        assert!(nickname_of("robert", "bob"));
        assert!(nickname_of("hans", "johann"));
        assert!(!nickname_of("bob", "bob"));
        assert!(!nickname_of("bob", "william"));
    }
}
