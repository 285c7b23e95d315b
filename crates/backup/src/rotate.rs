//! Backup file names and the rotation that thins out old automatic backups.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDateTime};
use unicode_normalization::UnicodeNormalization;

use crate::error::{BackupError, Result};
use crate::format::EXTENSION;
use crate::header::read_header_with_keys;
use crate::keys::BackupKeys;

const TIME_FORMAT: &str = "%Y-%m-%dT%H%M";
/// Length of a formatted [`TIME_FORMAT`] (`2026-11-23T1830`).
const TIME_LEN: usize = 15;

/// The file name for a backup of `shop_name` made at `now` (the shop's local
/// wall-clock time), for example `corner-books-2026-11-23T1830.skbackup`.
///
/// The shop name becomes a lower-case slug (letters and digits of any script
/// kept, everything else turned into single dashes, at most 40 characters);
/// an empty slug becomes `shopkeeper`. Names sort by time within a shop, and
/// [`rotate`] reads the time back from them.
pub fn backup_file_name(shop_name: &str, now: NaiveDateTime) -> String {
    let mut slug = String::new();
    for c in shop_name.nfc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "shopkeeper" } else { slug };
    format!("{slug}-{}.{EXTENSION}", now.format(TIME_FORMAT))
}

/// Split a name made by [`backup_file_name`] into its shop slug and time.
pub(crate) fn parse_backup_name(name: &str) -> Option<(String, NaiveDateTime)> {
    let stem = name.strip_suffix(EXTENSION)?.strip_suffix('.')?;
    let split = stem.len().checked_sub(TIME_LEN)?;
    if !stem.is_char_boundary(split) {
        return None;
    }
    let (prefix, time) = stem.split_at(split);
    let prefix = prefix.strip_suffix('-')?;
    if prefix.is_empty() || prefix.starts_with('.') {
        return None;
    }
    let time = NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()?;
    Some((prefix.to_string(), time))
}

/// How many automatic backups to keep.
///
/// Like restic's `--keep-daily/--keep-weekly/--keep-monthly`: the newest backup
/// of each of the last `daily` days that have a backup is kept, likewise the
/// newest of each of the last `weekly` ISO weeks and `monthly` calendar months
/// that have one. A backup kept by any rule stays. The newest backup always
/// stays, and so does any dated after `now` (a clock that was wrong).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RotationPolicy {
    /// Days to keep one backup for.
    pub daily: usize,
    /// ISO weeks to keep one backup for.
    pub weekly: usize,
    /// Calendar months to keep one backup for.
    pub monthly: usize,
}

impl Default for RotationPolicy {
    /// 7 daily, 4 weekly, 12 monthly.
    fn default() -> Self {
        RotationPolicy {
            daily: 7,
            weekly: 4,
            monthly: 12,
        }
    }
}

/// Maps a time to its day, ISO week or month (the last field tells the rules apart).
type Bucket = fn(&NaiveDateTime) -> (i32, u32, u32);

/// Which of `times` (in any order) to keep under `policy`; `true` = keep.
pub fn plan_rotation(
    times: &[NaiveDateTime],
    policy: &RotationPolicy,
    now: NaiveDateTime,
) -> Vec<bool> {
    let mut keep = vec![false; times.len()];
    let mut order: Vec<usize> = (0..times.len()).collect();
    // Newest first; equal times by index so the plan is deterministic.
    order.sort_by(|&a, &b| times[b].cmp(&times[a]).then(a.cmp(&b)));
    let past: Vec<usize> = order
        .into_iter()
        .filter(|&i| {
            if times[i] > now {
                keep[i] = true;
                false
            } else {
                true
            }
        })
        .collect();
    if let Some(&newest) = past.first() {
        keep[newest] = true;
    }
    let rules: [(usize, Bucket); 3] = [
        (policy.daily, |t| (t.year(), t.ordinal(), 0)),
        (policy.weekly, |t| {
            let w = t.iso_week();
            (w.year(), w.week(), 1)
        }),
        (policy.monthly, |t| (t.year(), t.month(), 2)),
    ];
    for (n, bucket) in rules {
        let mut last = None;
        let mut kept = 0;
        for &i in &past {
            let b = bucket(&times[i]);
            if last != Some(b) {
                last = Some(b);
                if kept < n {
                    keep[i] = true;
                    kept += 1;
                }
            }
        }
    }
    keep
}

