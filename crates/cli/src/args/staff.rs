//! The shape of the `staff` commands, declared with clap (the work is in `crate::staff`).

use clap::Subcommand;

use super::ListArgs;

/// `shopkeeper staff ...`
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a person with a role and their PIN (asked for, or SHOPKEEPER_STAFF_PIN).
    Add {
        /// Their name, as the shop calls them.
        name: String,
        /// What they may do: owner (everything), manager (all but the vault,
        /// the staff and sync) or staff (the counter's work).
        #[arg(long, default_value = "staff")]
        role: String,
        /// One to four letters [default: from the name].
        #[arg(long)]
        initials: Option<String>,
        /// Their colour, as #rrggbb.
        #[arg(long)]
        colour: Option<String>,
    },
    /// The people who can sign in.
    List(ListArgs),
    /// Remove a person: they can no longer sign in; what they recorded keeps their name.
    Remove {
        /// Their name, initials or id.
        who: String,
    },
    /// Give a person another role.
    SetRole {
        /// Their name, initials or id.
        who: String,
        /// owner, manager or staff.
        role: String,
    },
    /// Set a person's PIN (asked for, or SHOPKEEPER_STAFF_PIN).
    SetPin {
        /// Their name, initials or id.
        who: String,
    },
    /// What a person did, newest first (`owner` for the owner's own).
    Activity {
        /// Their name, initials or id, or `owner`.
        who: String,
        /// At most this many lines.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        #[command(flatten)]
        list: ListArgs,
    },
}
