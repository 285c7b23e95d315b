-- Shopkeeper schema: sync between the shop's computers (docs/sync.md).
--
-- Nothing here holds customer data except sync_conflict (the values two
-- computers disagreed on, for the owner to review; erased with the customer).
-- None of these tables is exported or synced: they are this computer's own
-- bookkeeping.

-- The clock of every synced record, written by triggers in the same
-- transaction as each change (see crates/core/src/changes/capture.rs).
-- `pk` is the record's key as a JSON array; `col` is a column name, '' for
-- the record's creation and '-' for its removal; `hlc` is a hybrid logical
-- clock reading ending in the device id (sync/clock.rs), so text order is
-- clock order.
CREATE TABLE sync_clock (
    tbl TEXT NOT NULL,
    pk  TEXT NOT NULL,
    col TEXT NOT NULL,
    hlc TEXT NOT NULL,
    PRIMARY KEY (tbl, pk, col)
) STRICT, WITHOUT ROWID;
CREATE INDEX sync_clock_by_hlc ON sync_clock (hlc);

-- This computer's sync settings: on or off, the folder, the shop's sync
-- key (inside the vault only), this computer's device id, name and the
-- sequence number of its next change file.
CREATE TABLE sync_local (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- The other computers this one has heard from.
CREATE TABLE sync_peer (
    device          TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    last_applied_at TEXT NOT NULL,
    files           INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The change files applied, so none is applied twice.
CREATE TABLE sync_applied (
    device     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (device, seq)
) STRICT, WITHOUT ROWID;

-- Per device, the newest clock reading of its changes this computer has
-- applied (to tell a concurrent change from one made knowing ours).
CREATE TABLE sync_seen (
    device TEXT PRIMARY KEY NOT NULL,
    hlc    TEXT NOT NULL
) STRICT;

-- Conflicts resolved: the same detail changed on two computers before
-- either had seen the other's change. The later change was kept.
CREATE TABLE sync_conflict (
    id          TEXT PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    tbl         TEXT NOT NULL,
    pk          TEXT NOT NULL,
    col         TEXT NOT NULL,
    customer_id TEXT REFERENCES customer (id),
    kept        TEXT,
    kept_from   TEXT NOT NULL,
    lost        TEXT,
    lost_from   TEXT NOT NULL
) STRICT;
CREATE INDEX sync_conflict_by_at ON sync_conflict (at);
