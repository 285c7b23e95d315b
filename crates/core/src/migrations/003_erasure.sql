-- Shopkeeper schema: erasure and retention (the customer's right to be
-- forgotten, and the shop's review of customers it no longer needs to keep).
--
-- An erasure is recorded without personal data: only the customer's id, when,
-- and whether their purchases were kept (anonymized) or deleted. The consent
-- ledger stays append-only except for one path: the entries of a customer who
-- has an erasure record may be deleted, so the only way to remove consent
-- history is an explicit, recorded erasure.

CREATE TABLE erasure (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL,
    erased_at   TEXT NOT NULL,
    purchases   TEXT NOT NULL CHECK (purchases IN ('kept-anonymized', 'deleted'))
) STRICT;
CREATE INDEX erasure_by_customer ON erasure (customer_id);

DROP TRIGGER consent_entry_no_delete;
CREATE TRIGGER consent_entry_no_delete BEFORE DELETE ON consent_entry
WHEN NOT EXISTS (SELECT 1 FROM erasure WHERE customer_id = OLD.customer_id)
BEGIN
    SELECT RAISE(ABORT, 'The consent history cannot be deleted; record a new entry instead.');
END;

-- Retention review: the owner decided to keep a customer who has had no
-- purchase or contact for a long time; they are left out of the review until
-- `keep_until`.
CREATE TABLE retention_keep (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer (id),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    kept_at     TEXT NOT NULL,
    keep_until  TEXT NOT NULL
) STRICT;
CREATE INDEX retention_keep_by_customer ON retention_keep (customer_id, keep_until);
