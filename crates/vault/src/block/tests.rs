//! The block layer against an in-memory model, and its edge cases.

use super::*;
use crate::raw::MemFile;
use proptest::prelude::*;

pub(super) fn keys() -> Arc<Keys> {
    Arc::new(Keys::new(&[42; 32], [7; 16]))
}

/// A header region for `keys()`: format 2, no blocks yet.
pub(crate) fn header_region() -> Vec<u8> {
    use crate::header::{Header, Slot, FORMAT_VERSION};
    let slot = Slot {
        salt: [0; 32],
        nonce: [0; 24],
        wrapped: [0; 48],
    };
    let mut h = Header {
        version: FORMAT_VERSION,
        epoch: 0,
        digest: [0; 16],
        generation: 1,
        db_id: [7; 16],
        kdf: crate::KdfParams::MIN,
        pass: slot.clone(),
        recovery: slot,
        mac_nonce: [0; 24],
        mac_tag: [0; 16],
    };
    h.seal(&[42; 32]);
    let mut region = h.encode();
    region.extend(h.encode());
    region
}

#[derive(Debug, Clone)]
enum Op {
    Write(u64, Vec<u8>),
    Read(u64, usize),
    Truncate(u64),
    /// SQLite takes (true) or drops (false) its lock: caching on or off.
    Lock(bool),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0u64..40_000, proptest::collection::vec(any::<u8>(), 1..9000)).prop_map(|(o, d)| Op::Write(o, d)),
        3 => (0u64..45_000, 0usize..10_000).prop_map(|(o, n)| Op::Read(o, n)),
        1 => (0u64..40_000).prop_map(Op::Truncate),
        2 => any::<bool>().prop_map(Op::Lock),
    ]
}

fn run(kind: FileKind, ops: Vec<Op>, layout: Option<Layout>) {
    let mut bf = match kind {
        FileKind::Main => {
            let mut f = MemFile::default();
            f.write_at(&header_region(), 0).unwrap();
            BlockFile::main(f, keys())
        }
        FileKind::Journal => BlockFile::journal(MemFile::default(), keys()).unwrap(),
    };
    if let Some(l) = layout {
        bf = bf.with_layout(l);
    }
    let mut model: Vec<u8> = Vec::new();
    for op in ops {
        match op {
            Op::Write(o, d) => {
                bf.write(&d, o).unwrap();
                let end = o as usize + d.len();
                if model.len() < end {
                    model.resize(end, 0);
                }
                model[o as usize..end].copy_from_slice(&d);
            }
            Op::Read(o, n) => {
                let mut buf = vec![0xAAu8; n];
                let got = bf.read(&mut buf, o).unwrap();
                let o = o as usize;
                let expect_n = model.len().saturating_sub(o).min(n);
                assert_eq!(got, expect_n);
                if expect_n > 0 {
                    assert_eq!(&buf[..got], &model[o..o + got]);
                }
                assert!(buf[got..].iter().all(|&x| x == 0));
            }
            Op::Truncate(s) => {
                bf.truncate(s).unwrap();
                model.resize(s as usize, 0);
            }
            Op::Lock(l) => bf.set_locked(l),
        }
        assert_eq!(bf.size().unwrap(), model.len() as u64);
    }
    assert!(bf.check_all().unwrap().is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn main_file_matches_vec_model(ops in proptest::collection::vec(op(), 1..40)) {
        run(FileKind::Main, ops, None);
    }

    #[test]
    fn journal_file_matches_vec_model(ops in proptest::collection::vec(op(), 1..40)) {
        run(FileKind::Journal, ops, None);
    }

    #[test]
    fn skipped_lock_range_matches_vec_model(ops in proptest::collection::vec(op(), 1..40), lo in 8192u64..30_000) {
        let layout = Layout { data_start: 8192, lock_lo: lo, lock_hi: lo + 512 };
        run(FileKind::Main, ops, Some(layout));
    }
}

#[test]
fn a_reader_drops_cached_blocks_that_another_handle_rewrote() {
    use crate::raw::{MemFs, OpenName, RawFs};
    let fs = MemFs::default();
    fs.set_budget(-1);
    fs.put("/db", header_region());
    let name = OpenName {
        path: "/db".into(),
        ptr: std::ptr::null(),
    };
    let open = || BlockFile::main(fs.open(&name, 0).unwrap().0, keys());
    let (mut w, mut r) = (open(), open());
    // A "commit" rewrites block 0 (SQLite's change counter) and `blocks` in all.
    let commit = |w: &mut BlockFile<_>, fill: u8, blocks: usize| {
        w.set_locked(true);
        w.write(&vec![fill; blocks * BLOCK as usize], 0).unwrap();
        w.set_locked(false);
    };
    let read = |r: &mut BlockFile<_>, block: u64| {
        r.set_locked(true);
        let mut buf = [0u8; 4];
        r.read(&mut buf, block * BLOCK).unwrap();
        r.set_locked(false);
        buf[0]
    };
    commit(&mut w, 1, 3);
    assert_eq!(read(&mut r, 1), 1);
    assert_eq!(read(&mut r, 2), 1);
    // Same size, new contents.
    commit(&mut w, 2, 3);
    assert_eq!(read(&mut r, 1), 2);
    // Shrunk, then grown again: the old block 2 must not come back.
    w.set_locked(true);
    w.truncate(BLOCK).unwrap();
    w.set_locked(false);
    assert_eq!(r.size().unwrap(), BLOCK);
    commit(&mut w, 3, 1);
    w.set_locked(true);
    w.write(&[4u8; 2 * BLOCK as usize], BLOCK).unwrap();
    w.set_locked(false);
    assert_eq!(read(&mut r, 0), 3);
    assert_eq!(read(&mut r, 2), 4);
    // The reader's own writes keep its cache coherent too.
    r.set_locked(true);
    r.write(&[5u8; 10], BLOCK).unwrap();
    let mut buf = [0u8; 12];
    r.read(&mut buf, BLOCK).unwrap();
    assert_eq!(buf, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4]);
    r.set_locked(false);
    assert_eq!(read(&mut w, 1), 5);
}

