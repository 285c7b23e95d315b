//! Fonts for the PDF: which files, where they are, and the fallback order.
//!
//! The fonts are loaded from the system at run time, not bundled: Debian's
//! `fonts-noto-core` (Latin, Greek, Cyrillic, Arabic; about 40 MB installed)
//! and `fonts-noto-cjk` (Chinese, Japanese, Korean; the files are about 20 MB
//! each, far too large for the repository). Only the glyphs a summary uses are
//! embedded in the PDF (krilla subsets them), so a summary stays small.
//!
//! Fonts of further scripts in `fonts-noto-core` (Hebrew, Devanagari, Thai,
//! Tamil and a dozen more) are used when present.
//!
//! The main font is required. The Arabic and CJK fonts are needed only when a
//! summary contains those scripts: a missing one is reported then, naming the
//! package to install.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::SummaryError;

/// Where Debian and Ubuntu install `fonts-noto-core`.
pub const DEBIAN_NOTO_DIR: &str = "/usr/share/fonts/truetype/noto";
/// Where Debian and Ubuntu install `fonts-noto-cjk`.
pub const DEBIAN_NOTO_CJK_DIR: &str = "/usr/share/fonts/opentype/noto";

/// More scripts from `fonts-noto-core`, used when installed (about 5 MB).
const OTHER_SCRIPTS: [&str; 17] = [
    "Hebrew",
    "Devanagari",
    "Bengali",
    "Tamil",
    "Telugu",
    "Gujarati",
    "Gurmukhi",
    "Kannada",
    "Malayalam",
    "Sinhala",
    "Thai",
    "Lao",
    "Khmer",
    "Myanmar",
    "Armenian",
    "Georgian",
    "Ethiopic",
];

/// Index of "Noto Sans CJK SC" (Simplified Chinese forms) in `NotoSansCJK-*.ttc`.
/// Every face of the collection covers all CJK scripts; only glyph forms differ.
const CJK_SC_INDEX: u32 = 2;

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
    /// The Noto fonts from the system's font folders ([`DEBIAN_NOTO_DIR`] and
    /// [`DEBIAN_NOTO_CJK_DIR`]), loaded once per process.
    pub fn system() -> Result<FontSet, SummaryError> {
        if let Some(set) = SYSTEM.get() {
            return Ok(set.clone());
        }
        let set = FontSet::from_dirs(Path::new(DEBIAN_NOTO_DIR), Path::new(DEBIAN_NOTO_CJK_DIR))?;
        Ok(SYSTEM.get_or_init(|| set).clone())
    }

    /// The Noto fonts from other folders, e.g. fonts shipped with the app.
    ///
    /// `noto_dir` must hold `NotoSans-Regular.ttf`, `NotoSans-Bold.ttf`,
    /// `NotoSerif-Regular.ttf` and `NotoSerif-Bold.ttf`, and may hold
    /// `NotoSansArabic-Regular.ttf` and `NotoSansArabic-Bold.ttf` and the same
    /// pair for other scripts (Hebrew, Devanagari, Thai…); `cjk_dir` may
    /// hold `NotoSansCJK-Regular.ttc` and `NotoSansCJK-Bold.ttc`.
    pub fn from_dirs(noto_dir: &Path, cjk_dir: &Path) -> Result<FontSet, SummaryError> {
        let mut fonts = Vec::new();
        let mut required = |name: &str| -> Result<usize, SummaryError> {
            let path = noto_dir.join(name);
            if !path.is_file() {
                return Err(SummaryError::MainFontMissing(path));
            }
            push(&mut fonts, load(&path, 0)?)
        };
        let sans = [
            required("NotoSans-Regular.ttf")?,
            required("NotoSans-Bold.ttf")?,
        ];
        let serif = [
            required("NotoSerif-Regular.ttf")?,
            required("NotoSerif-Bold.ttf")?,
        ];
        let arabic = optional_pair(
            &mut fonts,
            &noto_dir.join("NotoSansArabic-Regular.ttf"),
            &noto_dir.join("NotoSansArabic-Bold.ttf"),
            0,
        )?;
        let cjk = optional_pair(
            &mut fonts,
            &cjk_dir.join("NotoSansCJK-Regular.ttc"),
            &cjk_dir.join("NotoSansCJK-Bold.ttc"),
            CJK_SC_INDEX,
        )?;
        let mut others = Vec::new();
        for script in OTHER_SCRIPTS {
            let pair = optional_pair(
                &mut fonts,
                &noto_dir.join(format!("NotoSans{script}-Regular.ttf")),
                &noto_dir.join(format!("NotoSans{script}-Bold.ttf")),
                0,
            )?;
            others.extend(pair);
        }
        Ok(FontSet {
            inner: Arc::new(Inner {
                fonts,
                sans,
                serif,
                arabic,
                cjk,
                others,
            }),
        })
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

fn push(fonts: &mut Vec<LoadedFont>, font: LoadedFont) -> Result<usize, SummaryError> {
    fonts.push(font);
    Ok(fonts.len() - 1)
}

/// Regular and bold; bold falls back to regular; neither present gives `None`.
fn optional_pair(
    fonts: &mut Vec<LoadedFont>,
    regular: &Path,
    bold: &Path,
    index: u32,
) -> Result<Option<[usize; 2]>, SummaryError> {
    if !regular.is_file() {
        return Ok(None);
    }
    let r = push(fonts, load(regular, index)?)?;
    let b = if bold.is_file() {
        push(fonts, load(bold, index)?)?
    } else {
        r
    };
    Ok(Some([r, b]))
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
    fn missing_main_font_names_the_package() {
        let err =
            FontSet::from_dirs(Path::new("/nonexistent"), Path::new("/nonexistent")).unwrap_err();
        assert!(err.to_string().contains("fonts-noto-core"), "{err}");
    }
}
