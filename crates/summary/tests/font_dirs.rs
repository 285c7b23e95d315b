//! Issue 24: summaries find their fonts through the font configuration, not
//! Debian's directories. The Debian folders are hidden by pointing
//! `SHOPKEEPER_FONT_DIRS` at a folder of another layout: flat, files renamed.

mod support;

use std::path::Path;
use std::process::Command;

use shopkeeper_summary::*;
use support::sample::sample;

/// Names in every script the summary promises, Hebrew included.
const NAMES: [&str; 4] = ["Zoë Ødegård", "李小龙", "محمد عبد الله", "שרה כהן"];

/// The font files a summary uses, from Debian's folders.
const FILES: [(&str, &str); 10] = [
    (DEBIAN_NOTO_DIR, "NotoSans-Regular.ttf"),
    (DEBIAN_NOTO_DIR, "NotoSans-Bold.ttf"),
    (DEBIAN_NOTO_DIR, "NotoSerif-Regular.ttf"),
    (DEBIAN_NOTO_DIR, "NotoSerif-Bold.ttf"),
    (DEBIAN_NOTO_DIR, "NotoSansArabic-Regular.ttf"),
    (DEBIAN_NOTO_DIR, "NotoSansArabic-Bold.ttf"),
    (DEBIAN_NOTO_DIR, "NotoSansHebrew-Regular.ttf"),
    (DEBIAN_NOTO_DIR, "NotoSansHebrew-Bold.ttf"),
    (DEBIAN_NOTO_CJK_DIR, "NotoSansCJK-Regular.ttc"),
    (DEBIAN_NOTO_CJK_DIR, "NotoSansCJK-Bold.ttc"),
];

/// A folder holding the fonts as `font-0.ttf`, `font-1.ttf`…, nothing where
/// Debian puts it; `None` (and a printed reason) when they are not installed.
fn fonts_elsewhere() -> Option<tempfile::TempDir> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_fonts(dir.path())?;
    Some(dir)
}

