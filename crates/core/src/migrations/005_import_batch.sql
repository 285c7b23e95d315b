-- Shopkeeper schema: import batches, receipts and undo (docs/ARCHITECTURE.md, "Import batches").
--
-- Every purchase import is recorded as a batch; the records it made carry
-- the batch's id, so the import can be undone (`Shop::undo_import`) by
-- removing exactly those records. The batch itself stays, marked undone.

CREATE TABLE import_batch (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('purchases', 'customers')),
    source      TEXT NOT NULL,     -- the file's layout: 'shopkeeper', 'shopify', ...
    file_name   TEXT,              -- the file's name (never its folder)
    at          TEXT NOT NULL,     -- when it was imported
    rows        INTEGER NOT NULL DEFAULT 0,
    purchases   INTEGER NOT NULL DEFAULT 0,
    lines       INTEGER NOT NULL DEFAULT 0,
    refunds     INTEGER NOT NULL DEFAULT 0,
    already     INTEGER NOT NULL DEFAULT 0,  -- receipts already in the shop, skipped
    customers   INTEGER NOT NULL DEFAULT 0,  -- customers it made
    products    INTEGER NOT NULL DEFAULT 0,  -- products it made
    undone_at   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Where an imported purchase came from: the till's receipt number with the
-- file's layout (`source`, only with a receipt number: numbers are unique per
-- layout; the batch names the layout of the others), the receipt a refund
-- returns from, whether it holds a refund (a receipt's refund lines are a
-- purchase of their own), and its import.
ALTER TABLE purchase ADD COLUMN source TEXT;
ALTER TABLE purchase ADD COLUMN receipt TEXT;
ALTER TABLE purchase ADD COLUMN refund_of TEXT;
ALTER TABLE purchase ADD COLUMN is_refund INTEGER NOT NULL DEFAULT 0 CHECK (is_refund IN (0, 1));
ALTER TABLE purchase ADD COLUMN batch_id TEXT REFERENCES import_batch (id);
ALTER TABLE customer ADD COLUMN batch_id TEXT REFERENCES import_batch (id);
ALTER TABLE product ADD COLUMN batch_id TEXT REFERENCES import_batch (id);
ALTER TABLE consent_entry ADD COLUMN batch_id TEXT REFERENCES import_batch (id);

-- A receipt is in the shop once: a second import of the same file skips it
-- (also when it was voided since: an import never brings it back).
CREATE INDEX purchase_by_receipt ON purchase (source, receipt) WHERE receipt IS NOT NULL;
CREATE UNIQUE INDEX purchase_receipt ON purchase (source, receipt, is_refund)
    WHERE receipt IS NOT NULL AND deleted_at IS NULL;
-- No index of purchases by batch: a million-row import would write a
-- million entries into it, and only an undo (rare) reads purchases by batch.
CREATE INDEX customer_by_batch ON customer (batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX product_by_batch ON product (batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX consent_by_batch ON consent_entry (batch_id) WHERE batch_id IS NOT NULL;

-- The consent ledger lets go of an entry only through a recorded erasure of
-- its customer (migration 003) or the recorded undo of the import that
-- wrote it.
DROP TRIGGER consent_entry_no_delete;
CREATE TRIGGER consent_entry_no_delete BEFORE DELETE ON consent_entry
WHEN NOT EXISTS (SELECT 1 FROM erasure WHERE customer_id = OLD.customer_id)
 AND NOT EXISTS (SELECT 1 FROM import_batch WHERE id = OLD.batch_id AND undone_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'The consent history cannot be deleted; record a new entry instead.');
END;
