//! Header synonyms for files of no known layout (`synonyms.toml`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use foldhash::HashMap;
use serde::Deserialize;

use super::normalised;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Synonyms {
    fields: BTreeMap<String, Vec<String>>,
}

/// Normalised column name → field.
static SYNONYMS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let s: Synonyms =
        toml::from_str(include_str!("synonyms.toml")).expect("the synonyms are valid (tested)");
    s.fields
        .into_iter()
        .flat_map(|(field, names)| {
            names
                .into_iter()
                .map(move |n| (normalised(&n), field.clone()))
        })
        .collect()
});

/// The field of `fields` a column named `name` holds in a file of no known
/// layout: a field's own name, else a synonym.
pub(in crate::import) fn field_of(name: &str, fields: &[&'static str]) -> Option<&'static str> {
    let name = normalised(name);
    let own = name.replace(' ', "_");
    fields
        .iter()
        .find(|f| **f == own)
        .or_else(|| {
            let field = SYNONYMS.get(&name)?;
            fields.iter().find(|f| **f == field)
        })
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{CUSTOMER_FIELDS, PURCHASE_FIELDS};

    #[test]
    fn every_synonym_names_a_field_once() {
        let s: Synonyms = toml::from_str(include_str!("synonyms.toml")).unwrap();
        let mut seen = std::collections::HashSet::new();
        for (field, names) in &s.fields {
            assert!(
                PURCHASE_FIELDS.contains(&field.as_str())
                    || CUSTOMER_FIELDS.contains(&field.as_str()),
                "{field} is not a field"
            );
            for n in names {
                assert!(seen.insert(normalised(n)), "{n} is listed twice");
            }
        }
    }

    #[test]
    fn headers_in_six_languages_map() {
        let f = PURCHASE_FIELDS;
        for (name, field) in [
            ("Datum", "date"),
            ("Menge", "quantity"),
            ("Betrag", "line_total"),
            ("Kunde", "customer_name"),
            ("Quantité", "quantity"),
            ("Cantidad", "quantity"),
            ("Importo", "line_total"),
            ("Aantal", "quantity"),
            ("  Line Total ", "line_total"),
            ("customer_ref", "customer_ref"),
        ] {
            assert_eq!(field_of(name, f), Some(field), "{name}");
        }
        assert_eq!(field_of("Name", f), Some("customer_name"));
        assert_eq!(field_of("Lieblingsfarbe", f), None);
        assert_eq!(field_of("Nachname", CUSTOMER_FIELDS), Some("family_name"));
    }
}
