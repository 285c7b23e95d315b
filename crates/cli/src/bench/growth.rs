//! `shopkeeper bench growth`: builds a demo shop of each size in its own
//! child process (so each size's peak memory is its own), collects the rows
//! the children print as JSON and prints the growth table (issue #25) as
//! Markdown: the times and rates, then the memory of each phase, each with a
//! last line giving how much the biggest shop costs against the smallest.

use std::process::{Command, Stdio};

use anyhow::Context;

use super::growth_one::{self, Row, Size};
use crate::args::GrowthArgs;

/// Runs `shopkeeper bench growth`: every size in a child process, or (with
/// `--one`) the one size given, here.
pub fn run(a: &GrowthArgs) -> anyhow::Result<()> {
    let dir = a.dir.clone().unwrap_or_else(std::env::temp_dir);
    let size = |customers| Size {
        customers,
        lines_per_customer: a.lines_per_customer,
        years: a.years,
        rounds: a.rounds,
        sales: a.sales,
        sync: customers <= a.sync_up_to,
    };
    if a.one {
        let [customers] = a.customers[..] else {
            anyhow::bail!("--one measures exactly one size");
        };
        let row = growth_one::measure(&dir, &size(customers), a.keep)?;
        println!("{}", serde_json::to_string(&row)?);
        return Ok(());
    }
    let mut rows = Vec::new();
    for &customers in &a.customers {
        let row = child(a, customers, &dir)?;
        // Said at once, so a run stopped later keeps what it measured.
        eprintln!("growth {customers}: {}", serde_json::to_string(&row)?);
        rows.push(row);
    }
    print_tables(&rows, a);
    Ok(())
}

/// Measures one size in a child process (this program, `--one`) and reads
/// the row it prints.
fn child(a: &GrowthArgs, customers: u32, dir: &std::path::Path) -> anyhow::Result<Row> {
    let exe = std::env::current_exe().context("could not find this program to run it again")?;
    let mut cmd = Command::new(exe);
    cmd.args(["bench", "growth", "--one", "--customers"])
        .arg(customers.to_string())
        .arg("--lines-per-customer")
        .arg(a.lines_per_customer.to_string())
        .arg("--years")
        .arg(a.years.to_string())
        .arg("--rounds")
        .arg(a.rounds.to_string())
        .arg("--sales")
        .arg(a.sales.to_string())
        .arg("--sync-up-to")
        .arg(a.sync_up_to.to_string())
        .arg("--dir")
        .arg(dir);
    if a.keep {
        cmd.arg("--keep");
    }
    let out = cmd
        .stderr(Stdio::inherit())
        .output()
        .context("could not start the measuring process")?;
    anyhow::ensure!(
        out.status.success(),
        "measuring {customers} customers failed ({})",
        out.status
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().last().unwrap_or_default();
    serde_json::from_str(line).with_context(|| format!("the row of {customers} customers"))
}

/// A number with as many decimals as its size deserves.
fn num(v: f64) -> String {
    match v.abs() {
        a if a >= 100.0 || (a >= 1.0 && v.fract() == 0.0) => format!("{v:.0}"),
        a if a >= 10.0 => format!("{v:.1}"),
        _ => format!("{v:.2}"),
    }
}

/// A cell: a number, or the words said instead of one.
type Cell = Result<f64, &'static str>;

/// A number, or a dash where nothing was measured.
fn have(v: Option<f64>) -> Cell {
    v.ok_or("—")
}

/// One column: its heading and how to read it from a row.
type Column = (&'static str, fn(&Row) -> Cell);

/// The growth table's columns (times in ms unless said).
const TIMES: &[Column] = &[
    ("customers", |r| Ok(r.customers as f64)),
    ("lines", |r| Ok(r.lines as f64)),
    ("vault MB", |r| Ok(r.vault_mb)),
    ("unlock, KDF excluded", |r| Ok(r.unlock_ms)),
    ("search p50", |r| Ok(r.search.p50)),
    ("search p99", |r| Ok(r.search.p99)),
    ("profile p50", |r| Ok(r.profile.p50)),
    ("profile p99", |r| Ok(r.profile.p99)),
    ("list first page", |r| Ok(r.first_page_ms)),
    ("list page p50", |r| Ok(r.page.p50)),
    ("list page p99", |r| Ok(r.page.p99)),
    ("Today full refresh", |r| have(r.today_full_ms)),
    ("Today kept model", |r| have(r.today_kept_ms)),
    ("Today after a sale p50", |r| {
        have(r.today_sale.map(|s| s.p50))
    }),
    ("Today after a sale p99", |r| {
        have(r.today_sale.map(|s| s.p99))
    }),
    ("backtest", |r| Ok(r.backtest_ms)),
    ("import rows/s", |r| Ok(r.import_rate())),
    ("backup MB/s", |r| Ok(r.backup_rate())),
    ("restore MB/s", |r| Ok(r.restore_rate())),
    ("sync 100 changed", |r| {
        if r.sync_refused {
            Err("refused")
        } else {
            have(r.sync_100_ms)
        }
    }),
    ("peak MiB", |r| have(r.peak_mib())),
];

/// The second table: what each phase took and its peak memory.
const PHASES: &[Column] = &[
    ("customers", |r| Ok(r.customers as f64)),
    ("build s", |r| Ok(r.build_s)),
    ("KDF ms", |r| Ok(r.kdf_ms)),
    ("import rows", |r| Ok(r.import_rows as f64)),
    ("import s", |r| Ok(r.import_s)),
    ("backup MB", |r| Ok(r.backup_mb)),
    ("backup s", |r| Ok(r.backup_s)),
    ("restore s", |r| Ok(r.restore_s)),
    ("sync on s", |r| have(r.sync_enable_s)),
    ("MiB build", |r| have(r.build_mib)),
    ("MiB reads+Today", |r| have(r.reads_mib)),
    ("MiB import", |r| have(r.import_mib)),
    ("MiB backup", |r| have(r.backup_mib)),
    ("MiB restore", |r| have(r.restore_mib)),
    ("MiB sync", |r| have(r.sync_mib)),
];

/// Prints `columns` of `rows` as a Markdown table, and a last line with
/// each column's biggest shop against its smallest.
fn table(rows: &[Row], columns: &[Column]) {
    let line = |cells: Vec<String>| println!("| {} |", cells.join(" | "));
    line(columns.iter().map(|(h, _)| h.to_string()).collect());
    line(columns.iter().map(|_| "---".to_string()).collect());
    for r in rows {
        line(
            columns
                .iter()
                .map(|(_, f)| f(r).map_or_else(str::to_string, num))
                .collect(),
        );
    }
    if let (Some(small), Some(big)) = (rows.first(), rows.last()) {
        if rows.len() > 1 {
            line(
                columns
                    .iter()
                    .map(|(_, f)| match (f(small), f(big)) {
                        (Ok(a), Ok(b)) if a > 0.0 => format!("×{}", num(b / a)),
                        _ => "—".to_string(),
                    })
                    .collect(),
            );
        }
    }
}

/// Prints both tables with what they were measured on.
fn print_tables(rows: &[Row], a: &GrowthArgs) {
    let (y, m, d) = growth_one::UNTIL;
    println!(
        "Growth: demo shops of {:?} customers, {} lines each, {} years up to {y}-{m:02}-{d:02}; {} rounds, {} sales.",
        a.customers, a.lines_per_customer, a.years, a.rounds, a.sales
    );
    println!(
        "Times in ms unless said; MB = 10^6 bytes; MiB = peak resident memory of the process."
    );
    println!();
    table(rows, TIMES);
    println!();
    table(rows, PHASES);
}
