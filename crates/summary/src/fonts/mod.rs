//! Fonts for the PDF: which families, how they are found, and the fallback
//! order.
//!
//! The fonts are found at run time through the system's font configuration
//! (`find`: fontconfig's folders, or the folders of [`FONT_DIRS_ENV`]), not
//! bundled: Noto Sans and Noto Serif (Latin, Greek, Cyrillic), Noto Sans
//! Arabic, Noto Sans CJK (Chinese, Japanese, Korean; about 20 MB a file, far
//! too large for the repository) and Noto Sans of further scripts (`roles`).
//! Debian packages them as `fonts-noto-core` and `fonts-noto-cjk`, Fedora as
//! `google-noto-sans-fonts`, `google-noto-serif-fonts`,
//! `google-noto-sans-arabic-fonts`, `google-noto-sans-cjk-fonts` and so on.
//! Where a Noto family is missing, any installed font that covers the script
//! stands in. Only the glyphs a summary uses are embedded in the PDF (krilla
//! subsets them), so a summary stays small.
//!
//! The main (sans) font is required; a missing serif is replaced by it. The
//! Arabic and CJK fonts are needed only when a summary contains those
//! scripts: a missing one is reported then, naming the packages to install.

mod find;
mod roles;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::SummaryError;
use find::Want;
pub use find::FONT_DIRS_ENV;
use roles::{ARABIC, CJK, OTHER_SCRIPTS, SANS, SERIF};

/// Where Debian and Ubuntu install `fonts-noto-core`: searched as well when the
/// system's font configuration does not list it.
pub const DEBIAN_NOTO_DIR: &str = "/usr/share/fonts/truetype/noto";
/// Where Debian and Ubuntu install `fonts-noto-cjk`: searched as well when the
/// system's font configuration does not list it.
pub const DEBIAN_NOTO_CJK_DIR: &str = "/usr/share/fonts/opentype/noto";

/// The fonts a PDF summary is set in. Cheap to clone.
///
/// ```no_run
/// let fonts = shopkeeper_summary::FontSet::system()?;
/// # Ok::<(), shopkeeper_summary::SummaryError>(())
/// ```
#[derive(Clone)]
pub struct FontSet {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontSet")
            .field("fonts", &self.inner.fonts.len())
            .field("arabic", &self.inner.arabic.is_some())
            .field("cjk", &self.inner.cjk.is_some())
            .finish()
    }
}

struct Inner {
    fonts: Vec<LoadedFont>,
    /// Regular and bold of each role, as indexes into `fonts`.
    sans: [usize; 2],
    serif: [usize; 2],
    arabic: Option<[usize; 2]>,
    cjk: Option<[usize; 2]>,
    /// Other scripts' fonts that were found, tried last.
    others: Vec<[usize; 2]>,
}

/// One font file (or one face of a collection), loaded.
pub(crate) struct LoadedFont {
    pub(crate) data: Arc<Vec<u8>>,
    pub(crate) index: u32,
    pub(crate) pdf: krilla::text::Font,
}

/// The family a text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// Noto Sans: body text and tables.
    Sans,
    /// Noto Serif: the customer's name and section headings.
    Serif,
}

/// What kind of text a missing font would have shown (for the error).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Arabic,
    Cjk,
    Other,
}

impl Script {
    pub(crate) fn of(c: char) -> Script {
        match u32::from(c) {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x0870..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Script::Arabic,
            0x1100..=0x11FF
            | 0x2E80..=0x2FDF
            | 0x3000..=0x303F
            | 0x3040..=0x30FF
            | 0x3100..=0x31FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7FF
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFFEF
            | 0x20000..=0x3FFFF => Script::Cjk,
            _ => Script::Other,
        }
    }
}

static SYSTEM: OnceLock<FontSet> = OnceLock::new();

impl FontSet {
    /// The fonts found through the system's font configuration, or only in
    /// the folders of [`FONT_DIRS_ENV`] when it is set; searched once per
    /// process.
    pub fn system() -> Result<FontSet, SummaryError> {
        if let Some(set) = SYSTEM.get() {
            return Ok(set.clone());
        }
        let set = FontSet::from_db(find::system_db())?;
        Ok(SYSTEM.get_or_init(|| set).clone())
    }

    /// The fonts in these folders (and their subfolders) only, whatever the
    /// files are called, e.g. fonts shipped with the app. Fonts are found by
    /// family name and, failing that, by the characters they cover.
    pub fn from_font_dirs<P: AsRef<Path>>(dirs: &[P]) -> Result<FontSet, SummaryError> {
        FontSet::from_db(&find::db_of(dirs))
    }