#[test]
fn lock_range_is_never_touched() {
    let l = Layout::new(crate::header::HEADER_REGION);
    for b in 0..400_000u64 {
        let s = l.offset(b);
        assert!(
            s + SLOT <= LOCK_LO || s >= LOCK_HI,
            "block {b} overlaps the lock range"
        );
    }
    // Physical size right after the skipped slot maps back to the right block count.
    let (first, n) = l.skipped();
    assert!(n >= 1);
    let after = l.offset(first);
    assert_eq!(l.blocks(after), (first, 0));
    assert_eq!(l.blocks(after + SLOT), (first + 1, 0));
}

#[test]
fn tampered_block_is_an_error_in_main_and_zeros_in_journal() {
    let mut f = MemFile::default();
    f.write_at(&header_region(), 0).unwrap();
    let mut bf = BlockFile::main(f, keys());
    bf.write(&[5u8; 8192], 0).unwrap();
    bf.raw_mut().data_mut()[8192 + 30] ^= 1;
    let mut buf = [0u8; 10];
    assert!(matches!(
        bf.read(&mut buf, 0),
        Err(BlockError::Auth { block: 0 })
    ));
    assert_eq!(bf.read(&mut buf, 4096).unwrap(), 10);
    assert_eq!(bf.check_all().unwrap(), vec![0]);

    let mut j = BlockFile::journal(MemFile::default(), keys()).unwrap();
    j.write(&[5u8; 100], 0).unwrap();
    j.sync(0).unwrap();
    j.raw_mut().data_mut()[40] ^= 1;
    let mut buf = [1u8; 100];
    assert_eq!(j.read(&mut buf, 0).unwrap(), 100);
    assert!(buf.iter().all(|&x| x == 0));
}

#[test]
fn blocks_cannot_be_swapped_or_moved_between_files() {
    let mut f = MemFile::default();
    f.write_at(&header_region(), 0).unwrap();
    let mut bf = BlockFile::main(f, keys());
    bf.write(&[1u8; 4096], 0).unwrap();
    bf.write(&[2u8; 4096], 4096).unwrap();
    let d = bf.raw_mut().data_mut();
    let (a, b) = d[8192..].split_at_mut(SLOT as usize);
    a.swap_with_slice(&mut b[..SLOT as usize]);
    let mut buf = [0u8; 1];
    assert!(bf.read(&mut buf, 0).is_err());
    assert!(bf.read(&mut buf, 4096).is_err());
}
