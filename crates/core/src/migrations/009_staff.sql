-- Shopkeeper schema 9: staff at the counter (issue 23).
--
-- `staff`: the people who work in the shop, each with a role (what core lets
-- them do, `staff::Role`). Nobody is deleted: a person who leaves gets
-- `removed_at`, so what they recorded keeps its author's name.
--
-- `staff_pin`: each person's PIN, as an Argon2id PHC string, apart from the
-- person so that it is synced (a person added on one computer can work on
-- another) but never exported (exports carry no secrets).
--
-- `staff_id` on the records people make (sales, corrections, consent,
-- preferences, contacts, follow-up outcomes, erasures, imports): who
-- recorded them.
-- NULL is the owner, the holder of the passphrase, and everything recorded
-- before this migration is theirs. `purchase_change.author` already says
-- `owner` or, from now on, the staff id.
--
-- `activity`: what is not a record of its own but must say who did it:
-- exports, backup copies, changes to staff. It refers to the customer
-- when it is about one, so an erasure deletes it with everything else.
CREATE TABLE staff (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    initials   TEXT NOT NULL CHECK (length(initials) BETWEEN 1 AND 4),
    colour     TEXT CHECK (colour IS NULL OR colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    role       TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'staff')),
    created_at TEXT NOT NULL,
    removed_at TEXT
) STRICT, WITHOUT ROWID;

CREATE TABLE staff_pin (
    staff_id TEXT PRIMARY KEY NOT NULL REFERENCES staff (id),
    pin_hash TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%')
) STRICT, WITHOUT ROWID;

CREATE TABLE activity (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
    at          TEXT NOT NULL,
    staff_id    TEXT,
    action      TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 40),
    customer_id TEXT REFERENCES customer (id),
    count       INTEGER CHECK (count IS NULL OR count >= 0),
    detail      TEXT CHECK (detail IS NULL OR length(detail) <= 200)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_by_customer ON activity (customer_id) WHERE customer_id IS NOT NULL;

ALTER TABLE purchase ADD COLUMN staff_id TEXT;
ALTER TABLE consent_entry ADD COLUMN staff_id TEXT;
ALTER TABLE preference ADD COLUMN staff_id TEXT;
ALTER TABLE contact_log ADD COLUMN staff_id TEXT;
ALTER TABLE suggestion_action ADD COLUMN staff_id TEXT;
ALTER TABLE erasure ADD COLUMN staff_id TEXT;
ALTER TABLE import_batch ADD COLUMN staff_id TEXT;

-- A person's activity view reads each kind of record by author.
CREATE INDEX purchase_by_staff ON purchase (staff_id, created_at) WHERE staff_id IS NOT NULL;
CREATE INDEX consent_entry_by_staff ON consent_entry (staff_id, created_at) WHERE staff_id IS NOT NULL;
CREATE INDEX preference_by_staff ON preference (staff_id, created_at) WHERE staff_id IS NOT NULL;
CREATE INDEX contact_log_by_staff ON contact_log (staff_id, created_at) WHERE staff_id IS NOT NULL;
CREATE INDEX suggestion_action_by_staff ON suggestion_action (staff_id, created_at) WHERE staff_id IS NOT NULL;
