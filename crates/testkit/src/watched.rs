//! A database user watched through a second connection to its file.

use std::cell::{RefCell, RefMut};
use std::fmt::Debug;

/// Something that writes to a database file (a shop), set up once for a
/// property, with a second connection to the same file: SQLite's
/// `PRAGMA data_version` on it changes exactly when the first commits, so
/// "a refused operation wrote nothing" costs one query per case, whatever
/// the size of the database.
pub struct Watched<S> {
    subject: RefCell<S>,
    raw: rusqlite::Connection,
    _dir: tempfile::TempDir,
}

impl<S> Watched<S> {
    /// Watches `subject`, whose file `raw` is another connection to; `dir`
    /// (the file's folder) lives as long as this.
    pub fn new(dir: tempfile::TempDir, subject: S, raw: rusqlite::Connection) -> Watched<S> {
        Watched {
            subject: RefCell::new(subject),
            raw,
            _dir: dir,
        }
    }

    /// The subject, to prepare or inspect it.
    pub fn subject(&self) -> RefMut<'_, S> {
        self.subject.borrow_mut()
    }

    /// The data version the second connection sees now.
    pub fn version(&self) -> i64 {
        self.raw
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .expect("PRAGMA data_version reads")
    }

    /// Runs `op` on the subject and checks that when it is refused (an
    /// error), or `wrote` says it kept nothing (a dry run), nothing was
    /// committed.
    pub fn attempt<T, E: Debug>(
        &self,
        op: impl FnOnce(&mut S) -> Result<T, E>,
        wrote: impl FnOnce(&T) -> bool,
    ) -> Result<T, E> {
        let before = self.version();
        let out = op(&mut self.subject());
        if !out.as_ref().is_ok_and(wrote) {
            assert_eq!(
                self.version(),
                before,
                "refused (or a dry run), yet it wrote: {:?}",
                out.as_ref().err()
            );
        }
        out
    }
}
