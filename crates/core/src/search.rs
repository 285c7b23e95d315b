//! One search box: customers by any part of their name, email, phone (any
//! formatting), notes, preferences, tags or products bought.
//!
//! The index is an FTS5 table with one row per live customer, whose rowid is
//! the customer's rowid. Text is folded with [`crate::text::fold`] before it
//! is indexed and before it is queried, so "zoe" finds "Zoë" and "odegard"
//! finds "Ødegård". Every write that changes what a customer is found by
//! calls [`reindex`] in the same transaction.

use foldhash::{HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension};

use crate::phone::{self, Phone};
use crate::text::fold;
use crate::{CustomerId, Result};

/// A customer's entry names at most this many different products bought.
const MAX_PRODUCTS: usize = 500;

/// Rebuilds the search entry of one customer from their records.
pub(crate) fn reindex(conn: &Connection, id: CustomerId) -> Result<()> {
    let products: Vec<String> = conn
        .prepare_cached(
            "SELECT DISTINCT l.description FROM purchase p
             JOIN purchase_line l ON l.purchase_id = p.id
             WHERE p.customer_id = ?1 AND p.deleted_at IS NULL LIMIT ?2",
        )?
        .query_map(params![id, MAX_PRODUCTS as i64], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    write_entry(conn, id, &fold(&products.join(" ")))
}

/// Rebuilds the entries of many customers at once (a large import): the
/// products they bought are gathered in one pass over the purchases in the
/// order they are stored, instead of one walk per customer through the
/// purchases by customer, whose pages lie all over the file (each miss a
/// read and decryption through the vault).
pub(crate) fn reindex_many<'a>(
    conn: &Connection,
    ids: impl IntoIterator<Item = &'a CustomerId>,
) -> Result<()> {
    let wanted: HashSet<CustomerId> = ids.into_iter().copied().collect();
    let mut bought = Bought::default();
    let mut lines = conn.prepare(
        "SELECT p.customer_id, l.description FROM purchase p
         JOIN purchase_line l ON l.purchase_id = p.id WHERE p.deleted_at IS NULL",
    )?;
    let mut rows = lines.query([])?;
    while let Some(r) = rows.next()? {
        let customer: CustomerId = r.get(0)?;
        if wanted.contains(&customer) {
            let description = r.get_ref(1)?;
            let text = description.as_str().map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(1, description.data_type(), e.into())
            })?;
            bought.add(customer, text);
        }
    }
    for id in wanted {
        index_new(conn, id, &mut bought)?;
    }
    Ok(())
}

/// The products customers bought, as their entries name them: for each
/// customer, the different descriptions of their lines in the order first
/// seen, at most [`MAX_PRODUCTS`]. Each description is kept (and folded for
/// search) once, however many customers bought it.
#[derive(Debug, Default)]
pub(crate) struct Bought {
    /// Description → its number.
    numbers: HashMap<String, u32>,
    /// Number → description.
    descriptions: Vec<String>,
    /// Number → description folded for search, once asked for.
    folded: Vec<Option<String>>,
    /// Each customer's description numbers in the order bought, repeats
    /// included: a push per line, de-duplicated when the entry is written.
    by_customer: HashMap<CustomerId, Vec<u32>>,
    /// Which numbers the entry being written has (all clear in between).
    seen: Vec<bool>,
}

impl Bought {
    /// Notes one more line `customer` bought.
    pub(crate) fn add(&mut self, customer: CustomerId, description: &str) {
        let n = match self.numbers.get(description) {
            Some(n) => *n,
            None => {
                let n = self.descriptions.len() as u32;
                self.descriptions.push(description.to_string());
                self.numbers.insert(description.to_string(), n);
                n
            }
        };
        self.by_customer.entry(customer).or_default().push(n);
    }

    /// What `customer` bought, folded for search and joined by spaces:
    /// `fold(&products.join(" "))` (folding goes character by character,
    /// and no decomposition reaches across a space).
    fn folded_of(&mut self, customer: CustomerId) -> String {
        let Some(list) = self.by_customer.get(&customer) else {
            return String::new();
        };
        self.seen.resize(self.descriptions.len(), false);
        self.folded.resize(self.descriptions.len(), None);
        let mut distinct = Vec::new();
        for &n in list {
            if distinct.len() == MAX_PRODUCTS {
                break;
            }
            if !std::mem::replace(&mut self.seen[n as usize], true) {
                distinct.push(n);
            }
        }
        let mut out = String::new();
        for (i, &n) in distinct.iter().enumerate() {
            self.seen[n as usize] = false;
            let folded =
                self.folded[n as usize].get_or_insert_with(|| fold(&self.descriptions[n as usize]));
            if i > 0 {
                out.push(' ');
            }
            out.push_str(folded);
        }
        out
    }
}

/// Writes the entry of a customer whose every purchase line is in `bought`
/// (one a bulk import has just made), without reading their purchases.
pub(crate) fn index_new(conn: &Connection, id: CustomerId, bought: &mut Bought) -> Result<()> {
    let products = bought.folded_of(id);
    write_entry(conn, id, &products)
}

