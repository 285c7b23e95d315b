//! Consent: may the shop contact this customer, on which channel, for what?
//!
//! Every change is appended to the consent ledger (`consent_entry`), which
//! triggers in the schema make impossible to update or delete. The current
//! state of each channel × purpose is the latest entry; with none it is
//! "not asked", which never permits anything but service messages.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::kinds::text_enum;
use crate::time::{now_stamp, stamp};
use crate::{text, ConsentEntryId, CustomerId, Result};

text_enum!(
    /// How the shop may reach a customer.
    Channel, "channel" {
        /// Email.
        Email = "email",
        /// Text message.
        Sms = "sms",
        /// A phone call.
        Phone = "phone",
        /// A letter or card.
        Post = "post",
        /// A messaging app.
        Messaging = "messaging",
    }
);

text_enum!(
    /// Why the shop would contact them.
    Purpose, "purpose" {
        /// About their own orders and repairs.
        Service = "service",
        /// Personal recommendations.
        Recommendations = "recommendations",
        /// Promotions and newsletters.
        Promotions = "promotions",
        /// Greetings on birthdays and other occasions.
        Occasions = "occasions",
    }
);

text_enum!(
    /// What the customer said.
    ConsentState, "state" {
        /// Yes.
        Granted = "granted",
        /// No.
        Refused = "refused",
        /// Never asked (or asked to be asked again).
        NotAsked = "not-asked",
    }
);

/// One entry of the consent ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentEntry {
    /// Unique id.
    pub id: ConsentEntryId,
    /// Whose consent.
    pub customer_id: CustomerId,
    /// Which channel.
    pub channel: Channel,
    /// Which purpose.
    pub purpose: Purpose,
    /// The new state.
    pub state: ConsentState,
    /// When the customer said it.
    pub at: DateTime<Utc>,
    /// How it was obtained ("in person", "signed form", "email reply").
    pub method: String,
    /// Version of the wording shown to the customer.
    pub wording_version: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// Who recorded it (staff name, "import", "merge").
    pub recorded_by: Option<String>,
    /// The language of the words the customer was shown (Customer view,
    /// the paper form); `None` when the owner recorded it by hand.
    pub language: Option<String>,
    /// The person on the staff who took it (`None`: the owner).
    pub staff_id: Option<String>,
}

/// A consent change to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConsent {
    /// Which channel.
    pub channel: Channel,
    /// Which purpose.
    pub purpose: Purpose,
    /// The new state.
    pub state: ConsentState,
    /// When (default now).
    pub at: Option<DateTime<Utc>>,
    /// How it was obtained; required.
    pub method: String,
    /// Version of the wording shown.
    pub wording_version: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// Who recorded it.
    pub recorded_by: Option<String>,
}

/// The current state of one channel × purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentStatus {
    /// Which channel.
    pub channel: Channel,
    /// Which purpose.
    pub purpose: Purpose,
    /// The state now.
    pub state: ConsentState,
    /// Since when (none if never asked).
    pub since: Option<DateTime<Utc>>,
}

impl ConsentStatus {
    /// Whether this permits contact: granted, or a service message not refused.
    pub fn permits(&self) -> bool {
        match self.state {
            ConsentState::Granted => true,
            ConsentState::Refused => false,
            ConsentState::NotAsked => self.purpose == Purpose::Service,
        }
    }
}

pub(crate) fn append_in(
    conn: &Connection,
    customer: CustomerId,
    c: &NewConsent,
) -> Result<ConsentEntry> {
    append(conn, customer, c, None, None)
}

/// Appends a decision the customer made reading Shopkeeper's words in
/// `language` (Customer view, the paper form): the ledger keeps the language
/// beside the wording's version.
pub(crate) fn append_shown(
    conn: &Connection,
    customer: CustomerId,
    c: &NewConsent,
    language: &str,
) -> Result<ConsentEntry> {
    append(conn, customer, c, None, Some(language))
}

