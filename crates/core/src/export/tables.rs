//! Which tables a whole-shop export holds, in which order, and which rows of
//! each belong to one customer. This list *is* the export format's table
//! list (docs/export-format.md): a table added by a later migration is
//! exported by adding one line here (and a line to the document).
//!
//! Columns are not listed: every column of an exported table is exported
//! under its own name, as the schema declares it.

/// One exported table.
pub(crate) struct Table {
    /// The table's name, also its key in the document.
    pub name: &'static str,
    /// The columns that name one record in messages, and order the rows (ids
    /// are UUIDv7, so id order is the order records were made: the consent
    /// ledger comes out in the order it was written).
    pub key: &'static [&'static str],
    /// Columns holding JSON text; exported as JSON values, not strings.
    pub json: &'static [&'static str],
    /// SQL condition selecting the rows about one customer (their id is `?1`);
    /// `None` when the table is the shop's own and not in a customer's export.
    pub of_customer: Option<&'static str>,
}

/// The exported tables, parents before children (the import order).
pub(crate) const TABLES: &[Table] = &[
    Table {
        name: "setting",
        key: &["key"],
        json: &[],
        of_customer: None,
    },
    Table {
        name: "staff",
        key: &["id"],
        json: &[],
        of_customer: None,
    },
    Table {
        name: "import_batch",
        key: &["id"],
        json: &[],
        of_customer: None,
    },
    Table {
        name: "product",
        key: &["id"],
        json: &["tags"],
        of_customer: Some(
            "id IN (SELECT l.product_id FROM purchase_line l JOIN purchase p ON p.id = l.purchase_id
                    WHERE p.customer_id = ?1)",
        ),
    },
    Table {
        name: "customer",
        key: &["id"],
        json: &["emails", "phones", "birthday", "important_dates", "tags"],
        of_customer: Some("id = ?1"),
    },
    Table {
        name: "household_link",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1 OR other_id = ?1"),
    },
    Table {
        name: "preference",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "purchase",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "purchase_line",
        key: &["purchase_id", "position"],
        json: &[],
        of_customer: Some("purchase_id IN (SELECT id FROM purchase WHERE customer_id = ?1)"),
    },
    Table {
        name: "purchase_change",
        key: &["id"],
        json: &["changes"],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "consent_entry",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "contact_frequency",
        key: &["customer_id"],
        json: &["rule"],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "contact_log",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "suggestion_action",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "suggestion_kind_block",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "promise",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "message_template",
        key: &["kind", "language"],
        json: &[],
        of_customer: None,
    },
    Table {
        name: "erasure",
        key: &["id"],
        json: &[],
        of_customer: None,
    },
    Table {
        name: "retention_keep",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
    Table {
        name: "activity",
        key: &["id"],
        json: &[],
        of_customer: Some("customer_id = ?1"),
    },
];

/// Tables that are synced but never exported: secrets the shop's other
/// computers need (a person added on one computer signs in on another)
/// and no export may carry.
pub(crate) const SYNC_ONLY: &[Table] = &[Table {
    name: "staff_pin",
    key: &["staff_id"],
    json: &[],
    of_customer: None,
}];

/// Tables that are not exported because they are rebuilt from the others on
/// import (the search index with its FTS5 shadow tables, the matching keys).
#[cfg(test)]
pub(crate) const DERIVED: &[&str] = &[
    "customer_key",
    "customer_search",
    "customer_search_config",
    "customer_search_content",
    "customer_search_data",
    "customer_search_docsize",
    "customer_search_idx",
];

/// SQL condition keeping the rows of `table` that may leave this vault
/// (`row` names the row: a table alias, `NEW` or `OLD`); `None` when all may.
/// Only settings stay: the secrets and this computer's own
/// ([`crate::settings::LOCAL_SETTINGS`]), never exported, imported or synced.
pub(crate) fn shared_rows(table: &str, row: &str) -> Option<String> {
    (table == "setting").then(|| crate::settings::shared_sql(&format!("{row}.\"key\"")))
}

/// Whether the record of `table` whose `key` column holds `key` stays in
/// this vault (see [`shared_rows`]): such records in a file are never
/// imported or merged.
pub(crate) fn is_local_row(table: &str, key: Option<&str>) -> bool {
    table == "setting" && key.is_some_and(crate::settings::is_local)
}

/// The exported table called `name`.
pub(crate) fn find(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}
