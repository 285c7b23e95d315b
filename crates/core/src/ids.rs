//! Identifiers: globally unique and time-ordered (UUIDv7), so that two shop
//! computers can later merge their records without clashes.

use std::fmt;

/// Identifies one customer, in every copy of the shop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerId(uuid::Uuid);

impl CustomerId {
    /// A new, unique id.
    pub fn new() -> Self {
        CustomerId(uuid::Uuid::now_v7())
    }
}

impl Default for CustomerId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for CustomerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl std::str::FromStr for CustomerId {
    type Err = crate::CoreError;

    fn from_str(s: &str) -> crate::Result<Self> {
        uuid::Uuid::parse_str(s.trim())
            .map(CustomerId)
            .map_err(|_| crate::CoreError::invalid("id", format!("\"{s}\" is not a customer id.")))
    }
}

impl rusqlite::ToSql for CustomerId {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.to_string().into())
    }
}

impl rusqlite::types::FromSql for CustomerId {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let text = value.as_str()?;
        uuid::Uuid::parse_str(text)
            .map(CustomerId)
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_and_sort_by_creation() {
        let a = CustomerId::new();
        let b = CustomerId::new();
        assert_eq!(a.to_string().parse::<CustomerId>().unwrap(), a);
        assert!(a < b);
        assert!("not-an-id".parse::<CustomerId>().is_err());
    }
}
