//! `shopkeeper bench growth` at tiny sizes: it needs no vault, prints every
//! column with a number for each size, and leaves no file behind.

use crate::common::{shopkeeper, stdout};

/// The cells of the table rows that follow the heading `first`.
fn table<'a>(text: &'a str, first: &str) -> Vec<Vec<&'a str>> {
    text.lines()
        .skip_while(|l| !l.starts_with(&format!("| {first} |")))
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect()
}

#[test]
fn growth_prints_every_measure_for_each_size_and_cleans_up() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("none.vault");
    let out = shopkeeper(
        &vault,
        &[
            "bench",
            "growth",
            "--customers",
            "30,60",
            "--lines-per-customer",
            "20",
            "--rounds",
            "10",
            "--sales",
            "3",
            "--dir",
            dir.path().to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    for heading in [
        "vault MB",
        "unlock, KDF excluded",
        "search p99",
        "profile p50",
        "list first page",
        "list page p99",
        "Today full refresh",
        "Today after a sale p50",
        "backtest",
        "import rows/s",
        "backup MB/s",
        "restore MB/s",
        "sync 100 changed",
        "peak MiB",
    ] {
        assert!(
            text.contains(&format!("| {heading} |")),
            "{heading} missing:\n{text}"
        );
    }
    for first in ["customers | lines", "customers | build s"] {
        let rows = table(&text, first);
        // Heading, rule, two sizes, the biggest against the smallest.
        assert_eq!(rows.len(), 5, "{text}");
        for row in &rows[2..4] {
            assert_eq!(row.len(), rows[0].len(), "{text}");
            for cell in row {
                assert!(cell.parse::<f64>().is_ok(), "{cell:?} in {row:?}:\n{text}");
            }
        }
        assert_eq!(rows[2][0], "30");
        assert_eq!(rows[3][0], "60");
        assert!(rows[4][0].starts_with('×'), "{text}");
    }
    assert!(!vault.exists(), "it needs no vault and makes none");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
