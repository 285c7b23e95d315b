//! How often a customer wants to hear from the shop.

use chrono::{NaiveDate, Weekday};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::consent::Channel;
use crate::time::now_stamp;
use crate::{CoreError, CustomerId, Result};

/// At most `max_contacts` per `period_days`, on the preferred channel and
/// days, not before `quiet_until`, about `topics`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactFrequency {
    /// The most contacts in one period.
    pub max_contacts: u32,
    /// The period's length in days.
    pub period_days: u32,
    /// The channel they prefer, if they said.
    pub preferred_channel: Option<Channel>,
    /// Days of the week they prefer (empty: any).
    #[serde(with = "weekdays")]
    pub preferred_days: Vec<Weekday>,
    /// Times they prefer, in their words ("mornings", "after 17:00").
    pub preferred_times: Option<String>,
    /// Do not contact before this date.
    pub quiet_until: Option<NaiveDate>,
    /// What they want to hear about.
    pub topics: Vec<String>,
}

impl Default for ContactFrequency {
    /// One contact every 30 days.
    fn default() -> Self {
        ContactFrequency {
            max_contacts: 1,
            period_days: 30,
            preferred_channel: None,
            preferred_days: Vec::new(),
            preferred_times: None,
            quiet_until: None,
            topics: Vec::new(),
        }
    }
}

impl ContactFrequency {
    /// Checks the numbers are sensible.
    pub fn validate(&self) -> Result<()> {
        if !(1..=3650).contains(&self.period_days) {
            return Err(CoreError::invalid(
                "period_days",
                msg!("error-period-days-period-must-between"),
            ));
        }
        if self.max_contacts > 100 {
            return Err(CoreError::invalid(
                "max_contacts",
                msg!("error-max-contacts-most-contacts-per"),
            ));
        }
        if let Some(t) = &self.preferred_times {
            crate::text::limit(t, "preferred_times", crate::text::MAX_SHORT_CHARS)?;
        }
        for t in &self.topics {
            crate::text::limit(t, "topics", crate::text::MAX_SHORT_CHARS)?;
        }
        Ok(())
    }
}

/// A customer's frequency and whether it is the shop's default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectiveFrequency {
    /// The rule that applies.
    pub rule: ContactFrequency,
    /// True when the customer has no rule of their own.
    pub is_shop_default: bool,
}

pub(crate) fn set(conn: &Connection, customer: CustomerId, rule: &ContactFrequency) -> Result<()> {
    rule.validate()?;
    conn.execute(
        "INSERT INTO contact_frequency (customer_id, rule, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (customer_id) DO UPDATE SET rule = excluded.rule, updated_at = excluded.updated_at",
        params![customer, serde_json::to_string(rule).expect("serializable"), now_stamp()],
    )?;
    Ok(())
}

pub(crate) fn get(
    conn: &Connection,
    customer: CustomerId,
    default: &ContactFrequency,
) -> Result<EffectiveFrequency> {
    let own: Option<String> = conn
        .query_row(
            "SELECT rule FROM contact_frequency WHERE customer_id = ?1",
            [customer],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match own.and_then(|j| serde_json::from_str(&j).ok()) {
        Some(rule) => EffectiveFrequency {
            rule,
            is_shop_default: false,
        },
        None => EffectiveFrequency {
            rule: default.clone(),
            is_shop_default: true,
        },
    })
}

mod weekdays {
    use chrono::Weekday;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(days: &[Weekday], s: S) -> Result<S::Ok, S::Error> {
        let names: Vec<String> = days.iter().map(|d| d.to_string()).collect();
        names.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Weekday>, D::Error> {
        let names = Vec::<String>::deserialize(d)?;
        names
            .iter()
            .map(|n| {
                n.parse()
                    .map_err(|_| serde::de::Error::custom("bad weekday"))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_round_trip_and_silly_periods_are_refused() {
        let rule = ContactFrequency {
            preferred_days: vec![Weekday::Mon, Weekday::Sat],
            preferred_channel: Some(Channel::Email),
            topics: vec!["new coffee".into()],
            ..ContactFrequency::default()
        };
        let json = serde_json::to_string(&rule).unwrap();
        assert_eq!(
            serde_json::from_str::<ContactFrequency>(&json).unwrap(),
            rule
        );
        let bad = ContactFrequency {
            period_days: 0,
            ..ContactFrequency::default()
        };
        assert_eq!(bad.validate().unwrap_err().field(), Some("period_days"));
    }
}
