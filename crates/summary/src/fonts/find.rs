//! Finding fonts through the system's font configuration (`fontdb`).
//!
//! The system's fonts are the folders fontconfig lists (`/etc/fonts/fonts.conf`
//! and the user's own configuration: `/usr/share/fonts`,
//! `/usr/local/share/fonts`, `~/.local/share/fonts`, `~/.fonts`…), read once
//! per process. Debian's Noto folders are added when the configuration does
//! not already cover them. [`FONT_DIRS_ENV`] replaces all of this with the
//! folders it names.
//!
//! A font is asked for by family name first (the faces closest to regular and
//! bold weight, static fonts before variable ones); when no named family is
//! installed, any installed upright, proportional font that has every
//! character of a sample of the script stands in (Fedora, Arch or openSUSE name and place
//! their font packages differently from Debian).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fontdb::{Database, FaceInfo, Source, Stretch, Style, Weight, ID};

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
        let faces: Vec<&FaceInfo> = db
            .faces()
            .filter(|f| f.families.iter().any(|(family, _)| family == name))
            .collect();
        if let Some(pair) = closest_pair(db, faces) {
            return Some(pair);
        }
    }
    if want.sample.is_empty() {
        return None;
    }
    let covering = db
        .faces()
        .filter(|f| f.style == Style::Normal && !f.monospaced && covers(db, f.id, want.sample))
        .collect();
    closest_pair(db, covering)
}

/// The faces closest to regular and to bold weight: upright and of normal
/// width first, static before variable (whose bold this crate cannot
/// select), the same choice on every run.
fn closest_pair(db: &Database, mut faces: Vec<&FaceInfo>) -> Option<[ID; 2]> {
    faces.sort_by_key(|f| (path_of(&f.source), f.index));
    let variable: HashSet<ID> = faces
        .iter()
        .filter(|f| is_variable(db, f.id))
        .map(|f| f.id)
        .collect();
    let closest = |weight: Weight| {
        faces
            .iter()
            .min_by_key(|f| {
                (
                    f.style != Style::Normal,
                    f.stretch != Stretch::Normal,
                    variable.contains(&f.id),
                    f.weight.0.abs_diff(weight.0),
                )
            })
            .map(|f| f.id)
    };
    Some([closest(Weight::NORMAL)?, closest(Weight::BOLD)?])
}

fn is_variable(db: &Database, id: ID) -> bool {
    db.with_face_data(id, |data, index| {
        rustybuzz::Face::from_slice(data, index).is_some_and(|face| face.is_variable())
    })
    .unwrap_or(false)
}

fn covers(db: &Database, id: ID, sample: &str) -> bool {
    db.with_face_data(id, |data, index| {
        rustybuzz::Face::from_slice(data, index).is_some_and(|face| {
            sample
                .chars()
                .filter(|c| !c.is_whitespace())
                .all(|c| face.glyph_index(c).is_some())
        })
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
    fn a_family_gives_its_upright_regular_and_bold() {
        let db = db_of([DEBIAN_NOTO_DIR]);
        let Some([regular, bold]) = find_pair(&db, &Want::named(&["Noto Sans"])) else {
            eprintln!("skipped: fonts-noto-core is not installed");
            return;
        };
        let (regular, bold) = (db.face(regular).unwrap(), db.face(bold).unwrap());
        assert_eq!(
            (regular.style, regular.weight),
            (Style::Normal, Weight::NORMAL)
        );
        assert_eq!((bold.style, bold.weight), (Style::Normal, Weight::BOLD));
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
