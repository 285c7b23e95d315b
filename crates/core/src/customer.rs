//! Customers: who they are and how to reach them.

use std::collections::HashSet;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::phone::Phone;
use crate::text::{self, tidy};
use crate::time::{now_stamp, stamp};
use crate::{search, CoreError, CustomerId, Result};

/// Most emails, phones, tags or dates one customer can have.
pub(crate) const MAX_ITEMS: usize = 50;

/// A day and month with an optional year (birthdays, anniversaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayMonth {
    /// Day of the month, 1-31.
    pub day: u8,
    /// Month, 1-12.
    pub month: u8,
    /// The year, if known.
    pub year: Option<i32>,
}

impl DayMonth {
    /// Parses `YYYY-MM-DD` or `MM-DD` (year unknown).
    pub fn parse(text: &str, field: &'static str) -> Result<DayMonth> {
        let t = text.trim();
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Ok(DayMonth {
                day: d.day() as u8,
                month: d.month() as u8,
                year: Some(d.year()),
            });
        }
        let parsed = t
            .split_once('-')
            .and_then(|(m, d)| Some((m.parse::<u8>().ok()?, d.parse::<u8>().ok()?)));
        match parsed {
            Some((month, day)) => {
                let dm = DayMonth {
                    day,
                    month,
                    year: None,
                };
                dm.validate(field)?;
                Ok(dm)
            }
            None => Err(CoreError::invalid(
                field,
                format!(
                    "\"{t}\" is not a date like 1980-04-23, or 04-23 when the year is unknown."
                ),
            )),
        }
    }

    fn validate(&self, field: &'static str) -> Result<()> {
        // A leap year stands in for an unknown year so 29 February is allowed.
        let year = self.year.unwrap_or(2000);
        if NaiveDate::from_ymd_opt(year, self.month.into(), self.day.into()).is_none() {
            return Err(CoreError::invalid(
                field,
                format!("{self} is not a real date."),
            ));
        }
        Ok(())
    }
}

impl std::fmt::Display for DayMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "{:02}-{:02}", self.month, self.day),
        }
    }
}

/// A date worth remembering, with its label ("daughter's wedding").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportantDate {
    /// What the date is.
    pub label: String,
    /// When.
    pub date: DayMonth,
}

/// A customer of the shop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    /// Unique id.
    pub id: CustomerId,
    /// The name the shop knows them by; any Unicode.
    pub display_name: String,
    /// Given name, if known.
    pub given_name: Option<String>,
    /// Family name, if known.
    pub family_name: Option<String>,
    /// Email addresses; the first is the primary one.
    pub emails: Vec<String>,
    /// Phone numbers as typed, with their E.164 form; the first is primary.
    pub phones: Vec<Phone>,
    /// Postal address, as written.
    pub address: Option<String>,
    /// Language they prefer (e.g. `en`, `nb`).
    pub language: Option<String>,
    /// Birthday; the year is optional.
    pub birthday: Option<DayMonth>,
    /// Other dates to remember.
    pub important_dates: Vec<ImportantDate>,
    /// Free tags ("regular", "wholesale").
    pub tags: Vec<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// Reference in another system (a till, an old spreadsheet).
    pub customer_ref: Option<String>,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Customer {
    /// The primary email, if any.
    pub fn email(&self) -> Option<&str> {
        self.emails.first().map(String::as_str)
    }

    /// The primary phone as typed, if any.
    pub fn phone(&self) -> Option<&str> {
        self.phones.first().map(|p| p.typed.as_str())
    }

    /// The editable fields with their current values, to change and pass to
    /// [`crate::Shop::update_customer`].
    pub fn edit(&self) -> CustomerEdit {
        CustomerEdit {
            display_name: self.display_name.clone(),
            given_name: self.given_name.clone(),
            family_name: self.family_name.clone(),
            emails: self.emails.clone(),
            phones: self.phones.iter().map(|p| p.typed.clone()).collect(),
            address: self.address.clone(),
            language: self.language.clone(),
            birthday: self.birthday,
            important_dates: self.important_dates.clone(),
            tags: self.tags.clone(),
            notes: self.notes.clone(),
            customer_ref: self.customer_ref.clone(),
        }
    }
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
    /// Given name; optional.
    pub given_name: Option<String>,
    /// Family name; optional.
    pub family_name: Option<String>,
    /// Postal address; optional.
    pub address: Option<String>,
    /// Preferred language; optional.
    pub language: Option<String>,
    /// Birthday; optional.
    pub birthday: Option<DayMonth>,
    /// Tags.
    pub tags: Vec<String>,
    /// Notes; optional.
    pub notes: Option<String>,
    /// Reference in another system; optional, unique among customers.
    pub customer_ref: Option<String>,
}