/// Writes one customer's entry, given the products they bought, folded.
fn write_entry(conn: &Connection, id: CustomerId, products: &str) -> Result<()> {
    let row = conn
        .prepare_cached(
            "SELECT rowid, display_name, coalesce(given_name, ''), coalesce(family_name, ''),
                    emails, phones, coalesce(notes, '') || ' ' || coalesce(address, ''), tags,
                    coalesce(customer_ref, ''), deleted_at IS NOT NULL
             FROM customer WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                [r.get::<_, String>(1)?, r.get(2)?, r.get(3)?].join(" "),
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, bool>(9)?,
            ))
        })
        .optional()?;
    let Some((rowid, names, emails, phones, notes, tags, customer_ref, deleted)) = row else {
        return Ok(());
    };
    conn.prepare_cached("DELETE FROM customer_search WHERE rowid = ?1")?
        .execute([rowid])?;
    if deleted {
        return Ok(());
    }
    let emails: Vec<String> = serde_json::from_str(&emails).unwrap_or_default();
    let phones: Vec<Phone> = serde_json::from_str(&phones).unwrap_or_default();
    let tags: Vec<String> = serde_json::from_str(&tags).unwrap_or_default();
    let mut contact = emails.join(" ");
    for p in &phones {
        contact.push(' ');
        contact.push_str(&p.search_variants().join(" "));
    }
    contact.push(' ');
    contact.push_str(&customer_ref);
    let prefs: Vec<String> = conn
        .prepare_cached(
            "SELECT category || ' ' || value || ' ' || coalesce(applies_to, '') FROM preference
             WHERE customer_id = ?1 AND deleted_at IS NULL",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    conn.prepare_cached(
        "INSERT INTO customer_search (rowid, name, contact, notes, prefs, tags, products)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        rowid,
        with_joined_words(&fold(&names)),
        fold(&contact),
        fold(&notes),
        fold(&prefs.join(" ")),
        fold(&tags.join(" ")),
        products,
    ])?;
    Ok(())
}

/// Drops a customer from the index.
pub(crate) fn remove(conn: &Connection, id: CustomerId) -> Result<()> {
    conn.prepare_cached(
        "DELETE FROM customer_search WHERE rowid = (SELECT rowid FROM customer WHERE id = ?1)",
    )?
    .execute([id])?;
    Ok(())
}

/// Adds "obrien" for "o'brien" and "annamaria" for "anna-maria", so a name
/// is found with or without its punctuation.
fn with_joined_words(folded: &str) -> String {
    let mut out = folded.to_string();
    for word in folded.split_whitespace() {
        if word.chars().any(|c| !c.is_alphanumeric()) {
            let joined: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
            out.push(' ');
            out.push_str(&joined);
        }
    }
    out
}

/// Builds an FTS5 MATCH expression from what the owner typed: every word is
/// a quoted prefix term (so punctuation never reaches FTS5 syntax). A query
/// that looks like a phone number matches its digits in any formatting.
/// `None` when nothing searchable is left.
pub(crate) fn match_expression(query: &str, region: Option<&str>) -> Option<String> {
    let q = query.trim();
    let digits = phone::digits(q);
    let phone_like = digits.len() >= 3
        && q.chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
    if phone_like {
        let mut variants = vec![digits.clone()];
        if let Ok(p) = Phone::parse(q, region) {
            variants.extend(p.search_variants());
        }
        variants.sort();
        variants.dedup();
        let terms: Vec<String> = variants.iter().map(|v| format!("\"{v}\"*")).collect();
        return Some(format!("contact : ({})", terms.join(" OR ")));
    }
    let folded = fold(q);
    let terms: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| format!("\"{t}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Customer ids matching `query`, best first (bm25; a name match counts most).
pub(crate) fn search(
    conn: &Connection,
    query: &str,
    region: Option<&str>,
    limit: usize,
) -> Result<Vec<CustomerId>> {
    let Some(expr) = match_expression(query, region) else {
        return Ok(Vec::new());
    };
    let ids = conn
        .prepare_cached(
            "SELECT c.id FROM customer_search s JOIN customer c ON c.rowid = s.rowid
             WHERE customer_search MATCH ?1 AND c.deleted_at IS NULL
             ORDER BY bm25(customer_search, 10.0, 6.0, 1.0, 2.0, 3.0, 1.5)
             LIMIT ?2",
        )?
        .query_map(params![expr, limit as i64], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_quoted_away_and_phones_become_digit_terms() {
        assert_eq!(
            match_expression("O'Brien", None).unwrap(),
            "\"o\"* \"brien\"*"
        );
        assert_eq!(match_expression("\"); DROP", None).unwrap(), "\"drop\"*");
        assert_eq!(match_expression("  *** ", None), None);
        let e = match_expression("020 7946", Some("GB")).unwrap();
        assert!(
            e.starts_with("contact : (") && e.contains("\"0207946\"*"),
            "{e}"
        );
        assert_eq!(with_joined_words("o'brien x"), "o'brien x obrien");
    }

    /// A customer's products as a bulk import writes them: the first
    /// [`MAX_PRODUCTS`] different descriptions in the order bought, folded
    /// as the whole text would be.
    #[test]
    fn bought_products_are_the_first_different_ones_folded() {
        let (a, b) = (CustomerId::new(), CustomerId::new());
        let mut bought = Bought::default();
        let mut expected = Vec::new();
        for i in 0..700 {
            let d = format!("Crème Brûlée {} ØL 北京", i % 600);
            bought.add(a, &d);
            bought.add(b, "Ærø");
            if i < MAX_PRODUCTS {
                expected.push(d);
            }
        }
        bought.add(a, "");
        assert_eq!(bought.folded_of(a), fold(&expected.join(" ")));
        assert_eq!(bought.folded_of(b), fold("Ærø"));
        assert_eq!(bought.folded_of(a), fold(&expected.join(" ")), "twice");
        assert_eq!(bought.folded_of(CustomerId::new()), "");
        let mut few = Bought::default();
        for d in ["x", "", "Y", "x", ""] {
            few.add(a, d);
        }
        assert_eq!(few.folded_of(a), fold(&["x", "", "Y"].join(" ")));
    }
}
