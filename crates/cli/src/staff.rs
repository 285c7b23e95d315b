//! `shopkeeper staff ...`, `--as NAME`, and the names of who recorded what.

use std::collections::HashMap;

use shopkeeper_core::staff::ActivityEntry;
use shopkeeper_core::{NewStaff, Role, Shop};

use crate::args::StaffCommand;
use crate::output::{listing, show};
use crate::safe_text::terminal_text;
use crate::secrets::staff_pin;

/// What listings call the owner, the holder of the passphrase.
pub const OWNER: &str = "owner";

/// Signs `name` in with their PIN, for `--as NAME`.
pub fn sign_in(shop: &mut Shop, name: &str) -> anyhow::Result<()> {
    let person = shop.find_staff(name)?;
    let pin = staff_pin(&format!("PIN for {}", person.name), false)?;
    shop.sign_in(&person.id, &pin)?;
    Ok(())
}

/// The names of everyone who was ever on the staff, by id.
pub struct Names(HashMap<String, String>);

impl Names {
    /// Reads them from `shop`.
    pub fn of(shop: &Shop) -> anyhow::Result<Names> {
        let names = shop.staff_ever()?.into_iter().map(|m| (m.id, m.name));
        Ok(Names(names.collect()))
    }

    /// The name of the author `staff_id` (`owner` for none, and for an id
    /// this shop does not know).
    pub fn name(&self, staff_id: Option<&str>) -> String {
        staff_id
            .and_then(|id| self.0.get(id))
            .map_or_else(|| OWNER.to_string(), |n| terminal_text(n))
    }
}

listing!(
    /// One person on the staff.
    StaffRow {
        id: String,
        name: String,
        initials: String,
        role: String,
        colour: Option<String>,
        since: String,
    }
);

listing!(
    /// One thing a person did.
    ActivityRow {
        at: String,
        who: String,
        what: String,
        customer: String,
        count: Option<i64>,
        detail: Option<String>,
    }
);

/// Runs a `staff` subcommand.
pub fn run(shop: &mut Shop, cmd: StaffCommand) -> anyhow::Result<()> {
    match cmd {
        StaffCommand::Add {
            name,
            role,
            initials,
            colour,
        } => {
            let role: Role = role.parse()?;
            let new = NewStaff {
                initials,
                colour,
                ..NewStaff::new(&name, role)
            };
            let pin = staff_pin(&format!("PIN for {name} (6 to 12 digits)"), true)?;
            let m = shop.add_staff(&new, &pin)?;
            println!(
                "Added {} ({}) as {}",
                terminal_text(&m.name),
                m.initials,
                m.role
            );
        }
        StaffCommand::List(list) => {
            let rows: Vec<StaffRow> = shop
                .staff()?
                .into_iter()
                .map(|m| StaffRow {
                    id: m.id,
                    name: m.name,
                    initials: m.initials,
                    role: m.role.to_string(),
                    colour: m.colour,
                    since: m.created_at.date_naive().to_string(),
                })
                .collect();
            show(&rows, list.format)?;
        }
        StaffCommand::Remove { who } => {
            let m = shop.find_staff(&who)?;
            shop.remove_staff(&m.id)?;
            println!(
                "Removed {}: what they recorded keeps their name",
                terminal_text(&m.name)
            );
        }
        StaffCommand::SetRole { who, role } => {
            let m = shop.find_staff(&who)?;
            let m = shop.set_staff_role(&m.id, role.parse()?)?;
            println!("{} is now {}", terminal_text(&m.name), m.role);
        }
        StaffCommand::SetPin { who } => {
            let m = shop.find_staff(&who)?;
            let pin = staff_pin(&format!("New PIN for {} (6 to 12 digits)", m.name), true)?;
            shop.set_staff_pin(&m.id, &pin)?;
            println!("Set a new PIN for {}", terminal_text(&m.name));
        }
        StaffCommand::Activity { who, limit, list } => {
            let id = match who.trim().eq_ignore_ascii_case(OWNER) {
                true => None,
                false => Some(shop.find_staff(&who)?.id),
            };
            let lines = shop.activity(id.as_deref(), limit)?;
            show(&activity_rows(shop, &lines)?, list.format)?;
        }
    }
    Ok(())
}

fn activity_rows(shop: &Shop, lines: &[ActivityEntry]) -> anyhow::Result<Vec<ActivityRow>> {
    let names = Names::of(shop)?;
    let mut customers: HashMap<String, String> = HashMap::new();
    let mut rows = Vec::with_capacity(lines.len());
    for e in lines {
        let customer = match e.customer_id {
            Some(id) => customers
                .entry(id.to_string())
                .or_insert_with(|| {
                    shop.customer(id)
                        .map_or_else(|_| id.to_string(), |c| c.display_name)
                })
                .clone(),
            None => String::new(),
        };
        rows.push(ActivityRow {
            at: e.at.to_rfc3339(),
            who: names.name(e.staff_id.as_deref()),
            what: e.kind.to_string(),
            customer,
            count: e.count,
            detail: e.detail.clone(),
        });
    }
    Ok(rows)
}
