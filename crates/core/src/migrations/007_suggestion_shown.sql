-- Shopkeeper schema 7: when each follow-up suggestion was first shown to the
-- owner on this computer (issue 20, outcomes). Suggestions shown but never
-- marked done are the comparison group of "did the follow-up help?"
-- (`suggest::outcomes`).
--
-- One row per suggestion key, written when Today first lists it and never
-- changed after. It is this computer's own record of what its screen
-- showed: not exported and not synced (docs/sync.md). It refers to the
-- customer, so an erasure deletes the customer's rows with everything else
-- (erase.rs finds tables from their references to `customer`), and a merge
-- moves them to the record kept.
CREATE TABLE suggestion_shown (
    suggestion_key TEXT PRIMARY KEY NOT NULL CHECK (length(suggestion_key) > 0),
    customer_id    TEXT NOT NULL REFERENCES customer (id),
    kind           TEXT NOT NULL,
    shown_at       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX suggestion_shown_by_customer ON suggestion_shown (customer_id);