/// Appends a decision read from an imported file, tied to the import's
/// `batch`: undoing the import removes it (and nothing else can).
pub(crate) fn append_imported(
    conn: &Connection,
    customer: CustomerId,
    c: &NewConsent,
    batch: crate::ImportId,
) -> Result<ConsentEntry> {
    append(conn, customer, c, Some(batch), None)
}

fn append(
    conn: &Connection,
    customer: CustomerId,
    c: &NewConsent,
    batch: Option<crate::ImportId>,
    language: Option<&str>,
) -> Result<ConsentEntry> {
    let entry = ConsentEntry {
        id: ConsentEntryId::new(),
        customer_id: customer,
        channel: c.channel,
        purpose: c.purpose,
        state: c.state,
        at: c.at.unwrap_or_else(crate::time::now),
        method: text::required(&c.method, "method", "How consent was obtained")?,
        wording_version: text::optional(c.wording_version.as_deref(), "wording_version")?,
        note: text::note(c.note.as_deref(), "note")?,
        recorded_by: text::optional(c.recorded_by.as_deref(), "recorded_by")?,
        language: language.map(str::to_string),
        staff_id: crate::staff::author_in(conn)?,
    };
    conn.prepare_cached(
        "INSERT INTO consent_entry (id, customer_id, channel, purpose, state, at, method,
            wording_version, note, recorded_by, created_at, batch_id, language, staff_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, shop_author())",
    )?
    .execute(params![
        entry.id,
        customer,
        entry.channel,
        entry.purpose,
        entry.state,
        stamp(entry.at),
        entry.method,
        entry.wording_version,
        entry.note,
        entry.recorded_by,
        now_stamp(),
        batch,
        entry.language
    ])?;
    Ok(entry)
}

/// The full ledger of a customer, oldest first.
pub(crate) fn history(conn: &Connection, customer: CustomerId) -> Result<Vec<ConsentEntry>> {
    let rows = conn
        .prepare_cached(
            "SELECT id, customer_id, channel, purpose, state, at, method, wording_version, note, recorded_by,
                    language, staff_id
             FROM consent_entry WHERE customer_id = ?1 ORDER BY at, id",
        )?
        .query_map([customer], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every channel × purpose with its current state, derived from the ledger.
pub(crate) fn current(conn: &Connection, customer: CustomerId) -> Result<Vec<ConsentStatus>> {
    let ledger = history(conn, customer)?;
    let mut out = Vec::new();
    for &channel in Channel::ALL {
        for &purpose in Purpose::ALL {
            let latest = ledger
                .iter()
                .rev()
                .find(|e| e.channel == channel && e.purpose == purpose);
            out.push(ConsentStatus {
                channel,
                purpose,
                state: latest.map_or(ConsentState::NotAsked, |e| e.state),
                since: latest.map(|e| e.at),
            });
        }
    }
    Ok(out)
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<ConsentEntry> {
    Ok(ConsentEntry {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        channel: r.get(2)?,
        purpose: r.get(3)?,
        state: r.get(4)?,
        at: r.get(5)?,
        method: r.get(6)?,
        wording_version: r.get(7)?,
        note: r.get(8)?,
        recorded_by: r.get(9)?,
        language: r.get(10)?,
        staff_id: r.get(11)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_asked_permits_only_service_messages() {
        let status = |purpose, state| ConsentStatus {
            channel: Channel::Email,
            purpose,
            state,
            since: None,
        };
        assert!(status(Purpose::Service, ConsentState::NotAsked).permits());
        for p in [
            Purpose::Promotions,
            Purpose::Recommendations,
            Purpose::Occasions,
        ] {
            assert!(!status(p, ConsentState::NotAsked).permits());
            assert!(status(p, ConsentState::Granted).permits());
        }
        assert!(!status(Purpose::Service, ConsentState::Refused).permits());
    }
}
