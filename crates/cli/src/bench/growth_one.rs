//! One row of the growth table: builds a demo shop of one size in a new
//! vault and measures, in order, what the owner meets as the shop grows:
//! unlocking, the counter's reads, Today, the quality card's backtest, an
//! import, a backup, a restore and a sync. Every file it makes is deleted
//! at the end (unless kept), whatever happened.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use shopkeeper_core::demo::DemoOptions;
use shopkeeper_core::import::ImportOptions;
use shopkeeper_core::{KdfParams, NewPreference, PreferenceCategory, SecretString, Shop, Unlock};
use shopkeeper_sync::ShopSync;

use super::{peak, Spread};

/// The last day of every growth shop's history, so that runs compare.
pub const UNTIL: (i32, u32, u32) = (2026, 11, 20);

/// What one size is built from.
#[derive(Debug, Clone)]
pub struct Size {
    /// Customers in the demo shop.
    pub customers: u32,
    /// Purchase lines aimed at per customer.
    pub lines_per_customer: u64,
    /// Years of history.
    pub years: u32,
    /// Searches, profile loads and list pages timed.
    pub rounds: usize,
    /// Sales recorded, Today refreshed after each.
    pub sales: usize,
    /// Whether to time sync (its first copy is as big as a backup).
    pub sync: bool,
}

/// One size's measurements (times in ms unless the name says `_s`; sizes
/// in MB of 10^6 bytes; memory in MiB, the process's peak during the phase).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    /// Customers made.
    pub customers: u64,
    /// Purchases made.
    pub purchases: u64,
    /// Purchase lines made.
    pub lines: u64,
    /// Making the demo shop (s).
    pub build_s: f64,
    /// Peak memory while making it.
    pub build_mib: Option<f64>,
    /// The vault file after the build.
    pub vault_mb: f64,
    /// One key derivation at the vault's cost (Argon2id, the minimum).
    pub kdf_ms: f64,
    /// Opening the shop, its key derivation left out (median of five).
    pub unlock_ms: f64,
    /// Searches.
    pub search: Spread,
    /// Profile loads (the customer view).
    pub profile: Spread,
    /// The customer list's first page (builds its in-memory copy).
    pub first_page_ms: f64,
    /// Later list pages (each sort, with and without filters).
    pub page: Spread,
    /// Today's first refresh: reads the shop, fits the model.
    pub today_full_ms: Option<f64>,
    /// Today refreshed for every customer against the kept model.
    pub today_kept_ms: Option<f64>,
    /// Today refreshed after one sale.
    pub today_sale: Option<Spread>,
    /// Peak memory of the reads and Today.
    pub reads_mib: Option<f64>,
    /// The quality card's backtest.
    pub backtest_ms: f64,
    /// Purchase rows imported into the grown shop.
    pub import_rows: u64,
    /// How long the import took (s).
    pub import_s: f64,
    /// Peak memory of the import.
    pub import_mib: Option<f64>,
    /// The backup file.
    pub backup_mb: f64,
    /// The time of `backup_to` (s).
    pub backup_s: f64,
    /// Peak memory of the backup.
    pub backup_mib: Option<f64>,
    /// Restoring that backup into a new vault (s, with its check).
    pub restore_s: f64,
    /// Peak memory of the restore.
    pub restore_mib: Option<f64>,
    /// Turning sync on: the first encrypted copy (s).
    pub sync_enable_s: Option<f64>,
    /// One sync after 100 customers changed.
    pub sync_100_ms: Option<f64>,
    /// Peak memory of turning sync on and syncing.
    pub sync_mib: Option<f64>,
    /// Whether turning sync on was refused.
    pub sync_refused: bool,
}

impl Row {
    /// Backup rate in MB/s, the one key derivation left out.
    pub fn backup_rate(&self) -> f64 {
        self.backup_mb / (self.backup_s - self.kdf_ms / 1e3).max(1e-9)
    }

    /// Restore rate in MB/s of backup, its two key derivations (the
    /// backup's and the new vault's) left out.
    pub fn restore_rate(&self) -> f64 {
        self.backup_mb / (self.restore_s - 2.0 * self.kdf_ms / 1e3).max(1e-9)
    }