impl NewCustomer {
    /// A new customer with just a name.
    pub fn new(display_name: impl Into<String>) -> Self {
        NewCustomer {
            display_name: display_name.into(),
            ..Self::default()
        }
    }

    pub(crate) fn to_edit(&self) -> CustomerEdit {
        CustomerEdit {
            display_name: self.display_name.clone(),
            given_name: self.given_name.clone(),
            family_name: self.family_name.clone(),
            emails: self.email.iter().cloned().collect(),
            phones: self.phone.iter().cloned().collect(),
            address: self.address.clone(),
            language: self.language.clone(),
            birthday: self.birthday,
            important_dates: Vec::new(),
            tags: self.tags.clone(),
            notes: self.notes.clone(),
            customer_ref: self.customer_ref.clone(),
        }
    }
}

/// Every editable field of a customer; lists replace the old ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerEdit {
    /// The name; required.
    pub display_name: String,
    /// Given name.
    pub given_name: Option<String>,
    /// Family name.
    pub family_name: Option<String>,
    /// Emails; the first is primary.
    pub emails: Vec<String>,
    /// Phones as typed; the first is primary.
    pub phones: Vec<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Preferred language.
    pub language: Option<String>,
    /// Birthday.
    pub birthday: Option<DayMonth>,
    /// Other dates to remember.
    pub important_dates: Vec<ImportantDate>,
    /// Tags.
    pub tags: Vec<String>,
    /// Notes.
    pub notes: Option<String>,
    /// Reference in another system.
    pub customer_ref: Option<String>,
}

/// A checked, tidied [`CustomerEdit`].
pub(crate) struct Valid {
    edit: CustomerEdit,
    phones: Vec<Phone>,
}

impl CustomerEdit {
    /// Checks and tidies the input: trims, drops empty values, validates.
    pub(crate) fn validated(&self, region: Option<&str>) -> Result<Valid> {
        let display_name = self.display_name.trim().to_string();
        if display_name.is_empty() {
            return Err(CoreError::invalid("name", "A customer needs a name."));
        }
        text::limit(&display_name, "name", text::MAX_SHORT_CHARS)?;
        let emails = tidy_list(&self.emails, "email")?
            .into_iter()
            .map(|e| validate_email(&e).map(|()| e))
            .collect::<Result<Vec<_>>>()?;
        let phones = tidy_list(&self.phones, "phone")?
            .iter()
            .map(|p| Phone::parse(p, region))
            .collect::<Result<Vec<_>>>()?;
        let tags = tidy_list(&self.tags, "tag")?;
        if let Some(b) = &self.birthday {
            b.validate("birthday")?;
        }
        let mut important_dates = Vec::new();
        for d in &self.important_dates {
            d.date.validate("important_date")?;
            important_dates.push(ImportantDate {
                label: text::required(&d.label, "important_date", "The date's label")?,
                date: d.date,
            });
        }
        if important_dates.len() > MAX_ITEMS {
            return Err(too_many("important_date"));
        }
        let edit = CustomerEdit {
            display_name,
            given_name: text::optional(self.given_name.as_deref(), "given_name")?,
            family_name: text::optional(self.family_name.as_deref(), "family_name")?,
            emails,
            phones: phones.iter().map(|p| p.typed.clone()).collect(),
            address: text::note(self.address.as_deref(), "address")?,
            language: text::optional(self.language.as_deref(), "language")?,
            birthday: self.birthday,
            important_dates,
            tags,
            notes: text::note(self.notes.as_deref(), "notes")?,
            customer_ref: text::optional(self.customer_ref.as_deref(), "customer_ref")?,
        };
        Ok(Valid { edit, phones })
    }
}

fn too_many(field: &'static str) -> CoreError {
    CoreError::invalid(
        field,
        format!("A customer can have at most {MAX_ITEMS} of these."),
    )
}

/// Trims each item, drops blanks and duplicates (ASCII case ignored),
/// checks length and count. Linear: duplicates are found by hashing, and
/// the count is checked as items are kept, so a cell of a million tags is
/// refused after the 51st.
fn tidy_list(items: &[String], field: &'static str) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for item in items.iter().filter_map(|i| tidy(Some(i))) {
        text::limit(&item, field, text::MAX_SHORT_CHARS)?;
        if seen.insert(item.to_ascii_lowercase()) {
            if out.len() == MAX_ITEMS {
                return Err(too_many(field));
            }
            out.push(item);
        }
    }
    Ok(out)
}