/// Delete the backups in `dir` that `policy` no longer keeps, and return their paths.
///
/// Only files whose names come from [`backup_file_name`] and whose header
/// authenticates under `keys` (the keys this shop's backups are made with:
/// its passphrase slot with the same salt and parameters, or its recovery
/// key; no Argon2id runs) are considered; each shop slug is rotated on its
/// own. Anything else in the folder, including a file named like a backup
/// that does not authenticate (another shop's, one made with another
/// passphrase, or a fake), is never touched.
pub fn rotate(
    dir: &Path,
    policy: &RotationPolicy,
    now: NaiveDateTime,
    keys: &BackupKeys,
) -> Result<Vec<PathBuf>> {
    let mut groups: BTreeMap<String, Vec<(PathBuf, NaiveDateTime)>> = BTreeMap::new();
    for l in crate::list(dir)? {
        if !l.looks_like_backup || !made_with(&l.path, keys) {
            continue;
        }
        if let Some((prefix, time)) = parse_backup_name(&l.file_name) {
            groups.entry(prefix).or_default().push((l.path, time));
        }
    }
    let mut deleted = Vec::new();
    for (_, mut files) in groups {
        files.sort();
        let times: Vec<NaiveDateTime> = files.iter().map(|f| f.1).collect();
        for ((path, _), keep) in files.into_iter().zip(plan_rotation(&times, policy, now)) {
            if !keep {
                fs::remove_file(&path)?;
                deleted.push(path);
            }
        }
    }
    deleted.sort();
    Ok(deleted)
}

