//! Customers: who they are and how to reach them.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::{CoreError, CustomerId, Result};

/// Longest display name we accept, in characters.
const MAX_NAME_CHARS: usize = 200;

/// A customer of the shop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    /// Unique id.
    pub id: CustomerId,
    /// The name the shop knows them by; any Unicode.
    pub display_name: String,
    /// Email address, if they gave one.
    pub email: Option<String>,
    /// Phone number as typed, if they gave one.
    pub phone: Option<String>,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

/// What the owner enters to add a customer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewCustomer {
    /// The name; required.
    pub display_name: String,
    /// Email address; optional.
    pub email: Option<String>,
    /// Phone number; optional.
    pub phone: Option<String>,
}

impl NewCustomer {
    /// A new customer with just a name.
    pub fn new(display_name: impl Into<String>) -> Self {
        NewCustomer {
            display_name: display_name.into(),
            ..Self::default()
        }
    }

    /// Checks and tidies the input: trims, drops empty optionals, validates.
    fn validated(&self) -> Result<NewCustomer> {
        let display_name = self.display_name.trim().to_string();
        if display_name.is_empty() {
            return Err(CoreError::invalid("name", "A customer needs a name."));
        }
        if display_name.chars().count() > MAX_NAME_CHARS {
            return Err(CoreError::invalid(
                "name",
                format!("A name can be at most {MAX_NAME_CHARS} characters long."),
            ));
        }
        let email = tidy(&self.email);
        if let Some(email) = &email {
            validate_email(email)?;
        }
        let phone = tidy(&self.phone);
        if let Some(phone) = &phone {
            validate_phone(phone)?;
        }
        Ok(NewCustomer {
            display_name,
            email,
            phone,
        })
    }
}

fn tidy(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

fn validate_email(email: &str) -> Result<()> {
    let ok = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !email.chars().any(char::is_whitespace)
                && domain.len() <= 253
        }
        None => false,
    };
    if ok && email.len() <= 320 {
        Ok(())
    } else {
        Err(CoreError::invalid(
            "email",
            format!("\"{email}\" does not look like an email address (like name@example.com)."),
        ))
    }
}

fn validate_phone(phone: &str) -> Result<()> {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
    if allowed && (3..=20).contains(&digits) {
        Ok(())
    } else {
        Err(CoreError::invalid(
            "phone",
            format!("\"{phone}\" does not look like a phone number: use digits, spaces and + - ( ) only."),
        ))
    }
}

/// Stores a new customer and returns it.
pub(crate) fn insert(conn: &mut Connection, input: &NewCustomer) -> Result<Customer> {
    let input = input.validated()?;
    let now = Utc::now();
    let customer = Customer {
        id: CustomerId::new(),
        display_name: input.display_name,
        email: input.email,
        phone: input.phone,
        created_at: now,
        updated_at: now,
    };
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO customer (id, display_name, email, phone, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            customer.id,
            customer.display_name,
            customer.email,
            customer.phone,
            customer.created_at.to_rfc3339(),
            customer.updated_at.to_rfc3339()
        ],
    )?;
    tx.commit()?;
    Ok(customer)
}

/// All customers, by name.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Customer>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, display_name, email, phone, created_at, updated_at
         FROM customer ORDER BY display_name COLLATE NOCASE, id",
    )?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Customer> {
    Ok(Customer {
        id: row.get(0)?,
        display_name: row.get(1)?,
        email: row.get(2)?,
        phone: row.get(3)?,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shop() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::schema::migrate(&mut conn).unwrap();
        conn
    }

    #[test]
    fn unicode_names_are_stored_exactly() {
        let mut conn = shop();
        for name in ["Zoë Ødegård", "李小龙", "O'Brien", "محمد"] {
            insert(&mut conn, &NewCustomer::new(name)).unwrap();
        }
        let names: Vec<_> = list(&conn).unwrap().into_iter().map(|c| c.display_name).collect();
        assert_eq!(names.len(), 4);
        assert!(names.contains(&"Zoë Ødegård".to_string()));
        assert!(names.contains(&"李小龙".to_string()));
    }

    #[test]
    fn an_empty_name_is_refused_and_nothing_is_written() {
        let mut conn = shop();
        let err = insert(&mut conn, &NewCustomer::new("   ")).unwrap_err();
        assert_eq!(err.field(), Some("name"));
        assert_eq!(err.to_string(), "A customer needs a name.");
        assert!(list(&conn).unwrap().is_empty());
    }

    #[test]
    fn bad_email_and_phone_are_refused_with_the_field_named() {
        let mut conn = shop();
        let mut c = NewCustomer::new("Anna");
        c.email = Some("anna.example.com".into());
        assert_eq!(insert(&mut conn, &c).unwrap_err().field(), Some("email"));
        c.email = Some("anna@example.com".into());
        c.phone = Some("call me".into());
        assert_eq!(insert(&mut conn, &c).unwrap_err().field(), Some("phone"));
        assert!(list(&conn).unwrap().is_empty());
    }

    #[test]
    fn optional_fields_are_trimmed_and_blank_ones_dropped() {
        let mut conn = shop();
        let mut c = NewCustomer::new("  Tom  ");
        c.email = Some("  ".into());
        c.phone = Some(" +44 20 7946 0958 ".into());
        let saved = insert(&mut conn, &c).unwrap();
        assert_eq!(saved.display_name, "Tom");
        assert_eq!(saved.email, None);
        assert_eq!(saved.phone.as_deref(), Some("+44 20 7946 0958"));
        assert_eq!(list(&conn).unwrap(), vec![saved]);
    }
}
