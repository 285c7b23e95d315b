//! Finding fonts through the system's font configuration (`fontdb`).
//!
//! The system's fonts are the folders fontconfig lists (`/etc/fonts/fonts.conf`
//! and the user's own configuration: `/usr/share/fonts`,
//! `/usr/local/share/fonts`, `~/.local/share/fonts`, `~/.fonts`…), read once
//! per process. Debian's Noto folders are added when the configuration does
//! not already cover them. [`FONT_DIRS_ENV`] replaces all of this with the
//! folders it names.
//!
//! A font is asked for by family name and weight first; when no named family
//! is installed, any installed upright font that has every character of a
//! sample of the script stands in (Fedora, Arch or openSUSE name and place
//! their font packages differently from Debian).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fontdb::{Database, FaceInfo, Family, Query, Source, Style, Weight, ID};

use super::{DEBIAN_NOTO_CJK_DIR, DEBIAN_NOTO_DIR};

/// The environment variable that, when set, replaces the system's font folders
/// with its own list (separated by `:`), e.g. for tests or a system whose
/// fonts live elsewhere.
pub const FONT_DIRS_ENV: &str = "SHOPKEEPER_FONT_DIRS";

/// A font the summary needs: the families to ask for, in order, and the
/// characters another installed font must have to stand in for them.
pub(super) struct Want {
    /// Family names, best first ("Noto Sans").
    pub(super) families: &'static [&'static str],
    /// Characters any other font must cover to be used instead; empty when
    /// only the named families will do.
    pub(super) sample: &'static str,
}

impl Want {
    /// Only this family will do.
    pub(super) const fn named(family: &'static [&'static str]) -> Want {
        Want {
            families: family,
            sample: "",
        }
    }
}

static SYSTEM_DB: OnceLock<Database> = OnceLock::new();

/// The fonts of the system (or of [`FONT_DIRS_ENV`]), read once per process.
pub(super) fn system_db() -> &'static Database {
    SYSTEM_DB.get_or_init(|| match std::env::var_os(FONT_DIRS_ENV) {
        Some(dirs) if !dirs.is_empty() => db_of(std::env::split_paths(&dirs)),
        _ => {
            let mut db = Database::new();
            db.load_system_fonts();
            for dir in [DEBIAN_NOTO_DIR, DEBIAN_NOTO_CJK_DIR] {
                if !has_faces_under(&db, Path::new(dir)) {
                    db.load_fonts_dir(dir);
                }
            }
            db
        }
    })
}

/// The fonts in these folders (and their subfolders) only.
pub(super) fn db_of<P: AsRef<Path>>(dirs: impl IntoIterator<Item = P>) -> Database {
    let mut db = Database::new();
    for dir in dirs {
        let dir = dir.as_ref();
        if !dir.as_os_str().is_empty() {
            db.load_fonts_dir(dir);
        }
    }
    db
}

fn has_faces_under(db: &Database, dir: &Path) -> bool {
    db.faces()
        .any(|f| path_of(&f.source).is_some_and(|p| p.starts_with(dir)))
}

/// The file a face comes from.
pub(super) fn path_of(source: &Source) -> Option<PathBuf> {
    match source {
        Source::File(path) | Source::SharedFile(path, _) => Some(path.clone()),
        Source::Binary(_) => None,
    }
}

/// The regular and bold face for `want` (the same face when there is no
/// bold), or `None` when nothing installed will do.
pub(super) fn find_pair(db: &Database, want: &Want) -> Option<[ID; 2]> {
    for name in want.families {
        let families = [Family::Name(name)];
        let query = |weight| Query {
            families: &families,
            weight,
            ..Query::default()
        };
        if let Some(regular) = db.query(&query(Weight::NORMAL)) {
            let bold = db.query(&query(Weight::BOLD)).unwrap_or(regular);
            return Some([regular, bold]);
        }
    }
    if want.sample.is_empty() {
        return None;
    }
    by_coverage(db, want.sample)
}

/// Any upright faces that have every character of `sample`: the closest to
/// regular and to bold weight, the same choice on every run.
fn by_coverage(db: &Database, sample: &str) -> Option<[ID; 2]> {
    let mut found: Vec<&FaceInfo> = db
        .faces()
        .filter(|f| f.style == Style::Normal && covers(db, f.id, sample))
        .collect();
    found.sort_by_key(|f| (path_of(&f.source), f.index));
    let closest = |weight: u16| {
        found
            .iter()
            .min_by_key(|f| f.weight.0.abs_diff(weight))
            .map(|f| f.id)
    };
    Some([closest(Weight::NORMAL.0)?, closest(Weight::BOLD.0)?])
}

fn covers(db: &Database, id: ID, sample: &str) -> bool {
    let chars: HashSet<char> = sample.chars().filter(|c| !c.is_whitespace()).collect();
    db.with_face_data(id, |data, index| {
        rustybuzz::Face::from_slice(data, index)
            .is_some_and(|face| chars.iter().all(|&c| face.glyph_index(c).is_some()))
    })
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_missing_folders_give_no_fonts() {
        let db = db_of(["", "/nonexistent/shopkeeper-fonts"]);
        assert!(db.is_empty());
        let want = Want {
            families: &["Noto Sans"],
            sample: "Aa",
        };
        assert!(find_pair(&db, &want).is_none());
    }

    #[test]
    fn a_font_of_another_name_stands_in_when_it_covers_the_script() {
        let db = db_of([DEBIAN_NOTO_DIR]);
        if db.is_empty() {
            eprintln!("skipped: fonts-noto-core is not installed");
            return;
        }
        let arabic = Want {
            families: &["No Such Arabic Family"],
            sample: "محمد",
        };
        let [regular, _] = find_pair(&db, &arabic).expect("some Noto font has Arabic");
        assert!(covers(&db, regular, "محمد"));
        let none = Want::named(&["No Such Family"]);
        assert!(find_pair(&db, &none).is_none());
    }
}