    /// Import rate in rows a second.
    pub fn import_rate(&self) -> f64 {
        self.import_rows as f64 / self.import_s.max(1e-9)
    }

    /// The highest of the phases' peaks.
    pub fn peak_mib(&self) -> Option<f64> {
        [
            self.build_mib,
            self.reads_mib,
            self.import_mib,
            self.backup_mib,
            self.restore_mib,
            self.sync_mib,
        ]
        .into_iter()
        .flatten()
        .reduce(f64::max)
    }
}

/// Seconds since `t`.
fn secs(t: Instant) -> f64 {
    t.elapsed().as_secs_f64()
}

/// Median of `n` runs of `f`, in ms.
fn median_of(n: usize, mut f: impl FnMut() -> anyhow::Result<()>) -> anyhow::Result<f64> {
    let mut v = Vec::new();
    for _ in 0..n {
        let t = Instant::now();
        f()?;
        v.push(secs(t) * 1e3);
    }
    Ok(Spread::of(v).map_or(0.0, |s| s.p50))
}

/// The files one size makes, deleted when dropped unless `keep`.
struct Files {
    dir: PathBuf,
    keep: bool,
}

impl Files {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Writes `rows` purchase rows (one line each, the default header) for
/// `customers` new customers, dated over the year before `until`.
fn import_file(path: &Path, rows: u64, customers: u64, until: NaiveDate) -> anyhow::Result<()> {
    let mut f = BufWriter::new(std::fs::File::create(path)?);
    writeln!(
        f,
        "customer_ref,customer_name,date,sku,product,quantity,line_total"
    )?;
    for i in 0..rows {
        let c = i % customers.max(1);
        let day = until - Duration::days((i % 365) as i64);
        writeln!(
            f,
            "G{c},Growth customer {c},{day},GSKU{},Growth product {},1,{}.{:02}",
            i % 500,
            i % 500,
            1 + i % 40,
            i % 100
        )?;
    }
    f.flush()?;
    Ok(())
}

/// Builds the shop of `size` in a new folder under `dir` and measures it.
pub fn measure(dir: &Path, size: &Size, keep: bool) -> anyhow::Result<Row> {
    let files = Files {
        dir: dir.join(format!("growth-{}", size.customers)),
        keep,
    };
    if files.dir.exists() {
        anyhow::bail!(
            "{} is there already; move it away first",
            files.dir.display()
        );
    }
    std::fs::create_dir_all(&files.dir)?;
    let vault = files.path("shop.vault");
    let pass = SecretString::from("growth bench: copper kettle under the plum tree".to_string());
    let until = NaiveDate::from_ymd_opt(UNTIL.0, UNTIL.1, UNTIL.2).expect("a real day");

    eprintln!("growth {}: building the shop", size.customers);
    let t = Instant::now();
    let (made, build_mib) = peak::during(|| {
        let (mut shop, created) = Shop::create_with_kdf(&vault, &pass, KdfParams::minimum())?;
        let made = shop.generate_demo(&DemoOptions {
            customers: size.customers,
            years: size.years,
            seed: 1,
            lines: Some(u64::from(size.customers) * size.lines_per_customer),
            until,
        })?;
        Ok((made, created.recovery_key))
    })?;
    let (made, recovery_key) = made;
    let build_s = secs(t);
    let vault_mb = std::fs::metadata(&vault)?.len() as f64 / 1e6;

    eprintln!("growth {}: unlocking, reads, Today", size.customers);
    let salt = [7u8; 32];
    let kdf_ms = median_of(3, || {
        KdfParams::minimum().derive_passphrase(&pass, &salt)?;
        Ok(())
    })?;
    // Unlocked with the recovery key, whose key derivation is cheap
    // (Argon2id at 8 MiB, one pass) and timed alone to be taken off: the
    // rest of the unlock is the passphrase's too.
    let key_ms = median_of(5, || {
        recovery_key.derive_secret("growth bench")?;
        Ok(())
    })?;
    let unlock = Unlock::RecoveryKey(recovery_key);
    let open_ms = median_of(5, || {
        Shop::open(&vault, &unlock)?;
        Ok(())
    })?;
    let mut shop = Shop::open(&vault, &Unlock::Passphrase(pass.clone()))?;
    let ((reads, today), reads_mib) = peak::during(|| {
        let reads = super::reads(&shop, size.rounds)?;
        let today = super::today(&mut shop, 1, size.sales)?;
        Ok((reads, today))
    })?;
    let t = Instant::now();
    shop.suggestion_quality(today.as_ref().map_or(until, |t| t.as_of))?;
    let backtest_ms = secs(t) * 1e3;

    eprintln!("growth {}: import", size.customers);
    let import_rows = (made.lines / 10).max(1);
    let csv = files.path("import.csv");
    import_file(&csv, import_rows, u64::from(size.customers / 10), until)?;
    let t = Instant::now();
    let (_, import_mib) = peak::during(|| {
        let file = std::io::BufReader::new(std::fs::File::open(&csv)?);
        Ok(shop.import_purchases(file, &ImportOptions::default(), &mut |_| {})?)
    })?;
    let import_s = secs(t);
    std::fs::remove_file(&csv)?;

    eprintln!("growth {}: backup and restore", size.customers);
    let backup = files.path("shop.skbackup");
    let t = Instant::now();
    let (_, backup_mib) = peak::during(|| Ok(shop.backup_to(&backup, &pass)?))?;
    let backup_s = secs(t);
    let backup_mb = std::fs::metadata(&backup)?.len() as f64 / 1e6;
    let restored = files.path("restored.vault");
    let t = Instant::now();
    let (_, restore_mib) = peak::during(|| {
        Ok(shopkeeper_core::backup::restore_backup_with_kdf(
            &backup,
            &pass,
            &restored,
            &pass,
            KdfParams::minimum(),
        )?)
    })?;
    let restore_s = secs(t);
    std::fs::remove_file(&backup)?;
    std::fs::remove_file(&restored)?;

    let mut row = Row {
        customers: made.customers,
        purchases: made.purchases,
        lines: made.lines,
        build_s,
        build_mib,
        vault_mb,
        kdf_ms,
        unlock_ms: open_ms - key_ms,
        search: Spread::of(reads.search).unwrap_or_default(),
        profile: Spread::of(reads.profile).unwrap_or_default(),
        first_page_ms: reads.first_page,
        page: Spread::of(reads.page).unwrap_or_default(),
        today_full_ms: today.as_ref().map(|t| t.first),
        today_kept_ms: today
            .as_ref()
            .and_then(|t| Spread::of(t.full.clone()))
            .map(|s| s.p50),
        today_sale: today.and_then(|t| Spread::of(t.after_sale)),
        reads_mib,
        backtest_ms,
        import_rows,
        import_s,
        import_mib,
        backup_mb,
        backup_s,
        backup_mib,
        restore_s,
        restore_mib,
        sync_enable_s: None,
        sync_100_ms: None,
        sync_mib: None,
        sync_refused: false,
    };
    if size.sync {
        eprintln!("growth {}: sync", size.customers);
        sync(&mut shop, &files.path("sync"), &mut row)?;
    }
    Ok(row)
}

/// Turns sync on into `folder` (timed), notes a preference for 100
/// customers and syncs them (timed); with the peak memory of both. A sync
/// refused (the first copy too big for one change file) is said on
/// standard error and marked in the row, not an error of the benchmark.
fn sync(shop: &mut Shop, folder: &Path, row: &mut Row) -> anyhow::Result<()> {
    std::fs::create_dir_all(folder)?;
    peak::reset();
    let t = Instant::now();
    let enabled = shop.sync_enable(folder, Some("growth bench"));
    row.sync_enable_s = Some(secs(t));
    if let Err(e) = enabled {
        row.sync_mib = peak::peak_mib();
        row.sync_refused = true;
        let said = crate::words::error(&crate::words::current(), &e.into());
        eprintln!("growth {}: sync refused: {said}", row.customers);
        return Ok(());
    }
    let customers = shop.list_customers()?;
    let step = (customers.len() / 100).max(1);
    for c in customers.iter().step_by(step).take(100) {
        shop.add_preference(
            c.id,
            &NewPreference::said(PreferenceCategory::Taste, "oat milk in the flat white"),
        )?;
    }
    let t = Instant::now();
    shop.sync_now()?;
    row.sync_100_ms = Some(secs(t) * 1e3);
    row.sync_mib = peak::peak_mib();
    Ok(())
}
