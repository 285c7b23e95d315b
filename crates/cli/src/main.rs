//! `shopkeeper`: the command line over a Shopkeeper shop.
//!
//! Every command works on the shop's encrypted vault, found with `--vault PATH`,
//! the `SHOPKEEPER_VAULT` environment variable, or the default location, and
//! unlocked with `--passphrase-file`, `SHOPKEEPER_PASSPHRASE` or a prompt.

mod args;
mod customer;
mod output;
mod secrets;
mod vault;

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
    let passphrase_file = cli.passphrase_file.as_deref();
    match cli.command {
        Command::Vault(cmd) => vault::run(&vault, passphrase_file, cmd),
        Command::Customer(cmd) => customer::run(secrets::open_shop(&vault, passphrase_file)?, cmd),
    }
}
