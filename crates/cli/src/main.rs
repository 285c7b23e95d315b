//! `shopkeeper`: the command line over a Shopkeeper shop.
//!
//! Every command works on the shop's data file, found with `--vault PATH`,
//! the `SHOPKEEPER_VAULT` environment variable, or the default location.

mod args;
mod bench;
mod consent;
mod customer;
mod import;
mod output;
mod pref;
mod product;
mod profile;
mod purchase;
mod settings;

use std::process::ExitCode;

use clap::Parser;
use shopkeeper_core::Shop;

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
    let mut shop = Shop::open(&vault)?;
    let shop = &mut shop;
    match cli.command {
        Command::Customer(cmd) => customer::run(shop, cmd),
        Command::Purchase(cmd) => purchase::run(shop, cmd),
        Command::Product(cmd) => product::run(shop, cmd),
        Command::Pref(cmd) => pref::run(shop, cmd),
        Command::Consent(cmd) => consent::run(shop, cmd),
        Command::Contact(cmd) => consent::contact(shop, cmd),
        Command::Search(args) => customer::search(shop, args),
        Command::Import(args) => import::run(shop, args),
        Command::Demo(args) => import::demo(shop, args),
        Command::Settings(cmd) => settings::run(shop, cmd),
        Command::Bench { rounds } => bench::run(shop, rounds),
    }
}
