//! `shopkeeper consent ...` and `shopkeeper contact ...`

use shopkeeper_core::{
    contact_channel_name, parse_contact_channel, parse_when, NewConsent, NewContact, Shop,
};

use crate::args::{ConsentCommand, ContactCommand};
use crate::output::{self, listing};
use crate::safe_text::terminal_text;

/// Runs a `consent` subcommand.
pub fn run(shop: &mut Shop, cmd: ConsentCommand) -> anyhow::Result<()> {
    match cmd {
        ConsentCommand::Set(a) => {
            let c = shop.find_customer(&a.customer)?;
            let e = shop.record_consent(
                c.id,
                &NewConsent {
                    channel: a.channel.parse()?,
                    purpose: a.purpose.parse()?,
                    state: a.state.parse()?,
                    at: None,
                    method: a.method,
                    wording_version: a.wording,
                    note: a.note,
                    recorded_by: a.by,
                },
            )?;
            println!(
                "Recorded for {}: {} by {} is {}",
                c.display_name, e.purpose, e.channel, e.state
            );
        }
        ConsentCommand::Show(args) => {
            let c = shop.find_customer(&args.customer)?;
            let rows: Vec<Status> = shop
                .consent(c.id)?
                .into_iter()
                .map(|s| Status {
                    channel: s.channel.to_string(),
                    purpose: s.purpose.to_string(),
                    state: s.state.to_string(),
                    may_contact: s.permits(),
                    since: s.since.map(|t| t.to_rfc3339()),
                })
                .collect();
            output::show(&rows, args.list.format)?;
        }
        ConsentCommand::History(args) => {
            let c = shop.find_customer(&args.customer)?;
            let names = crate::staff::Names::of(shop)?;
            let rows: Vec<Entry> = shop
                .consent_history(c.id)?
                .into_iter()
                .map(|e| Entry {
                    at: e.at.to_rfc3339(),
                    channel: e.channel.to_string(),
                    purpose: e.purpose.to_string(),
                    state: e.state.to_string(),
                    method: e.method,
                    wording_version: e.wording_version,
                    note: e.note,
                    recorded_by: e.recorded_by,
                    taken_by: names.name(e.staff_id.as_deref()),
                })
                .collect();
            output::show(&rows, args.list.format)?;
        }
    }
    Ok(())
}

/// Runs a `contact` subcommand.
pub fn contact(shop: &mut Shop, cmd: ContactCommand) -> anyhow::Result<()> {
    match cmd {
        ContactCommand::Log(a) => {
            let c = shop.find_customer(&a.customer)?;
            let e = shop.log_contact(
                c.id,
                &NewContact {
                    at: a.date.as_deref().map(|d| parse_when(d, None)).transpose()?,
                    channel: parse_contact_channel(&a.channel)?,
                    purpose: a.purpose.parse()?,
                    summary: a.summary,
                    suggestion_ref: a.suggestion,
                },
            )?;
            println!(
                "Logged a contact with {} ({})",
                terminal_text(&c.display_name),
                e.id
            );
        }
        ContactCommand::List(args) => {
            let c = shop.find_customer(&args.customer)?;
            let rows: Vec<Contact> = shop
                .contacts(c.id, args.limit)?
                .into_iter()
                .map(|e| Contact {
                    at: e.at.to_rfc3339(),
                    channel: contact_channel_name(e.channel).to_string(),
                    purpose: e.purpose.to_string(),
                    summary: e.summary,
                    suggestion_ref: e.suggestion_ref,
                })
                .collect();
            output::show(&rows, args.list.format)?;
        }
    }
    Ok(())
}

listing!(
    /// The current state of one channel and purpose.
    Status {
        channel: String,
        purpose: String,
        state: String,
        may_contact: bool,
        since: Option<String>,
    }
);

listing!(
    /// One ledger entry.
    Entry {
        at: String,
        channel: String,
        purpose: String,
        state: String,
        method: String,
        wording_version: Option<String>,
        note: Option<String>,
        recorded_by: Option<String>,
        taken_by: String,
    }
);

listing!(
    /// One logged contact.
    Contact {
        at: String,
        channel: String,
        purpose: String,
        summary: String,
        suggestion_ref: Option<String>,
    }
);
