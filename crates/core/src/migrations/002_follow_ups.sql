-- Shopkeeper schema version 2: what the owner did with follow-up suggestions.
--
-- Suggestions themselves are computed, never stored; these tables keep the
-- owner's decisions about them, keyed by the suggestion's stable key.
-- Nothing about the consent ledger changes.

-- A contact mentioned in person at the counter has no channel: rebuild the
-- contact log with a nullable channel (SQLite cannot relax NOT NULL in place).
CREATE TABLE contact_log_v2 (
    id             TEXT PRIMARY KEY NOT NULL,
    customer_id    TEXT NOT NULL REFERENCES customer (id),
    at             TEXT NOT NULL,
    channel        TEXT,                 -- NULL: mentioned in person
    purpose        TEXT NOT NULL,
    summary        TEXT NOT NULL,
    suggestion_ref TEXT,                 -- the suggestion's key, if it came from one
    created_at     TEXT NOT NULL
) STRICT;
INSERT INTO contact_log_v2 (id, customer_id, at, channel, purpose, summary, suggestion_ref, created_at)
    SELECT id, customer_id, at, channel, purpose, summary, suggestion_ref, created_at FROM contact_log;
DROP TABLE contact_log;
ALTER TABLE contact_log_v2 RENAME TO contact_log;
CREATE INDEX contact_by_customer ON contact_log (customer_id, at);
CREATE INDEX contact_by_suggestion ON contact_log (suggestion_ref) WHERE suggestion_ref IS NOT NULL;

-- One row per action on a suggestion: done, snoozed (until a day) or
-- dismissed (with a reason). Done and dismissed keys never come back.
CREATE TABLE suggestion_action (
    id              TEXT PRIMARY KEY NOT NULL,
    suggestion_key  TEXT NOT NULL CHECK (length(suggestion_key) > 0),
    customer_id     TEXT NOT NULL REFERENCES customer (id),
    kind            TEXT NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('done', 'snoozed', 'dismissed')),
    snoozed_until   TEXT CHECK ((action = 'snoozed') = (snoozed_until IS NOT NULL)),
    dismiss_reason  TEXT CHECK ((action = 'dismissed') = (dismiss_reason IS NOT NULL)),
    note            TEXT,
    contact_id      TEXT REFERENCES contact_log (id),
    at              TEXT NOT NULL,
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX suggestion_action_by_customer ON suggestion_action (customer_id, suggestion_key);

-- Kinds of suggestion a customer is not interested in ("not interested in
-- this kind"), until the owner undoes it (deleted_at).
CREATE TABLE suggestion_kind_block (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer (id),
    kind        TEXT NOT NULL,
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX suggestion_kind_block_live ON suggestion_kind_block (customer_id, kind)
    WHERE deleted_at IS NULL;

-- Follow-ups the owner promised ("I'll ring when the blue 42s arrive").
CREATE TABLE promise (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer (id),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due         TEXT,
    resolved    TEXT CHECK (resolved IN ('done', 'dismissed')),
    resolved_at TEXT CHECK ((resolved IS NULL) = (resolved_at IS NULL)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE INDEX promise_by_customer ON promise (customer_id);

-- The owner's own message templates per suggestion kind and language; the
-- built-in English ones live in the code and are used when none is saved.
CREATE TABLE message_template (
    kind       TEXT NOT NULL,
    language   TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, language)
) STRICT;
