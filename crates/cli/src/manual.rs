//! `shopkeeper completions SHELL` and `shopkeeper man`: the shell completions
//! and the man page, generated from the same clap definitions as the parser.
//! Neither opens the vault.

use std::io::Write;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::args::Cli;

/// Prints the completion script for `shell` to standard output.
pub fn completions(shell: Shell) -> anyhow::Result<()> {
    let mut cmd = Cli::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut cmd, "shopkeeper", &mut out);
    out.flush()?;
    Ok(())
}

/// Prints the man page (roff) to standard output, or, given a folder, writes
/// one page per command into it (`shopkeeper.1`, `shopkeeper-customer.1`, ...).
pub fn man(dir: Option<&Path>) -> anyhow::Result<()> {
    let cmd = Cli::command();
    match dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)?;
            clap_mangen::generate_to(cmd, dir)?;
        }
        None => {
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(cmd).render(&mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}
