//! Truncation, flipped bytes, swapped chunks, appended data: always an error, never a wrong restore.

use rand::{Rng, SeedableRng};
use rusqlite::Connection;
use shopkeeper_backup::BackupError;

use crate::common::*;

fn verify_bytes(bytes: &[u8]) -> Result<shopkeeper_backup::BackupSummary, BackupError> {
    shopkeeper_backup::verify_reader(bytes, unlock())
}

/// Restore `bytes` into a fresh in-memory database: it must fail and leave the target empty.
fn assert_restore_refused(bytes: &[u8], what: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.skbackup");
    std::fs::write(&file, bytes).unwrap();
    let target = Connection::open_in_memory().unwrap();
    assert!(
        shopkeeper_backup::restore(&file, unlock(), &target).is_err(),
        "{what}: restore succeeded"
    );
    let pages: u32 = target
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pages, 0, "{what}: the target was written to");
}

#[test]
fn truncated_at_every_chunk_boundary() {
    let f = fixture();
    let (header, payload) = layout(&f.bytes);
    let mut cuts = vec![
        0,
        1,
        15,
        16,
        59,
        60,
        header - 1,
        header,
        payload - 1,
        payload,
    ];
    let mut at = payload + ENC_CHUNK;
    while at < f.bytes.len() {
        cuts.extend([at - 1, at, at + 1]);
        at += ENC_CHUNK;
    }
    assert!(cuts.len() > 20, "the fixture has several chunks");
    for cut in cuts {
        let err = verify_bytes(&f.bytes[..cut]).unwrap_err();
        let expected = if cut < 16 {
            matches!(err, BackupError::NotABackup)
        } else if cut >= payload && (cut - payload) % ENC_CHUNK == 0 {
            matches!(err, BackupError::Truncated)
        } else {
            matches!(err, BackupError::Truncated | BackupError::Damaged)
        };
        assert!(expected, "cut at {cut}: {err:?}");
        assert!(!err.to_string().is_empty());
    }
    assert_restore_refused(&f.bytes[..payload + 2 * ENC_CHUNK], "cut at chunk 2");
    assert_restore_refused(&f.bytes[..f.bytes.len() - 1], "last byte missing");
}

