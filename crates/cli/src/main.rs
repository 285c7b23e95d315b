//! `shopkeeper`: the command line over a Shopkeeper shop.
//!
//! Every command works on the shop's data file, found with `--vault PATH`,
//! the `SHOPKEEPER_VAULT` environment variable, or the default location.

mod args;
mod customer;
mod output;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("shopkeeper: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let vault = shopkeeper_core::resolve_vault_path(cli.vault.as_deref());
    match cli.command {
        Command::Customer(cmd) => customer::run(&vault, cmd),
    }
}
