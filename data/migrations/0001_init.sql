-- Overdue company file, schema version 1: company profile, customers, contacts,
-- invoices, payments with allocations, and the append-only event log.

CREATE TABLE company (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    name           TEXT NOT NULL,
    street         TEXT NOT NULL DEFAULT '',
    postcode       TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL,
    org_number     TEXT NOT NULL DEFAULT '',
    vat_number     TEXT NOT NULL DEFAULT '',
    iban           TEXT NOT NULL DEFAULT '',
    bic            TEXT NOT NULL DEFAULT '',
    account_number TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    logo           BLOB,
    currency       TEXT NOT NULL,
    language       TEXT NOT NULL
) STRICT;

CREATE TABLE customers (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    debtor_type   TEXT NOT NULL CHECK (debtor_type IN ('consumer', 'sole_trader', 'company', 'public_body')),
    org_number    TEXT NOT NULL DEFAULT '',
    vat_id        TEXT NOT NULL DEFAULT '',
    national_id   TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    time_zone     TEXT NOT NULL DEFAULT '',
    currency      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'disputed', 'hardship', 'on_hold', 'with_agency', 'written_off')),
    status_reason TEXT NOT NULL DEFAULT '',
    status_date   TEXT,
    credit_limit  INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    risk          TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    -- kept by the store in the same transaction as every invoice and payment change:
    balance       INTEGER NOT NULL DEFAULT 0, -- open amount of invoices in the customer's currency
    oldest_due    TEXT,                       -- due date of the oldest open invoice
    open_count    INTEGER NOT NULL DEFAULT 0,
    search        TEXT NOT NULL DEFAULT '',   -- lower-cased number, name, org number and VAT ID
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);
CREATE INDEX customers_balance ON customers (balance);
CREATE INDEX customers_oldest_due ON customers (oldest_due);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('billing', 'home', 'workplace', 'next_of_kin', 'other')),
    name        TEXT NOT NULL DEFAULT '',
    street      TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX contacts_customer ON contacts (customer_id);

CREATE TABLE invoices (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    issue_date  TEXT NOT NULL,
    due_date    TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    paid        INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0 AND paid <= amount), -- sum of allocations
    created_at  TEXT NOT NULL,
    CHECK (due_date >= issue_date)
) STRICT;
CREATE INDEX invoices_customer ON invoices (customer_id, due_date);
CREATE INDEX invoices_due ON invoices (due_date);

CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    kind        TEXT NOT NULL CHECK (kind IN ('payment', 'credit_note', 'write_off')),
    date        TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL,
    method      TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX payments_customer ON payments (customer_id, date);

CREATE TABLE allocations (
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_id, invoice_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX allocations_invoice ON allocations (invoice_id);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL, -- when it happened (a payment's date, a call's time)
    recorded_at TEXT NOT NULL, -- when it was written to the log
    kind        TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers (id),
    invoice_id  INTEGER REFERENCES invoices (id),
    amount      INTEGER NOT NULL DEFAULT 0,
    currency    TEXT NOT NULL DEFAULT '',
    channel     TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    ref         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX events_customer ON events (customer_id, at);
CREATE INDEX events_invoice ON events (invoice_id);

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;

-- Small per-file settings (recent mapping choices, bucket edges, …) as key/value text.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
