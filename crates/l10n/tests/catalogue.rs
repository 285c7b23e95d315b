//! The catalogue is whole: every file parses, every language has every
//! English key with the same variables and nothing else, every key the Rust
//! code names exists, and every Rust-side key is used.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// key (or `key.attribute`) → its variables.
type Keys = BTreeMap<String, BTreeSet<String>>;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// Parses one file; a syntax error is a failure.
fn keys_of(path: &Path) -> Keys {
    let text = std::fs::read_to_string(path).unwrap();
    let resource = parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    let mut keys = Keys::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                pattern_vars(v, &mut vars);
            }
            keys.insert(m.id.name.to_string(), vars);
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                pattern_vars(&a.value, &mut vars);
                keys.insert(format!("{}.{}", m.id.name, a.id.name), vars);
            }
        }
    }
    keys
}

/// file name → its keys, for one language folder.
fn language(code: &str) -> BTreeMap<String, Keys> {
    let mut files = BTreeMap::new();
    for e in std::fs::read_dir(locales().join(code)).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ftl") {
            files.insert(
                p.file_name().unwrap().to_string_lossy().into_owned(),
                keys_of(&p),
            );
        }
    }
    files
}

#[test]
fn every_language_folder_is_listed_and_every_listed_language_has_a_folder() {
    let listed: BTreeSet<String> = shopkeeper_l10n::languages()
        .iter()
        .map(|l| l.code.clone())
        .collect();
    let folders: BTreeSet<String> = std::fs::read_dir(locales())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(listed, folders);
    assert_eq!(
        shopkeeper_l10n::languages()[0].code,
        "en",
        "English comes first"
    );
}

#[test]
fn every_language_has_every_english_key_with_the_same_variables_and_no_other() {
    let english = language("en");
    let mut problems = Vec::new();
    for lang in shopkeeper_l10n::languages()
        .iter()
        .filter(|l| l.code != "en")
    {
        let other = language(&lang.code);
        for (file, keys) in &english {
            let Some(theirs) = other.get(file) else {
                problems.push(format!("{}: {file} is missing", lang.code));
                continue;
            };
            for (key, vars) in keys {
                match theirs.get(key) {
                    None => problems.push(format!("{}/{file}: no {key}", lang.code)),
                    Some(v) if v != vars => problems.push(format!(
                        "{}/{file}: {key} uses {v:?}, English uses {vars:?}",
                        lang.code
                    )),
                    _ => {}
                }
            }
            for key in theirs.keys().filter(|k| !keys.contains_key(*k)) {
                problems.push(format!("{}/{file}: {key} is not in English", lang.code));
            }
        }
        for file in other.keys().filter(|f| !english.contains_key(*f)) {
            problems.push(format!("{}: {file} has no English original", lang.code));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn rust_sources(dir: &Path, out: &mut String) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        let name = e.file_name();
        // The catalogue's own crate names example ids in its docs and tests.
        if p.ends_with("crates/l10n") {
            continue;
        }
        if p.is_dir() && name != "target" && name != "node_modules" {
            rust_sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
        }
    }
}

#[test]
fn every_key_the_code_names_exists_and_every_rust_side_key_is_used() {
    let mut code = String::new();
    rust_sources(&workspace().join("crates"), &mut code);
    rust_sources(&workspace().join("src-tauri"), &mut code);
    let english: Keys = language("en")
        .into_iter()
        .filter(|(f, _)| !f.starts_with("ui-"))
        .flat_map(|(_, k)| k)
        .collect();
    let mut problems = Vec::new();
    for (i, _) in code.match_indices("msg!(\"") {
        let rest = &code[i + 6..];
        let id = &rest[..rest.find('"').unwrap_or(0)];
        if !english.contains_key(id) {
            problems.push(format!("msg!(\"{id}\") is in no English file"));
        }
    }
    for key in english.keys() {
        let id = key.split('.').next().unwrap_or(key);
        if !code.contains(&format!("\"{id}")) {
            problems.push(format!("{key} is used nowhere in the Rust code"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn words_fall_back_to_english_and_choose_plural_forms() {
    use shopkeeper_l10n::{msg, Words};
    assert_eq!(Words::for_language("de-CH").code(), "de");
    assert_eq!(Words::for_language("pt-BR").code(), "en");
    assert_eq!(Words::for_language("").code(), "en");
    let unknown = msg!("no-such-key");
    assert_eq!(Words::english().say(&unknown), "no-such-key");
}