#[test]
fn truncated_at_random_points() {
    let f = small_fixture();
    let mut rng = rand::rngs::StdRng::seed_from_u64(8);
    for _ in 0..200 {
        let cut = rng.gen_range(0..f.bytes.len());
        assert!(verify_bytes(&f.bytes[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn every_flipped_byte_is_detected() {
    let f = small_fixture();
    let (header, payload) = layout(&f.bytes);
    // Every byte of the header and metadata, except the passphrase slot's
    // parameters and salt (bytes 64..108), where most changes mean another
    // Argon2id run: three of those are sampled below.
    let mut positions: Vec<usize> = (0..payload).filter(|p| !(64..108).contains(p)).collect();
    positions.extend([60, 61, 76, 80, 107]);
    // A dense sample of the payload: every 211th byte, plus both ends of every chunk.
    positions.extend((payload..f.bytes.len()).step_by(211));
    let mut at = payload;
    while at < f.bytes.len() {
        positions.extend([at, at + 1, (at + ENC_CHUNK - 1).min(f.bytes.len() - 1)]);
        at += ENC_CHUNK;
    }
    positions.push(f.bytes.len() - 1);
    assert!(header < payload);
    let mut tampered = f.bytes.clone();
    for (i, &p) in positions.iter().enumerate() {
        let mask = if i % 2 == 0 { 0x01 } else { 0x80 };
        tampered[p] ^= mask;
        let err = verify_bytes(&tampered).unwrap_err();
        assert!(
            matches!(
                err,
                BackupError::Damaged
                    | BackupError::NotABackup
                    | BackupError::NewerVersion
                    | BackupError::WrongPassphrase
                    | BackupError::KdfOutOfBounds
                    | BackupError::Truncated
            ),
            "flip at {p}: {err:?}"
        );
        if p >= payload && i % 20 == 0 {
            assert_restore_refused(&tampered, &format!("flip at {p}"));
        }
        tampered[p] ^= mask;
    }
    assert_eq!(tampered, f.bytes);
}

#[test]
fn swapped_reordered_and_duplicated_chunks_fail() {
    let f = fixture();
    let (_, payload) = layout(&f.bytes);
    let chunk = |i: usize| &f.bytes[payload + i * ENC_CHUNK..payload + (i + 1) * ENC_CHUNK];
    let rebuild = |order: &[usize], tail: bool| {
        let mut v = f.bytes[..payload].to_vec();
        for &i in order {
            v.extend_from_slice(chunk(i));
        }
        let full = (f.bytes.len() - payload) / ENC_CHUNK;
        if tail {
            v.extend_from_slice(&f.bytes[payload + full * ENC_CHUNK..]);
        }
        v
    };
    let full = (f.bytes.len() - payload) / ENC_CHUNK;
    assert!(full >= 4);
    let identity: Vec<usize> = (0..full).collect();
    assert!(verify_bytes(&rebuild(&identity, true)).is_ok());
    let mut swapped = identity.clone();
    swapped.swap(1, 2);
    let mut dup = identity.clone();
    dup[3] = 2;
    let mut dropped = identity.clone();
    dropped.remove(1);
    for (what, order) in [("swap", swapped), ("duplicate", dup), ("drop", dropped)] {
        let bytes = rebuild(&order, true);
        assert!(
            matches!(verify_bytes(&bytes), Err(BackupError::Damaged)),
            "{what}"
        );
        assert_restore_refused(&bytes, what);
    }
    // The final chunk moved before the others.
    let mut moved = f.bytes[..payload].to_vec();
    moved.extend_from_slice(&f.bytes[payload + full * ENC_CHUNK..]);
    moved.extend_from_slice(&f.bytes[payload..payload + full * ENC_CHUNK]);
    assert!(verify_bytes(&moved).is_err());
}

#[test]
fn appended_data_fails() {
    let f = fixture();
    for extra in [
        &[0u8][..],
        &[0u8; 16][..],
        &f.bytes[f.bytes.len() - 100..],
        &[7u8; ENC_CHUNK][..],
    ] {
        let mut v = f.bytes.clone();
        v.extend_from_slice(extra);
        assert!(
            matches!(verify_bytes(&v), Err(BackupError::Damaged)),
            "{} bytes appended",
            extra.len()
        );
        assert_restore_refused(&v, "appended");
    }
}

#[test]
fn header_of_one_backup_with_the_body_of_another_fails() {
    let f = fixture();
    let conn = Connection::open(&f.shop).unwrap();
    let mut other = Vec::new();
    shopkeeper_backup::create_to_writer(&conn, &mut other, keys(), &facts()).unwrap();
    assert!(verify_bytes(&other).is_ok());
    let (_, payload) = layout(&f.bytes);
    let (header, _) = layout(&other);
    let mut spliced = f.bytes[..header].to_vec();
    spliced.extend_from_slice(&other[header..]);
    assert!(matches!(verify_bytes(&spliced), Err(BackupError::Damaged)));
    let mut spliced = other[..payload].to_vec();
    spliced.extend_from_slice(&f.bytes[payload..]);
    assert!(matches!(verify_bytes(&spliced), Err(BackupError::Damaged)));
}

#[test]
fn not_a_backup_newer_version_and_kdf_bounds() {
    let f = fixture();
    assert!(matches!(verify_bytes(b""), Err(BackupError::NotABackup)));
    assert!(matches!(
        verify_bytes(b"SQLite format 3\0 and more bytes here"),
        Err(BackupError::NotABackup)
    ));
    let mut v = f.bytes.clone();
    v[16] = 2;
    assert!(matches!(verify_bytes(&v), Err(BackupError::NewerVersion)));
    // A crafted header asking for 4 TiB of memory is refused before any work.
    let mut v = f.bytes.clone();
    v[60 + 4..60 + 8].copy_from_slice(&u32::MAX.to_le_bytes());
    let start = std::time::Instant::now();
    assert!(matches!(verify_bytes(&v), Err(BackupError::KdfOutOfBounds)));
    assert!(start.elapsed() < std::time::Duration::from_secs(1));
    let mut v = f.bytes.clone();
    v[60 + 8..60 + 12].copy_from_slice(&1_000_000u32.to_le_bytes());
    assert!(matches!(verify_bytes(&v), Err(BackupError::KdfOutOfBounds)));
}

/// A crafted header claiming a 4 GiB Argon2id memory cost, a billion key
/// slots or a 4 GiB metadata block is refused before any key derivation,
/// allocation or read: each answer comes back in well under a second.
#[test]
fn a_header_claiming_huge_costs_or_counts_is_refused_at_once() {
    let f = fixture();
    let patched = |at: usize, value: u32| {
        let mut v = f.bytes.clone();
        v[at..at + 4].copy_from_slice(&value.to_le_bytes());
        v
    };
    let four_gib_in_kib = 4 * 1024 * 1024;
    for (what, bytes, kdf) in [
        ("m_cost = 4 GiB", patched(60 + 4, four_gib_in_kib), true),
        ("1e9 slots", patched(20, 1_000_000_000), false),
        ("u32::MAX slots", patched(20, u32::MAX), false),
        ("4 GiB of metadata", patched(24, u32::MAX), false),
    ] {
        let start = std::time::Instant::now();
        let err = verify_bytes(&bytes).unwrap_err();
        assert!(
            start.elapsed() < std::time::Duration::from_millis(200),
            "{what}: took {:?}",
            start.elapsed()
        );
        match kdf {
            true => assert!(
                matches!(err, BackupError::KdfOutOfBounds),
                "{what}: {err:?}"
            ),
            false => assert!(matches!(err, BackupError::Damaged), "{what}: {err:?}"),
        }
        assert_restore_refused(&bytes, what);
    }
}
