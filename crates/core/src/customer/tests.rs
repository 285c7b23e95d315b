//! Customers against a real in-memory schema.

use rusqlite::Connection;

use super::*;
use crate::{CoreError, Result};

fn shop() -> Connection {
    let mut conn = Connection::open_in_memory().unwrap();
    crate::schema::migrate(&mut conn).unwrap();
    conn
}

fn add(conn: &Connection, c: &NewCustomer) -> Result<Customer> {
    insert_in(conn, &c.to_edit().validated(Some("GB"))?)
}

#[test]
fn unicode_names_are_stored_exactly() {
    let conn = shop();
    for name in ["Zoë Ødegård", "李小龙", "O'Brien", "محمد"] {
        add(&conn, &NewCustomer::new(name)).unwrap();
    }
    let names: Vec<_> = list(&conn)
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    assert_eq!(names.len(), 4);
    assert!(names.contains(&"Zoë Ødegård".to_string()));
    assert!(names.contains(&"李小龙".to_string()));
}

#[test]
fn an_empty_name_is_refused() {
    let conn = shop();
    let err = add(&conn, &NewCustomer::new("   ")).unwrap_err();
    assert_eq!(err.field(), Some("name"));
    assert_eq!(err.to_string(), "A customer needs a name.");
    assert!(list(&conn).unwrap().is_empty());
}

#[test]
fn bad_email_and_phone_are_refused_with_the_field_named() {
    let conn = shop();
    let mut c = NewCustomer::new("Anna");
    c.email = Some("anna.example.com".into());
    assert_eq!(add(&conn, &c).unwrap_err().field(), Some("email"));
    c.email = Some("anna@example.com".into());
    c.phone = Some("call me".into());
    assert_eq!(add(&conn, &c).unwrap_err().field(), Some("phone"));
    assert!(list(&conn).unwrap().is_empty());
}

#[test]
fn found_by_reference_email_any_phone_format_or_name() {
    let conn = shop();
    let mut c = NewCustomer::new("Tom");
    c.email = Some("Tom@Example.com".into());
    c.phone = Some("+44 20 7946 0958".into());
    c.customer_ref = Some("T-1".into());
    let tom = add(&conn, &c).unwrap();
    for what in [
        "T-1",
        "tom@example.com",
        "020 7946 0958",
        "tom",
        &tom.id.to_string(),
    ] {
        assert_eq!(
            find(&conn, what, Some("GB"), false).unwrap().id,
            tom.id,
            "{what}"
        );
    }
    assert!(matches!(
        find(&conn, "nobody", None, false),
        Err(CoreError::NotFound(_))
    ));
    let mut dup = NewCustomer::new("Other");
    dup.customer_ref = Some("T-1".into());
    assert_eq!(add(&conn, &dup).unwrap_err().field(), Some("customer_ref"));
}

#[test]
fn birthdays_without_a_year_allow_29_february_only_once_valid() {
    assert_eq!(DayMonth::parse("02-29", "birthday").unwrap().year, None);
    assert!(DayMonth::parse("2023-02-29", "birthday").is_err());
    assert!(DayMonth::parse("13-01", "birthday").is_err());
    assert_eq!(
        DayMonth::parse("1980-04-23", "birthday")
            .unwrap()
            .to_string(),
        "1980-04-23"
    );
}