/// Puts the fonts into `to`, flat and renamed.
fn copy_fonts(to: &Path) -> Option<()> {
    std::fs::create_dir_all(to).expect("the font folder is made");
    for (i, (from_dir, name)) in FILES.iter().enumerate() {
        let from = Path::new(from_dir).join(name);
        if !from.is_file() {
            eprintln!("skipped: {} is not installed", from.display());
            return None;
        }
        let ext = from.extension().and_then(|e| e.to_str()).unwrap_or("ttf");
        let file = to.join(format!("font-{i}.{ext}"));
        // A hard link is a file of its own name (a symbolic link would lead
        // back to Debian's folder); a copy where linking is not allowed.
        if std::fs::hard_link(&from, &file).is_err() {
            std::fs::copy(&from, &file).expect("the font is copied");
        }
    }
    Some(())
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn fonts_in_another_layout_print_every_script() {
    let Some(dir) = fonts_elsewhere() else { return };
    let fonts = FontSet::from_font_dirs(&[dir.path()]).unwrap();
    assert!(fonts.has_cjk() && fonts.has_arabic(), "{fonts:?}");
    for name in NAMES {
        assert_eq!(fonts.missing_chars(name), Vec::<char>::new(), "{name}");
    }
    let docs: Vec<_> = NAMES
        .iter()
        .map(|n| sample(n, Variant::ForCustomer))
        .collect();
    let pdf = to_pdf_with_fonts(&docs, &fonts).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    // krilla names each embedded subset after the font's PostScript name.
    for font in [
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSerif-Bold",
        "NotoSansArabic-Regular",
        "NotoSansHebrew-Regular",
        "NotoSansCJKsc-Regular",
    ] {
        assert!(contains(&pdf, font), "{font} is not embedded");
    }
}

#[test]
fn an_empty_font_folder_asks_to_install_fonts() {
    let empty = tempfile::tempdir().expect("a temporary folder");
    let err = FontSet::from_font_dirs(&[empty.path()]).unwrap_err();
    assert!(matches!(err, SummaryError::MainFontMissing), "{err:?}");
    assert_eq!(
        err.to_string(),
        "The main font for the summary is not installed \
         (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-fonts)."
    );
}

/// The test binary running only [`child_prints_with_the_environment_s_fonts`],
/// in a process of its own (the system's fonts are searched once per
/// process), expecting `expect`.
fn child(expect: &str) -> Command {
    let mut cmd = Command::new(std::env::current_exe().expect("the test binary"));
    cmd.args([
        "--exact",
        "child_prints_with_the_environment_s_fonts",
        "--ignored",
        "--nocapture",
    ])
    .env("SHOPKEEPER_TEST_EXPECT", expect);
    cmd
}

/// Runs the child; `false` when it did not start (the wrapper refused).
fn passes(cmd: &mut Command) -> bool {
    let out = cmd.output().expect("the command runs");
    let words = String::from_utf8_lossy(&out.stdout);
    let errors = String::from_utf8_lossy(&out.stderr);
    if !words.contains("running 1 test") {
        eprintln!("the child test did not start: {errors}");
        return false;
    }
    assert!(out.status.success(), "{words}\n{errors}");
    assert!(words.contains("1 passed"), "{words}");
    true
}

#[test]
fn the_environment_replaces_the_system_font_folders() {
    let empty = tempfile::tempdir().expect("a temporary folder");
    // Debian's folders are not searched: with the Noto fonts installed there,
    // an empty override still finds nothing, and says what to install.
    assert!(passes(child("error").env(FONT_DIRS_ENV, empty.path())));
    let Some(dir) = fonts_elsewhere() else { return };
    assert!(passes(child("pdf").env(FONT_DIRS_ENV, dir.path())));
}

/// Debian's folders really hidden: in a mount namespace of its own
/// (`unshare`), `/usr/share/fonts` is an empty folder, and the fonts are in
/// the user's font folder (`$XDG_DATA_HOME/fonts`, which fontconfig's
/// configuration lists), flat and renamed. No override is set: this is how
/// the app finds fonts on a system of another layout.
#[test]
fn with_the_system_font_folders_hidden_the_user_s_fonts_print() {
    let home = tempfile::tempdir().expect("a temporary folder");
    if copy_fonts(&home.path().join("data/fonts")).is_none() {
        return;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let mut cmd = Command::new("unshare");
    cmd.args(["--user", "--map-root-user", "--mount", "sh", "-c"])
        .arg("mount -t tmpfs tmpfs /usr/share/fonts && exec \"$0\" \"$@\"")
        .arg(exe)
        .args(child("pdf").get_args())
        .env_remove(FONT_DIRS_ENV)
        .env_remove("FONTCONFIG_FILE")
        .env("SHOPKEEPER_TEST_EXPECT", "pdf")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"));
    if !passes(&mut cmd) {
        eprintln!("skipped: no mount namespace here (unshare)");
    }
}

#[test]
#[ignore = "run by the tests above in a process of its own"]
fn child_prints_with_the_environment_s_fonts() {
    let expect = std::env::var("SHOPKEEPER_TEST_EXPECT").expect("run by the parent test");
    let docs: Vec<_> = NAMES.iter().map(|n| sample(n, Variant::ForShop)).collect();
    match (expect.as_str(), to_pdf(&docs)) {
        ("pdf", Ok(pdf)) => assert!(contains(&pdf, "NotoSansCJKsc-")),
        ("error", Err(SummaryError::MainFontMissing)) => {}
        (expect, got) => panic!("expected {expect}, got {:?}", got.map(|p| p.len())),
    }
}

/// A system without Noto (say, only DejaVu): the installed fonts stand in for
/// the scripts they cover, and a script none covers is named, not a panic.
#[test]
fn without_noto_other_fonts_stand_in() {
    let dejavu = Path::new("/usr/share/fonts/truetype/dejavu");
    let dir = tempfile::tempdir().expect("a temporary folder");
    for name in ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"] {
        let from = dejavu.join(name);
        if !from.is_file() {
            eprintln!("skipped: {} is not installed", from.display());
            return;
        }
        std::fs::copy(&from, dir.path().join(name)).expect("the font is copied");
    }
    let fonts = FontSet::from_font_dirs(&[dir.path()]).unwrap();
    assert!(fonts.has_arabic(), "DejaVu Sans has Arabic letters");
    assert!(!fonts.has_cjk());
    for name in ["Zoë Ødegård", "محمد", "שרה כהן", "Ζωή Жанна"] {
        assert_eq!(fonts.missing_chars(name), Vec::<char>::new(), "{name}");
        let pdf = to_pdf_with_fonts(&[sample(name, Variant::ForShop)], &fonts).unwrap();
        assert!(contains(&pdf, "DejaVuSans"));
    }
    let err = to_pdf_with_fonts(&[sample("李小龙", Variant::ForShop)], &fonts).unwrap_err();
    assert!(matches!(err, SummaryError::CjkFontMissing), "{err:?}");
}