/// Whether the file at `path` is a backup whose header authenticates under `keys`.
fn made_with(path: &Path, keys: &BackupKeys) -> bool {
    fs::File::open(path)
        .map_err(BackupError::from)
        .and_then(|f| read_header_with_keys(&mut io::BufReader::new(f), keys))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, 30, 0)
            .unwrap()
    }

    #[test]
    fn names_round_trip() {
        let t = at(2026, 11, 23, 18);
        assert_eq!(
            backup_file_name("", t),
            "shopkeeper-2026-11-23T1830.skbackup"
        );
        assert_eq!(
            backup_file_name("Corner Books & Co.", t),
            "corner-books-co-2026-11-23T1830.skbackup"
        );
        assert_eq!(
            backup_file_name("Zoë Ødegård", t),
            "zoë-ødegård-2026-11-23T1830.skbackup"
        );
        assert_eq!(
            backup_file_name("李小龙", t),
            "李小龙-2026-11-23T1830.skbackup"
        );
        assert_eq!(
            backup_file_name("../../etc", t),
            "etc-2026-11-23T1830.skbackup"
        );
        for shop in ["", "Corner Books", "李小龙", "a-b"] {
            let (prefix, time) = parse_backup_name(&backup_file_name(shop, t)).unwrap();
            assert_eq!(time, t);
            assert!(!prefix.is_empty());
        }
        assert_eq!(parse_backup_name("notes.txt"), None);
        assert_eq!(parse_backup_name("2026-11-23T1830.skbackup"), None);
        assert_eq!(
            parse_backup_name(".x-2026-11-23T1830.skbackup.partial-00"),
            None
        );
        assert_eq!(parse_backup_name("x-2026-13-23T1830.skbackup"), None);
    }

    #[test]
    fn long_names_are_cut() {
        let name = backup_file_name(&"x".repeat(500), at(2026, 1, 1, 0));
        assert!(name.len() < 70, "{name}");
    }

    /// A backup every day at 18:30 for two years: 7 daily + 4 weekly + 12 monthly, minus overlaps.
    #[test]
    fn daily_backups_for_two_years() {
        let now = at(2026, 11, 23, 19);
        let times: Vec<_> = (0..730)
            .map(|d| at(2026, 11, 23, 18) - Duration::days(d))
            .collect();
        let keep = plan_rotation(&times, &RotationPolicy::default(), now);
        let kept: Vec<_> = times
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(t, _)| *t)
            .collect();
        // 7 days: Nov 17..23. 4 ISO weeks, newest of each: Mon Nov 23 (already kept by the
        // daily rule, but its week still counts), Sun Nov 22, 15, 8. 12 months: Nov 23, then
        // the last day of Oct 2026 back to Dec 2025.
        let mut expected: Vec<_> = (0..7).map(|d| at(2026, 11, 23 - d, 18)).collect();
        expected.extend([at(2026, 11, 15, 18), at(2026, 11, 8, 18)]);
        expected.extend([
            at(2026, 10, 31, 18),
            at(2026, 9, 30, 18),
            at(2026, 8, 31, 18),
            at(2026, 7, 31, 18),
            at(2026, 6, 30, 18),
            at(2026, 5, 31, 18),
            at(2026, 4, 30, 18),
            at(2026, 3, 31, 18),
            at(2026, 2, 28, 18),
            at(2026, 1, 31, 18),
            at(2025, 12, 31, 18),
        ]);
        let mut kept_sorted = kept.clone();
        kept_sorted.sort_by(|a, b| b.cmp(a));
        expected.sort_by(|a, b| b.cmp(a));
        assert_eq!(kept_sorted, expected);
    }

    #[test]
    fn several_a_day_keeps_the_newest_of_each_day() {
        let now = at(2026, 3, 10, 23);
        let times = vec![
            at(2026, 3, 10, 9),
            at(2026, 3, 10, 17),
            at(2026, 3, 9, 9),
            at(2026, 3, 9, 12),
        ];
        let keep = plan_rotation(&times, &RotationPolicy::default(), now);
        assert_eq!(keep, vec![false, true, false, true]);
    }

    #[test]
    fn old_backups_are_kept_when_nothing_newer_exists() {
        // The shop stopped backing up years ago: the last ones are still kept.
        let now = at(2030, 1, 1, 0);
        let times = vec![at(2026, 3, 10, 9), at(2026, 3, 9, 9)];
        assert_eq!(
            plan_rotation(&times, &RotationPolicy::default(), now),
            vec![true, true]
        );
    }

    #[test]
    fn future_and_newest_always_stay() {
        let now = at(2026, 3, 10, 12);
        let times = vec![at(2027, 1, 1, 0), at(2026, 3, 10, 9), at(2026, 3, 9, 9)];
        let none = RotationPolicy {
            daily: 0,
            weekly: 0,
            monthly: 0,
        };
        assert_eq!(plan_rotation(&times, &none, now), vec![true, true, false]);
        assert!(plan_rotation(&[], &none, now).is_empty());
    }

    #[test]
    fn plan_does_not_depend_on_input_order() {
        let now = at(2026, 11, 23, 19);
        let mut times: Vec<_> = (0..200)
            .map(|i| at(2026, 11, 23, 18) - Duration::hours(i * 7))
            .collect();
        let keep = plan_rotation(&times, &RotationPolicy::default(), now);
        let mut kept: Vec<_> = times
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(t, _)| *t)
            .collect();
        times.reverse();
        let keep2 = plan_rotation(&times, &RotationPolicy::default(), now);
        let mut kept2: Vec<_> = times
            .iter()
            .zip(&keep2)
            .filter(|(_, k)| **k)
            .map(|(t, _)| *t)
            .collect();
        kept.sort();
        kept2.sort();
        assert_eq!(kept, kept2);
    }
}
