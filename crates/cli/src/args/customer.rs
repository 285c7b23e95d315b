//! The `customer` and `search` commands.

use clap::{Args, Subcommand};

use super::{CustomerArg, ListArgs};

/// Customer fields shared by `add` and `edit`.
#[derive(Debug, Args)]
pub struct CustomerFields {
    /// Given name.
    #[arg(long)]
    pub given_name: Option<String>,
    /// Family name.
    #[arg(long)]
    pub family_name: Option<String>,
    /// Postal address.
    #[arg(long)]
    pub address: Option<String>,
    /// Preferred language (e.g. en, nb).
    #[arg(long)]
    pub language: Option<String>,
    /// Birthday: YYYY-MM-DD, or MM-DD without the year.
    #[arg(long)]
    pub birthday: Option<String>,
    /// Reference in another system (till, spreadsheet).
    #[arg(long = "ref")]
    pub customer_ref: Option<String>,
    /// Notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// A tag (repeatable).
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// An important date: LABEL=YYYY-MM-DD or LABEL=MM-DD (repeatable).
    #[arg(long = "date", value_name = "LABEL=DATE")]
    pub dates: Vec<String>,
}

/// `shopkeeper customer ...`
#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    /// Add a customer.
    Add(AddCustomer),
    /// Change a customer.
    Edit(EditCustomer),
    /// Show everything about one customer.
    Show(ShowArgs),
    /// List customers.
    List(ListArgs),
    /// Delete a customer.
    Delete {
        /// The customer.
        customer: CustomerArg,
    },
    /// List the pairs of customers that are probably one person, most likely
    /// first, with the reasons.
    Duplicates(ListArgs),
    /// Merge a duplicate into the customer to keep.
    Merge {
        /// The customer to keep.
        keep: CustomerArg,
        /// The duplicate, whose records move over.
        duplicate: CustomerArg,
    },
    /// Erase a customer at their request: their personal data is removed everywhere (shows what first).
    Erase(super::rights::EraseArgs),
}

/// `shopkeeper customer add`
#[derive(Debug, Args)]
pub struct AddCustomer {
    /// The customer's name, as the shop knows them.
    #[arg(long)]
    pub name: String,
    /// Email address.
    #[arg(long)]
    pub email: Option<String>,
    /// Phone number, in any usual format.
    #[arg(long)]
    pub phone: Option<String>,
    #[command(flatten)]
    pub fields: CustomerFields,
}

/// `shopkeeper customer edit`
#[derive(Debug, Args)]
pub struct EditCustomer {
    /// The customer.
    pub customer: CustomerArg,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// Add an email address (repeatable).
    #[arg(long = "add-email")]
    pub add_emails: Vec<String>,
    /// Remove an email address (repeatable).
    #[arg(long = "remove-email")]
    pub remove_emails: Vec<String>,
    /// Add a phone number (repeatable).
    #[arg(long = "add-phone")]
    pub add_phones: Vec<String>,
    /// Remove a phone number, as shown (repeatable).
    #[arg(long = "remove-phone")]
    pub remove_phones: Vec<String>,
    /// Remove a tag (repeatable).
    #[arg(long = "remove-tag")]
    pub remove_tags: Vec<String>,
    #[command(flatten)]
    pub fields: CustomerFields,
}

/// `shopkeeper customer show`
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The customer.
    pub customer: CustomerArg,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `shopkeeper search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for.
    pub text: String,
    /// At most this many results.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[command(flatten)]
    pub list: ListArgs,
}