    fn from_db(db: &fontdb::Database) -> Result<FontSet, SummaryError> {
        let mut loader = Loader {
            db,
            fonts: Vec::new(),
            loaded: HashMap::new(),
        };
        let sans = loader.pair(&SANS)?.ok_or(SummaryError::MainFontMissing)?;
        let serif = loader.pair(&SERIF)?.unwrap_or(sans);
        let arabic = loader.pair(&ARABIC)?;
        let cjk = loader.pair(&CJK)?;
        let mut others = Vec::new();
        for want in &OTHER_SCRIPTS {
            others.extend(loader.pair(want)?);
        }
        Ok(FontSet {
            inner: Arc::new(Inner {
                fonts: loader.fonts,
                sans,
                serif,
                arabic,
                cjk,
                others,
            }),
        })
    }

    /// The characters of `text` that no font of the set has (they would show
    /// as an empty box), each once; spaces and control characters aside.
    pub fn missing_chars(&self, text: &str) -> Vec<char> {
        let faces: Vec<_> = self
            .inner
            .fonts
            .iter()
            .filter_map(|f| rustybuzz::Face::from_slice(&f.data, f.index))
            .collect();
        let mut missing = Vec::new();
        for c in text.chars() {
            if !c.is_whitespace()
                && !c.is_control()
                && !missing.contains(&c)
                && !faces.iter().any(|f| f.glyph_index(c).is_some())
            {
                missing.push(c);
            }
        }
        missing
    }

    /// Whether Chinese, Japanese and Korean text can be set.
    pub fn has_cjk(&self) -> bool {
        self.inner.cjk.is_some()
    }

    /// Whether Arabic text can be set.
    pub fn has_arabic(&self) -> bool {
        self.inner.arabic.is_some()
    }

    pub(crate) fn fonts(&self) -> &[LoadedFont] {
        &self.inner.fonts
    }

    /// The fonts to try, in order, for a family and weight.
    pub(crate) fn chain(&self, family: Family, bold: bool) -> Vec<usize> {
        let w = usize::from(bold);
        let inner = &self.inner;
        let mut chain = match family {
            Family::Sans => vec![inner.sans[w]],
            Family::Serif => vec![inner.serif[w], inner.sans[w]],
        };
        chain.extend(inner.arabic.map(|p| p[w]));
        chain.extend(inner.cjk.map(|p| p[w]));
        chain.extend(inner.others.iter().map(|p| p[w]));
        chain
    }
}

/// Loads each face found once, however many roles use it.
struct Loader<'a> {
    db: &'a fontdb::Database,
    fonts: Vec<LoadedFont>,
    loaded: HashMap<fontdb::ID, usize>,
}

impl Loader<'_> {
    /// Regular and bold of `want` as indexes into `fonts`, or `None` when
    /// nothing installed will do.
    fn pair(&mut self, want: &Want) -> Result<Option<[usize; 2]>, SummaryError> {
        let Some([regular, bold]) = find::find_pair(self.db, want) else {
            return Ok(None);
        };
        let Some(r) = self.face(regular)? else {
            return Ok(None);
        };
        Ok(Some([r, self.face(bold)?.unwrap_or(r)]))
    }

    fn face(&mut self, id: fontdb::ID) -> Result<Option<usize>, SummaryError> {
        if let Some(&i) = self.loaded.get(&id) {
            return Ok(Some(i));
        }
        let found = self.db.face(id);
        let Some((path, index)) = found.and_then(|f| Some((find::path_of(&f.source)?, f.index)))
        else {
            return Ok(None);
        };
        self.fonts.push(load(&path, index)?);
        let i = self.fonts.len() - 1;
        self.loaded.insert(id, i);
        Ok(Some(i))
    }
}

fn load(path: &Path, index: u32) -> Result<LoadedFont, SummaryError> {
    let unreadable = || SummaryError::FontUnreadable(PathBuf::from(path));
    let data = Arc::new(std::fs::read(path).map_err(|_| unreadable())?);
    // Check that the shaper can read it too, so shaping never fails later.
    rustybuzz::Face::from_slice(&data, index).ok_or_else(unreadable)?;
    let pdf =
        krilla::text::Font::new(krilla::Data::from(data.clone()), index).ok_or_else(unreadable)?;
    Ok(LoadedFont { data, index, pdf })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_recognised() {
        assert_eq!(Script::of('李'), Script::Cjk);
        assert_eq!(Script::of('ア'), Script::Cjk);
        assert_eq!(Script::of('한'), Script::Cjk);
        assert_eq!(Script::of('م'), Script::Arabic);
        assert_eq!(Script::of('ø'), Script::Other);
    }

    #[test]
    fn missing_main_font_names_the_packages() {
        let err = FontSet::from_font_dirs(&["/nonexistent"]).unwrap_err();
        assert!(matches!(err, SummaryError::MainFontMissing));
        let words = err.to_string();
        assert!(words.contains("fonts-noto-core"), "{words}");
        assert!(words.contains("google-noto-sans-fonts"), "{words}");
    }
}
