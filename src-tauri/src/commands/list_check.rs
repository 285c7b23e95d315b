//! Tests that tie every place naming a command to the one list
//! (`command_list.rs`): the command functions, the generated capability,
//! the UI's command names (`ui/src/lib/commands.ts`, generated here) and the
//! UI's calls.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{COMMANDS, KIOSK_COMMANDS};

/// The repository's root (the app package's folder).
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The TypeScript the UI types its calls with.
fn commands_ts() -> String {
    let union = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("  | \"{n}\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "// Generated from src-tauri/src/command_list.rs by the test `commands_ts_is_up_to_date`\n\
         // (UPDATE_BINDINGS=1 cargo test -p shopkeeper-desktop commands_ts). Do not edit.\n\n\
         /** Every command the Rust side has: `call` takes no other name. */\n\
         export type Command =\n{};\n\n\
         /** The commands Customer view may call while it is on (the kiosk guard refuses the rest). */\n\
         export type KioskCommand =\n{};\n",
        union(COMMANDS),
        union(KIOSK_COMMANDS)
    )
}

#[test]
fn commands_ts_is_up_to_date() {
    let path = root().join("ui/src/lib/commands.ts");
    let want = commands_ts();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &want).expect("commands.ts could not be written");
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "ui/src/lib/commands.ts is stale: run UPDATE_BINDINGS=1 cargo test -p shopkeeper-desktop commands_ts"
    );
}

#[test]
fn every_command_is_listed_once_and_the_kiosk_ones_are_among_them() {
    let unique: BTreeSet<_> = COMMANDS.iter().collect();
    assert_eq!(unique.len(), COMMANDS.len(), "a command is listed twice");
    for k in KIOSK_COMMANDS {
        assert!(COMMANDS.contains(k), "kiosk command {k} is not in the list");
    }
}

/// The names of the `#[tauri::command]` functions in `src-tauri/src/commands/`.
fn command_functions() -> BTreeSet<String> {
    let dir = root().join("src-tauri/src/commands");
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("commands/ is readable") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).unwrap_or_default();
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if line.trim() != "#[tauri::command]" {
                continue;
            }
            let signature = lines.next().unwrap_or_default();
            let name = signature
                .trim()
                .trim_start_matches("pub ")
                .trim_start_matches("async ")
                .trim_start_matches("fn ")
                .split(['(', '<'])
                .next()
                .unwrap_or_default();
            found.insert(name.to_owned());
        }
    }
    found
}

#[test]
fn every_command_function_is_in_the_list() {
    let listed: BTreeSet<String> = COMMANDS.iter().map(|c| c.to_string()).collect();
    let found = command_functions();
    let unlisted: Vec<_> = found.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&found).collect();
    assert!(
        unlisted.is_empty(),
        "commands not in src-tauri/src/command_list.rs: {unlisted:?}"
    );
    assert!(
        missing.is_empty(),
        "listed commands with no function: {missing:?}"
    );
}

#[test]
fn the_capability_grants_exactly_the_listed_commands() {
    let text = include_str!(concat!(env!("OUT_DIR"), "/capabilities/main-window.json"));
    let capability: serde_json::Value = serde_json::from_str(text).expect("the capability is JSON");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    let granted: Vec<&str> = capability["permissions"]
        .as_array()
        .expect("a list of permissions")
        .iter()
        .map(|p| p.as_str().expect("a permission name"))
        .collect();
    let want: Vec<String> = COMMANDS
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(granted, want, "no plugin permission, no other command");
}

/// Every `.ts` and `.svelte` file under `dir`, but tests and generated bindings.
fn ui_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("ui/src is readable") {
        let path = entry.expect("an entry").path();
        let name = path.to_string_lossy();
        if path.is_dir() {
            if !name.ends_with("bindings") {
                ui_sources(&path, out);
            }
        } else if (name.ends_with(".ts") || name.ends_with(".svelte")) && !name.contains(".test.") {
            out.push(path);
        }
    }
}

/// The command names the UI passes to `call` (the one door to `invoke`).
fn ui_calls() -> BTreeSet<String> {
    let mut files = Vec::new();
    ui_sources(&root().join("ui/src"), &mut files);
    let mut called = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if !file.ends_with("ui/src/lib/backend.ts") {
            assert!(
                !text.contains("invoke("),
                "{} calls invoke itself instead of going through `call`",
                file.display()
            );
        }
        // `call` and wrappers named `…Call` (lower-cased: command names are).
        for piece in text.to_lowercase().split("call").skip(1) {
            let piece = match piece.strip_prefix('<') {
                // `call<T>(`: skip the type, whatever it holds.
                Some(rest) => match rest.find(">(\"") {
                    Some(at) => &rest[at + 1..],
                    None => continue,
                },
                None => piece,
            };
            if let Some(name) = piece.strip_prefix("(\"") {
                called.insert(name.split('"').next().unwrap_or_default().to_owned());
            }
        }
    }
    called
}

#[test]
fn the_ui_calls_every_command_and_no_other() {
    let listed: BTreeSet<String> = COMMANDS.iter().map(|c| c.to_string()).collect();
    let called = ui_calls();
    let unknown: Vec<_> = called.difference(&listed).collect();
    let unused: Vec<_> = listed.difference(&called).collect();
    assert!(
        unknown.is_empty(),
        "the UI calls commands that do not exist: {unknown:?}"
    );
    assert!(unused.is_empty(), "commands the UI never calls: {unused:?}");
}

/// The longest a command may be, signature and closing brace included.
const MAX_COMMAND_LINES: usize = 15;

#[test]
fn no_command_is_longer_than_fifteen_lines() {
    let dir = root().join("src-tauri/src/commands");
    let mut long = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("commands/ is readable") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        for (at, line) in lines.iter().enumerate() {
            if line.trim() != "#[tauri::command]" {
                continue;
            }
            let body = lines[at + 1..].iter().take_while(|l| **l != "}").count() + 1;
            if body > MAX_COMMAND_LINES {
                long.push(format!("{} ({body} lines)", lines[at + 1].trim()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "commands over {MAX_COMMAND_LINES} lines: {long:?}"
    );
}
