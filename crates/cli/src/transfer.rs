//! Moving a shop's data between files: the whole shop as JSON
//! (`export shop`, `import shop`), customers as vCards (`export vcard`,
//! `import vcard`) and every purchase (`export purchases`).

use std::path::Path;

use anyhow::{bail, Context};
use shopkeeper_core::{CustomerId, DuplicatePolicy, Shop};

use crate::args::{DuplicatesArg, ExportShopArgs, ExportVcardArgs};
use crate::args::{ExportListArgs, ImportArgs};
use crate::files::{export_to, file_stem, write_atomically, PLAINTEXT_WARNING};
use crate::safe_text::terminal_text;

/// Runs `shopkeeper export shop`.
pub fn export_shop(shop: &Shop, args: ExportShopArgs) -> anyhow::Result<()> {
    let text = shop
        .export_shop()
        .with_context(|| format!("nothing was written to {}", args.output.display()))?;
    let what = format!(
        "the whole shop ({} customers)",
        shop.list_customers()?.len()
    );
    export_to(&args.output, text.as_bytes(), &what)
}

/// Reads an import file, refused before reading when larger than `limit`.
fn read(path: &Path, limit: u64) -> anyhow::Result<String> {
    Ok(shopkeeper_core::limits::read_text(path, limit)?)
}

/// Runs `shopkeeper import shop FILE.json`.
pub fn import_shop(shop: &mut Shop, args: &ImportArgs) -> anyhow::Result<()> {
    if args.dry_run {
        bail!("import shop has no dry run: it only goes into a new, empty shop, which you can delete afterwards");
    }
    let report = shop.import_shop(&read(
        args.path()?,
        shopkeeper_core::limits::MAX_SHOP_EXPORT,
    )?)?;
    println!("Imported {}:", args.path()?.display());
    for (table, n) in &report.tables {
        println!("  {table}: {n}");
    }
    Ok(())
}

/// The customers an export is about: those named, or everyone.
fn chosen(shop: &Shop, names: &[String]) -> anyhow::Result<Vec<(CustomerId, String)>> {
    if names.is_empty() {
        return Ok(shop
            .list_customers()?
            .into_iter()
            .map(|c| (c.id, c.display_name))
            .collect());
    }
    names
        .iter()
        .map(|n| {
            let c = shop.find_customer(n).context("nothing was written")?;
            Ok((c.id, c.display_name))
        })
        .collect()
}

/// Runs `shopkeeper export vcard`.
pub fn export_vcard(shop: &Shop, args: ExportVcardArgs) -> anyhow::Result<()> {
    let who = chosen(shop, &args.customers)?;
    if who.is_empty() {
        bail!("the shop has no customers to export; nothing was written");
    }
    match (args.output, args.per_customer) {
        (Some(path), _) => {
            let ids: Vec<CustomerId> = who.iter().map(|(id, _)| *id).collect();
            let cards = shop.export_vcards(&ids)?;
            export_to(&path, cards.as_bytes(), &format!("{} vCards", ids.len()))
        }
        (None, Some(dir)) => {
            if !dir.is_dir() {
                bail!(
                    "the folder {} does not exist: create it first or choose another; nothing was written",
                    dir.display()
                );
            }
            // Every card is made before the first file is written.
            let files = who
                .iter()
                .map(|(id, name)| {
                    let path = dir.join(format!("{}.vcf", file_stem(*id, name)));
                    Ok((path, shop.export_vcards(&[*id])?))
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            for (path, card) in &files {
                write_atomically(path, card.as_bytes())?;
            }
            println!("Wrote {} vCard files into {}", files.len(), dir.display());
            println!("{PLAINTEXT_WARNING}");
            Ok(())
        }
        (None, None) => unreachable!("clap requires --output or --per-customer"),
    }
}

/// Runs `shopkeeper import vcard FILE.vcf`.
pub fn import_vcard(shop: &mut Shop, args: &ImportArgs) -> anyhow::Result<()> {
    let policy = match args.duplicates {
        DuplicatesArg::Skip => DuplicatePolicy::Skip,
        DuplicatesArg::Merge => DuplicatePolicy::Merge,
    };
    let file =
        shopkeeper_core::limits::read_bytes(args.path()?, shopkeeper_core::limits::MAX_VCARD_FILE)?;
    let report = shop.import_vcards(file, policy, args.dry_run)?;
    for c in &report.cards {
        let name = if c.name.is_empty() {
            "(no name)"
        } else {
            c.name.as_str()
        };
        // Names and notes quote the file: shown without control characters.
        let name = terminal_text(name);
        println!("Card {} (line {}) \"{name}\":", c.position, c.line);
        for note in &c.notes {
            println!("  - {}", terminal_text(&note.to_string()));
        }
    }
    if report.unlisted > 0 {
        println!("{} more cards with notes are not listed.", report.unlisted);
    }
    if report.lines_outside > 0 {
        println!(
            "{} lines outside any card were ignored.",
            report.lines_outside
        );
    }
    for d in &report.duplicates {
        println!(
            "Line {}: \"{}\" matches {} ({}, {}): {}",
            d.line,
            terminal_text(&d.name),
            terminal_text(&d.existing_name),
            d.existing,
            d.matched_by,
            if d.merged { "merged" } else { "skipped" }
        );
    }
    let verb = if report.dry_run { "Would add" } else { "Added" };
    println!(
        "{verb} {} customers; {} cards skipped; {} duplicates {}.",
        report.added.len(),
        report.skipped,
        report.duplicates.len(),
        match (report.dry_run, policy) {
            (true, DuplicatePolicy::Merge) => "would be merged",
            (true, DuplicatePolicy::Skip) => "would be skipped",
            (false, DuplicatePolicy::Merge) => "merged",
            (false, DuplicatePolicy::Skip) => "skipped",
        }
    );
    if report.dry_run {
        println!("Dry run: nothing was written.");
    }
    Ok(())
}

/// Runs `shopkeeper export purchases`: every line of every customer's purchases.
pub fn export_purchases(shop: &Shop, args: &ExportListArgs) -> anyhow::Result<()> {
    let names = crate::staff::Names::of(shop)?;
    let mut rows = Vec::new();
    for c in shop.list_customers()? {
        rows.extend(crate::purchase::rows(
            &shop.purchases(c.id, usize::MAX)?,
            &names,
        ));
    }
    rows.sort_by(|a, b| a.date.cmp(&b.date).then(a.purchase_id.cmp(&b.purchase_id)));
    crate::files::listing_out(&rows, args)
}
