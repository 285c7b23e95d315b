//! The shape of the `promise` commands, declared with clap (the work is in `crate::promise`).

use super::{CustomerArg, ListArgs};
use clap::Subcommand;

/// `shopkeeper promise ...`
#[derive(Debug, Subcommand)]
pub enum PromiseCommand {
    /// Note a follow-up you promised a customer; it is suggested when due.
    Add {
        /// The customer (id, reference, email, phone or exact name).
        customer: CustomerArg,
        /// What you promised, in your words.
        text: String,
        /// By when (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
    },
    /// A customer's promises, open ones first.
    List {
        /// The customer.
        customer: CustomerArg,
        #[command(flatten)]
        list: ListArgs,
    },
}
