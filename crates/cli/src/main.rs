//! `shopkeeper`: the command line over a Shopkeeper shop.
//!
//! Every command works on the shop's encrypted vault, found with `--vault PATH`,
//! the `SHOPKEEPER_VAULT` environment variable, or the default location, and
//! unlocked with `--passphrase-file`, `SHOPKEEPER_PASSPHRASE` or a prompt.

mod args;
mod backup;
mod bench;
mod busy;
mod consent;
mod customer;
mod duplicates;
mod exit;
mod export;
mod files;
mod follow_up;
mod hints;
mod import;
mod import_batch;
mod manual;
mod output;
mod pref;
mod product;
mod profile;
mod promise;
mod purchase;
mod rights;
mod safe_text;
mod secrets;
mod settings;
mod staff;
mod suggest;
mod sync;
mod template;
mod transfer;
mod vault;
mod words;

use std::process::ExitCode;

use args::{BenchMode, Cli, Command};
use clap::Parser;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let words = words::chosen(cli.lang.as_deref());
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let said = words::error(&words, &err);
            match hints::hint(&err) {
                Some(hint) => eprintln!("shopkeeper: {said} {}", words.say(&hint)),
                None => eprintln!("shopkeeper: {said}"),
            }
            exit::Exit::of(&err).into()
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Completions { shell } => return manual::completions(shell),
        Command::Man { dir } => return manual::man(dir.as_deref()),
        _ => {}
    }
    let vault = shopkeeper_core::resolve_vault_path(cli.vault.as_deref());
    let passphrase_file = cli.passphrase_file.as_deref();
    if cli.as_person.is_some() && matches!(cli.command, Command::Vault(_) | Command::Backup(_)) {
        anyhow::bail!(
            "vault and backup commands are the owner's: they need the passphrase, so run them without --as"
        );
    }
    if let Command::Vault(cmd) = cli.command {
        return vault::run(&vault, passphrase_file, cmd);
    }
    if let Command::Backup(cmd) = cli.command {
        return backup::run(&vault, passphrase_file, cmd);
    }
    if let Command::Bench {
        mode: Some(BenchMode::Growth(args)),
        ..
    } = cli.command
    {
        return bench::growth::run(&args);
    }
    let mut shop = secrets::open_shop(&vault, passphrase_file)?;
    let shop = &mut shop;
    if let Some(name) = &cli.as_person {
        staff::sign_in(shop, name)?;
    }
    match cli.command {
        Command::Vault(_) => unreachable!("handled above"),
        Command::Backup(_) => unreachable!("handled above"),
        Command::Completions { .. } | Command::Man { .. } => unreachable!("handled above"),
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
        Command::Staff(cmd) => staff::run(shop, cmd),
        Command::Export(cmd) => export::run(shop, cmd),
        Command::Suggest(args) => suggest::suggest(shop, args),
        Command::Promise(cmd) => promise::run(shop, cmd),
        Command::Template(cmd) => template::run(shop, cmd),
        Command::Score(args) => suggest::score(shop, args),
        Command::Backtest(args) => suggest::backtest(shop, args),
        Command::Retention(cmd) => rights::retention(shop, cmd),
        Command::Sync(cmd) => sync::run(shop, cmd),
        Command::Bench { mode: Some(_), .. } => unreachable!("handled above"),
        Command::Bench {
            mode: None,
            rounds,
            purchases,
        } => bench::run(shop, rounds, purchases),
    }
}
