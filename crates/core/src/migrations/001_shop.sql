-- Shopkeeper schema version 1: the shop's memory.
--
-- Every record that will sync has a UUIDv7 text id, an updated_at stamp and,
-- where it can be removed, a deleted_at tombstone. Tables marked "derived"
-- are local indexes rebuilt from the others and never sync.

CREATE TABLE setting (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE customer (
    id              TEXT PRIMARY KEY NOT NULL,
    display_name    TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    given_name      TEXT,
    family_name     TEXT,
    emails          TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings, first is primary
    phones          TEXT NOT NULL DEFAULT '[]',  -- JSON array of {typed, e164}
    address         TEXT,
    language        TEXT,
    birthday        TEXT,                        -- JSON {day, month, year?}
    important_dates TEXT NOT NULL DEFAULT '[]',  -- JSON array of {label, day, month, year?}
    tags            TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    notes           TEXT,
    customer_ref    TEXT,
    merged_into     TEXT REFERENCES customer (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
) STRICT;
CREATE INDEX customer_by_name ON customer (display_name COLLATE NOCASE);

-- Derived: normalized emails, E.164 phones and refs, for matching on import.
CREATE TABLE customer_key (
    customer_id TEXT NOT NULL REFERENCES customer (id),
    kind        TEXT NOT NULL CHECK (kind IN ('ref', 'email', 'phone')),
    value       TEXT NOT NULL
) STRICT;
CREATE INDEX customer_key_lookup ON customer_key (kind, value);
CREATE INDEX customer_key_owner ON customer_key (customer_id);

CREATE TABLE household_link (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer (id),
    other_id    TEXT NOT NULL REFERENCES customer (id),
    relation    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    CHECK (customer_id <> other_id)
) STRICT;
CREATE INDEX household_by_customer ON household_link (customer_id);
CREATE INDEX household_by_other ON household_link (other_id);

CREATE TABLE preference (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer (id),
    category    TEXT NOT NULL,
    value       TEXT NOT NULL,
    applies_to  TEXT,
    source      TEXT NOT NULL CHECK (source IN ('said', 'observed')),
    noted_on    TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE INDEX preference_by_customer ON preference (customer_id);

CREATE TABLE product (
    id            TEXT PRIMARY KEY NOT NULL,
    sku           TEXT NOT NULL,
    name          TEXT NOT NULL,
    category      TEXT,
    tags          TEXT NOT NULL DEFAULT '[]',
    price_minor   INTEGER,
    currency      TEXT NOT NULL,
    use_up_days   INTEGER CHECK (use_up_days > 0),
    service_days  INTEGER CHECK (service_days > 0),
    arrival_date  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX product_sku ON product (sku) WHERE deleted_at IS NULL;

-- Purchases are immutable once recorded; a mistake is voided (deleted_at).
CREATE TABLE purchase (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer (id),
    at          TEXT NOT NULL,
    channel     TEXT NOT NULL,
    note        TEXT,
    total_minor INTEGER NOT NULL,
    currency    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE INDEX purchase_by_customer ON purchase (customer_id, at);

CREATE TABLE purchase_line (
    purchase_id    TEXT NOT NULL REFERENCES purchase (id),
    position       INTEGER NOT NULL,
    product_id     TEXT REFERENCES product (id),
    description    TEXT NOT NULL,
    quantity       INTEGER NOT NULL CHECK (quantity <> 0),
    unit_minor     INTEGER NOT NULL,
    discount_minor INTEGER NOT NULL DEFAULT 0,
    total_minor    INTEGER NOT NULL,
    is_return      INTEGER NOT NULL DEFAULT 0 CHECK (is_return IN (0, 1)),
    CHECK (quantity > 0 OR is_return = 1),
    PRIMARY KEY (purchase_id, position)
) STRICT, WITHOUT ROWID;

-- The consent ledger: append-only. The current state is the latest entry.
CREATE TABLE consent_entry (
    id              TEXT PRIMARY KEY NOT NULL,
    customer_id     TEXT NOT NULL REFERENCES customer (id),
    channel         TEXT NOT NULL,
    purpose         TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('granted', 'refused', 'not-asked')),
    at              TEXT NOT NULL,
    method          TEXT NOT NULL,
    wording_version TEXT,
    note            TEXT,
    recorded_by     TEXT,
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX consent_by_customer ON consent_entry (customer_id, channel, purpose, at);
CREATE TRIGGER consent_entry_no_update BEFORE UPDATE ON consent_entry
BEGIN
    SELECT RAISE(ABORT, 'The consent history cannot be changed; record a new entry instead.');
END;
CREATE TRIGGER consent_entry_no_delete BEFORE DELETE ON consent_entry
BEGIN
    SELECT RAISE(ABORT, 'The consent history cannot be deleted; record a new entry instead.');
END;

CREATE TABLE contact_frequency (
    customer_id       TEXT PRIMARY KEY NOT NULL REFERENCES customer (id),
    rule              TEXT NOT NULL,  -- JSON ContactFrequency
    updated_at        TEXT NOT NULL
) STRICT;

CREATE TABLE contact_log (
    id             TEXT PRIMARY KEY NOT NULL,
    customer_id    TEXT NOT NULL REFERENCES customer (id),
    at             TEXT NOT NULL,
    channel        TEXT NOT NULL,
    purpose        TEXT NOT NULL,
    summary        TEXT NOT NULL,
    suggestion_ref TEXT,
    created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX contact_by_customer ON contact_log (customer_id, at);

-- Derived: the search index, one row per customer (rowid = customer's rowid),
-- holding folded text (see text::fold).
CREATE VIRTUAL TABLE customer_search USING fts5 (
    name, contact, notes, prefs, tags, products,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
