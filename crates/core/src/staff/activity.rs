//! Who did what: the per-person activity view, read from the authors of
//! the records themselves (sales, corrections, consent, preferences,
//! contacts, follow-up outcomes, erasures, imports) and from the `activity`
//! log of what is not a record of its own (exports, backup copies, staff).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::Permission;
use crate::kinds::text_enum;
use crate::time::now_stamp;
use crate::{CustomerId, Result, Shop};

text_enum!(
    /// What a line of the activity view is.
    ActivityKind, "activity" {
        /// A sale was recorded.
        Sale = "sale",
        /// A purchase was corrected or voided.
        Correction = "correction",
        /// A consent was given, refused or withdrawn.
        Consent = "consent",
        /// A preference was noted.
        Preference = "preference",
        /// A contact was logged.
        Contact = "contact",
        /// A follow-up was marked done, snoozed or dismissed.
        FollowUp = "follow-up",
        /// A customer was erased.
        Erasure = "erasure",
        /// Customers were exported or printed.
        Export = "export",
        /// A backup was made.
        Backup = "backup",
        /// A file was imported.
        Import = "import",
        /// A person was added to the staff.
        StaffAdded = "staff-added",
        /// A person was removed from the staff.
        StaffRemoved = "staff-removed",
        /// A person's role changed.
        StaffRole = "staff-role",
    }
);

/// One line of the activity view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityEntry {
    /// When it was recorded.
    pub at: DateTime<Utc>,
    /// Who (`None`: the owner).
    pub staff_id: Option<String>,
    /// What.
    pub kind: ActivityKind,
    /// The customer it was about, if one (and not erased since).
    pub customer_id: Option<CustomerId>,
    /// How many (customers exported, rows imported), where it counts.
    pub count: Option<i64>,
    /// A detail (the export's format, the person added).
    pub detail: Option<String>,
}

/// Writes one line of the `activity` log, by the person working now.
pub(crate) fn note(
    conn: &Connection,
    kind: ActivityKind,
    customer: Option<CustomerId>,
    count: Option<i64>,
    detail: Option<&str>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO activity (id, at, staff_id, action, customer_id, count, detail)
         VALUES (?1, ?2, shop_author(), ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        uuid::Uuid::now_v7().to_string(),
        now_stamp(),
        kind,
        customer,
        count,
        detail
    ])?;
    Ok(())
}

/// One kind of record the view reads: its table, when it was recorded,
/// the customer it is about and a detail to show.
struct Source {
    kind: ActivityKind,
    table: &'static str,
    at: &'static str,
    customer: &'static str,
    detail: &'static str,
}

const fn source(kind: ActivityKind, table: &'static str, at: &'static str) -> Source {
    Source {
        kind,
        table,
        at,
        customer: "customer_id",
        detail: "NULL",
    }
}

/// The records the view reads by author.
const SOURCES: &[Source] = &[
    source(ActivityKind::Sale, "purchase", "created_at"),
    source(ActivityKind::Consent, "consent_entry", "created_at"),
    source(ActivityKind::Preference, "preference", "created_at"),
    source(ActivityKind::Contact, "contact_log", "created_at"),
    source(ActivityKind::FollowUp, "suggestion_action", "created_at"),
    Source {
        customer: "NULL",
        ..source(ActivityKind::Erasure, "erasure", "erased_at")
    },
    Source {
        customer: "NULL",
        detail: "file_name",
        ..source(ActivityKind::Import, "import_batch", "at")
    },
];

impl Shop {
    /// What `staff_id` did (`None`: the owner), newest first, at most
    /// `limit` lines. Owners and managers may look.
    pub fn activity(&self, staff_id: Option<&str>, limit: usize) -> Result<Vec<ActivityEntry>> {
        self.require(Permission::Settings)?;
        let limit = limit.min(10_000) as i64;
        let mut parts: Vec<String> = SOURCES
            .iter()
            .map(|Source { kind, table, at, customer, detail }| {
                format!(
                    "SELECT * FROM (SELECT {at} AS at, staff_id, '{kind}' AS kind, {customer} AS customer_id,
                            NULL AS count, {detail} AS detail
                     FROM {table} WHERE staff_id IS ?1 ORDER BY {at} DESC LIMIT ?2)"
                )
            })
            .collect();
        parts.push(
            "SELECT * FROM (SELECT at, nullif(author, 'owner'), 'correction', customer_id, NULL, NULL
             FROM purchase_change WHERE author = coalesce(?1, 'owner') ORDER BY at DESC LIMIT ?2)"
                .into(),
        );
        parts.push(
            "SELECT * FROM (SELECT at, staff_id, action, customer_id, count, detail
             FROM activity WHERE staff_id IS ?1 ORDER BY at DESC LIMIT ?2)"
                .into(),
        );
        let sql = format!("{} ORDER BY at DESC LIMIT ?2", parts.join(" UNION ALL "));
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params![staff_id, limit], |r| {
            Ok(ActivityEntry {
                at: r.get(0)?,
                staff_id: r.get(1)?,
                kind: r.get(2)?,
                customer_id: r.get(3)?,
                count: r.get(4)?,
                detail: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Notes in the activity log that the person working did `kind` (an
    /// export, a backup, a restore, an import): for the edges, which do
    /// the work outside core.
    pub fn note_activity(
        &self,
        kind: ActivityKind,
        customer: Option<CustomerId>,
        count: Option<i64>,
        detail: Option<&str>,
    ) -> Result<()> {
        note(self.conn(), kind, customer, count, detail)
    }
}
