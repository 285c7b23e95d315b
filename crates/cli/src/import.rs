//! `shopkeeper import ...` and `shopkeeper demo`.

use std::fs::File;
use std::io::{BufReader, Read};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use shopkeeper_core::demo::DemoOptions;
use shopkeeper_core::import::{DateOrder, ImportOptions, ImportReport, LayoutHow, LayoutSeen};
use shopkeeper_core::Shop;

use crate::args::{DemoArgs, ImportArgs, ImportKind};

/// Runs `shopkeeper import`.
pub fn run(shop: &mut Shop, a: ImportArgs) -> anyhow::Result<()> {
    match a.kind {
        ImportKind::Shop => return crate::transfer::import_shop(shop, &a),
        ImportKind::Vcard => return crate::transfer::import_vcard(shop, &a),
        ImportKind::List => return crate::import_batch::list(shop, a.format),
        ImportKind::Undo => return crate::import_batch::undo(shop, a.path()?, a.yes),
        ImportKind::Customers | ImportKind::Purchases => {}
    }
    let path = a.path()?.to_path_buf();
    let (file, size, name): (Box<dyn Read>, u64, String) = if crate::files::is_std(&path) {
        (
            Box::new(std::io::stdin().lock()),
            0,
            "standard input".into(),
        )
    } else {
        let file =
            File::open(&path).with_context(|| format!("could not open {}", path.display()))?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        (Box::new(file), size, path.display().to_string())
    };
    let map = a
        .map
        .iter()
        .map(|m| {
            m.split_once('=')
                .map(|(c, f)| (c.to_string(), f.to_string()))
                .with_context(|| format!("write --map as COLUMN=FIELD, not \"{m}\""))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let opts = ImportOptions {
        map,
        date_format: a.date_format,
        layout: a.layout,
        date_order: a
            .date_order
            .as_deref()
            .map(str::parse::<DateOrder>)
            .transpose()?,
        dry_run: a.dry_run,
        skip_bad: a.skip_bad,
        file_name: Some(name),
    };
    // Progress on stderr, only for big files.
    let bar = (size > 5_000_000).then(|| {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template("{spinner} {pos} rows read ({per_sec})")
                .expect("valid template"),
        );
        b
    });
    let mut progress = |rows: u64| {
        if let Some(b) = &bar {
            b.set_position(rows);
        }
    };
    let input = BufReader::with_capacity(1 << 20, file);
    let started = std::time::Instant::now();
    let report = match a.kind {
        ImportKind::Purchases => shop.import_purchases(input, &opts, &mut progress)?,
        ImportKind::Customers => shop.import_customers(input, &opts, &mut progress)?,
        ImportKind::Shop | ImportKind::Vcard | ImportKind::List | ImportKind::Undo => {
            unreachable!("handled above")
        }
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    print_report(&report, &opts, a.kind == ImportKind::Purchases);
    let secs = started.elapsed().as_secs_f64();
    if secs >= 1.0 {
        println!(
            "Took {secs:.1} s ({:.0} rows a second).",
            report.rows as f64 / secs
        );
    }
    if report.bad_count > 0 && !opts.skip_bad {
        anyhow::bail!(
            "{} bad row(s); nothing was imported. Fix them, or use --skip-bad to import the rest.",
            report.bad_count
        );
    }
    Ok(())
}

/// `n` with thousands separated: `1,204`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// "Recognised a Shopify orders export", or how else the columns were read.
fn layout_words(l: &LayoutSeen) -> String {
    let article = |s: &str| match s.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    };
    match l.how {
        LayoutHow::Recognised => {
            format!("Recognised {} {}", article(&l.display_name), l.display_name)
        }
        LayoutHow::Chosen => format!(
            "Read as {} {} (--layout {})",
            article(&l.display_name),
            l.display_name,
            l.name
        ),
        LayoutHow::ColumnNames => "Read the file by its column names".to_string(),
        LayoutHow::Mapped => "Read the file by its column names and your --map".to_string(),
        LayoutHow::Remembered => {
            "Read the file by the column mapping you confirmed for this header before".to_string()
        }
    }
}

/// What the import recognised and did, before the counts.
fn print_recognition(r: &ImportReport, purchases: bool) {
    let Some(l) = &r.layout else { return };
    let mut line = format!("{}: {} rows", layout_words(l), thousands(r.rows));
    if purchases {
        line.push_str(&format!(", {} orders", thousands(r.purchases)));
    }
    if let Some(c) = r.currency {
        line.push_str(&format!(", currency {c}"));
    }
    if let Some(o) = r.date_order {
        line.push_str(&format!(", dates {}", o.code()));
    }
    println!("{line}.");
    let columns: Vec<String> = l
        .columns
        .iter()
        .map(|c| format!("{} → {}", c.column, c.field))
        .collect();
    println!("Columns: {}.", columns.join(", "));
    if r.currency_set {
        if let Some(c) = r.currency {
            println!("The shop had no purchases yet: its currency is now {c}, the file's.");
        }
    }
}

/// The first sale lines as they will be stored.
fn print_preview(r: &ImportReport) {
    if r.preview.is_empty() {
        return;
    }
    println!("First lines as they will be stored:");
    println!("  line  date              customer              product                 qty  unit price      total  receipt");
    for p in &r.preview {
        let cut = |s: &str, n: usize| -> String { s.chars().take(n).collect() };
        println!(
            "  {:>4}  {:<16}  {:<20}  {:<22}  {:>4}  {:>10}  {:>9}  {}{}",
            p.line,
            p.at.format("%Y-%m-%d %H:%M"),
            cut(&p.customer, 20),
            cut(&p.product, 22),
            p.quantity,
            p.unit_price.map(|u| u.to_string()).unwrap_or_default(),
            p.total.to_string(),
            p.receipt.as_deref().unwrap_or(""),
            p.refund_of
                .as_deref()
                .map(|o| format!(" (refund of {o})"))
                .unwrap_or_default(),
        );
    }
}

fn print_report(r: &ImportReport, opts: &ImportOptions, purchases: bool) {
    print_recognition(r, purchases);
    if opts.dry_run {
        print_preview(r);
    }
    for b in &r.bad {
        eprintln!("line {}: {}", b.line, b.reason);
    }
    if r.bad_count > r.bad.len() as u64 {
        eprintln!("... and {} more bad rows", r.bad_count - r.bad.len() as u64);
    }
    let verb = if r.written {
        "Imported"
    } else if opts.dry_run {
        "Would import"
    } else {
        "Did not import"
    };
    println!(
        "{verb} {} of {} rows: {} new customers, {} matched, {} new products, {} purchases, {} lines; {} bad rows",
        r.good_rows, r.rows, r.customers_created, r.customers_matched, r.products_created, r.purchases, r.lines, r.bad_count
    );
    if r.walk_ins > 0 {
        println!(
            "{} sales without a customer, not imported.",
            thousands(r.walk_ins)
        );
    }
    if r.not_sales > 0 {
        println!(
            "{} rows that are not sales (voided, cancelled or refunded orders, payment rows), left out.",
            thousands(r.not_sales)
        );
    }
    if r.consents > 0 {
        println!(
            "{} marketing-consent answers recorded from the file.",
            thousands(r.consents)
        );
    }
    if r.mapping_remembered {
        println!("Your column mapping is remembered for the next file with this header.");
    }
    if r.refunds > 0 {
        println!("{} of the purchases are refunds or returns.", r.refunds);
    }
    if r.already_imported > 0 {
        println!(
            "{} receipts were already in the shop, left as they were.",
            r.already_imported
        );
    }
    if let Some(id) = r.batch {
        println!("To undo this import: shopkeeper import undo {id}");
    }
    println!(
        "Read the file as {} text, {}-separated.",
        r.file.encoding,
        r.file.delimiter_name()
    );
}

/// Runs `shopkeeper demo`.
pub fn demo(shop: &mut Shop, a: DemoArgs) -> anyhow::Result<()> {
    let until = match a.until {
        Some(d) => shopkeeper_core::parse_date(&d, "until")?,
        None => chrono::Utc::now().date_naive(),
    };
    let s = shop.generate_demo(&DemoOptions {
        customers: a.customers,
        years: a.years,
        seed: a.seed,
        lines: a.lines,
        until,
    })?;
    println!(
        "Created a demo shop: {} customers, {} products, {} purchases ({} lines), {} preferences, {} consent entries",
        s.customers, s.products, s.purchases, s.lines, s.preferences, s.consents
    );
    Ok(())
}
