//! Checks on what another computer wrote, before anything of it is applied:
//! every clock reading must be one (fixed width, lowercase hexadecimal, a
//! device id), and none may be further ahead of this computer's clock than
//! [`MAX_AHEAD_HOURS`]. A reading like `zzzz…` or `ffff…` would otherwise
//! win every later comparison (readings compare as text) and carry this
//! computer's clock past the end of its fixed width.
//!
//! A file that fails is refused whole (never half applied), so every computer
//! decides the same about it; one that is only too far ahead is tried again
//! at later syncs, and applies once the clocks have caught up.

use super::file::{ChangeFile, FileProblem};
use shopkeeper_core::changes::{is_device_id, Hlc};

/// How far ahead of this computer's clock a reading may be.
pub(crate) const MAX_AHEAD_HOURS: u64 = 24;

/// The longest column name a reading may be for.
const MAX_COLUMN_LEN: usize = 64;

/// Checks every reading of `file` against `now` (milliseconds since 1970).
pub(crate) fn readings(file: &ChangeFile, now: u64) -> Result<(), FileProblem> {
    let limit = now.saturating_add(MAX_AHEAD_HOURS * 3_600_000);
    let mut ahead = false;
    let mut check = |text: &str| match Hlc::parse(text) {
        Some((h, _)) => {
            ahead |= h.millis > limit;
            Ok(())
        }
        None => Err(FileProblem::BadReading),
    };
    for (device, h) in &file.seen {
        if !is_device_id(device) {
            return Err(FileProblem::BadReading);
        }
        check(h)?;
    }
    for rec in &file.records {
        for (col, h) in &rec.c {
            if !is_column(col) {
                return Err(FileProblem::BadReading);
            }
            check(h)?;
        }
    }
    if ahead {
        return Err(FileProblem::Ahead);
    }
    Ok(())
}

/// Whether `col` can name a clock row: the record's making (`""`), removal
/// (`"-"`) or a column (a plain SQL name).
fn is_column(col: &str) -> bool {
    col.is_empty()
        || col == "-"
        || (col.len() <= MAX_COLUMN_LEN
            && col
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::file::Record;

    fn with(col: &str, reading: &str) -> ChangeFile {
        ChangeFile {
            device: "0123456789abcdef".into(),
            device_name: "x".into(),
            seq: 1,
            written_at: String::new(),
            seen: BTreeMap::new(),
            records: vec![Record {
                t: "customer".into(),
                k: "[\"x\"]".into(),
                c: BTreeMap::from([(col.into(), reading.into())]),
                v: None,
            }],
        }
    }

    #[test]
    fn hostile_readings_are_refused() {
        let now = 1_700_000_000_000u64;
        let at = |ms: u64| {
            Hlc {
                millis: ms,
                counter: 3,
            }
            .text("0123456789abcdef")
        };
        assert_eq!(readings(&with("", &at(now)), now), Ok(()));
        assert_eq!(readings(&with("notes", &at(0)), now), Ok(()));
        for bad in [
            "zzzz".to_string(),
            "ffffffffffff-ffff-ffffffffffffffffff".into(),
            format!("{}0", at(now)),
            at(now).to_uppercase(),
            String::new(),
        ] {
            assert_eq!(
                readings(&with("", &bad), now),
                Err(FileProblem::BadReading),
                "{bad}"
            );
        }
        assert_eq!(
            readings(&with("a\"; DROP", &at(now)), now),
            Err(FileProblem::BadReading)
        );
        assert_eq!(
            readings(&with("", "ffffffffffff-ffff-ffffffffffffffff"), now),
            Err(FileProblem::Ahead)
        );
        assert_eq!(
            readings(&with("", &at(now + 25 * 3_600_000)), now),
            Err(FileProblem::Ahead)
        );
        assert_eq!(readings(&with("", &at(now + 23 * 3_600_000)), now), Ok(()));
    }
}
