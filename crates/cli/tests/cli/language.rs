//! The command line speaks the language it is asked for: `--lang`, else
//! `LC_ALL` / `LC_MESSAGES` / `LANG`, else English; an unknown language is
//! English. The words come from the catalogue (crates/l10n/locales).

use crate::common::*;

fn stderr_of(vault: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut env = env.to_vec();
    env.push(("SHOPKEEPER_PASSPHRASE", PASSPHRASE));
    let out = shopkeeper_with(vault, args, &env);
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn errors_follow_lang_then_the_environment_then_english() {
    let (_dir, vault) = new_shop();
    let show = ["customer", "show", "Zoë Ødegård"];
    let german = stderr_of(&vault, &[&["--lang", "de"][..], &show].concat(), &[]);
    assert!(
        german.contains("Kein Kunde passt zu „Zoë Ødegård“"),
        "{german}"
    );
    let french = stderr_of(&vault, &show, &[("LC_ALL", "fr_FR.UTF-8")]);
    assert!(
        french.contains("Aucun client ne correspond") && french.contains("Zoë Ødegård"),
        "{french}"
    );
    let italian = stderr_of(
        &vault,
        &show,
        &[("LC_ALL", ""), ("LC_MESSAGES", "it_IT.UTF-8")],
    );
    assert!(italian.contains("Nessun cliente corrisponde"), "{italian}");
    let spanish = stderr_of(&vault, &show, &[("LC_ALL", ""), ("LANG", "es_ES.UTF-8")]);
    assert!(spanish.contains("Ningún cliente coincide"), "{spanish}");
    // --lang wins over the environment; an unknown language is English.
    let flag = stderr_of(
        &vault,
        &[&["--lang", "de-CH"][..], &show].concat(),
        &[("LC_ALL", "fr_FR.UTF-8")],
    );
    assert!(flag.contains("Kein Kunde"), "{flag}");
    let unknown = stderr_of(&vault, &[&["--lang", "pt-BR"][..], &show].concat(), &[]);
    assert!(
        unknown.contains("No customer matches \"Zoë Ødegård\""),
        "{unknown}"
    );
}

#[test]
fn the_command_lines_hint_is_said_in_the_language_too() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.vault");
    let out = shopkeeper_with(&missing, &["--lang", "fr", "customer", "list"], &[]);
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("shopkeeper vault init"), "{text}");
    assert!(
        !text.contains("Create one first"),
        "the hint is French: {text}"
    );
}
