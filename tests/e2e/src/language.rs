//! "No English word on screen": the catalogue's English phrases that another
//! language says differently, and the window's visible words checked
//! against them.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::bail;
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

use crate::Session;

/// The English phrases a screen in another language must not show.
pub struct Foreign {
    phrases: BTreeSet<String>,
}

fn text_of(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    let mut current = String::new();
    for el in &pattern.elements {
        match el {
            PatternElement::TextElement { value } => current.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(std::mem::take(&mut current));
                if let Expression::Select { variants, .. } = expression {
                    for v in variants {
                        text_of(&v.value, out);
                    }
                }
            }
        }
    }
    out.push(current);
}

/// Every literal stretch of text in a language's files (between placeables).
fn fragments(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../crates/l10n/locales")
        .join(lang);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let Ok(resource) = fluent_syntax::parser::parse(text.as_str()) else {
            continue;
        };
        for e in resource.body {
            if let Entry::Message(m) = e {
                if let Some(v) = &m.value {
                    text_of(v, &mut out);
                }
                for a in &m.attributes {
                    text_of(&a.value, &mut out);
                }
            }
        }
    }
    out.into_iter()
        .map(|f| {
            f.trim()
                .trim_matches(|c: char| c.is_ascii_punctuation())
                .trim()
                .to_string()
        })
        .filter(|f| f.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect()
}

impl Foreign {
    /// The English phrases `lang`'s files do not also contain.
    pub fn for_language(lang: &str) -> Foreign {
        let theirs = fragments(lang);
        let phrases = fragments("en")
            .into_iter()
            .filter(|f| !theirs.contains(f))
            .collect();
        Foreign { phrases }
    }

    /// The English phrase `text` is or holds (a phrase of three words or
    /// more inside it), if any.
    pub fn english_in(&self, text: &str) -> Option<&str> {
        let t = text
            .trim()
            .trim_matches(|c: char| c.is_ascii_punctuation())
            .trim();
        self.phrases
            .iter()
            .find(|p| {
                p.as_str() == t || (p.split_whitespace().count() >= 3 && t.contains(p.as_str()))
            })
            .map(String::as_str)
    }
}

/// The visible text nodes, placeholders, labels for assistive technology and
/// tooltips of the window as it is now.
const VISIBLE_TEXTS: &str = r#"
const out = [];
const shown = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const n = walker.currentNode;
  const t = n.textContent.trim();
  const el = n.parentElement;
  if (t && shown(el) && !el.closest('script, style')) out.push(t);
}
for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
  if (!shown(el)) continue;
  for (const a of ['placeholder', 'aria-label', 'title']) {
    const v = el.getAttribute(a);
    if (v && v.trim()) out.push(v.trim());
  }
}
return out;
"#;

impl Session {
    /// Fails when anything visible on the window is an English phrase of the
    /// catalogue that `foreign`'s language says otherwise.
    pub async fn assert_no_english(&self, foreign: &Foreign, what: &str) -> anyhow::Result<()> {
        let texts: Vec<String> =
            serde_json::from_value(self.client.execute(VISIBLE_TEXTS, vec![]).await?)?;
        let found: Vec<String> = texts
            .iter()
            .filter_map(|t| {
                foreign
                    .english_in(t)
                    .map(|p| format!("{t:?} (English: {p:?})"))
            })
            .collect();
        if !found.is_empty() {
            bail!("English on the {what} screen:\n{}", found.join("\n"));
        }
        Ok(())
    }
}
