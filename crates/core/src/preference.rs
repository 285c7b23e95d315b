//! What the shop remembers *for* a customer: sizes, tastes, allergies, dislikes.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, Row};

use crate::kinds::text_enum;
use crate::time::now_stamp;
use crate::{search, text, CoreError, CustomerId, PreferenceId, Result};

text_enum!(
    /// What kind of preference it is; allergies and dislikes are first-class.
    PreferenceCategory, "category" {
        /// Clothing or shoe size.
        Size = "size",
        /// How things should fit.
        Fit = "fit",
        /// A colour.
        Colour = "colour",
        /// A brand.
        Brand = "brand",
        /// A style.
        Style = "style",
        /// A taste (food, drink).
        Taste = "taste",
        /// An allergy or intolerance: never offer it.
        Allergy = "allergy",
        /// Something they dislike: do not suggest it.
        Dislike = "dislike",
        /// An idea for a gift (for them or from them).
        GiftIdea = "gift-idea",
        /// Anything else.
        Other = "other",
    }
);

text_enum!(
    /// How the shop learned it.
    PreferenceSource, "source" {
        /// The customer said so.
        Said = "said",
        /// The shop noticed.
        Observed = "observed",
    }
);

/// A remembered preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preference {
    /// Unique id.
    pub id: PreferenceId,
    /// Whose preference.
    pub customer_id: CustomerId,
    /// What kind.
    pub category: PreferenceCategory,
    /// The preference itself ("42", "no goat cheese").
    pub value: String,
    /// Product or category it applies to, if any ("shoes", "coffee").
    pub applies_to: Option<String>,
    /// Said or observed.
    pub source: PreferenceSource,
    /// When it was noted.
    pub noted_on: NaiveDate,
    /// Why the shop keeps it.
    pub purpose: String,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
}

/// A preference to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPreference {
    /// What kind.
    pub category: PreferenceCategory,
    /// The preference itself.
    pub value: String,
    /// Product or category it applies to.
    pub applies_to: Option<String>,
    /// Said or observed.
    pub source: PreferenceSource,
    /// When it was noted (default today).
    pub noted_on: Option<NaiveDate>,
    /// Why the shop keeps it (default: to serve them well).
    pub purpose: Option<String>,
}

impl NewPreference {
    /// A preference the customer said, noted today.
    pub fn said(category: PreferenceCategory, value: impl Into<String>) -> Self {
        NewPreference {
            category,
            value: value.into(),
            applies_to: None,
            source: PreferenceSource::Said,
            noted_on: None,
            purpose: None,
        }
    }
}

/// The purpose recorded when none is given.
pub const DEFAULT_PURPOSE: &str = "to serve them well when they visit";

pub(crate) fn insert_in(
    conn: &Connection,
    customer: CustomerId,
    p: &NewPreference,
) -> Result<Preference> {
    let pref = Preference {
        id: PreferenceId::new(),
        customer_id: customer,
        category: p.category,
        value: text::required(&p.value, "value", "The preference")?,
        applies_to: text::optional(p.applies_to.as_deref(), "applies_to")?,
        source: p.source,
        noted_on: p
            .noted_on
            .unwrap_or_else(|| crate::time::now().date_naive()),
        purpose: text::optional(p.purpose.as_deref(), "purpose")?
            .unwrap_or_else(|| DEFAULT_PURPOSE.into()),
        updated_at: crate::time::now(),
    };
    let now = now_stamp();
    conn.prepare_cached(
        "INSERT INTO preference (id, customer_id, category, value, applies_to, source, noted_on,
            purpose, created_at, updated_at, staff_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, shop_author())",
    )?
    .execute(params![
        pref.id,
        customer,
        pref.category,
        pref.value,
        pref.applies_to,
        pref.source,
        pref.noted_on,
        pref.purpose,
        now
    ])?;
    Ok(pref)
}

pub(crate) fn list(conn: &Connection, customer: CustomerId) -> Result<Vec<Preference>> {
    let rows = conn
        .prepare_cached(
            "SELECT id, customer_id, category, value, applies_to, source, noted_on, purpose, updated_at
             FROM preference WHERE customer_id = ?1 AND deleted_at IS NULL
             ORDER BY category = 'allergy' DESC, category = 'dislike' DESC, noted_on DESC, id",
        )?
        .query_map([customer], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Soft-deletes a preference and returns whose it was.
pub(crate) fn remove_in(conn: &Connection, id: PreferenceId) -> Result<CustomerId> {
    let now = now_stamp();
    let customer: Option<CustomerId> = conn
        .query_row(
            "UPDATE preference SET deleted_at = ?2, updated_at = ?2
             WHERE id = ?1 AND deleted_at IS NULL RETURNING customer_id",
            params![id, now],
            |r| r.get(0),
        )
        .ok();
    let customer = customer
        .ok_or_else(|| CoreError::NotFound(msg!("error-not-found-preference-does-exist")))?;
    search::reindex(conn, customer)?;
    Ok(customer)
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Preference> {
    Ok(Preference {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        category: r.get(2)?,
        value: r.get(3)?,
        applies_to: r.get(4)?,
        source: r.get(5)?,
        noted_on: r.get(6)?,
        purpose: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_parse_leniently_and_refuse_unknown_words() {
        assert_eq!(
            "Gift idea".parse::<PreferenceCategory>().unwrap(),
            PreferenceCategory::GiftIdea
        );
        assert_eq!(
            "ALLERGY".parse::<PreferenceCategory>().unwrap(),
            PreferenceCategory::Allergy
        );
        let err = "mood".parse::<PreferenceCategory>().unwrap_err();
        assert_eq!(err.field(), Some("category"));
        assert!(err.to_string().contains("allergy"));
    }
}
