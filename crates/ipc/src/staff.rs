//! Staff at the counter: the people, who is working now, and what each did.

use serde::{Deserialize, Serialize};
use shopkeeper_core::desk::{Counter, OwnerSecret};
use shopkeeper_core::staff::ActivityLine;
use shopkeeper_core::{StaffMember, Working};
use ts_rs::TS;

/// One person on the staff.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StaffDto {
    /// Their id.
    pub id: String,
    /// Their name.
    pub name: String,
    /// One to four letters.
    pub initials: String,
    /// Their colour (`#rrggbb`), if chosen.
    pub colour: Option<String>,
    /// What they may do.
    #[ts(type = "\"owner\" | \"manager\" | \"staff\"")]
    pub role: String,
}

impl From<StaffMember> for StaffDto {
    fn from(m: StaffMember) -> Self {
        StaffDto {
            id: m.id,
            name: m.name,
            initials: m.initials,
            colour: m.colour,
            role: m.role.as_str().into(),
        }
    }
}

/// A person to add.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewStaffDto {
    /// Their name.
    pub name: String,
    /// Their initials (empty or `None`: from the name).
    pub initials: Option<String>,
    /// Their colour (`#rrggbb`), if chosen.
    pub colour: Option<String>,
    /// What they may do: `owner`, `manager` or `staff`.
    pub role: String,
}

impl TryFrom<NewStaffDto> for shopkeeper_core::NewStaff {
    type Error = shopkeeper_core::CoreError;
    fn try_from(d: NewStaffDto) -> Result<Self, Self::Error> {
        Ok(shopkeeper_core::NewStaff {
            name: d.name,
            initials: d.initials,
            colour: d.colour,
            role: d.role.parse()?,
        })
    }
}

/// Who is at the counter now.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkingDto {
    /// The member of staff working, or `None` for the owner.
    pub staff: Option<StaffDto>,
    /// Their role (the owner's is `owner`).
    #[ts(type = "\"owner\" | \"manager\" | \"staff\"")]
    pub role: String,
    /// What the owner must give to take the counter back.
    #[ts(type = "\"pin-or-passphrase\" | \"passphrase\" | \"nothing\"")]
    pub owner_secret: String,
    /// After how many idle minutes the app asks who is there (`None`: never).
    pub ask_who_minutes: Option<u32>,
}

impl From<Counter> for WorkingDto {
    fn from(c: Counter) -> Self {
        let role = c.working.role().as_str().into();
        WorkingDto {
            staff: match c.working {
                Working::Owner => None,
                Working::Staff(m) => Some(m.into()),
            },
            role,
            owner_secret: match c.owner_secret {
                OwnerSecret::PinOrPassphrase => "pin-or-passphrase",
                OwnerSecret::Passphrase => "passphrase",
                OwnerSecret::Nothing => "nothing",
            }
            .into(),
            ask_who_minutes: c.ask_who_minutes,
        }
    }
}

/// One line of a person's activity.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDto {
    /// When (RFC 3339).
    pub at: String,
    /// Who (`None`: the owner).
    pub staff_id: Option<String>,
    /// Their name (`None`: the owner).
    pub author: Option<String>,
    /// What: `sale`, `correction`, `consent`, `preference`, `contact`,
    /// `follow-up`, `erasure`, `export`, `restore`, `backup`, `import`,
    /// `staff-added`, `staff-removed`, `staff-role`.
    pub kind: String,
    /// The customer it was about, if one still in the shop.
    pub customer_id: Option<String>,
    /// That customer's name.
    pub customer_name: Option<String>,
    /// How many, where it counts.
    pub count: Option<u32>,
    /// A detail (the export's format, the person added).
    pub detail: Option<String>,
}

impl From<ActivityLine> for ActivityDto {
    fn from(l: ActivityLine) -> Self {
        let e = l.entry;
        ActivityDto {
            at: e.at.to_rfc3339(),
            staff_id: e.staff_id,
            author: l.author,
            kind: e.kind.as_str().into(),
            customer_id: l
                .customer_name
                .as_ref()
                .and(e.customer_id)
                .map(|id| id.to_string()),
            customer_name: l.customer_name,
            count: e.count.and_then(|c| u32::try_from(c).ok()),
            detail: e.detail,
        }
    }
}
