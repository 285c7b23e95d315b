//! The shape of the `suggest` commands, declared with clap (the work is in `crate::suggest`).

use super::Format;
use clap::Args;

/// `shopkeeper suggest`: the list, or an action on one suggestion.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SuggestArgs {
    /// Act on one suggestion (by its key) instead of listing them.
    #[command(subcommand)]
    pub action: Option<super::follow_up::SuggestAction>,
    /// Use only data up to this day (YYYY-MM-DD; default today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// At most this many suggestions.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `shopkeeper score`
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Use only purchases up to this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub as_of: String,
    /// The horizon, in days after --as-of (default: Today's).
    #[arg(long, default_value_t = shopkeeper_core::suggest::quality::HORIZON_DAYS)]
    pub horizon_days: u32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
}

/// `shopkeeper backtest`
#[derive(Debug, Args)]
pub struct BacktestArgs {
    /// The cut-off: score with data up to this day, compare with what came after.
    #[arg(long, value_name = "DATE")]
    pub as_of: String,
    /// The horizon, in days after --as-of.
    #[arg(long, default_value_t = 30)]
    pub horizon_days: u32,
}