pub(crate) fn validate_email(email: &str) -> Result<()> {
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

pub(crate) const COLUMNS: &str =
    "id, display_name, given_name, family_name, emails, phones, address,
    language, birthday, important_dates, tags, notes, customer_ref, created_at, updated_at";

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serializes")
}

/// Inserts a validated customer inside the caller's transaction.
pub(crate) fn insert_in(conn: &Connection, v: &Valid) -> Result<Customer> {
    let customer = insert_unindexed(conn, v)?;
    search::reindex(conn, customer.id)?;
    Ok(customer)
}

/// Like [`insert_in`] without the search entry, which the caller writes
/// before committing (a bulk import, with [`search::index_new`]).
pub(crate) fn insert_unindexed(conn: &Connection, v: &Valid) -> Result<Customer> {
    let now = crate::time::now();
    let customer = build(CustomerId::new(), v, now, now);
    check_ref_free(conn, customer.id, customer.customer_ref.as_deref())?;
    conn.prepare_cached(&format!(
        "INSERT INTO customer ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
    ))?
    .execute(params![
        customer.id,
        customer.display_name,
        customer.given_name,
        customer.family_name,
        json(&customer.emails),
        json(&customer.phones),
        customer.address,
        customer.language,
        customer.birthday.as_ref().map(json),
        json(&customer.important_dates),
        json(&customer.tags),
        customer.notes,
        customer.customer_ref,
        stamp(now),
        stamp(now),
    ])?;
    write_keys(conn, &customer)?;
    Ok(customer)
}

/// Replaces a customer's fields inside the caller's transaction.
pub(crate) fn update_in(conn: &Connection, id: CustomerId, v: &Valid) -> Result<Customer> {
    let old = get(conn, id)?;
    let customer = build(id, v, old.created_at, crate::time::now());
    check_ref_free(conn, id, customer.customer_ref.as_deref())?;
    conn.execute(
        "UPDATE customer SET display_name = ?2, given_name = ?3, family_name = ?4, emails = ?5,
            phones = ?6, address = ?7, language = ?8, birthday = ?9, important_dates = ?10,
            tags = ?11, notes = ?12, customer_ref = ?13, updated_at = ?14
         WHERE id = ?1",
        params![
            id,
            customer.display_name,
            customer.given_name,
            customer.family_name,
            json(&customer.emails),
            json(&customer.phones),
            customer.address,
            customer.language,
            customer.birthday.as_ref().map(json),
            json(&customer.important_dates),
            json(&customer.tags),
            customer.notes,
            customer.customer_ref,
            stamp(customer.updated_at),
        ],
    )?;
    conn.execute("DELETE FROM customer_key WHERE customer_id = ?1", [id])?;
    write_keys(conn, &customer)?;
    search::reindex(conn, id)?;
    Ok(customer)
}

fn build(
    id: CustomerId,
    v: &Valid,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
) -> Customer {
    let e = &v.edit;
    Customer {
        id,
        display_name: e.display_name.clone(),
        given_name: e.given_name.clone(),
        family_name: e.family_name.clone(),
        emails: e.emails.clone(),
        phones: v.phones.clone(),
        address: e.address.clone(),
        language: e.language.clone(),
        birthday: e.birthday,
        important_dates: e.important_dates.clone(),
        tags: e.tags.clone(),
        notes: e.notes.clone(),
        customer_ref: e.customer_ref.clone(),
        created_at,
        updated_at,
    }
}

fn check_ref_free(conn: &Connection, id: CustomerId, customer_ref: Option<&str>) -> Result<()> {
    if let Some(r) = customer_ref {
        if let Some(other) = find_by_key(conn, "ref", r)? {
            if other != id {
                return Err(CoreError::invalid(
                    "customer_ref",
                    format!("Another customer already has the reference \"{r}\"."),
                ));
            }
        }
    }
    Ok(())
}

