//! The journal's tail: SQLite's record pieces sealed once per block, with
//! nothing read back, and on disk when `sync` returns.

use super::tests::keys;
use super::*;
use crate::raw::MemFile;

/// A memory file that counts the raw calls made on it.
#[derive(Default)]
struct Counted {
    file: MemFile,
    reads: usize,
    writes: usize,
    sizes: usize,
}

impl RawIo for Counted {
    fn read_exact_at(&mut self, buf: &mut [u8], off: u64) -> io::Result<()> {
        self.reads += 1;
        self.file.read_exact_at(buf, off)
    }
    fn write_at(&mut self, buf: &[u8], off: u64) -> io::Result<()> {
        self.writes += 1;
        self.file.write_at(buf, off)
    }
    fn truncate(&mut self, size: u64) -> io::Result<()> {
        self.file.truncate(size)
    }
    fn size(&mut self) -> io::Result<u64> {
        self.sizes += 1;
        self.file.size()
    }
    fn sync(&mut self, flags: i32) -> io::Result<()> {
        self.file.sync(flags)
    }
}

/// Writes a journal as SQLite does (a 4096-byte header, then per page its
/// number, the page and a checksum in three writes); returns its bytes.
fn write_records<R: RawIo>(j: &mut BlockFile<R>, pages: u32) -> Vec<u8> {
    let mut model = vec![9u8; 4096];
    j.write(&model.clone(), 0).unwrap();
    append_records(j, &mut model, 0..pages);
    model
}

/// Appends SQLite's three writes per page for `pages` at the end of `model`.
fn append_records<R: RawIo>(
    j: &mut BlockFile<R>,
    model: &mut Vec<u8>,
    pages: std::ops::Range<u32>,
) {
    for p in pages {
        let page = vec![p as u8; 4096];
        for piece in [&p.to_be_bytes()[..], &page, &(!p).to_be_bytes()[..]] {
            j.write(piece, model.len() as u64).unwrap();
            model.extend_from_slice(piece);
        }
    }
}

#[test]
fn journal_records_are_sealed_once_per_block_and_never_read_back() {
    let mut j = BlockFile::journal(Counted::default(), keys()).unwrap();
    let model = write_records(&mut j, 5);
    // Nothing but the journal's own header is on disk before the sync.
    assert_eq!(j.raw_mut().file.size().unwrap(), JOURNAL_HEADER_LEN);
    assert_eq!(j.size().unwrap(), model.len() as u64);
    j.sync(0).unwrap();
    let raw = j.raw_mut();
    assert_eq!(raw.reads, 0, "no block was read back to be rewritten");
    assert_eq!(
        raw.writes, 2,
        "the journal header, then every block in one run"
    );
    assert_eq!(raw.sizes, 1, "the size is known from the open on");

    // A handle opened afresh reads every byte back.
    let file = std::mem::take(&mut j.raw_mut().file);
    let mut k = BlockFile::journal(file, keys()).unwrap();
    let mut back = vec![0u8; model.len()];
    assert_eq!(k.read(&mut back, 0).unwrap(), model.len());
    assert_eq!(back, model);
}

#[test]
fn a_long_journal_goes_out_in_whole_blocks_and_reads_back_whole() {
    let mut j = BlockFile::journal(Counted::default(), keys()).unwrap();
    // About 1.6 MB: the tail writes its whole blocks out many times over.
    let model = write_records(&mut j, 400);
    let on_disk = j.raw_mut().file.size().unwrap();
    assert!(on_disk > JOURNAL_HEADER_LEN && (on_disk - JOURNAL_HEADER_LEN).is_multiple_of(SLOT));
    // An overwrite before the tail (SQLite's record count in its header)
    // and a read of the whole journal see one file.
    let mut model = model;
    j.write(&[7u8; 12], 0).unwrap();
    model[..12].fill(7);
    assert_eq!(j.raw_mut().reads, 1, "only the block rewritten in part");
    let mut back = vec![0u8; model.len()];
    assert_eq!(j.read(&mut back, 0).unwrap(), model.len());
    assert_eq!(back, model);
    j.sync(0).unwrap();
    // Truncated to zero: the tail and the header go.
    j.write(&[1u8; 100], model.len() as u64).unwrap();
    j.truncate(0).unwrap();
    assert_eq!(j.size().unwrap(), 0);
    assert_eq!(j.raw_mut().file.size().unwrap(), 0);
}

#[test]
fn a_synced_journal_survives_a_power_cut_whatever_happens_to_its_unsynced_tail() {
    use crate::raw::{MemFs, OpenName, RawFs};
    use rand::SeedableRng;
    let name = OpenName {
        path: "/j".into(),
        ptr: std::ptr::null(),
    };
    for seed in 0..50 {
        let fs = MemFs::default();
        fs.set_budget(-1);
        let open = || fs.open(&name, rusqlite::ffi::SQLITE_OPEN_CREATE).unwrap().0;
        let mut j = BlockFile::journal(open(), keys()).unwrap();
        let synced = write_records(&mut j, 30);
        j.sync(0).unwrap();
        // After a sync SQLite starts its next segment at a block boundary.
        let mut more = synced.clone();
        more.resize(synced.len().div_ceil(BLOCK as usize) * BLOCK as usize, 0);
        append_records(&mut j, &mut more, 30..60);
        fs.crash(&mut rand::rngs::StdRng::seed_from_u64(seed));
        drop(j);
        let mut k = BlockFile::journal(open(), keys()).unwrap();
        let mut back = vec![0u8; synced.len()];
        assert_eq!(k.read(&mut back, 0).unwrap(), synced.len());
        assert!(
            back == synced,
            "seed {seed}: a synced journal byte was lost"
        );
    }
}
