//! Which column of a file holds which field.

use foldhash::HashMap;

use super::ImportOptions;
use crate::{CoreError, Result};

/// Which column holds each field.
pub(super) struct Columns(pub(super) HashMap<&'static str, usize>);

impl Columns {
    pub(super) fn new(
        header: &csv::StringRecord,
        fields: &[&'static str],
        opts: &ImportOptions,
    ) -> Result<Columns> {
        for (_, field) in &opts.map {
            if !fields.contains(&field.trim()) {
                return Err(CoreError::invalid(
                    "map",
                    format!(
                        "\"{field}\" is not a field; use one of: {}.",
                        fields.join(", ")
                    ),
                ));
            }
        }
        let mut map = HashMap::default();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim();
            let field = opts
                .map
                .iter()
                .find(|(col, _)| col.trim().eq_ignore_ascii_case(name))
                .map(|(_, f)| f.trim().to_string())
                .unwrap_or_else(|| name.to_lowercase());
            let field = if field == "name" {
                "customer_name".to_string()
            } else {
                field
            };
            if let Some(f) = fields.iter().find(|f| **f == field) {
                map.entry(*f).or_insert(i);
            }
        }
        Ok(Columns(map))
    }

    pub(super) fn require(&self, field: &str) -> Result<()> {
        if self.0.contains_key(field) {
            Ok(())
        } else {
            Err(CoreError::invalid(
                "header",
                format!("The file has no \"{field}\" column. Rename the column or use --map COLUMN={field}."),
            ))
        }
    }

    pub(super) fn get<'r>(&self, row: &'r csv::StringRecord, field: &str) -> Option<&'r str> {
        self.0
            .get(field)
            .and_then(|&i| row.get(i))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }
}
