//! Finding a file's customers among the shop's.

use std::borrow::Cow;

use foldhash::HashMap;
use rusqlite::Connection;

use crate::customer;
use crate::phone::Phone;
use crate::{CustomerId, Result};

/// Matches customers by reference, then email, then phone, with a cache.
pub(super) struct Matcher<'a> {
    pub(super) region: Option<&'a str>,
    /// Customers already found, by reference, email and phone key.
    cache: [HashMap<String, CustomerId>; 3],
}

/// A row's matching keys in [`Matcher`]'s order: reference, email, phone.
pub(super) type Keys<'r> = [Option<Cow<'r, str>>; 3];

impl<'a> Matcher<'a> {
    pub(super) fn new(region: Option<&'a str>) -> Self {
        Matcher {
            region,
            cache: Default::default(),
        }
    }

    pub(super) fn keys<'r>(
        &self,
        r: Option<&'r str>,
        email: Option<&'r str>,
        phone: Option<&str>,
    ) -> Keys<'r> {
        [
            r.map(Cow::Borrowed),
            email.map(
                |e| match e.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    true => Cow::Borrowed(e),
                    false => Cow::Owned(e.to_lowercase()),
                },
            ),
            phone
                .and_then(|p| Phone::parse(p, self.region).ok())
                .map(|p| Cow::Owned(p.match_key())),
        ]
    }

    /// The customer already found or made under `reference` in this run:
    /// the first thing [`Matcher::find`] checks, without working out the
    /// row's other keys (a lower-cased email, a parsed phone).
    pub(super) fn by_reference(&self, reference: Option<&str>) -> Option<CustomerId> {
        self.cache[0].get(reference?).copied()
    }

    pub(super) fn find(
        &mut self,
        conn: &Connection,
        keys: &Keys<'_>,
    ) -> Result<Option<CustomerId>> {
        for (kind, key) in keys.iter().enumerate() {
            let Some(key) = key else { continue };
            if let Some(id) = self.cache[kind].get(key.as_ref()) {
                return Ok(Some(*id));
            }
            let name = ["ref", "email", "phone"][kind];
            if let Some(id) = customer::find_by_key(conn, name, key)? {
                self.cache[kind].insert(key.to_string(), id);
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    pub(super) fn remember(&mut self, keys: Keys<'_>, id: CustomerId) {
        for (kind, key) in keys.into_iter().enumerate() {
            if let Some(key) = key {
                self.cache[kind].insert(key.into_owned(), id);
            }
        }
    }
}
