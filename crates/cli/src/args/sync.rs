//! The shape of the `sync` commands, declared with clap (the work is in `crate::sync`).

use super::ListArgs;
use clap::Subcommand;
use std::path::PathBuf;

/// `shopkeeper sync ...`
#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Turn sync on. On the shop's first computer this prints the pairing
    /// code; on the others, type it with --join.
    Enable {
        /// The shared folder (copied between the computers by Syncthing,
        /// Nextcloud, Dropbox, a NAS share or a USB stick).
        #[arg(long, value_name = "DIR")]
        folder: PathBuf,
        /// The pairing code shown on the shop's first computer.
        #[arg(long, value_name = "CODE")]
        join: Option<String>,
        /// How the other computers call this one (default: its host name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Whether sync is on, the other computers, pending changes, conflicts.
    Status {
        /// Also show the pairing code, to join another computer.
        #[arg(long)]
        show_code: bool,
    },
    /// Sync now: apply the other computers' changes, write this one's.
    Now,
    /// The conflicts resolved (the same detail changed on two computers).
    Conflicts {
        /// At most this many, newest first.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Turn sync off on this computer (the folder's files stay for the others).
    Disable,
}
