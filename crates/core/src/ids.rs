//! Identifiers: globally unique and time-ordered (UUIDv7), so that two shop
//! computers can later merge their records without clashes.

/// Declares a UUIDv7 id newtype stored as hyphenated text.
macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(uuid::Uuid);

        impl $name {
            /// A new, unique id.
            pub fn new() -> Self {
                $name(uuid::Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::CoreError;

            fn from_str(s: &str) -> crate::Result<Self> {
                uuid::Uuid::parse_str(s.trim()).map($name).map_err(|_| {
                    crate::CoreError::invalid("id", msg!("error-not-an-id", text = s, what = $what))
                })
            }
        }

        impl rusqlite::ToSql for $name {
            /// The hyphenated text, written without the formatting machinery
            /// (a bulk import binds millions).
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                let mut text = uuid::Uuid::encode_buffer();
                Ok(self.0.hyphenated().encode_lower(&mut text).to_owned().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                uuid::Uuid::parse_str(value.as_str()?)
                    .map($name)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

uuid_id!(
    /// Identifies one customer, in every copy of the shop.
    CustomerId,
    "customer"
);
uuid_id!(
    /// Identifies one remembered preference.
    PreferenceId,
    "preference"
);
uuid_id!(
    /// Identifies one catalog product.
    ProductId,
    "product"
);
uuid_id!(
    /// Identifies one purchase (a visit's receipt).
    PurchaseId,
    "purchase"
);
uuid_id!(
    /// Identifies one entry of the consent ledger.
    ConsentEntryId,
    "consent-entry"
);
uuid_id!(
    /// Identifies one logged contact.
    ContactId,
    "contact"
);
uuid_id!(
    /// Identifies one household link between two customers.
    LinkId,
    "household-link"
);
uuid_id!(
    /// Identifies one follow-up the owner promised a customer.
    PromiseId,
    "promise"
);
uuid_id!(
    /// Identifies one import of a file (a batch, which can be undone).
    ImportId,
    "import"
);

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
