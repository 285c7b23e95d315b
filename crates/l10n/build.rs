//! Embeds the catalogue: every `locales/<lang>/*.ftl` file and the language
//! list, so the binary carries its words and a new file needs no code.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("/// Every catalogue file: (language, file name, text).\npub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("crates/l10n/locales exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .expect("a language folder can be listed")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            // The app's own screens (ui-*.ftl) are bundled by the UI; the
            // Rust side never says them.
            .filter(|e| !e.file_name().to_string_lossy().starts_with("ui-"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            println!("cargo:rerun-if-changed={}", file.path().display());
            writeln!(
                out,
                "    ({:?}, {:?}, include_str!({:?})),",
                lang.file_name().to_string_lossy(),
                file.file_name().to_string_lossy(),
                file.path().display().to_string()
            )
            .expect("writing to a String cannot fail");
        }
    }
    out.push_str("];\n\n/// `languages.toml`, the list of languages and their own names.\npub(crate) static LANGUAGES_TOML: &str = include_str!(");
    writeln!(
        out,
        "{:?});",
        root.join("languages.toml").display().to_string()
    )
    .expect("writing to a String cannot fail");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
