//! `shopkeeper import list` and `shopkeeper import undo ID`: the imports
//! done so far, and taking one back.

use shopkeeper_l10n::msg;
use std::path::Path;

use anyhow::bail;
use shopkeeper_core::{CoreError, ImportId, Shop};

use crate::args::Format;
use crate::output::{listing, show};

listing!(
    /// One import as listed.
    Row {
        id: String,
        at: String,
        file: Option<String>,
        layout: String,
        rows: u64,
        purchases: u64,
        refunds: u64,
        already_in_shop: u64,
        new_customers: u64,
        new_products: u64,
        undone: Option<String>,
    }
);

/// Runs `shopkeeper import list`.
pub fn list(shop: &Shop, format: Format) -> anyhow::Result<()> {
    let stamp = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M").to_string();
    let rows: Vec<Row> = shop
        .imports()?
        .into_iter()
        .map(|b| Row {
            id: b.id.to_string(),
            at: stamp(b.at),
            file: b.file_name,
            layout: b.source,
            rows: b.rows,
            purchases: b.purchases,
            refunds: b.refunds,
            already_in_shop: b.already_imported,
            new_customers: b.customers,
            new_products: b.products,
            undone: b.undone_at.map(stamp),
        })
        .collect();
    show(&rows, format)
}

/// Runs `shopkeeper import undo ID`: says what the import added, asks
/// unless `yes`, undoes it.
pub fn undo(shop: &mut Shop, id: &Path, yes: bool) -> anyhow::Result<()> {
    let id: ImportId = id.to_string_lossy().parse()?;
    let Some(b) = shop.imports()?.into_iter().find(|b| b.id == id) else {
        return Err(CoreError::NotFound(msg!(
            "error-not-found-there-import-see",
            id = id.to_string()
        ))
        .into());
    };
    println!(
        "The import of {} on {} added {} purchases, {} new customers and {} new products.",
        crate::safe_text::terminal_text(b.file_name.as_deref().unwrap_or("a file")),
        b.at.format("%Y-%m-%d %H:%M"),
        b.purchases,
        b.customers,
        b.products
    );
    if !yes && !crate::rights::confirmed("Undo it? Type yes to undo: ")? {
        bail!("nothing was undone (add --yes to undo without being asked)");
    }
    let r = shop.undo_import(id)?;
    println!(
        "Undone: removed {} purchases ({} lines), {} customers, {} products and {} consent entries.",
        r.purchases, r.lines, r.customers, r.products, r.consents
    );
    if r.products_kept > 0 {
        println!(
            "{} products it added stay: other purchases use them or they were changed since.",
            r.products_kept
        );
    }
    Ok(())
}