/// Rebuilds the matching keys of a customer whose record was replaced
/// wholesale (by sync): written if they are live, none otherwise.
pub(crate) fn rekey(conn: &Connection, id: CustomerId) -> Result<()> {
    conn.execute("DELETE FROM customer_key WHERE customer_id = ?1", [id])?;
    match get(conn, id) {
        Ok(c) => write_keys(conn, &c),
        Err(CoreError::NotFound(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes the matching keys (ref, emails, phones) of a live customer.
pub(crate) fn write_keys(conn: &Connection, c: &Customer) -> Result<()> {
    let mut put = conn.prepare_cached(
        "INSERT INTO customer_key (customer_id, kind, value) VALUES (?1, ?2, ?3)",
    )?;
    if let Some(r) = &c.customer_ref {
        put.execute(params![c.id, "ref", r])?;
    }
    for e in &c.emails {
        put.execute(params![c.id, "email", e.to_lowercase()])?;
    }
    for p in &c.phones {
        put.execute(params![c.id, "phone", p.match_key()])?;
    }
    Ok(())
}

/// The live customer with this normalized key (`ref`, `email` lower-cased, `phone` match key).
pub(crate) fn find_by_key(
    conn: &Connection,
    kind: &str,
    value: &str,
) -> Result<Option<CustomerId>> {
    Ok(conn
        .prepare_cached(
            "SELECT k.customer_id FROM customer_key k JOIN customer c ON c.id = k.customer_id
             WHERE k.kind = ?1 AND k.value = ?2 AND c.deleted_at IS NULL LIMIT 1",
        )?
        .query_row(params![kind, value], |r| r.get(0))
        .optional()?)
}

/// Finds a customer by id, reference, email, phone, or exact name; by id
/// also a deleted customer whose data was not erased yet, if `deleted` is set.
pub(crate) fn find(
    conn: &Connection,
    what: &str,
    region: Option<&str>,
    deleted: bool,
) -> Result<Customer> {
    let w = what.trim();
    if let Ok(id) = w.parse::<CustomerId>() {
        return if deleted {
            get_unerased(conn, id)
        } else {
            get(conn, id)
        };
    }
    let mut found = find_by_key(conn, "ref", w)?;
    if found.is_none() && w.contains('@') {
        found = find_by_key(conn, "email", &w.to_lowercase())?;
    }
    if found.is_none() {
        if let Ok(p) = Phone::parse(w, region) {
            found = find_by_key(conn, "phone", &p.match_key())?;
        }
    }
    if let Some(id) = found {
        return get(conn, id);
    }
    let ids: Vec<CustomerId> = conn
        .prepare_cached(
            "SELECT id FROM customer WHERE deleted_at IS NULL AND display_name = ?1 COLLATE NOCASE LIMIT 2",
        )?
        .query_map([w], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    match ids.as_slice() {
        [id] => get(conn, *id),
        [] => Err(CoreError::NotFound(format!(
            "No customer matches \"{w}\". Use their id, reference, email, phone or exact name."
        ))),
        _ => Err(CoreError::invalid(
            "customer",
            format!("More than one customer is called \"{w}\"; use their id or reference."),
        )),
    }
}

/// One live customer.
pub(crate) fn get(conn: &Connection, id: CustomerId) -> Result<Customer> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM customer WHERE id = ?1 AND deleted_at IS NULL"
    ))?
    .query_row([id], from_row)
    .optional()?
    .ok_or_else(|| CoreError::NotFound("That customer does not exist (or was deleted).".into()))
}

/// One customer, live or deleted, unless their data was already erased:
/// a deleted customer's details stay in the file until they are erased.
pub(crate) fn get_unerased(conn: &Connection, id: CustomerId) -> Result<Customer> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM customer WHERE id = ?1 AND id <> ?2
           AND NOT EXISTS (SELECT 1 FROM erasure e WHERE e.customer_id = customer.id)"
    ))?
    .query_row(params![id, crate::erase::ANONYMOUS_CUSTOMER], from_row)
    .optional()?
    .ok_or_else(|| {
        CoreError::NotFound("That customer does not exist or was already erased.".into())
    })
}

/// All live customers, by name.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Customer>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM customer WHERE deleted_at IS NULL
         ORDER BY display_name COLLATE NOCASE, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Soft-deletes a customer (a tombstone for sync) and drops them from search.
pub(crate) fn delete_in(
    conn: &Connection,
    id: CustomerId,
    merged_into: Option<CustomerId>,
) -> Result<()> {
    get(conn, id)?;
    let now = now_stamp();
    conn.execute(
        "UPDATE customer SET deleted_at = ?2, updated_at = ?2, merged_into = ?3 WHERE id = ?1",
        params![id, now, merged_into],
    )?;
    conn.execute("DELETE FROM customer_key WHERE customer_id = ?1", [id])?;
    search::remove(conn, id)?;
    Ok(())
}

fn parse_json<T: for<'de> Deserialize<'de>>(row: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Customer> {
    let birthday: Option<String> = row.get(8)?;
    Ok(Customer {
        id: row.get(0)?,
        display_name: row.get(1)?,
        given_name: row.get(2)?,
        family_name: row.get(3)?,
        emails: parse_json(row, 4)?,
        phones: parse_json(row, 5)?,
        address: row.get(6)?,
        language: row.get(7)?,
        birthday: birthday.and_then(|b| serde_json::from_str(&b).ok()),
        important_dates: parse_json(row, 9)?,
        tags: parse_json(row, 10)?,
        notes: row.get(11)?,
        customer_ref: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
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
}
