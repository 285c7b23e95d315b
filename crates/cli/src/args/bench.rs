//! The shape of `shopkeeper bench growth`, declared with clap (the work is
//! in `crate::bench::growth`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `shopkeeper bench ...`: another measurement than the open shop's latency.
#[derive(Debug, Subcommand)]
pub enum BenchMode {
    /// Build demo shops of several sizes (each in its own process, in a
    /// folder deleted afterwards) and print one table row per size: vault
    /// size, unlock, search, profile, list pages, Today, backtest, import,
    /// backup, restore, sync and peak memory. Needs no vault.
    Growth(GrowthArgs),
}

/// The sizes and rounds of `shopkeeper bench growth`.
#[derive(Debug, Clone, Args)]
pub struct GrowthArgs {
    /// Customers in each shop, smallest first.
    #[arg(long, value_delimiter = ',', default_values_t = [1_000, 10_000, 100_000])]
    pub customers: Vec<u32>,
    /// Purchase lines per customer (100: 1k customers make 100k lines).
    #[arg(long, default_value_t = 100)]
    pub lines_per_customer: u64,
    /// Years of history.
    #[arg(long, default_value_t = 3)]
    pub years: u32,
    /// How many searches, profile loads and list pages to time.
    #[arg(long, default_value_t = 500)]
    pub rounds: usize,
    /// How many sales to record, Today refreshed after each.
    #[arg(long, default_value_t = 20)]
    pub sales: usize,
    /// Where to build the shops [default: the system's temporary folder].
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Keep each shop's folder (its vault, and the sync folder) instead of
    /// deleting it.
    #[arg(long)]
    pub keep: bool,
    /// Time sync only in shops of at most this many customers (turning it
    /// on writes the whole shop into one change file, held in memory; 0:
    /// never).
    #[arg(long, value_name = "CUSTOMERS", default_value_t = 10_000)]
    pub sync_up_to: u32,
    /// Measure the one size given in this process and print its row as
    /// JSON (what each child process does).
    #[arg(long, hide = true)]
    pub one: bool,
}
