//! The owner's export files: written whole or not at all (into a temporary
//! file in the same folder, then renamed over the target), named so two
//! customers never share one, and always followed by the plaintext reminder.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::bail;
use shopkeeper_core::CustomerId;

use crate::args::{ExportFormat, ExportListArgs};
use crate::output;

/// The reminder printed after every export.
pub const PLAINTEXT_WARNING: &str =
    "This file is not encrypted: keep it safe or delete it when done.";

/// Prints `rows` in the chosen format, or writes them to the chosen file.
pub fn listing_out<T: output::Listing>(rows: &[T], args: &ExportListArgs) -> anyhow::Result<()> {
    let format = match args.format {
        ExportFormat::Csv => crate::args::Format::Csv,
        ExportFormat::Json => crate::args::Format::Json,
    };
    match &args.output {
        None => output::show(rows, format),
        Some(path) => {
            check_folder(path)?;
            let mut buf = Vec::new();
            output::print(&mut buf, rows, format)?;
            export_to(path, &buf, &format!("{} rows", rows.len()))
        }
    }
}

/// Whether `path` is `-`: standard input or output rather than a file.
pub fn is_std(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Writes an export's `bytes` to `path` whole or not at all, or to standard
/// output for `-`; then says "Wrote `what` to ..." and the plaintext
/// reminder, on standard error when the data went to standard output, so
/// that neither line ends up in the data.
pub fn export_to(path: &Path, bytes: &[u8], what: &str) -> anyhow::Result<()> {
    if is_std(path) {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes)?;
        out.flush()?;
        eprintln!("Wrote {what} to standard output.");
        eprintln!("{PLAINTEXT_WARNING}");
        return Ok(());
    }
    write_atomically(path, bytes)?;
    println!("Wrote {what} to {}", path.display());
    println!("{PLAINTEXT_WARNING}");
    Ok(())
}

/// Refuses a target whose folder does not exist or that is a folder itself.
/// Standard output (`-`) passes.
pub fn check_folder(path: &Path) -> anyhow::Result<()> {
    if is_std(path) {
        return Ok(());
    }
    let folder = parent(path);
    if folder.exists() && !folder.is_dir() {
        bail!(
            "{} is a file, not a folder: choose a folder to write into; nothing was written",
            folder.display()
        );
    }
    if !folder.is_dir() {
        bail!(
            "the folder {} does not exist: create it first or choose another place; nothing was written",
            folder.display()
        );
    }
    if path.is_dir() {
        bail!(
            "{} is a folder: give a file name, e.g. {}; nothing was written",
            path.display(),
            path.join("summary.pdf").display()
        );
    }
    Ok(())
}

fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` whole or not at all (see
/// [`shopkeeper_core::book::write_private_file`]), after checking the folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    check_folder(path)?;
    Ok(shopkeeper_core::book::write_private_file(path, bytes)?)
}

/// A file name for a customer's own file: their name (letters and digits)
/// and the start of their id, so two customers never share one.
pub fn file_stem(id: CustomerId, name: &str) -> String {
    let words: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let words: Vec<&str> = words.split('-').filter(|w| !w.is_empty()).collect();
    let id = id.to_string();
    format!("{}-{}", words.join("-"), &id[id.len() - 8..])
}
