-- Shopkeeper schema 5: exact decimal quantities and unit prices; voided and
-- corrected purchases with their history (issue 18).

-- Quantities (0.5 kg, 2.75 m, 3) and unit prices are exact decimals, stored
-- as canonical text: a dot, no group marks, no trailing zeros. `quantity`
-- counts units; `unit_minor` is the price of one unit in minor units of
-- the purchase's currency (`1299`, or `179.9` for 1.799 EUR). Money stays
-- whole minor units: `total_minor` = unit × quantity rounded half to even,
-- minus the discount. Existing whole numbers become the same decimal.
-- The checks keep out text that is not such a decimal (it could arrive from
-- a change file or an export, and would make the purchase unreadable): only
-- digits, at most one dot with digits on both sides, a sign only in front,
-- at most 30 characters.
CREATE TABLE purchase_line_new (
    purchase_id    TEXT NOT NULL REFERENCES purchase (id),
    position       INTEGER NOT NULL,
    product_id     TEXT REFERENCES product (id),
    description    TEXT NOT NULL,
    quantity       TEXT NOT NULL CHECK (quantity NOT IN ('', '0', '-0')),
    unit_minor     TEXT NOT NULL,
    discount_minor INTEGER NOT NULL DEFAULT 0,
    total_minor    INTEGER NOT NULL,
    is_return      INTEGER NOT NULL DEFAULT 0 CHECK (is_return IN (0, 1)),
    CHECK (quantity NOT LIKE '-%' OR is_return = 1),
    CHECK (length(quantity) <= 30 AND quantity NOT GLOB '*[^0-9.-]*'
           AND substr(quantity, 2) NOT GLOB '*-*' AND quantity NOT GLOB '*.*.*'
           AND quantity NOT GLOB '*.' AND quantity NOT GLOB '.*' AND quantity NOT GLOB '-.*'
           AND quantity GLOB '*[0-9]*'),
    CHECK (length(unit_minor) <= 30 AND unit_minor NOT GLOB '*[^0-9.-]*'
           AND substr(unit_minor, 2) NOT GLOB '*-*' AND unit_minor NOT GLOB '*.*.*'
           AND unit_minor NOT GLOB '*.' AND unit_minor NOT GLOB '.*' AND unit_minor NOT GLOB '-.*'
           AND unit_minor GLOB '*[0-9]*'),
    PRIMARY KEY (purchase_id, position)
) STRICT, WITHOUT ROWID;
INSERT INTO purchase_line_new
SELECT purchase_id, position, product_id, description, CAST(quantity AS TEXT),
       CAST(unit_minor AS TEXT), discount_minor, total_minor, is_return
FROM purchase_line;
DROP TABLE purchase_line;
ALTER TABLE purchase_line_new RENAME TO purchase_line;

-- A voided purchase stays on record: `deleted_at` is when it was voided
-- (every figure already leaves such purchases out), `void_reason` why.
ALTER TABLE purchase ADD COLUMN void_reason TEXT;

-- Each void and correction of a purchase: what changed and when. `author`
-- is who made it ('owner' until the shop has staff accounts); `computer`
-- the device id of the computer it was made on when sync is on.
-- `changes` is a JSON array of {"field", "before", "after"}. `customer_id`
-- is the purchase's customer after the change, so an erasure removes the
-- history with the customer's other records.
CREATE TABLE purchase_change (
    id          TEXT PRIMARY KEY NOT NULL,
    purchase_id TEXT NOT NULL REFERENCES purchase (id),
    customer_id TEXT NOT NULL REFERENCES customer (id),
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('void', 'correct')),
    author      TEXT NOT NULL,
    computer    TEXT,
    reason      TEXT,
    changes     TEXT NOT NULL
) STRICT;
CREATE INDEX purchase_change_by_purchase ON purchase_change (purchase_id, at);
