//! Retention: the shop's rule "review customers with no purchase or contact
//! for N years" (off unless set). The review lists them; the owner keeps a
//! customer (with a reason, hiding them from the review for N years) or
//! erases them through [`Shop::erase_customer`].

use chrono::{DateTime, Months, Utc};
use rusqlite::{params, OptionalExtension};

use crate::time::{now, stamp};
use crate::{customer, text, CoreError, CustomerId, Result, Shop};

/// The setting that holds the rule's number of years.
const SETTING: &str = "retention_years";

/// The longest rule, in years.
const MAX_YEARS: u32 = 50;

/// A customer the retention rule asks the owner to review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    /// Who.
    pub customer: CustomerId,
    /// Their name.
    pub name: String,
    /// Their latest purchase, contact or (with neither) when they were added.
    pub last_activity: DateTime<Utc>,
    /// Their latest purchase, if any.
    pub last_purchase: Option<DateTime<Utc>>,
    /// Their latest logged contact, if any.
    pub last_contact: Option<DateTime<Utc>>,
}

/// The owner's recorded decision to keep a customer the review listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeepDecision {
    /// Who is kept.
    pub customer: CustomerId,
    /// Why, in the owner's words.
    pub reason: String,
    /// When the decision was made.
    pub kept_at: DateTime<Utc>,
    /// Until when they stay out of the review.
    pub keep_until: DateTime<Utc>,
}

fn years_before(t: DateTime<Utc>, years: u32) -> DateTime<Utc> {
    t.checked_sub_months(Months::new(years * 12))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

fn years_after(t: DateTime<Utc>, years: u32) -> DateTime<Utc> {
    t.checked_add_months(Months::new(years * 12))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

impl Shop {
    /// The retention rule's number of years, or `None` when it is off.
    pub fn retention_years(&self) -> Result<Option<u32>> {
        let value: Option<String> = self
            .conn()
            .query_row("SELECT value FROM setting WHERE key = ?1", [SETTING], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(value.and_then(|v| v.parse().ok()))
    }

    /// Turns the retention rule on (`Some(years)`, 1 to 50) or off (`None`).
    pub fn set_retention_years(&mut self, years: Option<u32>) -> Result<()> {
        self.require(crate::staff::Permission::Settings)?;
        if let Some(y) = years.filter(|y| !(1..=MAX_YEARS).contains(y)) {
            return Err(CoreError::invalid(
                "retention_years",
                msg!(
                    "error-retention-years-years-retention-period",
                    y = y.to_string(),
                    max_years = MAX_YEARS.to_string()
                ),
            ));
        }
        self.write(|tx, _| {
            match years {
                Some(y) => tx.execute(
                    "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                    params![SETTING, y.to_string(), stamp(now())],
                )?,
                None => tx.execute("DELETE FROM setting WHERE key = ?1", [SETTING])?,
            };
            Ok(())
        })
    }

    /// Live customers with no purchase or contact in the rule's years before
    /// `as_of` (counting from when they were added if they have neither),
    /// except those kept until after `as_of`; longest quiet first. Empty
    /// when the rule is off.
    pub fn retention_review(&self, as_of: DateTime<Utc>) -> Result<Vec<ReviewItem>> {
        self.require(crate::staff::Permission::Erase)?;
        let Some(years) = self.retention_years()? else {
            return Ok(Vec::new());
        };
        let cutoff = stamp(years_before(as_of, years));
        let rows = self
            .conn()
            .prepare(
                "SELECT id, display_name, created_at, last_purchase, last_contact FROM (
                    SELECT c.id, c.display_name, c.created_at,
                        (SELECT max(at) FROM purchase p WHERE p.customer_id = c.id AND p.deleted_at IS NULL) AS last_purchase,
                        (SELECT max(at) FROM contact_log l WHERE l.customer_id = c.id) AS last_contact
                    FROM customer c
                    WHERE c.deleted_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM retention_keep k WHERE k.customer_id = c.id AND k.keep_until > ?2))
                 WHERE coalesce(max(last_purchase, last_contact), last_purchase, last_contact, created_at) < ?1",
            )?
            .query_map(params![cutoff, stamp(as_of)], |r| {
                let created: DateTime<Utc> = r.get(2)?;
                let last_purchase: Option<DateTime<Utc>> = r.get(3)?;
                let last_contact: Option<DateTime<Utc>> = r.get(4)?;
                Ok(ReviewItem {
                    customer: r.get(0)?,
                    name: r.get(1)?,
                    last_activity: last_purchase.max(last_contact).unwrap_or(created),
                    last_purchase,
                    last_contact,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut rows = rows;
        rows.sort_by(|a, b| {
            a.last_activity
                .cmp(&b.last_activity)
                .then(a.name.cmp(&b.name))
        });
        Ok(rows)
    }

    /// Records the owner's decision to keep a customer, with a reason; they
    /// stay out of the review for the rule's number of years.
    pub fn keep_customer(&mut self, id: CustomerId, reason: &str) -> Result<KeepDecision> {
        self.require(crate::staff::Permission::Erase)?;
        let Some(years) = self.retention_years()? else {
            return Err(CoreError::invalid(
                "retention_years",
                msg!("error-retention-years-retention-rule-off"),
            ));
        };
        let reason = text::required(reason, "reason", "The reason for keeping them")?;
        self.write(|tx, _| {
            customer::get(tx, id)?;
            let kept_at = now();
            let decision = KeepDecision {
                customer: id,
                reason,
                kept_at,
                keep_until: years_after(kept_at, years),
            };
            tx.execute(
                "INSERT INTO retention_keep (id, customer_id, reason, kept_at, keep_until)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    uuid::Uuid::now_v7().to_string(),
                    id,
                    decision.reason,
                    stamp(decision.kept_at),
                    stamp(decision.keep_until)
                ],
            )?;
            Ok(decision)
        })
    }
}
